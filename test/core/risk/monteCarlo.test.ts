/*
 * Statistical tests of the Monte Carlo (issue 5): σ = 0 reproduces the deterministic model; shutdown
 * frequency and terminal price agree with their expectations within 3 standard errors; seeds
 * reproduce; the chunked API stops when asked.
 */
import { createSimulation, prepare, runMonteCarlo, shocks, simulatePath, type PathResult } from "../../../src/core/risk/monteCarlo";
import { Random } from "../../../src/core/risk/random";
import { projectModel } from "../../../src/core/model/project";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const BASE = { startDate: "2027-01-01", horizonMonths: 36, btcPriceGrowthMonthly: 0.01, taxRate: 0.2, recoveryFraction: 0.25 };
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1);
const out = (): PathResult => ({ npv: 0, riskAdjustedNpv: 0, payback: NaN, shutdownMonth: 0, terminalPrice: 0, penaltyUsd: 0, equityNpv: 0, riskAdjustedEquityNpv: 0 });
/** A value of each of `n` paths simulated from one seeded stream. */
function sample(pp: ReturnType<typeof prepare>, seed: number, n: number, sigmaP: number, sigmaH: number, drift: number, shutdown: boolean, pick: (o: PathResult) => number): number[] {
  const rng = new Random(seed);
  const o = out();
  return Array.from({ length: n }, () => {
    simulatePath(pp, rng, sigmaP, sigmaH, drift, shutdown, o);
    return pick(o);
  });
}

/** Expects the sample's mean within 3 standard errors of `target`; returns the mean. */
function expectWithin3Se(xs: readonly number[], target: number): number {
  const mean = xs.reduce((a, b) => a + b) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  expect(Math.abs(mean - target)).toBeLessThan(3 * (sd / Math.sqrt(xs.length)));
  return mean;
}

/** A levered version of BASE: 70 % of the capex borrowed over 24 months at 9 % a year. */
const LEVERED = { ...BASE, debtFraction: 0.7, debtRateAnnual: 0.09, debtTermMonths: 24 };

describe("with volatility 0 and no hazard", () => {
  it("every path equals the deterministic model (NPV, risk-adjusted NPV, payback)", () => {
    for (const inputs of [BASE, { ...BASE, annualShutdownProbability: 0, curtailWhenUnprofitable: true, btcPriceUsd: 50000, gridPriceCnyPerKwh: 0.9 }]) {
      const det = projectModel({ ...inputs, annualShutdownProbability: 0 }, TODAY);
      const r = runMonteCarlo({ ...inputs, annualShutdownProbability: 0 }, { paths: 50, seed: 1, btcVolatilityAnnual: 0, networkVolatilityAnnual: 0 }, TODAY);
      for (const k of ["p5", "p50", "p95", "mean"] as const) {
        expect(rel(r.npvUsd[k], det.summary.npvUsd.toNumber())).toBeLessThan(1e-9);
        expect(rel(r.riskAdjustedNpvUsd[k], det.summary.riskAdjustedNpvUsd.toNumber())).toBeLessThan(1e-9);
      }
      if (det.summary.paybackMonths === undefined) expect(r.payback.paidBackShare).toBe(0);
      else expect(rel(r.payback.months!.p50, det.summary.paybackMonths.toNumber())).toBeLessThan(1e-9);
      expect(r.shutdownShare).toBe(0);
    }
  });

  it("levered: every path's equity NPV equals the model's equity NPV", () => {
    for (const inputs of [LEVERED, { ...LEVERED, debtTermMonths: 60, btcPriceUsd: 50000, gridPriceCnyPerKwh: 0.9 }]) {
      const det = projectModel({ ...inputs, annualShutdownProbability: 0 }, TODAY);
      const r = runMonteCarlo({ ...inputs, annualShutdownProbability: 0 }, { paths: 20, seed: 3, btcVolatilityAnnual: 0, networkVolatilityAnnual: 0 }, TODAY);
      expect(det.summary.equityNpvUsd.eq(det.summary.npvUsd)).toBe(false);
      for (const k of ["p5", "p50", "p95", "mean"] as const) {
        expect(rel(r.equityNpvUsd[k], det.summary.equityNpvUsd.toNumber())).toBeLessThan(1e-9);
        expect(rel(r.riskAdjustedEquityNpvUsd[k], det.summary.riskAdjustedEquityNpvUsd.toNumber())).toBeLessThan(1e-9);
      }
    }
  });

  it("levered: the mean risk-adjusted equity NPV over random shutdowns approaches the model's (recourse at a shutdown)", () => {
    const det = projectModel(LEVERED, TODAY);
    expectWithin3Se(sample(prepare(det), 5, 20000, 0, 0, 0.01, true, (o) => o.riskAdjustedEquityNpv), det.summary.riskAdjustedEquityNpvUsd.toNumber());
  });

  it("the mean risk-adjusted NPV over random shutdowns approaches SPEC's expected cash flows", () => {
    // E[path flow_t] = S_t CF_t + (S_{t−1} − S_t) × recovery, so the mean converges to the model's risk-adjusted NPV.
    const det = projectModel(BASE, TODAY);
    const sim = createSimulation(BASE, { paths: 20000, seed: 7, btcVolatilityAnnual: 0, networkVolatilityAnnual: 0 }, TODAY);
    sim.step(sim.total);
    const r = sim.result();
    const mean = expectWithin3Se(sample(prepare(det), 7, 20000, 0, 0, 0.01, true, (o) => o.riskAdjustedNpv), det.summary.riskAdjustedNpvUsd.toNumber());
    expect(mean).toBeCloseTo(r.riskAdjustedNpvUsd.mean, 6);
  });
});

describe("sampling agrees with its expectations within 3 standard errors", () => {
  it("the share of paths shut down within 12 months is the annual probability", () => {
    for (const p of [0.1, 0.25, 0.5]) {
      const n = 20000;
      const r = runMonteCarlo({ ...BASE, horizonMonths: 12, annualShutdownProbability: p }, { paths: n, seed: 11 }, TODAY);
      const se = Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(r.shutdownShare - p)).toBeLessThan(3 * se);
    }
  });

  it("the mean terminal price is P_0 (1 + g)^(N − 1)", () => {
    const det = projectModel(BASE, TODAY);
    // The default price is as of 2026-01-12, twelve months before the start (2027-01): P_1 = 91,132 × 1.01^12,
    // and the terminal month is 35 months later.
    expectWithin3Se(sample(prepare(det), 99, 20000, 0.8, 0.15, 0.01, true, (o) => o.terminalPrice), 91132 * 1.01 ** (12 + 35));
  });
});

describe("reproducibility and control", () => {
  it("equal seeds give equal results; other seeds differ", () => {
    const a = runMonteCarlo(BASE, { paths: 2000, seed: 42 }, TODAY);
    const b = runMonteCarlo(BASE, { paths: 2000, seed: 42 }, TODAY);
    const c = runMonteCarlo(BASE, { paths: 2000, seed: 43 }, TODAY);
    expect(b).toEqual(a);
    expect(c.npvUsd.p50).not.toBe(a.npvUsd.p50);
  });

  it("runs in chunks that can stop at any point, and then has no result", () => {
    const sim = createSimulation(BASE, { paths: 1000, seed: 3 }, TODAY);
    expect(sim.step(300)).toBe(false);
    expect(sim.done).toBe(300);
    expect(() => sim.result()).toThrow(/not finished/);
    while (!sim.step(300));
    expect(sim.result()).toEqual(runMonteCarlo(BASE, { paths: 1000, seed: 3 }, TODAY));
  });

  it("reports percentiles in order, a histogram of every path, and rejects bad options", () => {
    const r = runMonteCarlo(BASE, { paths: 5000, seed: 5 }, TODAY);
    const q = r.riskAdjustedNpvUsd;
    expect(q.p5 <= q.p25 && q.p25 <= q.p50 && q.p50 <= q.p75 && q.p75 <= q.p95).toBe(true);
    expect(r.histogram.counts.reduce((a, b) => a + b)).toBe(5000);
    expect(r.histogram.edges).toHaveLength(21);
    expect(() => runMonteCarlo(BASE, { paths: 0 })).toThrow(/paths must be a whole number/);
    expect(() => runMonteCarlo(BASE, { btcVolatilityAnnual: -1 })).toThrow(/btcVolatilityAnnual/);
  });
});

describe("noise centred on the model (SPEC §6.8)", () => {
  it("at the default volatilities, with curtailment off, tax 0 and no hazard, the mean NPV of a 120-month case is within 3 standard errors of the model's", () => {
    // Revenue goes with P_t / H_t: with E[P_t] and E[1/H_t] on the model's path and independent shocks,
    // each month's mean revenue, hence the mean NPV (linear in the flows here), is the model's.
    const inputs = { startDate: "2027-01-01", horizonMonths: 120, btcPriceGrowthMonthly: 0.01, curtailWhenUnprofitable: false, taxRate: 0, annualShutdownProbability: 0 };
    const det = projectModel(inputs, TODAY).summary.npvUsd.toNumber();
    expectWithin3Se(sample(prepare(projectModel(inputs, TODAY)), 11, 20000, 0.55, 0.15, 0.01, false, (o) => o.npv), det);
  });

  it("the price and hashrate shocks have the requested correlation", () => {
    // The sample correlation of n pairs estimates ρ with a standard error of about (1 − ρ²)/√n.
    for (const rho of [-0.6, 0, 0.8]) {
      const rng = new Random(5);
      const z = { price: 0, hashrate: 0 };
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < 20000; i++) {
        shocks(rng, 0.1, 0.05, rho, Math.sqrt(1 - rho * rho), z);
        xs.push(z.price);
        ys.push(z.hashrate);
      }
      const m = (a: number[]) => a.reduce((acc, v) => acc + v, 0) / a.length;
      const mx = m(xs);
      const my = m(ys);
      const cov = m(xs.map((x, i) => (x - mx) * ((ys[i] as number) - my)));
      const r = cov / Math.sqrt(m(xs.map((x) => (x - mx) ** 2)) * m(ys.map((y) => (y - my) ** 2)));
      expect(Math.abs(r - rho)).toBeLessThan(3 * ((1 - rho * rho) / Math.sqrt(xs.length)) + 1e-9);
    }
  });
});

describe("enforcement in the Monte Carlo (SPEC §6.4)", () => {
  it("with no volatility, the mean back-pay paid and the mean risk-adjusted NPV are the model's within 3 standard errors", () => {
    const inputs = { startDate: "2027-01-01", horizonMonths: 36, annualShutdownProbability: "HIGH", recoveryFraction: 0.2, shutdownPenaltyCnyPerKwh: 2, penaltyTariffCnyPerKwh: 0.5, penaltyTariffFromMonth: 10, btcPriceUsd: 150000, networkHashrateEhS: 1061.28 };
    const det = projectModel(inputs, TODAY);
    const pp = prepare(det);
    const rng = new Random(3);
    const o = out();
    const n = 20000;
    const pen: number[] = [];
    const risk: number[] = [];
    for (let i = 0; i < n; i++) {
      simulatePath(pp, rng, 0, 0, 0, true, o);
      pen.push(o.penaltyUsd);
      risk.push(o.riskAdjustedNpv);
    }
    expectWithin3Se(pen, det.summary.expectedPenaltyUsd.toNumber());
    expectWithin3Se(risk, det.summary.riskAdjustedNpvUsd.toNumber());
    expect(det.summary.expectedPenaltyUsd.toNumber()).toBeGreaterThan(0);
  });
});
