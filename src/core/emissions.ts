/* Emissions on typed values: tonnes of CO2 from a site's electricity. */
import { Decimal, ONE } from "./decimal";

/**
 * Tonnes of CO2 from `energy` MWh with hydro share s and factors in tCO2/MWh (JILIN.CO2_TONNES, F14):
 * `energy × (s × hydro_factor + (1 − s) × grid_factor)`.
 *
 * ## Example
 * 1000 MWh, 40 % hydro, grid 0.5122, hydro 0: 1000 × 0.6 × 0.5122 = 307.32 t.
 */
export function co2TonnesOf(energy: Decimal, share: Decimal, gridFactor: Decimal, hydroFactor: Decimal): Decimal {
  return energy.times(share.times(hydroFactor).plus(ONE.minus(share).times(gridFactor)));
}
