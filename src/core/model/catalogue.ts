/*
 * The input catalogue: every scalar input of the model described once. Per input its ModelInputs key,
 * the name suffix of its cell in the sheet, its kind, its domain with a lower AND an upper bound, its
 * unit and label as users read them, the data record behind its default, its favourable direction, its
 * role in the tornado and the scenarios, and the sheet's number format for it.
 *
 * Validation and messages (inputs.ts), the sheet's input rows, formats, data validation and input check
 * (workbook/plan.ts), the wizard's fields (taskpane/wizard/model.ts keeps only which input goes on which
 * step), the scenario keys and the tornado's variables and clamps derive from this table; the docs'
 * inputs table is checked against it. The structured inputs (the miner, the hydro profile, line items,
 * scenarios) are described by their parts at the end.
 *
 * Bounds: every domain keeps every result of a 120-month model finite (in decimal and in double) and
 * every date inside Excel's calendar. They are generous physical or economic limits, not opinions about
 * a project: a price of a billion USD per BTC, ten million machines, a growth of 100 % a month.
 */
import type { DataRecord } from "../../data/record";
import { DEGRADATION, FINANCING, MARKET, PUE_RANGE } from "../../data/market";
import { SCENARIOS } from "../../data/risk";
import { ENFORCEMENT } from "../../data/regulation";
import { PROTOCOL } from "../../data/protocol";
import { DEFAULT_HYDRO_FACTOR } from "../../data/emissions";
import type { NumberSpec } from "../params";

/** How an input is typed: a decimal number, a whole number, an ISO date, TRUE/FALSE, text, or a number that may be a preset name. */
export type InputKind = "number" | "integer" | "date" | "boolean" | "text" | "numberOrPreset";

export interface CatalogueEntry {
  /** The ModelInputs key. */
  readonly key: string;
  /** The name of its cell in the sheet, after the prefix: JM_<sheetKey>. */
  readonly sheetKey: string;
  readonly kind: InputKind;
  readonly label: string;
  /** The unit as a user reads it ("USD", "CNY/kWh", "fraction per month"). */
  readonly unit: string;
  /** What the value is, for messages: "a price in USD". */
  readonly what: string;
  readonly min?: string;
  readonly minOpen?: boolean;
  readonly max?: string;
  readonly maxOpen?: boolean;
  /** The sheet's number format (a key of workbook/formats.ts). */
  readonly format: string;
  /** The record behind the default, when the default is a sourced figure. */
  readonly record?: DataRecord;
  /** Which way is better for the project: "up" (a higher value raises NPV) or "down". */
  readonly favourable?: "up" | "down";
  /** Moved one at a time in the tornado. */
  readonly tornado?: boolean;
  /** Its sourced low–high range, where the data has one (the tornado moves ±x % of the value where it has none). */
  readonly tornadoRange?: { readonly low: DataRecord; readonly high: DataRecord };
  /** One of the values a scenario (bear, base, bull) can override: its row in the scenario block (1, 2, …). */
  readonly scenario?: number;
}

const FRACTION = { min: "0", max: "1" } as const;

/** The sourced bear and bull values of a scenario input, as a low–high range. */
function scenarioRange(key: keyof (typeof SCENARIOS)["bear"]): { low: DataRecord; high: DataRecord } {
  const [a, b] = [SCENARIOS.bear[key], SCENARIOS.bull[key]];
  return Number(a.value) <= Number(b.value) ? { low: a, high: b } : { low: b, high: a };
}

/** The scalar inputs, in the order the sheet shows them. */
export const CATALOGUE = [
  { key: "startDate", sheetKey: "StartDate", kind: "date", label: "Start (first month)", unit: "date", what: "the first day of a month", format: "date" },
  { key: "horizonMonths", sheetKey: "HorizonMonths", kind: "integer", label: "Horizon", unit: "months", what: "a number of months", min: "1", max: "120", format: "wholeMonths", record: MARKET.horizonMonths },
  { key: "minerPriceUsdPerTh", sheetKey: "MinerPriceUsdPerTh", kind: "number", label: "Miner price", unit: "USD/TH", what: "a price in USD/TH", min: "0", max: "1000", format: "usdPerTh", favourable: "down", tornado: true },
  { key: "minerCount", sheetKey: "MinerCount", kind: "integer", label: "Number of miners", unit: "machines", what: "a number of machines", min: "1", max: "10000000", format: "count", record: MARKET.minerCount },
  { key: "pue", sheetKey: "Pue", kind: "number", label: "PUE", unit: "ratio", what: "a PUE ratio", min: "1", max: "3", format: "ratio", favourable: "down", tornado: true, tornadoRange: PUE_RANGE },
  { key: "uptime", sheetKey: "Uptime", kind: "number", label: "Uptime", unit: "fraction", what: "a fraction", min: "0", minOpen: true, max: "1", format: "percent", record: MARKET.uptime, favourable: "up", tornado: true },
  { key: "hashrateDegradationAnnual", sheetKey: "HashrateDegradationAnnual", kind: "number", label: "Fleet hashrate loss", unit: "fraction per year", what: "a loss per year as a fraction", min: "0", max: "0.5", maxOpen: true, format: "percentPerYear", record: DEGRADATION, favourable: "down" },
  { key: "hydroPriceCnyPerKwh", sheetKey: "HydroPriceCnyPerKwh", kind: "number", label: "Hydro power price", unit: "CNY/kWh", what: "a price in CNY/kWh", min: "0", max: "10", format: "cnyPerKwh", record: MARKET.hydroPriceCnyPerKwh, favourable: "down", tornado: true, scenario: 4, tornadoRange: scenarioRange("hydroPriceCnyPerKwh") },
  { key: "gridPriceCnyPerKwh", sheetKey: "GridPriceCnyPerKwh", kind: "number", label: "Grid power price", unit: "CNY/kWh", what: "a price in CNY/kWh", min: "0", max: "10", format: "cnyPerKwh", record: MARKET.gridPriceCnyPerKwh, favourable: "down", tornado: true, scenario: 5, tornadoRange: scenarioRange("gridPriceCnyPerKwh") },
  { key: "wheelingCnyPerKwh", sheetKey: "WheelingCnyPerKwh", kind: "number", label: "Wheeling charge", unit: "CNY/kWh", what: "a charge in CNY/kWh", min: "0", max: "10", format: "cnyPerKwh", record: MARKET.wheelingCnyPerKwh, favourable: "down" },
  { key: "cnyPerUsd", sheetKey: "CnyPerUsd", kind: "number", label: "Exchange rate", unit: "CNY per USD", what: "an exchange rate in CNY per USD", min: "0.01", max: "1000", format: "cnyPerUsd", record: MARKET.cnyPerUsd },
  { key: "btcPriceUsd", sheetKey: "BtcPriceUsd", kind: "number", label: "BTC price at start", unit: "USD", what: "a price in USD", min: "0", max: "1000000000", format: "usd", record: MARKET.btcPriceUsd, favourable: "up", tornado: true, scenario: 1, tornadoRange: scenarioRange("btcPriceUsd") },
  { key: "btcPriceAsOf", sheetKey: "BtcPriceAsOf", kind: "date", label: "BTC price as of", unit: "date", what: "an ISO date YYYY-MM-DD within ten years of the start", format: "date" },
  { key: "btcPriceGrowthMonthly", sheetKey: "BtcPriceGrowthMonthly", kind: "number", label: "BTC price growth", unit: "fraction per month", what: "a growth rate per month as a fraction", min: "-1", minOpen: true, max: "1", format: "percentPerMonth", record: MARKET.btcPriceGrowthMonthly, favourable: "up", tornado: true, scenario: 2, tornadoRange: scenarioRange("btcPriceGrowthMonthly") },
  { key: "networkHashrateEhS", sheetKey: "NetworkHashrateEhS", kind: "number", label: "Network hashrate at start", unit: "EH/s", what: "a hashrate in EH/s", min: "0.001", max: "10000000", format: "ehS", record: MARKET.networkHashrateEhS, favourable: "down" },
  { key: "networkHashrateAsOf", sheetKey: "NetworkHashrateAsOf", kind: "date", label: "Network hashrate as of", unit: "date", what: "an ISO date YYYY-MM-DD within ten years of the start", format: "date" },
  { key: "networkHashrateGrowthMonthly", sheetKey: "NetworkHashrateGrowthMonthly", kind: "number", label: "Network hashrate growth", unit: "fraction per month", what: "a growth rate per month as a fraction", min: "-1", minOpen: true, max: "1", format: "percentPerMonth", record: MARKET.networkHashrateGrowthMonthly, favourable: "down", tornado: true, scenario: 3, tornadoRange: scenarioRange("networkHashrateGrowthMonthly") },
  { key: "feesBtcPerBlock", sheetKey: "FeesBtcPerBlock", kind: "number", label: "Transaction fees", unit: "BTC per block", what: "fees in BTC per block", min: "0", max: "50", format: "btcPerBlock", record: MARKET.feesBtcPerBlock, favourable: "up" },
  { key: "poolFee", sheetKey: "PoolFee", kind: "number", label: "Pool fee", unit: "fraction", what: "a fraction", min: "0", max: "1", maxOpen: true, format: "percent", record: MARKET.poolFee, favourable: "down" },
  { key: "halvingAnchorHeight", sheetKey: "HalvingAnchorHeight", kind: "integer", label: "Anchor block height", unit: "blocks", what: "a block height", min: "0", max: "100000000", format: "blocks", record: PROTOCOL.halvingAnchorHeight },
  { key: "halvingAnchorDate", sheetKey: "HalvingAnchorDate", kind: "date", label: "Anchor block date", unit: "date", what: "an ISO date YYYY-MM-DD", format: "date", record: PROTOCOL.halvingAnchorDate },
  { key: "infrastructureCapexUsd", sheetKey: "InfrastructureCapexUsd", kind: "number", label: "Infrastructure capex", unit: "USD", what: "an amount in USD", min: "0", max: "1000000000000", format: "usd", record: MARKET.infrastructureCapexUsd, favourable: "down" },
  { key: "fixedOpexUsdPerMonth", sheetKey: "FixedOpexUsdPerMonth", kind: "number", label: "Fixed opex", unit: "USD per month", what: "an amount in USD per month", min: "0", max: "10000000000", format: "usdPerMonth", record: MARKET.fixedOpexUsdPerMonth, favourable: "down" },
  { key: "salvageFraction", sheetKey: "SalvageFraction", kind: "number", label: "Miners' value at end of life", unit: "fraction of miner capex", what: "a fraction", ...FRACTION, format: "percent", record: MARKET.salvageFraction, favourable: "up" },
  { key: "minerLifeMonths", sheetKey: "MinerLifeMonths", kind: "number", label: "Miner depreciation life", unit: "months", what: "a life in months", min: "0", minOpen: true, max: "1200", format: "wholeMonths", record: MARKET.minerLifeMonths },
  { key: "infrastructureLifeMonths", sheetKey: "InfrastructureLifeMonths", kind: "number", label: "Infrastructure depreciation life", unit: "months", what: "a life in months", min: "0", minOpen: true, max: "1200", format: "wholeMonths", record: MARKET.infrastructureLifeMonths },
  { key: "taxRate", sheetKey: "TaxRate", kind: "number", label: "Tax rate", unit: "fraction", what: "a fraction", ...FRACTION, format: "percent", record: MARKET.taxRate, favourable: "down" },
  { key: "annualShutdownProbability", sheetKey: "AnnualShutdownProbability", kind: "numberOrPreset", label: "Shutdown probability", unit: "fraction per year", what: "a fraction", ...FRACTION, format: "percentPerYear", favourable: "down", tornado: true, scenario: 6, tornadoRange: scenarioRange("annualShutdownProbability") },
  { key: "recoveryFraction", sheetKey: "RecoveryFraction", kind: "number", label: "Recovered at a shutdown", unit: "fraction of the miners' value", what: "a fraction", ...FRACTION, format: "percent", record: MARKET.recoveryFraction, favourable: "up" },
  { key: "shutdownPenaltyCnyPerKwh", sheetKey: "ShutdownPenaltyCnyPerKwh", kind: "number", label: "Back-pay penalty at a shutdown", unit: "CNY/kWh", what: "a charge in CNY/kWh", min: "0", max: "10", format: "cnyPerKwh", record: ENFORCEMENT.shutdownPenaltyCnyPerKwh, favourable: "down" },
  { key: "penaltyLookbackMonths", sheetKey: "PenaltyLookbackMonths", kind: "integer", label: "Months billed back at a shutdown", unit: "months", what: "a number of months", min: "0", max: "120", format: "wholeMonths", record: ENFORCEMENT.penaltyLookbackMonths, favourable: "down" },
  { key: "penaltyTariffCnyPerKwh", sheetKey: "PenaltyTariffCnyPerKwh", kind: "number", label: "Differential tariff", unit: "CNY/kWh", what: "a charge in CNY/kWh", min: "0", max: "10", format: "cnyPerKwh", record: ENFORCEMENT.penaltyTariffCnyPerKwh, favourable: "down" },
  { key: "penaltyTariffFromMonth", sheetKey: "PenaltyTariffFromMonth", kind: "integer", label: "Differential tariff from month", unit: "month of the schedule", what: "a month of the schedule", min: "1", max: "120", format: "count", record: ENFORCEMENT.penaltyTariffFromMonth, favourable: "up" },
  { key: "discountRateAnnual", sheetKey: "DiscountRateAnnual", kind: "number", label: "Discount rate", unit: "fraction per year", what: "a rate per year as a fraction", min: "-1", minOpen: true, max: "10", format: "percentPerYear", record: MARKET.discountRateAnnual, favourable: "down", tornado: true },
  { key: "debtFraction", sheetKey: "DebtFraction", kind: "number", label: "Debt share of capex", unit: "fraction of capex", what: "a fraction of the capex", min: "0", max: "0.9", format: "percent", record: FINANCING.debtFraction },
  { key: "debtRateAnnual", sheetKey: "DebtRateAnnual", kind: "number", label: "Debt interest rate", unit: "fraction per year", what: "a rate per year as a fraction", min: "0", max: "10", format: "percentPerYear", record: FINANCING.debtRateAnnual, favourable: "down" },
  { key: "debtTermMonths", sheetKey: "DebtTermMonths", kind: "integer", label: "Debt term", unit: "months", what: "a number of months", min: "1", max: "120", format: "wholeMonths", record: FINANCING.debtTermMonths },
  { key: "curtailWhenUnprofitable", sheetKey: "CurtailWhenUnprofitable", kind: "boolean", label: "Switch off unprofitable months", unit: "TRUE/FALSE", what: "true or false", format: "general" },
  { key: "gridFactorTPerMwh", sheetKey: "GridFactorTPerMwh", kind: "numberOrPreset", label: "Grid emission factor", unit: "tCO2/MWh", what: "an emission factor in tCO2/MWh", min: "0", max: "10", format: "tPerMwh" },
  { key: "hydroFactorTPerMwh", sheetKey: "HydroFactorTPerMwh", kind: "numberOrPreset", label: "Hydro emission factor", unit: "tCO2/MWh", what: "an emission factor in tCO2/MWh", min: "0", max: "10", format: "tPerMwh", record: DEFAULT_HYDRO_FACTOR },
] as const satisfies readonly CatalogueEntry[];

export type CatalogueKey = (typeof CATALOGUE)[number]["key"];
export type NumericKey = Extract<(typeof CATALOGUE)[number], { kind: "number" | "integer" | "numberOrPreset" }>["key"];

/** The parts of the structured inputs (the miner, the hydro profile, line items), with their domains. */
export const PARTS = {
  minerHashrateThS: { key: "miner.hashrateThS", label: "Miner hashrate", unit: "TH/s", what: "a hashrate in TH/s", min: "0", minOpen: true, max: "1000000", format: "thS" },
  minerPowerW: { key: "miner.powerW", label: "Miner power at the wall", unit: "W", what: "a power in W", min: "0", minOpen: true, max: "1000000", format: "watts" },
  minerPrice: { key: "miner.priceUsdPerTh", label: "Miner price", unit: "USD/TH", what: "a price in USD/TH", min: "0", max: "1000", format: "usdPerTh" },
  hydroShareByMonth: { key: "hydroShareByMonth", label: "Hydro share of load", unit: "fraction", what: "a fraction", min: "0", max: "1", format: "percent" },
  lineItemAmount: { key: "amount", label: "Amount", unit: "USD or CNY", what: "an amount", min: "0", max: "1000000000000", format: "usd" },
} as const;

const BY_KEY: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((e) => [e.key, e]));

/** The catalogue entry of a ModelInputs key (undefined for structured keys). */
export function entryOf(key: string): CatalogueEntry | undefined {
  return BY_KEY.get(key);
}

/** A numeric entry as the NumberSpec that params.ts checks (messages name the key). */
export function specOf(e: { key: string; what: string; min?: string; minOpen?: boolean; max?: string; maxOpen?: boolean }, integer = false): NumberSpec {
  return { name: e.key, what: e.what, min: e.min, minOpen: e.minOpen, max: e.max, maxOpen: e.maxOpen, integer };
}

/** The NumberSpec of every numeric input and part, by key. */
export const NUMBER_SPECS: Readonly<Record<NumericKey, NumberSpec>> = Object.fromEntries(
  CATALOGUE.filter((e): e is Extract<(typeof CATALOGUE)[number], { kind: "number" | "integer" | "numberOrPreset" }> => e.kind === "number" || e.kind === "integer" || e.kind === "numberOrPreset").map((e) => [e.key, specOf(e, e.kind === "integer")]),
) as Record<NumericKey, NumberSpec>;

/** The scenario inputs, in the scenario block's order. */
export const SCENARIO_INPUTS = CATALOGUE.filter((e): e is Extract<(typeof CATALOGUE)[number], { scenario: number }> => "scenario" in e).sort((a, b) => a.scenario - b.scenario);
/** The tornado's variables, in catalogue order. */
export const TORNADO_INPUTS = CATALOGUE.filter((e): e is Extract<(typeof CATALOGUE)[number], { tornado: true }> => "tornado" in e && e.tornado);

/**
 * A message about an input, named as users read it: a leading ModelInputs key ("minerCount must be …")
 * becomes the input's label and unit ("Number of miners (machines) must be …"); other messages are returned as they are.
 */
export function withInputLabel(message: string): string {
  const m = /^([a-zA-Z]+)(?=\s)/.exec(message);
  const e = m ? BY_KEY.get(m[1]!) : undefined;
  return e ? `${e.label} (${e.unit})${message.slice(m![1]!.length)}` : message;
}
