import { Decimal, ONE } from "./decimal";
import { type NumberSpec, readNumber, readNumberOrPreset } from "./params";
import { SHUTDOWN_PROBABILITY_PRESETS } from "../data/regulation";

const PROBABILITY: NumberSpec = {
  name: "annual_shutdown_probability",
  what: "a probability per year as a fraction (or LOW, BASE, HIGH)",
  min: "0",
  max: "1",
};
const YEARS: NumberSpec = { name: "years", what: "a number of years", min: "0" };

export function readShutdownProbability(value: unknown): Decimal {
  return readNumberOrPreset(PROBABILITY, value, SHUTDOWN_PROBABILITY_PRESETS);
}

/** `(1 − p)^years`, with 0^0 = 1 so that survival at time 0 is always 1. */
export function survival(p: Decimal, years: Decimal): Decimal {
  if (years.isZero()) return ONE;
  return ONE.minus(p).pow(years);
}

/**
 * JILIN.REG_RISK: probability that the operation still runs after `years` under a constant annual
 * risk of forced shutdown.
 *
 * ## Formula
 * `(1 − p)^years`; `REG_RISK(p, 0)` = 1. Presets: LOW 0.10, BASE 0.25, HIGH 0.50 per year.
 *
 * ## Example
 * `regRisk("BASE", 2)` = 0.75² = 0.5625.
 */
export function regRisk(annualShutdownProbability: unknown, years: unknown): Decimal {
  const p = readShutdownProbability(annualShutdownProbability);
  const y = readNumber(YEARS, years);
  return survival(p, y);
}
