import type { DataRecord } from "./record";

/**
 * Defaults of the risk analytics (issue 5): Monte Carlo volatilities and the bear/base/bull
 * scenario overrides. The brief's sourced material has no BTC volatility series, so the volatility
 * defaults are flagged ASSUMPTION; scenario levels cite the dated figures they come from.
 */
export const MONTE_CARLO = {
  btcVolatilityAnnual: {
    value: "0.55",
    unit: "fraction/year",
    source: "no volatility series in the project's sourced material; BTC moved from ~126,000 (Oct 2025) to ~68,000 (Feb 2026), −46 % in four months (domain-facts.md §1.4)",
    asOf: "2026-02",
    note: "ASSUMPTION: annualised volatility of log returns; set your own",
  },
  networkGrowthVolatilityAnnual: {
    value: "0.15",
    unit: "fraction/year",
    source: "trackers disagree by ±10 % on the same day and hashrate fell ~20 % in the Feb-2026 winter storm (domain-facts.md §1.2, §1.4)",
    asOf: "2026-02",
    note: "ASSUMPTION: annualised volatility of monthly network-hashrate growth",
  },
  paths: { value: "10000", unit: "count", source: "enough for P5/P95 to settle to about 1 % of their spread", asOf: "2026-02", note: "" },
  seed: { value: "20210521", unit: "count", source: "the date of the State Council statement, as a memorable default seed", asOf: "2021-05-21", note: "" },
  histogramBins: { value: "20", unit: "count", source: "display choice", asOf: "2026-02", note: "" },
} satisfies Record<string, DataRecord>;

export const TORNADO_DEFAULT_SWING: DataRecord = {
  value: "0.2",
  unit: "fraction",
  source: "one-at-a-time ±20 %, the issue's default",
  asOf: "2026-02",
  note: "",
};

type Scenario = Record<"btcPriceUsd" | "btcPriceGrowthMonthly" | "networkHashrateGrowthMonthly" | "hydroPriceCnyPerKwh" | "gridPriceCnyPerKwh" | "annualShutdownProbability", DataRecord>;

const r = (value: string, unit: DataRecord["unit"], source: string, asOf: string, note = ""): DataRecord => ({ value, unit, source, asOf, note });

/** Bear and bull overrides; the base scenario is the model's own inputs. */
export const SCENARIOS: { bear: Scenario; bull: Scenario } = {
  bear: {
    btcPriceUsd: r("68000", "USD/BTC", "BTC ~68,000 on 2026-02-19 (phemex; domain-facts.md §1.4)", "2026-02-19"),
    btcPriceGrowthMonthly: r("0", "fraction/month", "flat price", "2026-02", "ASSUMPTION"),
    networkHashrateGrowthMonthly: r("0.04", "fraction/month", "bull-hashrate growth 4 %/month hurts miners (domain-facts.md §1.7)", "2026-02"),
    hydroPriceCnyPerKwh: r("0.30", "CNY/kWh", "top of the Sichuan small-hydro precedents CNY 0.2–0.3 (domain-facts.md §3.4)", "2026-02", "ASSUMPTION"),
    gridPriceCnyPerKwh: r("0.65", "CNY/kWh", "top of the CNY 0.45–0.65 placeholder range (domain-facts.md §3.4)", "2026-02", "ASSUMPTION"),
    annualShutdownProbability: r("0.50", "fraction/year", "HIGH preset", "2026-02", "ASSUMPTION"),
  },
  bull: {
    btcPriceUsd: r("126000", "USD/BTC", "all-time high ~126,000 in Oct 2025 (btc-newswire; domain-facts.md §1.4)", "2025-10"),
    btcPriceGrowthMonthly: r("0.01", "fraction/month", "modest growth", "2026-02", "ASSUMPTION"),
    networkHashrateGrowthMonthly: r("0", "fraction/month", "bear-hashrate growth 0 %/month (domain-facts.md §1.7)", "2026-02"),
    hydroPriceCnyPerKwh: r("0.20", "CNY/kWh", "bottom of the Sichuan small-hydro precedents (domain-facts.md §3.4)", "2026-02", "ASSUMPTION"),
    gridPriceCnyPerKwh: r("0.45", "CNY/kWh", "bottom of the CNY 0.45–0.65 placeholder range (domain-facts.md §3.4)", "2026-02", "ASSUMPTION"),
    annualShutdownProbability: r("0.10", "fraction/year", "LOW preset", "2026-02", "ASSUMPTION"),
  },
};
