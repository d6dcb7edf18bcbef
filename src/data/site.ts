import type { DataRecord } from "./record";

/*
 * Site line items behind the model's infrastructure capex and fixed opex (the wizard's Site step).
 * No published Jilin benchmark exists: these ASSUMPTION placeholders split the
 * model's default totals (USD 250,000 capex; USD 3,000 per month opex) into the items the Jilin
 * context raises, at the default 7.12 CNY/USD.
 */
const SPLIT = "no published benchmark for a Jilin site; a split of the model's default capex and opex totals";

export const SITE_DEFAULTS = {
  gridConnectionCny: { value: "712000", unit: "CNY", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: grid connection and 10 kV substation" },
  coolingCapexUsd: { value: "60000", unit: "USD", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: cooling plant for ~1 MW (air: fans, filters, hot-air recirculation for Jilin winters)" },
  buildingsLandCny: { value: "356000", unit: "CNY", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: buildings and land preparation" },
  connectivityUsd: { value: "40000", unit: "USD", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: fibre and backup link" },
  staffHeadcount: { value: "2", unit: "count", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: two technicians" },
  staffSalaryCnyPerMonth: { value: "5340", unit: "CNY/month", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: per person per month" },
  landLeaseCnyPerMonth: { value: "3560", unit: "CNY/month", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: a lease for the site's land" },
  maintenanceUsdPerMonth: { value: "1000", unit: "USD/month", source: SPLIT, asOf: "2026-02", note: "ASSUMPTION: spares and repairs" },
} satisfies Record<string, DataRecord>;

export type CoolingType = "air" | "hydro" | "immersion";

/** PUE defaults by cooling type: sourced ranges, point values assumed. */
export const PUE_BY_COOLING: Record<CoolingType, DataRecord> = {
  air: { value: "1.10", unit: "ratio", source: "air-cooled 1.20–1.50 typical, ~1.10 with containment and free-air economisation (d-central.tech)", asOf: "2025", note: "ASSUMPTION: cold-climate free air in Jilin" },
  hydro: { value: "1.05", unit: "ratio", source: "liquid-cooled 1.05 (drolin-box 2026 blog); immersion/hydro 1.03–1.10 (d-central.tech)", asOf: "2026", note: "ASSUMPTION within the sourced range" },
  immersion: { value: "1.03", unit: "ratio", source: "single-phase immersion 1.03–1.10; GRC logged 1.03 at a Texas mine (2025)", asOf: "2025", note: "ASSUMPTION: best case of the range" },
};
