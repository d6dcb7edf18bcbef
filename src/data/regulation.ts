import type { DataRecord } from "./record";

const SOURCE =
  "No published estimate exists; presets suggested from enforcement history (2021 campaign took " +
  "China's hashrate to 0 in ~6 weeks; covert share back to ~21 % by Jan 2022 and ~14 % in 2025) — " +
  "domain-facts.md §5.3–5.4";

/** Annual probability of a forced shutdown, presets accepted by REG_RISK (case-insensitive). */
export const SHUTDOWN_PROBABILITY_PRESETS = {
  LOW: {
    value: "0.10",
    unit: "fraction/year",
    source: SOURCE,
    asOf: "2026-02",
    note: "ASSUMPTION: small, low-profile site behind its own hydro",
  },
  BASE: {
    value: "0.25",
    unit: "fraction/year",
    source: SOURCE,
    asOf: "2026-02",
    note: "ASSUMPTION: base case",
  },
  HIGH: {
    value: "0.50",
    unit: "fraction/year",
    source: SOURCE,
    asOf: "2026-02",
    note: "ASSUMPTION: large, visible farm or state-owned power supply",
  },
} satisfies Record<string, DataRecord>;
