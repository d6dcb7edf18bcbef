import type { DataRecord } from "./record";

const PROFILE_SOURCE =
  "Illustrative run-of-river profile built from sourced Songhua-basin seasonality: >90 % of flow in " +
  "April–October, June–September 55–80 % of runoff, rivers ice-bound ~5 months (Nov–Mar) " +
  "(IWA Publishing, Journal of Water and Climate Change 12(8):3786 (2021); IWA Publishing, " +
  "Hydrology Research 51(5):1009 (2020); Changchun Municipal Government, en.changchun.gov.cn climate pages)";
const PROFILE_NOTE =
  "ASSUMPTION: share of the site's load covered by a run-of-river plant sized 2x the farm load; " +
  "replace with the plant's own monthly generation where known";

function month(value: string): DataRecord {
  return { value, unit: "fraction", source: PROFILE_SOURCE, asOf: "2026-02", note: PROFILE_NOTE };
}

/** Share of a Jilin site's load that hydro covers, January..December: HYDRO_COST's default profile. */
export const JILIN_HYDRO_SHARE_BY_MONTH: readonly DataRecord[] = [
  month("0.11"), month("0.10"), month("0.21"), month("0.91"), month("0.92"), month("1.00"),
  month("1.00"), month("1.00"), month("1.00"), month("0.65"), month("0.29"), month("0.19"),
];

export const MONTH_NAMES = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
] as const;

/** Days per month of a non-leap year: the weights of HYDRO_COST's annual average. */
export const DAYS_IN_MONTH_NON_LEAP = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
