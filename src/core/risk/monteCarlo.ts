/*
 * Monte Carlo of the monthly model (the monthly dynamics with randomness), in doubles.
 *
 * Where decimal.js is and is not used: the deterministic model and every JILIN function compute in
 * decimal.js; the Monte Carlo takes the model's month structure from that exact projection (days,
 * subsidy at mid-month, power prices, depreciation, discount factors) and then simulates millions of
 * path-months in doubles, where 15–16 significant digits are far finer than the sampling error
 * (about 1 % of the spread at 10,000 paths) and decimal.js would be ~100× slower.
 *
 * Per path and month t (t = 1 is the start; prices and hashrate move from t = 2):
 *   BTC price: geometric Brownian motion, log P_t − log P_{t−1} ~ N(ln(1 + g_P) − σ_P²/24, σ_P²/12),
 *     so E[P_t] = P_0 (1 + g_P)^(t−1), the deterministic model's path;
 *   network hashrate: H_t = H_{t−1} (1 + g_H) exp(σ_H Z/√12 − σ_H²/24), so E[H_t] = H_0 (1 + g_H)^(t−1);
 *   halving and curtailment: deterministic rules applied to the path's revenue and power cost;
 *   shutdown: with the annual probability p, month t ends the operation with probability
 *     h = 1 − (1 − p)^(1/12); the month's cash flow is lost and the recovery received instead
 *     (the expected value of this is the model's S_t CF_t + (S_{t−1} − S_t) recovery).
 * NPV ignores the shutdown (market risk only); risk-adjusted NPV includes it.
 * The equity view follows each path with the model's debt schedule (fixed at the start): interest is
 * deducted before the equity's tax, debt service is paid, and at a shutdown the lender is repaid the
 * balance outstanding at the month's start out of the recovery.
 */
import { projectModel, tariffAddAt, type Projection } from "../model/project";
import { resolveInputs, type ResolvedInputs } from "../model/inputs";
import { invalidInput, type Bounds, type MonteCarloSetting } from "../errors";
import { shownValue } from "../params";
import { MONTE_CARLO } from "../../data/risk";
import { Random } from "./random";
import { btcMinedTwin, energyTwin, taxTwin } from "../kernels";

export interface MonteCarloOptions {
  /** Number of paths, 1..1,000,000; default 10,000. */
  readonly paths?: number;
  /** Seed of the random stream; equal seeds give equal results. */
  readonly seed?: number;
  /** Annualised volatility of BTC log returns (fraction); default 0.55 (assumption). */
  readonly btcVolatilityAnnual?: number;
  /** Annualised volatility of network-hashrate growth; default 0.15 (assumption). */
  readonly networkVolatilityAnnual?: number;
  /**
   * Correlation of the monthly price and network-hashrate shocks, in [−1, 1]; default 0 (assumption:
   * no published estimate).
   */
  readonly priceHashrateCorrelation?: number;
  /** BTC price drift per month; default the model's btcPriceGrowthMonthly. */
  readonly btcDriftMonthly?: number;
  /** Simulate the regulatory shutdown (default true). */
  readonly shutdown?: boolean;
  readonly histogramBins?: number;
}

export interface Percentiles {
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly mean: number;
}

export interface MonteCarloResult {
  readonly paths: number;
  readonly seed: number;
  readonly btcVolatilityAnnual: number;
  readonly networkVolatilityAnnual: number;
  readonly priceHashrateCorrelation: number;
  readonly npvUsd: Percentiles;
  readonly riskAdjustedNpvUsd: Percentiles;
  /** The equity view's NPV, without and with the shutdown. */
  readonly equityNpvUsd: Percentiles;
  readonly riskAdjustedEquityNpvUsd: Percentiles;
  /** Share of paths with NPV < 0 (without shutdown) and with risk-adjusted NPV < 0. */
  readonly probabilityOfLoss: number;
  readonly probabilityOfLossRiskAdjusted: number;
  /** Payback of the risk-adjusted path (a shutdown before payback means never). */
  readonly payback: { readonly paidBackShare: number; readonly months: Percentiles | null };
  readonly shutdownShare: number;
  readonly meanTerminalBtcPriceUsd: number;
  readonly histogram: { readonly of: "riskAdjustedNpvUsd"; readonly edges: number[]; readonly counts: number[] };
}

/** Everything a path needs that does not depend on randomness, as plain doubles. */
export interface Prepared {
  readonly n: number;
  readonly btcTimesHashrate: Float64Array; // K_t: BTC mined in month t = K_t / H_t
  /** Each source's cost of a full month's run (USD) and its share of the month. */
  readonly hydroFullCostUsd: Float64Array;
  readonly gridFullCostUsd: Float64Array;
  readonly hydroShare: Float64Array;
  readonly depreciationUsd: Float64Array;
  readonly discount: Float64Array; // (1 + r_m)^(−t)
  readonly fixedOpexUsd: number;
  readonly taxRate: number;
  readonly salvageUsd: number;
  /** Recovered at a shutdown in each month: the recovery fraction of the miners' value then. */
  readonly recoveryUsd: Float64Array;
  /** The salvage's taxable gain, added to month N's taxable income. */
  readonly salvageGainUsd: number;
  readonly cf0: number;
  readonly curtail: boolean;
  readonly p0: number;
  readonly h0: number;
  readonly priceGrowth: number;
  readonly hashGrowth: number;
  readonly monthlyHazard: number;
  /** Each month's energy at a full run (MWh), and a scratch row of the energy a path used. */
  readonly energyMwh: Float64Array;
  readonly usedMwh: Float64Array;
  /** Back-pay at a shutdown per MWh used in the window, USD, and the window's length. */
  readonly penaltyUsdPerMwh: number;
  readonly lookbackMonths: number;
  /** The debt schedule (it does not depend on the path): interest, principal, and the balance at each month's start. */
  readonly interestUsd: Float64Array;
  readonly principalUsd: Float64Array;
  readonly openingBalanceUsd: Float64Array;
  readonly equityCf0: number;
}

export function prepare(projection: Projection): Prepared {
  const inp = projection.inputs;
  const der = projection.derived;
  const n = projection.months.length;
  const k = new Float64Array(n);
  const hydroCost = new Float64Array(n);
  const gridCost = new Float64Array(n);
  const share = new Float64Array(n);
  const dep = new Float64Array(n);
  const disc = new Float64Array(n);
  const energyFull = new Float64Array(n);
  const fleetTh = der.fleetThS.toNumber();
  const uptime = inp.uptime.toNumber();
  const fees = inp.feesBtcPerBlock.toNumber();
  const pool = inp.poolFee.toNumber();
  const fleetW = der.fleetW.toNumber();
  const degradation = inp.hashrateDegradationAnnual.toNumber();
  const pue = inp.pue.toNumber();
  const fx = inp.cnyPerUsd.toNumber();
  const rm = der.discountRateMonthly.toNumber();
  projection.months.forEach((m, i) => {
    const age = Math.pow(1 - degradation, i / 12);
    k[i] = btcMinedTwin(fleetTh * age, uptime, m.days, m.subsidyBtc.toNumber() + fees, pool, 1); // BTC × H: divided by the path's H
    const energy = energyTwin(fleetW, pue, uptime, m.days);
    energyFull[i] = energy;
    const add = tariffAddAt(inp, m.t).toNumber();
    const wheeling = inp.wheelingCnyPerKwh.toNumber();
    hydroCost[i] = (energy * 1000 * (inp.hydroPriceCnyPerKwh.toNumber() + wheeling + add)) / fx;
    gridCost[i] = (energy * 1000 * (inp.gridPriceCnyPerKwh.toNumber() + wheeling + add)) / fx;
    share[i] = inp.hydroShareByMonth[Number(m.date.slice(5, 7)) - 1]!.toNumber();
    dep[i] = m.depreciationUsd.toNumber();
    disc[i] = Math.pow(1 + rm, -(i + 1));
  });
  return {
    n,
    btcTimesHashrate: k,
    hydroFullCostUsd: hydroCost,
    gridFullCostUsd: gridCost,
    hydroShare: share,
    depreciationUsd: dep,
    discount: disc,
    fixedOpexUsd: inp.fixedOpexUsdPerMonth.toNumber(),
    taxRate: inp.taxRate.toNumber(),
    salvageUsd: projection.summary.salvageUsd.toNumber(),
    recoveryUsd: Float64Array.from(projection.months, (m) => inp.recoveryFraction.times(m.minerValueUsd).toNumber()),
    salvageGainUsd: projection.summary.salvageGainUsd.toNumber(),
    cf0: projection.cashFlow0Usd.toNumber(),
    curtail: inp.curtailWhenUnprofitable,
    p0: projection.months[0]!.btcPriceUsd.toNumber(), // P_1 and H_1: the values rolled forward to the start
    h0: projection.months[0]!.networkHashrateEhS.toNumber(),
    priceGrowth: inp.btcPriceGrowthMonthly.toNumber(),
    hashGrowth: inp.networkHashrateGrowthMonthly.toNumber(),
    monthlyHazard: 1 - Math.pow(1 - inp.annualShutdownProbability.toNumber(), 1 / 12),
    energyMwh: energyFull,
    usedMwh: new Float64Array(n),
    penaltyUsdPerMwh: (inp.shutdownPenaltyCnyPerKwh.toNumber() * 1000) / fx,
    lookbackMonths: inp.penaltyLookbackMonths.toNumber(),
    interestUsd: Float64Array.from(projection.months, (m) => m.interestUsd.toNumber()),
    principalUsd: Float64Array.from(projection.months, (m) => m.principalUsd.toNumber()),
    openingBalanceUsd: Float64Array.from(projection.months, (_m, i) => (i === 0 ? projection.summary.debtUsd : projection.months[i - 1]!.debtBalanceUsd).toNumber()),
    equityCf0: projection.equityCashFlow0Usd.toNumber(),
  };
}

export interface PathResult {
  npv: number;
  riskAdjustedNpv: number;
  /** Months to payback on the risk-adjusted path, or NaN for never. */
  payback: number;
  shutdownMonth: number; // 0: never
  terminalPrice: number;
  /** The back-pay paid at the path's shutdown, USD (0 without one). */
  penaltyUsd: number;
  equityNpv: number;
  riskAdjustedEquityNpv: number;
}

/**
 * One month's standard normal shocks of the price and the network hashrate, with correlation ρ
 * (`rest` = √(1 − ρ²)). A shock whose volatility is 0 is not drawn, so σ = 0 leaves the stream alone.
 */
export function shocks(rng: Random, sp: number, sh: number, rho: number, rest: number, out: { price: number; hashrate: number }): void {
  out.price = sp === 0 ? 0 : rng.normal();
  out.hashrate = sh === 0 ? 0 : sp === 0 ? rng.normal() : rho * out.price + rest * rng.normal();
}

/** Simulates one path. Exposed for tests (a path with σ = 0 and no shutdown is the deterministic model). */
export function simulatePath(pp: Prepared, rng: Random, sigmaP: number, sigmaH: number, driftMonthly: number, shutdown: boolean, out: PathResult, correlation = 0): void {
  const sp = sigmaP / Math.sqrt(12);
  const sh = sigmaH / Math.sqrt(12);
  // The price is centred so that E[P_t] follows the model; the network so that E[1/H_t] does,
  // since revenue goes with 1/H: with independent shocks, mean revenue is then the model's.
  const muP = Math.log(1 + driftMonthly) - (sp * sp) / 2;
  const gH = Math.log(1 + pp.hashGrowth) + (sh * sh) / 2;
  const rho = correlation;
  const rest = Math.sqrt(1 - rho * rho);
  const z = { price: 0, hashrate: 0 };
  let price = pp.p0;
  let hash = pp.h0;
  let losses = 0;
  let equityLosses = 0;
  let equityNpv = pp.equityCf0;
  let equityRisk = pp.equityCf0;
  let npv = pp.cf0;
  let risk = pp.cf0;
  let cum = pp.cf0;
  let payback = pp.cf0 >= 0 ? 0 : NaN;
  let alive = true;
  let shutdownMonth = 0;
  let penaltyPaid = 0;
  // Energy used in the last L months (the back-pay window), as a running sum over this path.
  let billedMwh = 0;
  const used = pp.usedMwh;
  const n = pp.n;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      shocks(rng, sp, sh, rho, rest, z);
      price *= Math.exp(muP + sp * z.price);
      hash *= Math.exp(gH + sh * z.hashrate);
    }
    // Each source runs while the month's BTC pays for that source's full-run power.
    const full = (pp.btcTimesHashrate[i] as number) / hash * price;
    const sH = pp.hydroShare[i] as number;
    const runHydro = !pp.curtail || full >= (pp.hydroFullCostUsd[i] as number);
    const runGrid = !pp.curtail || full >= (pp.gridFullCostUsd[i] as number);
    const f = (runHydro ? sH : 0) + (runGrid ? 1 - sH : 0);
    const revenue = full * f;
    const cost = (runHydro ? sH * (pp.hydroFullCostUsd[i] as number) : 0) + (runGrid ? (1 - sH) * (pp.gridFullCostUsd[i] as number) : 0);
    used[i] = (pp.energyMwh[i] as number) * f;
    const ebitda = revenue - cost - pp.fixedOpexUsd;
    const ebit = ebitda - (pp.depreciationUsd[i] as number);
    const taxed = taxTwin(i === n - 1 ? ebit + pp.salvageGainUsd : ebit, losses, pp.taxRate);
    losses = taxed.lossesOut;
    const cf = ebitda - taxed.tax + (i === n - 1 ? pp.salvageUsd : 0);
    const interest = pp.interestUsd[i] as number;
    const equityEbt = ebit - interest;
    const equityTaxed = taxTwin(i === n - 1 ? equityEbt + pp.salvageGainUsd : equityEbt, equityLosses, pp.taxRate);
    equityLosses = equityTaxed.lossesOut;
    const equityCf = ebitda - equityTaxed.tax - interest - (pp.principalUsd[i] as number) + (i === n - 1 ? pp.salvageUsd : 0);
    const d = pp.discount[i] as number;
    npv += cf * d;
    equityNpv += equityCf * d;
    if (alive) {
      let flow = cf;
      let equityFlow = equityCf;
      if (shutdown && pp.monthlyHazard > 0 && rng.uniform() < pp.monthlyHazard) {
        alive = false;
        shutdownMonth = i + 1;
        penaltyPaid = pp.penaltyUsdPerMwh * billedMwh;
        flow = (pp.recoveryUsd[i] as number) - penaltyPaid;
        equityFlow = flow - (pp.openingBalanceUsd[i] as number);
      }
      risk += flow * d;
      equityRisk += equityFlow * d;
      const next = cum + flow;
      if (Number.isNaN(payback) && cum < 0 && next >= 0) payback = i + (flow === 0 ? 0 : -cum / flow);
      cum = next;
    }
    billedMwh += used[i] as number;
    if (i - pp.lookbackMonths >= 0) billedMwh -= used[i - pp.lookbackMonths] as number;
  }
  out.npv = npv;
  out.equityNpv = equityNpv;
  out.riskAdjustedEquityNpv = equityRisk;
  out.penaltyUsd = penaltyPaid;
  out.riskAdjustedNpv = risk;
  out.payback = payback;
  out.shutdownMonth = shutdownMonth;
  out.terminalPrice = price;
}

/** P-th percentile by linear interpolation between order statistics (Excel's PERCENTILE.INC). */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (rank - lo);
}

function summarise(values: Float64Array): Percentiles {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of values) sum += v;
  return {
    p5: percentile(sorted, 0.05),
    p25: percentile(sorted, 0.25),
    p50: percentile(sorted, 0.5),
    p75: percentile(sorted, 0.75),
    p95: percentile(sorted, 0.95),
    mean: sum / values.length,
  };
}

function histogram(values: Float64Array, bins: number): { edges: number[]; counts: number[] } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi === lo) hi = lo + 1;
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]!++;
  return { edges: Array.from({ length: bins + 1 }, (_, i) => lo + i * width), counts };
}

/** A simulation that can run in chunks (for progress and cancelling in a Web Worker). */
export interface Simulation {
  readonly total: number;
  done: number;
  /** Simulates up to `count` more paths; returns true when all are done. */
  step(count: number): boolean;
  result(): MonteCarloResult;
}

/** An INVALID_INPUT about a Monte Carlo setting, its domain as detail (bounds as the message writes them). */
function badSetting(message: string, setting: MonteCarloSetting, bounds: Bounds, value: number) {
  return invalidInput(message, setting, { kind: "monteCarloSetting", setting, ...bounds, got: shownValue(value) });
}

function validated(options: MonteCarloOptions) {
  const paths = options.paths ?? Number(MONTE_CARLO.paths.value);
  if (!Number.isInteger(paths) || paths < 1 || paths > 1_000_000) throw badSetting(`paths must be a whole number in [1, 1000000] (got ${paths})`, "paths", { min: "1", max: "1000000", integer: true }, paths);
  const seed = options.seed ?? Number(MONTE_CARLO.seed.value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) throw badSetting(`seed must be a whole number in [0, 4294967295] (got ${seed})`, "seed", { min: "0", max: "4294967295", integer: true }, seed);
  const sigmaP = options.btcVolatilityAnnual ?? Number(MONTE_CARLO.btcVolatilityAnnual.value);
  const sigmaH = options.networkVolatilityAnnual ?? Number(MONTE_CARLO.networkGrowthVolatilityAnnual.value);
  for (const [name, v] of [["btcVolatilityAnnual", sigmaP], ["networkVolatilityAnnual", sigmaH]] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 5) throw badSetting(`${name} must be a fraction per year in [0, 5] (got ${v})`, name, { min: "0", max: "5" }, v);
  }
  const bins = options.histogramBins ?? Number(MONTE_CARLO.histogramBins.value);
  const rho = options.priceHashrateCorrelation ?? Number(MONTE_CARLO.priceHashrateCorrelation.value);
  if (!Number.isFinite(rho) || rho < -1 || rho > 1) {
    throw badSetting(`priceHashrateCorrelation must be a correlation in [−1, 1] (got ${rho})`, "priceHashrateCorrelation", { min: "−1", max: "1" }, rho);
  }
  return { paths, seed, sigmaP, sigmaH, bins, rho };
}

export function createSimulation(inputs: unknown, options: MonteCarloOptions = {}, today?: Date): Simulation {
  const { paths, seed, sigmaP, sigmaH, bins, rho } = validated(options);
  const resolved: ResolvedInputs = resolveInputs(inputs, today);
  const pp = prepare(projectModel(resolved));
  const drift = options.btcDriftMonthly ?? pp.priceGrowth;
  if (!(drift > -1)) throw badSetting(`btcDriftMonthly must be > −1 (got ${drift})`, "btcDriftMonthly", { min: "−1", minOpen: true }, drift);
  const shutdown = options.shutdown ?? true;
  const rng = new Random(seed);
  const npv = new Float64Array(paths);
  const risk = new Float64Array(paths);
  const payback = new Float64Array(paths);
  const equity = new Float64Array(paths);
  const equityRisk = new Float64Array(paths);
  let shutdowns = 0;
  let terminal = 0;
  const out: PathResult = { npv: 0, riskAdjustedNpv: 0, payback: NaN, shutdownMonth: 0, terminalPrice: 0, penaltyUsd: 0, equityNpv: 0, riskAdjustedEquityNpv: 0 };
  const sim: Simulation = {
    total: paths,
    done: 0,
    step(count) {
      const end = Math.min(paths, sim.done + count);
      for (let i = sim.done; i < end; i++) {
        simulatePath(pp, rng, sigmaP, sigmaH, drift, shutdown, out, rho);
        npv[i] = out.npv;
        risk[i] = out.riskAdjustedNpv;
        payback[i] = out.payback;
        equity[i] = out.equityNpv;
        equityRisk[i] = out.riskAdjustedEquityNpv;
        if (out.shutdownMonth > 0) shutdowns++;
        terminal += out.terminalPrice;
      }
      sim.done = end;
      return end === paths;
    },
    result() {
      if (sim.done < paths) throw new Error("the simulation has not finished");
      let lossNpv = 0;
      let lossRisk = 0;
      for (let i = 0; i < paths; i++) {
        if ((npv[i] as number) < 0) lossNpv++;
        if ((risk[i] as number) < 0) lossRisk++;
      }
      const paid = Float64Array.from(payback.filter((v) => !Number.isNaN(v)));
      return {
        paths,
        seed,
        btcVolatilityAnnual: sigmaP,
        networkVolatilityAnnual: sigmaH,
        priceHashrateCorrelation: rho,
        npvUsd: summarise(npv),
        riskAdjustedNpvUsd: summarise(risk),
        equityNpvUsd: summarise(equity),
        riskAdjustedEquityNpvUsd: summarise(equityRisk),
        probabilityOfLoss: lossNpv / paths,
        probabilityOfLossRiskAdjusted: lossRisk / paths,
        payback: { paidBackShare: paid.length / paths, months: paid.length ? summarise(paid) : null },
        shutdownShare: shutdowns / paths,
        meanTerminalBtcPriceUsd: terminal / paths,
        histogram: { of: "riskAdjustedNpvUsd", ...histogram(risk, bins) },
      };
    },
  };
  return sim;
}

/** Runs a whole simulation at once (CLI, tests, benchmark). */
export function runMonteCarlo(inputs: unknown, options: MonteCarloOptions = {}, today?: Date): MonteCarloResult {
  const sim = createSimulation(inputs, options, today);
  sim.step(sim.total);
  return sim.result();
}
