/*
 * The Monte Carlo results as worksheet data: a percentile table, the probabilities, the payback
 * distribution and a histogram with its chart. Values, not formulas: they are a sample, computed by
 * the core with the stated seed, and are rewritten whenever the simulation is run again.
 */
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { FORMATS } from "./formats";
import { translator, type Language } from "../i18n";
import { a1, type PlanBlock, type PlanCell, type PlanChart } from "./plan";

export { MONTE_CARLO_COLS, MONTE_CARLO_ROWS } from "./monteCarloArea";

const c = (value: PlanCell["value"], style?: PlanCell["style"], format?: string): PlanCell => ({ value, style, format });

export function monteCarloBlock(result: MonteCarloResult, anchor: { row: number; col: number }, ranAt: string, lang: Language = "en"): { block: PlanBlock; chart: PlanChart; rows: number } {
  const t = translator(lang) as unknown as (k: string, v?: Record<string, unknown>) => string;
  const usd = FORMATS.usd;
  const pct = FORMATS.percent;
  const q = (p: { p5: number; p25: number; p50: number; p75: number; p95: number; mean: number }, format: string) =>
    [p.p5, p.p25, p.p50, p.p75, p.p95, p.mean].map((v) => c(v, "output", format));
  const blank = (n: number) => Array.from({ length: n }, () => c(null));
  const rows: PlanCell[][] = [
    [c(t("mc.title", { paths: result.paths.toLocaleString("en-US"), seed: result.seed, btcVol: +(result.btcVolatilityAnnual * 100).toFixed(2), netVol: +(result.networkVolatilityAnnual * 100).toFixed(2), rho: result.priceHashrateCorrelation, ranAt }), "section"), ...blank(6)],
    [c("", "header"), ...["P5", "P25", "P50", "P75", "P95", t("mc.mean")].map((h) => c(h, "header"))],
    [c(t("mc.npv"), "label"), ...q(result.npvUsd, usd)],
    [c(t("mc.riskNpv"), "label"), ...q(result.riskAdjustedNpvUsd, usd)],
    [c(t("mc.equityNpv"), "label"), ...q(result.equityNpvUsd, usd)],
    [c(t("mc.riskEquityNpv"), "label"), ...q(result.riskAdjustedEquityNpvUsd, usd)],
    result.payback.months
      ? [c(t("mc.paybackOf"), "label"), ...q(result.payback.months, FORMATS.months)]
      : [c(t("mc.payback"), "label"), c(t("mc.noPayback"), "note"), ...blank(5)],
    [c(t("mc.loss"), "label"), c(result.probabilityOfLoss, "output", pct), ...blank(5)],
    [c(t("mc.lossRisk"), "label"), c(result.probabilityOfLossRiskAdjusted, "output", pct), ...blank(5)],
    [c(t("mc.paidBack"), "label"), c(result.payback.paidBackShare, "output", pct), ...blank(5)],
    [c(t("mc.shutDown"), "label"), c(result.shutdownShare, "output", pct), ...blank(5)],
    blank(7),
    [c(t("mc.from"), "header"), c(t("mc.to"), "header"), c(t("mc.paths"), "header"), ...blank(4)],
  ];
  const firstBin = anchor.row + rows.length;
  result.histogram.counts.forEach((count, i) => {
    rows.push([c(result.histogram.edges[i] as number, "output", usd), c(result.histogram.edges[i + 1] as number, "output", usd), c(count, "output", FORMATS.count), ...blank(4)]);
  });
  const lastBin = anchor.row + rows.length - 1;
  const chart: PlanChart = {
    id: "monte-carlo",
    title: t("mc.chart"),
    categories: `${a1(firstBin, anchor.col, true)}:${a1(lastBin, anchor.col, true)}`,
    series: [{ name: t("mc.series"), values: `${a1(firstBin, anchor.col + 2, true)}:${a1(lastBin, anchor.col + 2, true)}`, axis: "primary", type: "column" }],
    valueAxisTitle: t("mc.axis"),
    from: a1(anchor.row, anchor.col + 8),
    to: a1(anchor.row + 18, anchor.col + 15),
  };
  return { block: { row: anchor.row, col: anchor.col, cells: rows }, chart, rows: rows.length };
}
