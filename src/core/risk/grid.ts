/*
 * The two-way sensitivity grid: NPV and risk-adjusted NPV over the BTC price (rows) and the power
 * price (columns), each at `size` points centred on the model's own inputs.
 *
 * Each axis runs over its input's sourced range (the bear and bull values of src/data): the points
 * below the centre step evenly from the lower end of the range to the input, the points above it from
 * the input to the upper end (so the centre point is the model itself, even when the input is not the
 * middle of its range). The power price moves the hydro and the grid tariff together, each over its
 * own sourced range. A side of the range that does not extend beyond the input (the input at or past
 * that end) steps by ±20 % of the input instead, so the grid never repeats a value. Every cell is
 * projectModel on the moved inputs, in exact decimals, computed when asked (a snapshot, not formulas).
 */
import { D, type Decimal } from "../decimal";
import { invalidInput } from "../errors";
import { shownValue } from "../params";
import { entryOf } from "../model/catalogue";
import { isResolvedInputs, resolveInputs, resolvedWith, type ModelInputs, type ResolvedInputs } from "../model/inputs";
import { projectModel } from "../model/project";
import { TORNADO_DEFAULT_SWING } from "../../data/risk";

export interface SensitivityGrid {
  /** The BTC price at start of each row, USD. */
  readonly btcPricesUsd: readonly Decimal[];
  /** The hydro and grid tariffs of each column, CNY/kWh. */
  readonly hydroPricesCnyPerKwh: readonly Decimal[];
  readonly gridPricesCnyPerKwh: readonly Decimal[];
  /** [row][column]: BTC price × power price. */
  readonly npvUsd: readonly (readonly Decimal[])[];
  readonly riskAdjustedNpvUsd: readonly (readonly Decimal[])[];
}

export const GRID_SIZE = 7;
/** The fewest and most points per axis (odd, so the model's own value is the centre). */
const GRID_SIZE_MIN = 3;
const GRID_SIZE_MAX = 15;

/** `size` points centred on `base`, over [low, high] of the input's sourced range (see the file's comment). */
export function axis(key: "btcPriceUsd" | "hydroPriceCnyPerKwh" | "gridPriceCnyPerKwh", base: Decimal, size: number): Decimal[] {
  const range = entryOf(key)?.tornadoRange;
  if (!range) throw new Error(`grid: no sourced range for ${key}`);
  const swing = base.times(TORNADO_DEFAULT_SWING.value);
  const lowEnd = D(range.low.value).lt(base) ? D(range.low.value) : base.minus(swing);
  const highEnd = D(range.high.value).gt(base) ? D(range.high.value) : base.plus(swing);
  const half = (size - 1) / 2;
  return Array.from({ length: size }, (_, i) => {
    const k = i - half;
    if (k < 0) return base.minus(base.minus(lowEnd).times(-k).div(half));
    if (k > 0) return base.plus(highEnd.minus(base).times(k).div(half));
    return base;
  }).map((v) => (v.isNegative() ? D(0) : v)); // a price is never below 0
}

/**
 * @param inputs - ModelInputs (or resolved inputs)
 * @param size - points per axis: an odd whole number from 3 to 15 (default 7)
 */
export function sensitivityGrid(inputs: ModelInputs | Record<string, unknown> | ResolvedInputs, size: number = GRID_SIZE, today?: Date): SensitivityGrid {
  if (!Number.isInteger(size) || size < GRID_SIZE_MIN || size > GRID_SIZE_MAX || size % 2 === 0) {
    throw invalidInput(`the grid size must be an odd whole number from ${GRID_SIZE_MIN} to ${GRID_SIZE_MAX} (got ${size})`, "grid", { kind: "gridSize", min: GRID_SIZE_MIN, max: GRID_SIZE_MAX, got: shownValue(size) });
  }
  const base = isResolvedInputs(inputs) ? inputs : resolveInputs(inputs, today);
  const btc = axis("btcPriceUsd", base.btcPriceUsd, size);
  const hydro = axis("hydroPriceCnyPerKwh", base.hydroPriceCnyPerKwh, size);
  const grid = axis("gridPriceCnyPerKwh", base.gridPriceCnyPerKwh, size);
  const npv: Decimal[][] = [];
  const risk: Decimal[][] = [];
  for (const p of btc) {
    const npvRow: Decimal[] = [];
    const riskRow: Decimal[] = [];
    for (let j = 0; j < size; j++) {
      const s = projectModel(resolvedWith(base, { btcPriceUsd: p, hydroPriceCnyPerKwh: hydro[j]!, gridPriceCnyPerKwh: grid[j]! })).summary;
      npvRow.push(s.npvUsd);
      riskRow.push(s.riskAdjustedNpvUsd);
    }
    npv.push(npvRow);
    risk.push(riskRow);
  }
  return { btcPricesUsd: btc, hydroPricesCnyPerKwh: hydro, gridPricesCnyPerKwh: grid, npvUsd: npv, riskAdjustedNpvUsd: risk };
}
