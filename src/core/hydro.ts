/*
 * Hydro power on typed values: the blended price of a hydro-and-grid site, month by month and over
 * a year, and the levelised cost of a hydro plant.
 */
import { D, Decimal, ONE, ZERO } from "./decimal";
import { DAYS_IN_MONTH_NON_LEAP, JILIN_HYDRO_SHARE_BY_MONTH } from "../data/hydro";

export const JILIN_PROFILE: readonly Decimal[] = JILIN_HYDRO_SHARE_BY_MONTH.map((r) => D(r.value));
const DAYS = DAYS_IN_MONTH_NON_LEAP.map((d) => D(d));
const DAYS_PER_YEAR = D(365);

/**
 * The power price of one month with hydro share s (HYDRO_COST with a month):
 * `s × hydro + (1 − s) × grid + wheeling`.
 *
 * ## Example
 * With the Jilin profile, hydro 0.25 and grid 0.55 CNY/kWh: January 0.11 × 0.25 + 0.89 × 0.55 = 0.517;
 * July 0.25.
 */
export function blendedPrice(share: Decimal, hydro: Decimal, grid: Decimal, wheeling: Decimal): Decimal {
  return share.times(hydro).plus(ONE.minus(share).times(grid)).plus(wheeling);
}

/**
 * The annual average power price, weighted by the days of a non-leap year (HYDRO_COST without a month):
 * Σ_m d_m (s_m h + (1 − s_m) g + w) / 365 = (h Σ d_m s_m + g Σ d_m (1 − s_m)) / 365 + w, since Σ d_m = 365.
 */
export function annualHydroCost(hydro: Decimal, grid: Decimal, profile: readonly Decimal[], wheeling: Decimal): Decimal {
  const hydroDays = hydroDaysOf(profile);
  return hydro.times(hydroDays).plus(grid.times(DAYS_PER_YEAR.minus(hydroDays))).div(DAYS_PER_YEAR).plus(wheeling);
}

const JILIN_HYDRO_DAYS = sumDaysTimesShare(JILIN_PROFILE);

/** Σ_m days_m × s_m: the days of a non-leap year that hydro covers. */
function sumDaysTimesShare(profile: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (let i = 0; i < 12; i++) total = total.plus((DAYS[i] as Decimal).times(profile[i] as Decimal));
  return total;
}

function hydroDaysOf(profile: readonly Decimal[]): Decimal {
  return profile === JILIN_PROFILE ? JILIN_HYDRO_DAYS : sumDaysTimesShare(profile);
}

/**
 * Capital recovery factor `r(1+r)^n / ((1+r)^n − 1)`, and its limit 1/n as r → 0 (also used when
 * r is too small for (1+r)^n − 1 to be distinguished from 0 at 28 digits).
 */
export function capitalRecoveryFactor(rate: Decimal, years: Decimal): Decimal {
  const growth = ONE.plus(rate).pow(years);
  const denominator = growth.minus(ONE);
  if (rate.isZero() || denominator.isZero()) return ONE.div(years);
  return rate.times(growth).div(denominator);
}

/**
 * Levelised cost of a hydro plant's energy, currency per kWh (JILIN.HYDRO_LCOE): capacity factor in
 * (0, 1], life > 0 years.
 *
 * ## Formula
 * `capex × (CRF + fixed_om_fraction) / (8760 × capacity_factor) + variable_om` (F15).
 */
export function hydroLcoeOf(
  capexPerKw: Decimal,
  capacityFactor: Decimal,
  fixedOmFraction: Decimal,
  discountRate: Decimal,
  lifeYears: Decimal,
  variableOmPerKwh: Decimal,
): Decimal {
  return capexPerKw
    .times(capitalRecoveryFactor(discountRate, lifeYears).plus(fixedOmFraction))
    .div(D(8760).times(capacityFactor))
    .plus(variableOmPerKwh);
}
