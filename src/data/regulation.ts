import type { DataRecord } from "./record";

const SOURCE =
  "No published estimate exists; presets set from enforcement history: China's share of the " +
  "network hashrate fell to 0 % in Jul–Aug 2021 after the May 2021 crackdown and was back to 21.11 % " +
  "in Jan 2022 (Cambridge Centre for Alternative Finance, Bitcoin Mining Map, 2022-05-17) and ~14 % " +
  "in Oct 2025 (Hashrate Index, reported by Reuters, 2025-11-24)";

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
