import type { Unit } from "./units";

/**
 * One default assumption with its provenance (electricitymaps-style, plus a unit).
 * `value` is a decimal string (parsed with `D()`), or an ISO date when `unit` is "date".
 * `asOf` is the date the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD.
 * A `note` starting with "ASSUMPTION" marks a placeholder without a published source.
 */
export interface DataRecord {
  readonly value: string;
  readonly unit: Unit;
  readonly source: string;
  readonly asOf: string;
  readonly note: string;
}
