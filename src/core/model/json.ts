import type { Decimal } from "../decimal";
import type { Projection } from "./project";

/** Summary keys of the CLI's JSON, in order (null where a figure does not exist). */
export const SUMMARY_KEYS = [
  "capexUsd", "npvUsd", "riskAdjustedNpvUsd", "irrAnnual", "paybackMonths", "btcMined", "cashCostPerBtcUsd",
  "allInCostPerBtcUsd", "breakevenBtcPriceUsd", "avgPowerPriceCnyPerKwh", "energyMwh", "co2Tonnes",
  "co2TonnesPerBtc", "expectedOperatingMonths", "expectedPenaltyUsd", "equityNpvUsd", "riskAdjustedEquityNpvUsd",
  "equityIrrAnnual", "minDscr",
] as const;

export const MONTH_KEYS = [
  "t", "date", "days", "subsidyBtc", "networkHashrateEhS", "btcPriceUsd", "btcMined", "revenueUsd", "energyMwh",
  "powerPriceCnyPerKwh", "powerCostUsd", "fixedOpexUsd", "ebitdaUsd", "depreciationUsd", "taxUsd", "cashFlowUsd",
  "survival", "expectedCashFlowUsd", "penaltyUsd", "co2Tonnes", "runFraction", "curtailed", "interestUsd", "principalUsd",
  "debtBalanceUsd", "equityCashFlowUsd",
] as const;

export type SummaryJson = Record<(typeof SUMMARY_KEYS)[number], number | null>;
export type MonthJson = Record<(typeof MONTH_KEYS)[number], number | string | boolean>;

const num = (d: Decimal | undefined): number | null => {
  if (d === undefined) return null;
  const n = d.toNumber();
  return n === 0 ? 0 : n;
};

/** The projection as the CLI's JSON document: `{ "summary": {...}, "months": [...] }`. */
export function projectionToJson(p: Projection): { summary: SummaryJson; months: MonthJson[] } {
  const s = p.summary;
  const summary = Object.fromEntries(SUMMARY_KEYS.map((k) => [k, num(s[k])])) as SummaryJson;
  const months = p.months.map((m) => {
    const row: Record<string, number | string | boolean> = {};
    for (const k of MONTH_KEYS) {
      const v = m[k];
      row[k] = typeof v === "object" ? (num(v) as number) : v;
    }
    return row as MonthJson;
  });
  return { summary, months };
}
