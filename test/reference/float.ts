/*
 * An independent, deliberately naive implementation of SPEC §2–3 in plain doubles, written from the
 * SPEC text without looking at src/core. Tests compare core against it within a relative tolerance;
 * the benchmark uses it as the plain-double baseline.
 */
export const JILIN_PROFILE_FLOAT = [0.11, 0.1, 0.21, 0.91, 0.92, 1, 1, 1, 1, 0.65, 0.29, 0.19];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function breakevenFloat(
  eff: number, price: number, h: number, reward = 3.125, fees = 0, pue = 1, pool = 0, other = 0,
): number {
  const costPerThDay = ((eff * 24) / 1000) * pue * price + other;
  const btcPerThDay = ((reward + fees) * 144 * (1 - pool)) / (h * 1e6);
  return costPerThDay / btcPerThDay;
}

export function hydroCostFloat(hydro: number, grid: number, month?: number, profile = JILIN_PROFILE_FLOAT, wheeling = 0): number {
  const cost = (s: number) => s * hydro + (1 - s) * grid + wheeling;
  if (month !== undefined) return cost(profile[month - 1] as number);
  let total = 0;
  for (let m = 0; m < 12; m++) total += (DAYS[m] as number) * cost(profile[m] as number);
  return total / 365;
}

export function co2Float(energy: number, share = 0, grid = 0.5122, hydro = 0): number {
  return energy * (share * hydro + (1 - share) * grid);
}

export function regRiskFloat(p: number, years: number): number {
  return years === 0 ? 1 : Math.pow(1 - p, years);
}

export function hashpriceFloat(price: number, h: number, reward = 3.125, fees = 0, pool = 0): number {
  return (price * (reward + fees) * 144 * (1 - pool)) / (h * 1000);
}

export function btcMinedFloat(th: number, h: number, days: number, reward = 3.125, fees = 0, pool = 0, uptime = 1): number {
  return (th * uptime * days * 144 * (reward + fees) * (1 - pool)) / (h * 1e6);
}

export function energyMwhFloat(th: number, eff: number, days: number, pue = 1, uptime = 1): number {
  return (th * eff * pue * uptime * 24 * days) / 1e6;
}

export function networkHashrateFloat(difficulty: number): number {
  return (difficulty * 2 ** 32) / 600 / 1e18;
}

export function hydroLcoeFloat(capex: number, cf: number, om: number, r: number, n: number, vom = 0): number {
  // (1 + r)^n − 1 as expm1(n·log1p(r)): the plain difference loses digits to cancellation at tiny rates
  // (r = 1e-6 over 6 years: a 1e-10 relative error), which the 28-digit core does not have.
  const growth = Math.expm1(n * Math.log1p(r));
  const crf = r === 0 ? 1 / n : (r * (growth + 1)) / growth;
  return (capex * (crf + om)) / (8760 * cf) + vom;
}
