import type { DataRecord } from "./record";

/**
 * Defaults of the risk analytics: Monte Carlo volatilities and the bear/base/bull scenario
 * overrides. No published BTC volatility series is used, so the volatility
 * defaults are flagged ASSUMPTION; scenario levels cite the dated figures they come from.
 */
export const MONTE_CARLO = {
  btcVolatilityAnnual: {
    value: "0.55",
    unit: "fraction/year",
    source: "no published volatility series used; BTC fell from its all-time high of ~126,000 (BTC Newswire, Oct 2025) to ~68,000 (Phemex blog, 2026-02-19), −46 % in four months",
    asOf: "2026-02",
    note: "ASSUMPTION: annualised volatility of log returns; set your own",
  },
  networkGrowthVolatilityAnnual: {
    value: "0.15",
    unit: "fraction/year",
    source: "hashrate trackers disagree by ±10 % on the same day (Cointelegraph, Apr 2025) and network hashrate fell ~20 % in the US winter storm of Feb 2026 (CryptoDailyCheck and BTC Newswire, 2026-02)",
    asOf: "2026-02",
    note: "ASSUMPTION: annualised volatility of monthly network-hashrate growth",
  },
  priceHashrateCorrelation: {
    value: "0",
    unit: "fraction",
    source: "no published estimate of the correlation between monthly BTC price and network-hashrate shocks",
    asOf: "2026-02",
    note: "ASSUMPTION: independent shocks; set your own in [−1, 1]",
  },
  paths: { value: "10000", unit: "count", source: "enough for P5/P95 to settle to about 1 % of their spread", asOf: "2026-02", note: "" },
  seed: { value: "20210521", unit: "count", source: "the date of the State Council statement, as a memorable default seed", asOf: "2021-05-21", note: "" },
  histogramBins: { value: "20", unit: "count", source: "display choice", asOf: "2026-02", note: "" },
} satisfies Record<string, DataRecord>;

export const TORNADO_DEFAULT_SWING: DataRecord = {
  value: "0.2",
  unit: "fraction",
  source: "one-at-a-time ±20 %, a common sensitivity range; a modelling choice",
  asOf: "2026-02",
  note: "",
};

type Scenario = Record<"btcPriceUsd" | "btcPriceGrowthMonthly" | "networkHashrateGrowthMonthly" | "hydroPriceCnyPerKwh" | "gridPriceCnyPerKwh" | "annualShutdownProbability", DataRecord>;

const r = (value: string, unit: DataRecord["unit"], source: string, asOf: string, note = ""): DataRecord => ({ value, unit, source, asOf, note });

/** Bear and bull overrides; the base scenario is the model's own inputs. */
export const SCENARIOS: { bear: Scenario; bull: Scenario } = {
  bear: {
    btcPriceUsd: r("68000", "USD/BTC", "BTC ~68,000 (Phemex blog, 2026-02-19)", "2026-02-19"),
    btcPriceGrowthMonthly: r("0", "fraction/month", "flat price", "2026-02", "ASSUMPTION"),
    networkHashrateGrowthMonthly: r("0.04", "fraction/month", "fast hashrate growth of 4 %/month, near CoinShares' path to 2 ZH/s by early 2027 (≈ 4.5–5.5 %/month; summarised by BTCCraze, 2025)", "2026-02"),
    hydroPriceCnyPerKwh: r("0.30", "CNY/kWh", "top of the Sichuan small-hydro precedents CNY 0.2–0.3/kWh (Coinfox; Cryptovest); no published Jilin hydro tariff", "2026-02", "ASSUMPTION"),
    gridPriceCnyPerKwh: r("0.65", "CNY/kWh", "top of the CNY 0.45–0.65/kWh placeholder range (Jilin coal benchmark CNY 0.3731/kWh plus T&D charges and funds); no published Jilin C&I tariff", "2026-02", "ASSUMPTION"),
    annualShutdownProbability: r("0.50", "fraction/year", "HIGH preset", "2026-02", "ASSUMPTION"),
  },
  bull: {
    btcPriceUsd: r("126000", "USD/BTC", "BTC all-time high ~126,000 (BTC Newswire, Oct 2025)", "2025-10"),
    btcPriceGrowthMonthly: r("0.01", "fraction/month", "modest growth", "2026-02", "ASSUMPTION"),
    networkHashrateGrowthMonthly: r("0", "fraction/month", "no hashrate growth, the low end of a 0–4 %/month range around 2025's realised ≈ 2.5 %/month (BTC Newswire, Blockchain.com data, 2025)", "2026-02"),
    hydroPriceCnyPerKwh: r("0.20", "CNY/kWh", "bottom of the Sichuan small-hydro precedents CNY 0.2–0.3/kWh (Coinfox; Cryptovest); no published Jilin hydro tariff", "2026-02", "ASSUMPTION"),
    gridPriceCnyPerKwh: r("0.45", "CNY/kWh", "bottom of the CNY 0.45–0.65/kWh placeholder range (Jilin coal benchmark CNY 0.3731/kWh plus T&D charges and funds); no published Jilin C&I tariff", "2026-02", "ASSUMPTION"),
    annualShutdownProbability: r("0.10", "fraction/year", "LOW preset", "2026-02", "ASSUMPTION"),
  },
};
