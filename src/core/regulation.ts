/* Regulatory risk on typed values: survival under a constant annual risk of forced shutdown. */
import { Decimal, ONE } from "./decimal";

/**
 * Probability that the operation still runs after `years` under a constant annual risk p of forced
 * shutdown (JILIN.REG_RISK): `(1 − p)^years`, with 0^0 = 1 so that survival at time 0 is always 1.
 *
 * ## Example
 * p = 0.25 (BASE), 2 years: 0.75² = 0.5625.
 */
export function survival(p: Decimal, years: Decimal): Decimal {
  if (years.isZero()) return ONE;
  return ONE.minus(p).pow(years);
}
