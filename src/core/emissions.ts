import { Decimal, ONE } from "./decimal";
import { type NumberSpec, readNumber, readNumberOrPreset } from "./params";
import { DEFAULT_GRID_FACTOR_PRESET, DEFAULT_HYDRO_FACTOR, EMISSION_FACTOR_PRESETS } from "../data/emissions";

const ENERGY: NumberSpec = { name: "energy_mwh", what: "an energy in MWh", min: "0" };
const HYDRO_SHARE: NumberSpec = { name: "hydro_share", what: "a fraction", min: "0", max: "1", default: "0" };
const GRID_FACTOR: NumberSpec = {
  name: "grid_factor_t_per_mwh",
  what: "an emission factor in tCO2/MWh (or a preset name)",
  min: "0",
  default: EMISSION_FACTOR_PRESETS[DEFAULT_GRID_FACTOR_PRESET].value,
};
const HYDRO_FACTOR: NumberSpec = {
  name: "hydro_factor_t_per_mwh",
  what: "an emission factor in tCO2/MWh (or a preset name)",
  min: "0",
  default: DEFAULT_HYDRO_FACTOR.value,
};

/** Reads an emission factor argument: tCO2/MWh or a preset name such as "JILIN-2022". */
export function readEmissionFactor(which: "grid" | "hydro", value: unknown): Decimal {
  return readNumberOrPreset(which === "grid" ? GRID_FACTOR : HYDRO_FACTOR, value, EMISSION_FACTOR_PRESETS);
}

/** `energy × (s × hydro_factor + (1 − s) × grid_factor)`: the arithmetic without parsing. */
export function co2TonnesOf(energy: Decimal, share: Decimal, gridFactor: Decimal, hydroFactor: Decimal): Decimal {
  return energy.times(share.times(hydroFactor).plus(ONE.minus(share).times(gridFactor)));
}

/**
 * JILIN.CO2_TONNES: tonnes of CO2 from a site's electricity.
 *
 * ## Formula
 * `energy × (hydro_share × hydro_factor + (1 − hydro_share) × grid_factor)` (F14).
 *
 * ## Example
 * 1000 MWh, 40 % hydro, defaults: 1000 × 0.6 × 0.5122 = 307.32 t.
 */
export function co2Tonnes(energy: unknown, hydroShare?: unknown, gridFactor?: unknown, hydroFactor?: unknown): Decimal {
  const e = readNumber(ENERGY, energy);
  const s = readNumber(HYDRO_SHARE, hydroShare);
  const g = readEmissionFactor("grid", gridFactor);
  const h = readEmissionFactor("hydro", hydroFactor);
  return co2TonnesOf(e, s, g, h);
}

