/*
 * `npm run bench`: calls per second of each JILIN function over 100,000 in-process calls (through
 * the Excel-facing adapter, as Excel calls it), and the ratio to a plain-double implementation of
 * the same formula (test/reference/float.ts) in the same run. Figures, not assertions.
 */
import { performance } from "perf_hooks";
import "../test/support/customFunctionsRuntime";
import * as F from "../src/functions/functions";
import * as R from "../test/reference/float";
import { benchModel } from "./model";
import { benchMonteCarlo } from "./monteCarlo";

const CALLS = 100_000;
const OMITTED = null as never;

interface Case {
  id: string;
  decimal: (i: number) => unknown;
  float: (i: number) => number;
}

// Inputs vary with i so no call can be folded away; both sides get the same inputs.
const CASES: Case[] = [
  {
    id: "BREAKEVEN",
    decimal: (i) => F.breakeven(13.5 + (i % 7) * 0.1, 0.05, 1061.28, 3.125, 0.0173, 1.05, 0.025, 0),
    float: (i) => R.breakevenFloat(13.5 + (i % 7) * 0.1, 0.05, 1061.28, 3.125, 0.0173, 1.05, 0.025, 0),
  },
  {
    // Every argument new on every call: no benefit from the parsed-argument cache.
    id: "BREAKEVEN (all new)",
    decimal: (i) => F.breakeven(10 + i * 1e-5, 0.04 + i * 1e-9, 900 + i * 1e-4, 3.125, 0.01 + i * 1e-9, 1 + i * 1e-7, 0.02 + i * 1e-9, i * 1e-9),
    float: (i) => R.breakevenFloat(10 + i * 1e-5, 0.04 + i * 1e-9, 900 + i * 1e-4, 3.125, 0.01 + i * 1e-9, 1 + i * 1e-7, 0.02 + i * 1e-9, i * 1e-9),
  },
  {
    id: "HYDRO_COST (month)",
    decimal: (i) => F.hydro_cost(0.25, 0.55, 1 + (i % 12), OMITTED, null),
    float: (i) => R.hydroCostFloat(0.25, 0.55, 1 + (i % 12)),
  },
  {
    id: "HYDRO_COST (annual)",
    decimal: (i) => F.hydro_cost(0.25 + (i % 5) * 0.01, 0.55, null, OMITTED, null),
    float: (i) => R.hydroCostFloat(0.25 + (i % 5) * 0.01, 0.55),
  },
  {
    id: "CO2_TONNES",
    decimal: (i) => F.co2_tonnes(720 + i, 0.6, "NORTHEAST-2023", null),
    float: (i) => R.co2Float(720 + i, 0.6, 0.5122, 0),
  },
  {
    id: "REG_RISK",
    decimal: (i) => F.reg_risk("BASE", (i % 120) / 12),
    float: (i) => R.regRiskFloat(0.25, (i % 120) / 12),
  },
  {
    id: "HASHPRICE",
    decimal: (i) => F.hashprice(91132 + i, 1061.28, 3.125, 0.0173, 0.025),
    float: (i) => R.hashpriceFloat(91132 + i, 1061.28, 3.125, 0.0173, 0.025),
  },
  {
    id: "NETWORK_HASHRATE",
    decimal: (i) => F.network_hashrate(148.26e12 + i),
    float: (i) => R.networkHashrateFloat(148.26e12 + i),
  },
  {
    id: "SUBSIDY",
    decimal: (i) => F.subsidy(46060 + (i % 3000), null, null),
    float: (i) => 50 / 2 ** Math.floor(Math.floor(935424 + 144 * (i % 3000)) / 210000),
  },
  {
    id: "BTC_MINED",
    decimal: (i) => F.btc_mined(73980, 1061.28, 28 + (i % 4), 3.125, 0.0173, 0.025, 0.97),
    float: (i) => R.btcMinedFloat(73980, 1061.28, 28 + (i % 4), 3.125, 0.0173, 0.025, 0.97),
  },
  {
    id: "ENERGY_MWH",
    decimal: (i) => F.energy_mwh(73980, 13.5, 28 + (i % 4), 1.05, 0.97),
    float: (i) => R.energyMwhFloat(73980, 13.5, 28 + (i % 4), 1.05, 0.97),
  },
  {
    id: "MINER",
    decimal: (i) => F.miner(i % 2 ? "Antminer S21 XP" : "whatsminer m60s", "efficiency"),
    float: (i) => (i % 2 ? 3645 / 270 : 3404 / 184),
  },
  {
    id: "HYDRO_LCOE",
    decimal: (i) => F.hydro_lcoe(2000 + i, 0.45, 0.02, 0.08, 30, 0),
    float: (i) => R.hydroLcoeFloat(2000 + i, 0.45, 0.02, 0.08, 30, 0),
  },
];

function time(run: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += Number(run(i)) || 0; // warm-up
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) sink += Number(run(i)) || 0;
  const seconds = (performance.now() - start) / 1000;
  if (sink === 42) console.log(""); // keep the results alive
  return CALLS / seconds;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

console.log(`JILIN custom functions: ${CALLS.toLocaleString("en-US")} calls each (Node ${process.version})`);
console.log("function              decimal.js calls/s   plain-double calls/s   double/decimal");
for (const c of CASES) {
  const dec = time(c.decimal);
  const flt = time(c.float);
  console.log(`${c.id.padEnd(21)} ${fmt(dec).padStart(18)}   ${fmt(flt).padStart(20)}   ${(flt / dec).toFixed(1).padStart(13)}x`);
}

benchModel();
benchMonteCarlo();
