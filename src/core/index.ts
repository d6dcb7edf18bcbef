/** The public surface of the calculation core: pure TypeScript + decimal.js, no host globals. */
export { D, Decimal, type DecimalValue } from "./decimal";
export { ModelError, type ModelErrorCode } from "./errors";
export { breakeven, hashprice, btcMined, energyMwh } from "./mining";
export { hydroCost, hydroLcoe, capitalRecoveryFactor, JILIN_PROFILE } from "./hydro";
export { co2Tonnes } from "./emissions";
export { regRisk, survival } from "./regulation";
export { subsidy, subsidyAtHeight, blockHeightAt, networkHashrate } from "./bitcoin";
export { miner, findMiner, minerEfficiency, MINER_FIELDS } from "./miners";
export { dateToSerial, serialToDate, isoToSerial, daysInMonth } from "./excelDate";
