/*
 * The Monte Carlo results as worksheet data: a percentile table, the probabilities, the payback
 * distribution and a histogram with its chart. Values, not formulas: they are a sample, computed by
 * the core with the stated seed, and are rewritten whenever the simulation is run again.
 */
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { FORMATS } from "./formats";
import { a1, type PlanBlock, type PlanCell, type PlanChart } from "./plan";

export { MONTE_CARLO_COLS, MONTE_CARLO_ROWS } from "./monteCarloArea";

const c = (value: PlanCell["value"], style?: PlanCell["style"], format?: string): PlanCell => ({ value, style, format });

export function monteCarloBlock(result: MonteCarloResult, anchor: { row: number; col: number }, ranAt: string): { block: PlanBlock; chart: PlanChart; rows: number } {
  const usd = FORMATS.usd;
  const pct = FORMATS.percent;
  const q = (p: { p5: number; p25: number; p50: number; p75: number; p95: number; mean: number }, format: string) =>
    [p.p5, p.p25, p.p50, p.p75, p.p95, p.mean].map((v) => c(v, "output", format));
  const blank = (n: number) => Array.from({ length: n }, () => c(null));
  const rows: PlanCell[][] = [
    [c(`Monte Carlo: ${result.paths.toLocaleString("en-US")} paths, seed ${result.seed}, BTC volatility ${+(result.btcVolatilityAnnual * 100).toFixed(2)} %/yr, network-growth volatility ${+(result.networkVolatilityAnnual * 100).toFixed(2)} %/yr, price–hashrate correlation ${result.priceHashrateCorrelation} (run ${ranAt}; values, not formulas: run it again after changing inputs)`, "section"), ...blank(6)],
    [c("", "header"), ...["P5", "P25", "P50", "P75", "P95", "Mean"].map((h) => c(h, "header"))],
    [c("NPV (USD, without shutdown)", "label"), ...q(result.npvUsd, usd)],
    [c("Risk-adjusted NPV (USD, with shutdown)", "label"), ...q(result.riskAdjustedNpvUsd, usd)],
    [c("Equity NPV (USD, without shutdown)", "label"), ...q(result.equityNpvUsd, usd)],
    [c("Risk-adjusted equity NPV (USD, with shutdown; lender repaid first)", "label"), ...q(result.riskAdjustedEquityNpvUsd, usd)],
    result.payback.months
      ? [c("Payback of paths that pay back (months)", "label"), ...q(result.payback.months, FORMATS.months)]
      : [c("Payback (months)", "label"), c("no path pays back", "note"), ...blank(5)],
    [c("Probability of loss (NPV < 0)", "label"), c(result.probabilityOfLoss, "output", pct), ...blank(5)],
    [c("Probability of loss (risk-adjusted NPV < 0)", "label"), c(result.probabilityOfLossRiskAdjusted, "output", pct), ...blank(5)],
    [c("Paths paid back within the horizon", "label"), c(result.payback.paidBackShare, "output", pct), ...blank(5)],
    [c("Paths shut down within the horizon", "label"), c(result.shutdownShare, "output", pct), ...blank(5)],
    blank(7),
    [c("Histogram of risk-adjusted NPV: from (USD)", "header"), c("to (USD)", "header"), c("paths", "header"), ...blank(4)],
  ];
  const firstBin = anchor.row + rows.length;
  result.histogram.counts.forEach((count, i) => {
    rows.push([c(result.histogram.edges[i] as number, "output", usd), c(result.histogram.edges[i + 1] as number, "output", usd), c(count, "output", FORMATS.count), ...blank(4)]);
  });
  const lastBin = anchor.row + rows.length - 1;
  const chart: PlanChart = {
    id: "monte-carlo",
    title: "Monte Carlo: risk-adjusted NPV (paths per bin)",
    categories: `${a1(firstBin, anchor.col, true)}:${a1(lastBin, anchor.col, true)}`,
    series: [{ name: "Paths", values: `${a1(firstBin, anchor.col + 2, true)}:${a1(lastBin, anchor.col + 2, true)}`, axis: "primary", type: "column" }],
    valueAxisTitle: "paths",
    from: a1(anchor.row, anchor.col + 8),
    to: a1(anchor.row + 18, anchor.col + 15),
  };
  return { block: { row: anchor.row, col: anchor.col, cells: rows }, chart, rows: rows.length };
}
