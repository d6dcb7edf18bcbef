import type { DataRecord } from "./record";

/**
 * Market, site and finance defaults of the investment model. Each carries its source and
 * the date the figure refers to. Notes starting with "ASSUMPTION" are placeholders to be replaced
 * by the user's own figures.
 */
export const MARKET = {
  btcPriceUsd: {
    value: "91132",
    unit: "USD/BTC",
    source: "Hashrate Index weekly roundup, 2026-01-12",
    asOf: "2026-01-12",
    note: "BTC traded near 68,000 in Feb 2026: set your own price",
  },
  btcPriceGrowthMonthly: {
    value: "0",
    unit: "fraction/month",
    source: "flat-price base case, a modelling choice: compare it with a rising-price scenario",
    asOf: "2026-02",
    note: "ASSUMPTION",
  },
  networkHashrateEhS: {
    value: "1061.28",
    unit: "EH/s",
    source: "difficulty 148.26 T at the 2025-12-25 retarget (miningnews.live) converted with D x 2^32 / 600",
    asOf: "2025-12-25",
    note: "Glassnode 7-day average ~1.06 ZH/s in Dec 2025 agrees",
  },
  networkHashrateGrowthMonthly: {
    value: "0.02",
    unit: "fraction/month",
    source: "BTC Newswire, \"Bitcoin mining difficulty rose 35% in 2025\" (Blockchain.com data, 2025): 7-day hashrate +34.5 % in 2025 ≈ 2.5 %/month; base rounded down to 2 %/month",
    asOf: "2025-12-31",
    note: "scenario range 0–4 %/month",
  },
  feesBtcPerBlock: {
    value: "0.0173",
    unit: "BTC/block",
    source: "fee share 0.55 % of block rewards, Hashrate Index roundup 2026-01-12: 3.125 x 0.0055 / 0.9945",
    asOf: "2026-01-12",
    note: "typical 0.5–2 % of rewards in 2025–26",
  },
  poolFee: {
    value: "0.025",
    unit: "fraction",
    source: "AntPool FPPS 2.5 % (spark.money pool comparison, early 2026)",
    asOf: "2026-02",
    note: "public FPPS/PPS+ pools charge 2–4 %; Luxor ~0.7 %",
  },
  cnyPerUsd: {
    value: "7.12",
    unit: "CNY/USD",
    source: "PBOC central parity 7.1161 (2025-08-25), 7.2014 (2025-04-30)",
    asOf: "2025-08-25",
    note: "rounded",
  },
  hydroPriceCnyPerKwh: {
    value: "0.25",
    unit: "CNY/kWh",
    source: "no Jilin hydro tariff found; Sichuan small-hydro precedents CNY ~0.2–0.3/kWh (coinfox; ktszz; scallope)",
    asOf: "2026-02",
    note: "ASSUMPTION: small run-of-river hydro PPA",
  },
  gridPriceCnyPerKwh: {
    value: "0.55",
    unit: "CNY/kWh",
    source: "no published Jilin C&I tariff found; the Jilin coal benchmark on-grid price of CNY 0.3731/kWh (provincial benchmark table, 2020 base-plus-float reform) plus T&D charges (NDRC T&D price notice, 2023-05-15) and government funds lands in 0.45–0.65",
    asOf: "2026-02",
    note: "ASSUMPTION: placeholder, ask the State Grid Jilin agency-purchase bulletin",
  },
  wheelingCnyPerKwh: {
    value: "0",
    unit: "CNY/kWh",
    source: "no wheeling charge unless the user sets one",
    asOf: "2026-02",
    note: "ASSUMPTION",
  },
  pue: {
    value: "1.05",
    unit: "ratio",
    source: "D-Central Technologies, \"Immersion vs Air Cooling\" (2025): immersion 1.03–1.10; Drolin Box blog (2026): liquid-cooled 1.05",
    asOf: "2025",
    note: "ASSUMPTION within a sourced range; 1.10 for air-cooled free-air in Jilin",
  },
  uptime: {
    value: "0.97",
    unit: "fraction",
    source: "no published benchmark; typical availability of a well-run hashcenter",
    asOf: "2026-02",
    note: "ASSUMPTION",
  },
  minerCount: {
    value: "274",
    unit: "count",
    source: "1 MW of IT load divided by the Antminer S21 XP's power at the wall (btcminermarketplace.com spec list, 2025), rounded down",
    asOf: "2025-11-03",
    note: "≈ 1 MW site",
  },
  infrastructureCapexUsd: {
    value: "250000",
    unit: "USD",
    source: "no sourced benchmark for a 1 MW Jilin site (grid connection, cooling, building)",
    asOf: "2026-02",
    note: "ASSUMPTION: replace with the site's line items",
  },
  fixedOpexUsdPerMonth: {
    value: "3000",
    unit: "USD/month",
    source: "no published benchmark for non-power opex; placeholder USD 4/MWh (staff, maintenance, insurance) x ~720 MWh/month at 1 MW",
    asOf: "2026-02",
    note: "ASSUMPTION",
  },
  salvageFraction: {
    value: "0.10",
    unit: "fraction",
    source: "no published residual-value series; used-ASIC prices track hashprice (Hashrate Index ASIC Price Index: S19-class USD 119/TH in May 2021, USD 15.7/TH in Dec 2022); 10 % of purchase price after 36 months",
    asOf: "2026-02",
    note: "ASSUMPTION; 0 if seized",
  },
  minerLifeMonths: {
    value: "36",
    unit: "months",
    source: "Greenidge shortened miner lives 5 → 3 years from 2022-07-01 (SEC CIK 1844971, 10-Q Q3-2022)",
    asOf: "2022-07-01",
    note: "straight-line",
  },
  infrastructureLifeMonths: {
    value: "120",
    unit: "months",
    source: "plant infrastructure 10 years (Greenidge 10-Q Q3-2022); containers 10 years (MARA FY2022 10-K)",
    asOf: "2022",
    note: "straight-line",
  },
  taxRate: {
    value: "0",
    unit: "fraction",
    source: "pre-tax model unless the user sets a rate",
    asOf: "2026-02",
    note: "ASSUMPTION",
  },
  recoveryFraction: {
    value: "0",
    unit: "fraction",
    source: "machines seized at a shutdown, as in Chinese enforcement cases (e.g. 4,000 miners seized in Zhenjiang, Jiangsu, 2019; Suqian, Jiangsu, 2022-03; press reports by Cointelegraph and BTCFans)",
    asOf: "2026-02",
    note: "ASSUMPTION; set > 0 for a forced relocation that keeps the machines",
  },
  discountRateAnnual: {
    value: "0.15",
    unit: "fraction/year",
    source: "no published discount rate for private mining projects; 15 %/yr USD for a hosted project, not loaded for the shutdown hazard that the model applies explicitly",
    asOf: "2026-02",
    note: "ASSUMPTION",
  },
  horizonMonths: {
    value: "36",
    unit: "months",
    source: "matches the 3-year straight-line miner life (Greenidge Generation, SEC 10-Q Q3-2022)",
    asOf: "2026-02",
    note: "at most 120",
  },
} satisfies Record<string, DataRecord>;

/** The sourced range of PUE (for one-at-a-time sensitivity): immersion to air cooling. */
export const PUE_RANGE: { readonly low: DataRecord; readonly high: DataRecord } = {
  low: { value: "1.03", unit: "ratio", source: "D-Central Technologies, \"Immersion vs Air Cooling\" (2025): immersion from 1.03", asOf: "2025", note: "" },
  high: { value: "1.10", unit: "ratio", source: "D-Central Technologies, \"Immersion vs Air Cooling\" (2025): up to 1.10", asOf: "2025", note: "" },
};

/** Loss of a fleet's hashrate with age; none unless chosen. */
export const DEGRADATION: DataRecord = {
  value: "0",
  unit: "fraction/year",
  source: "no published fleet-ageing series for this model's miners; a loss of 3–6 % of hashrate a year is a common planning range",
  asOf: "2026-02",
  note: "ASSUMPTION: set your own",
};

/**
 * Project debt: none unless chosen. When a share of the capex is borrowed, the rate and term below
 * are placeholders; no lender has published terms for mining in Jilin.
 */
export const FINANCING = {
  debtFraction: {
    value: "0",
    unit: "fraction",
    source: "unlevered base case: the project view needs no financing assumption; set the share of capex a lender funds",
    asOf: "2026-02",
    note: "ASSUMPTION: set your own",
  },
  debtRateAnnual: {
    value: "0.08",
    unit: "fraction/year",
    source: "no published lending terms for mining in China; 8 %/yr USD is a placeholder above the 2025–26 USD base rates for secured equipment loans",
    asOf: "2026-02",
    note: "ASSUMPTION: set your own",
  },
  debtTermMonths: {
    value: "36",
    unit: "months",
    source: "repaid over the miners' 3-year depreciation life, as equipment loans usually are",
    asOf: "2026-02",
    note: "ASSUMPTION: set your own",
  },
} satisfies Record<string, DataRecord>;
