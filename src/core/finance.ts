import { D, Decimal, ONE, ZERO } from "./decimal";

/*
 * Cash-flow conventions: outflows negative, inflows positive; flows[0] is t = 0 (undiscounted),
 * flows[t] falls at the end of period t.
 */

/** `(1 + r)^(1/12) − 1`: the monthly rate compounding to an annual rate r. */
export function annualToMonthlyRateCompound(rateAnnual: Decimal): Decimal {
  return ONE.plus(rateAnnual).pow(D(1).div(12)).minus(ONE);
}

/** `(1 + i)^12 − 1`: the annual rate of a monthly rate i. */
export function monthlyToAnnualRate(rateMonthly: Decimal): Decimal {
  return ONE.plus(rateMonthly).pow(12).minus(ONE);
}

/**
 * NPV with flows[0] at t = 0: `flows[0] + Σ_{t≥1} flows[t] / (1 + r)^t`, which equals Excel's
 * `flows[0] + NPV(r, flows[1..])` (Excel's NPV discounts its first value by one period).
 *
 * ## Example
 * `npvFromT0(0.05, [-15000, 1500, 2500, 3500, 4500, 6000])` = 122.894854950942692… (numpy-financial).
 */
export function npvFromT0(rate: Decimal, flows: readonly Decimal[]): Decimal {
  // Horner in v = 1 / (1 + r): Σ f_t v^t
  const v = ONE.div(ONE.plus(rate));
  let acc = ZERO;
  for (let t = flows.length - 1; t >= 0; t--) acc = acc.times(v).plus(flows[t] as Decimal);
  return acc;
}

/** NPV in doubles (Horner in 1 / (1 + r)), only for bracketing roots before the exact refinement. */
function npvApprox(rate: number, flows: readonly number[]): number {
  const v = 1 / (1 + rate);
  let acc = 0;
  for (let t = flows.length - 1; t >= 0; t--) acc = acc * v + (flows[t] as number);
  return acc;
}

export const IRR_TOLERANCE = D("1e-20");
/**
 * Below this monthly IRR (−17.5 % a month, −90 % a year) a worksheet's IRR() may not converge from
 * any starting guess, and the model sheet shows "none" while projectModel reports the rate.
 * Documented in docs/model.md.
 */
export const EXCEL_IRR_FLOOR_MONTHLY = Math.pow(0.1, 1 / 12) - 1;
export const IRR_MAX_ITERATIONS = 200;

/**
 * Internal rate of return per period, or undefined when there is none (no sign change among the
 * flows, or no root above −100 %).
 *
 * Roots are bracketed by scanning NPV(r) on a grid of rates in [−1 + 1e−12, 10] per period in doubles,
 * and the root closest to 0 is refined in Decimal to `IRR_TOLERANCE` (Newton inside the bracket) (numpy-financial's
 * choice when flows change sign more than once; conventional flows have a single root, which Excel's
 * IRR finds too). Excel's IRR (Newton's method from a guess) may miss deeply negative roots, which
 * only arise when nearly everything is lost; see EXCEL_IRR_FLOOR_MONTHLY.
 */
export function irr(flows: readonly Decimal[]): Decimal | undefined {
  const hasPositive = flows.some((f) => f.isPositive() && !f.isZero());
  const hasNegative = flows.some((f) => f.isNegative() && !f.isZero());
  if (!hasPositive || !hasNegative) return undefined;

  const approx = flows.map((f) => f.toNumber());
  const grid: number[] = [];
  for (let k = 12; k >= 4; k--) grid.push(-(1 - 10 ** -k)); // −0.999999999999 … −0.9999: nearly everything lost
  for (let k = -999; k <= -1; k++) grid.push(k / 1000); // −0.999 … −0.001
  grid.push(0);
  for (let k = 1; k <= 2000; k++) grid.push((k / 2000) ** 2 * 10); // 0 … 10, dense near 0
  const npvAt = (r: number) => npvApprox(r, approx);

  let best: [number, number] | undefined;
  let prev = grid[0] as number;
  let prevNpv = npvAt(prev);
  for (let i = 1; i < grid.length; i++) {
    const r = grid[i] as number;
    const v = npvAt(r);
    if (Number.isFinite(v) && Number.isFinite(prevNpv) && (v === 0 || Math.sign(v) !== Math.sign(prevNpv))) {
      const candidate: [number, number] = v === 0 ? [r, r] : [prev, r];
      const distance = Math.min(Math.abs(candidate[0]), Math.abs(candidate[1]));
      if (!best || distance < Math.min(Math.abs(best[0]), Math.abs(best[1]))) best = candidate;
    }
    prev = r;
    prevNpv = v;
  }
  if (!best) return undefined;

  let lo = D(best[0]);
  let hi = D(best[1]);
  let fLo = npvFromT0(lo, flows);
  if (fLo.isZero()) return lo;
  // Newton's method on NPV(r) in Decimal, kept inside the bracket: a bisection step whenever a Newton
  // step would leave it. It starts from the root found in doubles within the bracket, so one or two
  // Decimal steps reach the tolerance (Decimal steps are the model's slowest part).
  let x = D(refineInDoubles(best[0], best[1], npvAt));
  if (x.lte(Decimal.min(lo, hi)) || x.gte(Decimal.max(lo, hi))) x = lo.plus(hi).div(2);
  for (let i = 0; i < IRR_MAX_ITERATIONS; i++) {
    const { value: f, slope } = npvAndSlope(x, flows);
    if (f.isZero()) return x;
    if (f.isNegative() === fLo.isNegative()) {
      lo = x;
      fLo = f;
    } else {
      hi = x;
    }
    if (hi.minus(lo).abs().lte(IRR_TOLERANCE)) return lo.plus(hi).div(2);
    let next = slope.isZero() ? undefined : x.minus(f.div(slope));
    if (next === undefined || next.lte(Decimal.min(lo, hi)) || next.gte(Decimal.max(lo, hi))) next = lo.plus(hi).div(2);
    if (next.minus(x).abs().lte(IRR_TOLERANCE)) return next;
    x = next;
  }
  return lo.plus(hi).div(2);
}

/** A root of f inside the bracket [a, b] (f(a), f(b) of opposite signs) to double precision, by bisection. */
function refineInDoubles(a: number, b: number, f: (r: number) => number): number {
  let lo = a;
  let hi = b;
  let fLo = f(lo);
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    const v = f(mid);
    if (!Number.isFinite(v)) break;
    if (v === 0) return mid;
    if (Math.sign(v) === Math.sign(fLo)) {
      lo = mid;
      fLo = v;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/** NPV at rate r (flows[0] at t = 0) and its derivative d NPV / d r, by Horner in v = 1 / (1 + r). */
function npvAndSlope(rate: Decimal, flows: readonly Decimal[]): { value: Decimal; slope: Decimal } {
  const v = ONE.div(ONE.plus(rate));
  let p = ZERO;
  let dp = ZERO;
  for (let t = flows.length - 1; t >= 0; t--) {
    dp = dp.times(v).plus(p);
    p = p.times(v).plus(flows[t] as Decimal);
  }
  // d/dr Σ f_t v^t = (Σ t f_t v^(t−1)) × dv/dr, with dv/dr = −v².
  return { value: p, slope: dp.times(v).times(v).neg() };
}

/**
 * Payback in periods: the first t where the cumulative flow (from t = 0) is ≥ 0, interpolated
 * linearly within period t: `(t − 1) + (−cum_{t−1}) / flows[t]`. 0 when flows[0] ≥ 0; undefined
 * ("never") when the cumulative flow stays negative.
 */
export function paybackPeriods(flows: readonly Decimal[]): Decimal | undefined {
  let cum = flows[0] ?? ZERO;
  if (!cum.isNegative()) return ZERO;
  for (let t = 1; t < flows.length; t++) {
    const f = flows[t] as Decimal;
    const next = cum.plus(f);
    if (!next.isNegative()) return D(t - 1).plus(cum.neg().div(f));
    cum = next;
  }
  return undefined;
}

/** One month of a loan: interest and principal paid in the month, and the balance at its end. */
export interface DebtMonth {
  readonly interest: Decimal;
  readonly principal: Decimal;
  readonly balance: Decimal;
}

/**
 * A level-payment loan over `months` months of a schedule of `horizon` months: payment
 * `A = D i / (1 − (1 + i)^−T)` (D / T when i = 0), interest `i × balance_{t−1}`, principal `A − interest`;
 * the last payment (month T, or month N when the term runs past the horizon) repays the whole balance;
 * nothing is due after it.
 *
 * ## Example
 * 100,000 at 0.5 % a month over 12 months: payment 8,606.64 (the annuity formula), month 1 interest
 * 500.00 and principal 8,106.64.
 *
 * @returns one row per month t = 1..horizon
 */
export function levelPaymentSchedule(principal: Decimal, rateMonthly: Decimal, months: number, horizon: number): DebtMonth[] {
  const payment = levelPayment(principal, rateMonthly, months);
  const last = Math.min(months, horizon);
  const rows: DebtMonth[] = [];
  let balance = principal;
  for (let t = 1; t <= horizon; t++) {
    if (t > last) {
      rows.push({ interest: ZERO, principal: ZERO, balance: ZERO });
      continue;
    }
    const interest = rateMonthly.times(balance);
    const repaid = t === last ? balance : payment.minus(interest);
    balance = t === last ? ZERO : balance.minus(repaid);
    rows.push({ interest, principal: repaid, balance });
  }
  return rows;
}

/** The level payment of a loan D at the rate i a period over T periods: D i / (1 − (1 + i)^−T), or D / T when i = 0. */
export function levelPayment(principal: Decimal, rateMonthly: Decimal, months: number): Decimal {
  if (rateMonthly.isZero()) return principal.div(months);
  return principal.times(rateMonthly).div(ONE.minus(ONE.plus(rateMonthly).pow(-months)));
}
