import DecimalBase from "decimal.js";

/**
 * The project's one Decimal constructor.
 *
 * - `precision: 28` significant digits (range 1..1e9): the default context of Python's `decimal`
 *   module, so a reference implementation in Python can reproduce our digits exactly.
 * - `rounding: ROUND_HALF_EVEN` (banker's rounding), Python's default as well.
 * - `toExpNeg`/`toExpPos` only affect `toString()`; kept wide so JSON output stays plain decimal.
 *
 * A clone, never `Decimal.set`: a global change would leak into any other library that bundles
 * decimal.js in the same runtime (decimal.js issues #97 and #208).
 */
export const Decimal = DecimalBase.clone({
  precision: 28,
  rounding: DecimalBase.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalValue = string | number | Decimal;

/** Shorthand constructor: `D("0.025")`. Prefer string literals for constants. */
export function D(value: DecimalValue): Decimal {
  return new Decimal(value);
}

export const ZERO = D(0);
export const ONE = D(1);

/** Sum of a list of Decimals (0 for an empty list). */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
