import { D, Decimal, ONE, ZERO } from "./decimal";
import { invalidInput } from "./errors";
import { describeValue, isBlank, type NumberSpec, readNumber, readRange } from "./params";
import { MAX_EXCEL_SERIAL, parseIsoDate, serialToDate } from "./excelDate";
import { DAYS_IN_MONTH_NON_LEAP, JILIN_HYDRO_SHARE_BY_MONTH, MONTH_NAMES } from "../data/hydro";

export const JILIN_PROFILE: readonly Decimal[] = JILIN_HYDRO_SHARE_BY_MONTH.map((r) => D(r.value));
const DAYS = DAYS_IN_MONTH_NON_LEAP.map((d) => D(d));
const DAYS_PER_YEAR = D(365);

const HYDRO_PRICE: NumberSpec = { name: "hydro_price_per_kwh", what: "a power price per kWh", min: "0" };
const GRID_PRICE: NumberSpec = { name: "grid_price_per_kwh", what: "a power price per kWh", min: "0" };
const SHARE: NumberSpec = { name: "hydro_share_by_month", what: "a fraction", min: "0", max: "1" };
const WHEELING: NumberSpec = { name: "wheeling_per_kwh", what: "a charge per kWh", min: "0", default: "0" };

/**
 * Reads HYDRO_COST's `month`: 1..12, or an Excel date serial (> 12) whose calendar month is used,
 * or ISO date text. Blank → undefined (the annual average).
 */
export function readMonth(value: unknown): number | undefined {
  if (isBlank(value)) return undefined;
  const requirement = `month must be a whole month 1..12 or an Excel date (a serial > 12, up to ${MAX_EXCEL_SERIAL})`;
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value > 12) {
      if (value < MAX_EXCEL_SERIAL + 1) return serialToDate(value).month;
    } else if (Number.isInteger(value) && value >= 1) {
      return value;
    }
  } else if (typeof value === "string") {
    const d = parseIsoDate(value);
    if (d) return d.month;
  }
  throw invalidInput(`${requirement} (got ${describeValue(value)})`, "month");
}

/** Reads a 12-month hydro-share profile; blank → the Jilin default. */
export function readProfile(value: unknown): readonly Decimal[] {
  if (isBlank(value)) return JILIN_PROFILE;
  return readRange(SHARE, value, 12, MONTH_NAMES);
}

/** `s × hydro + (1 − s) × grid + wheeling` for one month's hydro share s. */
export function blendedPrice(share: Decimal, hydro: Decimal, grid: Decimal, wheeling: Decimal): Decimal {
  return share.times(hydro).plus(ONE.minus(share).times(grid)).plus(wheeling);
}

/**
 * JILIN.HYDRO_COST: effective power price of a site that buys hydro when the rivers run and grid
 * power when they do not, in the currency of the prices given.
 *
 * ## Formula
 * ```
 * cost(m) = s_m × hydro_price + (1 − s_m) × grid_price + wheeling
 * annual  = Σ_m days_m × cost(m) / 365      (days of a non-leap year)
 * ```
 *
 * ## Example
 * With the Jilin profile, hydro 0.25 and grid 0.55 CNY/kWh: January 0.11 × 0.25 + 0.89 × 0.55 = 0.517;
 * July 0.25.
 */
export function hydroCost(
  hydroPrice: unknown,
  gridPrice: unknown,
  month?: unknown,
  hydroShareByMonth?: unknown,
  wheeling?: unknown,
): Decimal {
  const hydro = readNumber(HYDRO_PRICE, hydroPrice);
  const grid = readNumber(GRID_PRICE, gridPrice);
  const m = readMonth(month);
  const profile = readProfile(hydroShareByMonth);
  const wheel = readNumber(WHEELING, wheeling);
  if (m !== undefined) return blendedPrice(profile[m - 1] as Decimal, hydro, grid, wheel);
  return annualHydroCost(hydro, grid, profile, wheel);
}

/**
 * The annual average power price of typed inputs (HYDRO_COST without a month):
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

const LCOE = {
  capex: { name: "capex_per_kw", what: "a capital cost per kW", min: "0" },
  capacityFactor: { name: "capacity_factor", what: "a fraction", min: "0", minOpen: true, max: "1" },
  fixedOm: { name: "fixed_om_fraction", what: "a fraction of capex per year", min: "0" },
  rate: { name: "discount_rate", what: "a rate per year as a fraction", min: "0" },
  life: { name: "life_years", what: "a life in years", min: "0", minOpen: true },
  variableOm: { name: "variable_om_per_kwh", what: "a cost per kWh", min: "0", default: "0" },
} satisfies Record<string, NumberSpec>;

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
 * JILIN.HYDRO_LCOE: levelised cost of a hydro plant's energy, currency per kWh.
 *
 * ## Formula
 * `capex × (CRF + fixed_om_fraction) / (8760 × capacity_factor) + variable_om` (F15).
 */
export function hydroLcoe(
  capexPerKw: unknown,
  capacityFactor: unknown,
  fixedOmFraction: unknown,
  discountRate: unknown,
  lifeYears: unknown,
  variableOmPerKwh?: unknown,
): Decimal {
  const capex = readNumber(LCOE.capex, capexPerKw);
  const cf = readNumber(LCOE.capacityFactor, capacityFactor);
  const om = readNumber(LCOE.fixedOm, fixedOmFraction);
  const r = readNumber(LCOE.rate, discountRate);
  const n = readNumber(LCOE.life, lifeYears);
  const vom = readNumber(LCOE.variableOm, variableOmPerKwh);
  return capex.times(capitalRecoveryFactor(r, n).plus(om)).div(D(8760).times(cf)).plus(vom);
}
