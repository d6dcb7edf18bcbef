import { D, Decimal, ONE, ZERO, sum } from "../decimal";
import { invalidInput } from "../errors";
import { blockHeightAt, subsidyAtHeight } from "../bitcoin";
import { btcMinedKernel, energyKernel, taxKernel } from "../kernels";
import { annualHydroCost, blendedPrice } from "../hydro";
import { co2TonnesOf } from "../emissions";
import { survival } from "../regulation";
import { breakevenPrice } from "../mining";
import { daysInMonth, dateToSerial, formatIsoDate } from "../excelDate";
import { annualToMonthlyRateCompound, irr, levelPaymentSchedule, monthlyToAnnualRate, npvFromT0, paybackPeriods } from "../finance";
import { isResolvedInputs, resolvedWith, type ResolvedInputs, resolveInputs, SCENARIO_NAMES, type ScenarioName } from "./inputs";

/** One month of the schedule (t = 1..N). Amounts in USD unless the name says otherwise. */
export interface MonthRow {
  readonly t: number;
  /** First day of the month, ISO. */
  readonly date: string;
  readonly serial: number;
  readonly days: number;
  readonly subsidyBtc: Decimal;
  readonly networkHashrateEhS: Decimal;
  readonly btcPriceUsd: Decimal;
  readonly btcMined: Decimal;
  readonly revenueUsd: Decimal;
  readonly energyMwh: Decimal;
  readonly powerPriceCnyPerKwh: Decimal;
  readonly powerCostUsd: Decimal;
  readonly fixedOpexUsd: Decimal;
  readonly ebitdaUsd: Decimal;
  readonly depreciationUsd: Decimal;
  readonly taxUsd: Decimal;
  /** EBITDA − tax, plus salvage in month N. */
  readonly cashFlowUsd: Decimal;
  readonly survival: Decimal;
  readonly expectedCashFlowUsd: Decimal;
  /** Back-pay due if the operation is shut down in this month, USD. */
  readonly penaltyUsd: Decimal;
  /** The miners' value at the end of the month on the straight line to their salvage value, USD. */
  readonly minerValueUsd: Decimal;
  readonly co2Tonnes: Decimal;
  /** Share of the month's full run actually run, 0..1. */
  readonly runFraction: Decimal;
  /** runFraction < 1: a source (or both) was switched off. */
  readonly curtailed: boolean;
  /** Debt service of the month (interest on the balance at the month's start, principal repaid) and the balance at its end. */
  readonly interestUsd: Decimal;
  readonly principalUsd: Decimal;
  readonly debtBalanceUsd: Decimal;
  /** Tax of the equity view: on EBIT less interest (plus the salvage gain in month N), its own losses carried forward. */
  readonly equityTaxUsd: Decimal;
  /** EBITDA − equity tax − interest − principal, plus salvage in month N. */
  readonly equityCashFlowUsd: Decimal;
  /** S_t × equity CF + (S_{t−1} − S_t) × (recovery − penalty − the balance the lender is repaid). */
  readonly expectedEquityCashFlowUsd: Decimal;
}

export interface Summary {
  readonly capexUsd: Decimal;
  readonly minerCapexUsd: Decimal;
  readonly infrastructureCapexUsd: Decimal;
  /** The miners' value at month N, received as salvage. */
  readonly salvageUsd: Decimal;
  /** The salvage above the miners' tax book value at N, taxed in month N. */
  readonly salvageGainUsd: Decimal;
  readonly npvUsd: Decimal;
  readonly riskAdjustedNpvUsd: Decimal;
  readonly irrAnnual?: Decimal;
  readonly paybackMonths?: Decimal;
  readonly btcMined: Decimal;
  readonly cashCostPerBtcUsd?: Decimal;
  readonly allInCostPerBtcUsd?: Decimal;
  readonly breakevenBtcPriceUsd?: Decimal;
  readonly avgPowerPriceCnyPerKwh?: Decimal;
  readonly energyMwh: Decimal;
  readonly co2Tonnes: Decimal;
  readonly co2TonnesPerBtc?: Decimal;
  readonly expectedOperatingMonths: Decimal;
  /** Σ_t (S_{t−1} − S_t) × penalty_t: the expected back-pay, USD. */
  readonly expectedPenaltyUsd: Decimal;
  /** Borrowed at t = 0: debtFraction × capex. */
  readonly debtUsd: Decimal;
  readonly equityNpvUsd: Decimal;
  readonly riskAdjustedEquityNpvUsd: Decimal;
  readonly equityIrrAnnual?: Decimal;
  /** The lowest EBITDA / (interest + principal) over the months with debt service; undefined without debt. */
  readonly minDscr?: Decimal;
}

export interface Projection {
  readonly inputs: ResolvedInputs;
  readonly derived: Derived;
  /** CF_0 = −capex. */
  readonly cashFlow0Usd: Decimal;
  /** Equity CF_0 = −capex × (1 − debtFraction). */
  readonly equityCashFlow0Usd: Decimal;
  readonly months: readonly MonthRow[];
  readonly summary: Summary;
}

/** Quantities derived from the inputs. */
export interface Derived {
  readonly fleetThS: Decimal;
  readonly fleetW: Decimal;
  readonly efficiencyJPerTh: Decimal;
  readonly minerCapexUsd: Decimal;
  readonly discountRateMonthly: Decimal;
}

export function deriveInputs(inp: ResolvedInputs): Derived {
  return {
    fleetThS: inp.minerCount.times(inp.minerHashrateThS),
    fleetW: inp.minerCount.times(inp.minerPowerW),
    efficiencyJPerTh: inp.minerPowerW.div(inp.minerHashrateThS),
    minerCapexUsd: inp.minerCount.times(inp.minerHashrateThS).times(inp.minerPriceUsdPerTh),
    discountRateMonthly: annualToMonthlyRateCompound(inp.discountRateAnnual),
  };
}

const KWH_PER_MWH = D(1000);
/** The smallest monthly debt service that counts as one for the DSCR: a hundredth of a cent, USD. */
export const MIN_DEBT_SERVICE_USD = D("0.0001");

/** Calendar month (year, month) of month t of the schedule. */
function monthOf(inp: ResolvedInputs, t: number): { year: number; month: number } {
  const index = inp.start.year * 12 + (inp.start.month - 1) + (t - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Projects the investment month by month in exact decimal arithmetic.
 *
 * Conventions: month t starts at EDATE(start, t − 1); H_t = H_0 (1 + g_H)^(t−1), P_t = P_0 (1 + g_P)^(t−1);
 * the subsidy is the one at the height expected at mid-month; with curtailment on, each power source (hydro,
 * grid) runs only while a MWh's BTC pays for it (fixed opex is still paid); tax on EBIT after losses
 * carried forward; salvage at its value on the miners' curve in month N, its gain taxed;
 * expected CF_t = S_t CF_t + (S_{t−1} − S_t) (recovery_t − penalty_t); the equity view borrows
 * debtFraction × capex at t = 0 in level monthly payments, deducts interest from its taxable income and
 * repays the lender at a shutdown (expected equity CF adds −balance_{t−1} to the shutdown's flow);
 * with S_t = (1 − p)^(t/12); NPV discounts at (1 + r)^(1/12) − 1 with t = 0 undiscounted.
 *
 * @param raw - ModelInputs (validated here) or already resolved inputs
 * @param today - reference date for the default start date
 * @throws ModelError naming the key for invalid inputs
 */
export function projectModel(raw: unknown, today?: Date): Projection {
  const inp = isResolvedInputs(raw) ? raw : resolveInputs(raw, today);
  const der = deriveInputs(inp);
  const n = inp.horizonMonths;
  const capexUsd = der.minerCapexUsd.plus(inp.infrastructureCapexUsd);
  // The miners lose value on a straight line from their price to the salvage value at the end
  // of their life; the salvage at N is their value then, and its excess over the tax book value is taxed.
  const minerValueAt = (t: number) => der.minerCapexUsd.times(ONE.minus(ONE.minus(inp.salvageFraction).times(Decimal.min(ONE, D(t).div(inp.minerLifeMonths)))));
  const salvageUsd = minerValueAt(inp.horizonMonths);
  const salvageGainUsd = salvageUsd.minus(der.minerCapexUsd.times(Decimal.max(ZERO, ONE.minus(D(inp.horizonMonths).div(inp.minerLifeMonths)))));
  const cf0 = capexUsd.neg();
  // Debt: a share of the capex borrowed at t = 0, repaid in level monthly payments at the compounded monthly rate.
  const debtUsd = inp.debtFraction.times(capexUsd);
  const debt = levelPaymentSchedule(debtUsd, annualToMonthlyRateCompound(inp.debtRateAnnual), inp.debtTermMonths.toNumber(), n);
  const equityCf0 = cf0.plus(debtUsd); // −capex × (1 − debtFraction)
  let equityLosses = ZERO;
  let minDscr: Decimal | undefined;

  const months: MonthRow[] = [];
  let lossesCarried = ZERO;
  const monthlyAge = inp.hashrateDegradationAnnual.isZero() ? ONE : ONE.minus(inp.hashrateDegradationAnnual).pow(D(1).div(12));
  let ageFactor = ONE;
  let expectedPenaltyUsd = ZERO;
  const lookback = inp.penaltyLookbackMonths.toNumber();
  let prevSurvival = ONE;
  const priceGrowth = ONE.plus(inp.btcPriceGrowthMonthly);
  const hashGrowth = ONE.plus(inp.networkHashrateGrowthMonthly);
  // Month 1 is k months after the as-of date, so the factors start at (1 + g)^k.
  let priceFactor = priceGrowth.pow(inp.btcPriceMonthsToStart);
  let hashFactor = hashGrowth.pow(inp.networkHashrateMonthsToStart);
  // S_t = (1 − p)^(t/12): the monthly factor once, then whole years exactly and the months between by products.
  const yearly = ONE.minus(inp.annualShutdownProbability);
  const monthly = survival(inp.annualShutdownProbability, D(1).div(12));
  const minerDep = der.minerCapexUsd.div(inp.minerLifeMonths);
  const infraDep = inp.infrastructureCapexUsd.div(inp.infrastructureLifeMonths);

  let powerCostCnyTotal = ZERO;
  let billedMwh = ZERO;
  for (let t = 1; t <= n; t++) {
    const { year, month } = monthOf(inp, t);
    const serial = dateToSerial(year, month, 1);
    const days = daysInMonth(year, month);
    const dayCount = D(days);

    const midMonth = D(serial).plus(dayCount.div(2));
    const height = blockHeightAt(midMonth, inp.halvingAnchorHeight, D(inp.halvingAnchorSerial));
    if (height.isNegative()) {
      throw invalidInput(`startDate ${formatIsoDate(inp.start)} lies before block 0 for halvingAnchorHeight ${inp.halvingAnchorHeight.toString()} on ${inp.halvingAnchorDate}`, "startDate", {
        kind: "startBeforeBlockZero",
        subject: { key: "startDate" },
        date: formatIsoDate(inp.start),
        anchorHeight: inp.halvingAnchorHeight.toString(),
        anchorDate: inp.halvingAnchorDate,
      });
    }
    const subsidyBtc = subsidyAtHeight(height);
    // (1 + g)^(t − 1) as a running product: one multiplication a month instead of a power.
    if (t > 1) {
      hashFactor = hashFactor.times(hashGrowth);
      priceFactor = priceFactor.times(priceGrowth);
    }
    const networkHashrateEhS = inp.networkHashrateEhS.times(hashFactor);
    const btcPriceUsd = inp.btcPriceUsd.times(priceFactor);

    // The fleet's hashrate falls by the degradation rate a year, (1 − d)^((t − 1)/12); power does not.
    if (t > 1) ageFactor = ageFactor.times(monthlyAge);
    const potentialBtc = btcMinedKernel(der.fleetThS.times(ageFactor), inp.uptime, dayCount, subsidyBtc.plus(inp.feesBtcPerBlock), inp.poolFee, networkHashrateEhS);
    const potentialEnergy = energyKernel(der.fleetW, inp.pue, inp.uptime, dayCount);
    const share = inp.hydroShareByMonth[month - 1] as Decimal;
    // A differential tariff is added to every kWh from its month on.
    const tariffAdd = tariffAddAt(inp, t);
    const powerPriceCnyPerKwh = blendedPrice(share, inp.hydroPriceCnyPerKwh, inp.gridPriceCnyPerKwh, inp.wheelingCnyPerKwh).plus(tariffAdd);
    // Dispatch by source. Each source runs while the BTC a MWh earns pays for that source's MWh;
    // v_t ≥ 1000 × c / fx is compared as BTC_full × P_t × fx ≥ E_full × 1000 × c (E_full > 0, fx > 0), without a division.
    const hydroCny = inp.hydroPriceCnyPerKwh.plus(inp.wheelingCnyPerKwh).plus(tariffAdd);
    const gridCny = inp.gridPriceCnyPerKwh.plus(inp.wheelingCnyPerKwh).plus(tariffAdd);
    const potentialRevenue = potentialBtc.times(btcPriceUsd);
    // Compared in CNY (both sides times fx > 0): no division in the month's loop.
    const revenueCny = potentialRevenue.times(inp.cnyPerUsd);
    const fullKwh = potentialEnergy.times(KWH_PER_MWH);
    const pays = (c: Decimal) => !inp.curtailWhenUnprofitable || revenueCny.gte(fullKwh.times(c));
    const runHydro = pays(hydroCny);
    const runGrid = pays(gridCny);
    const hydroRun = runHydro ? share : ZERO; // s × runHydro
    const gridRun = runGrid ? ONE.minus(share) : ZERO; // (1 − s) × runGrid
    const runFraction = hydroRun.plus(gridRun);
    const curtailed = runFraction.lt(ONE);
    const btcMined = potentialBtc.times(runFraction);
    const revenueUsd = btcMined.times(btcPriceUsd);
    const energyMwh = potentialEnergy.times(runFraction);
    const powerCostCny = fullKwh.times(hydroRun.times(hydroCny).plus(gridRun.times(gridCny)));
    const powerCostUsd = powerCostCny.div(inp.cnyPerUsd);
    powerCostCnyTotal = powerCostCnyTotal.plus(powerCostCny);
    const fixedOpexUsd = inp.fixedOpexUsdPerMonth;
    const ebitdaUsd = revenueUsd.minus(powerCostUsd).minus(fixedOpexUsd);

    const depreciationUsd = (D(t).lte(inp.minerLifeMonths) ? minerDep : ZERO).plus(
      D(t).lte(inp.infrastructureLifeMonths) ? infraDep : ZERO,
    );
    const ebit = ebitdaUsd.minus(depreciationUsd);
    const { lossesOut, tax: taxUsd } = taxKernel(t === n ? ebit.plus(salvageGainUsd) : ebit, lossesCarried, inp.taxRate);
    lossesCarried = lossesOut;

    const cashFlowUsd = ebitdaUsd.minus(taxUsd).plus(t === n ? salvageUsd : ZERO);
    // The equity view: interest is deductible, the lender is paid before the owners.
    const { interest: interestUsd, principal: principalUsd, balance: debtBalanceUsd } = debt[t - 1]!;
    const balanceBefore = t === 1 ? debtUsd : debt[t - 2]!.balance;
    const equityEbt = ebit.minus(interestUsd);
    const { lossesOut: equityLossesOut, tax: equityTaxUsd } = taxKernel(t === n ? equityEbt.plus(salvageGainUsd) : equityEbt, equityLosses, inp.taxRate);
    equityLosses = equityLossesOut;
    const debtService = interestUsd.plus(principalUsd);
    const equityCashFlowUsd = ebitdaUsd.minus(equityTaxUsd).minus(debtService).plus(t === n ? salvageUsd : ZERO);
    // DSCR over the months with debt service; a service below a hundredth of a cent (a loan of a
    // vanishing share of the capex) is no debt service, so the ratio stays a finite number.
    if (debtService.gte(MIN_DEBT_SERVICE_USD)) {
      const dscr = ebitdaUsd.div(debtService);
      if (minDscr === undefined || dscr.lt(minDscr)) minDscr = dscr;
    }
    const s = t % 12 === 0 ? yearly.pow(t / 12) : yearly.pow(Math.floor(t / 12)).times(monthly.pow(t % 12));
    // Back-pay at a shutdown in month t on the energy used in the L months before it.
    // The window's energy, months max(1, t − L) .. t − 1, as a running sum.
    if (t - 1 >= 1) billedMwh = billedMwh.plus((months[t - 2] as MonthRow).energyMwh);
    if (t - lookback - 1 >= 1) billedMwh = billedMwh.minus((months[t - lookback - 2] as MonthRow).energyMwh);
    const penaltyUsd = inp.shutdownPenaltyCnyPerKwh.times(KWH_PER_MWH).times(billedMwh).div(inp.cnyPerUsd);
    const minerValueUsd = minerValueAt(t);
    const recoveryUsd = inp.recoveryFraction.times(minerValueUsd); // untaxed
    const expectedCashFlowUsd = s.times(cashFlowUsd).plus(prevSurvival.minus(s).times(recoveryUsd.minus(penaltyUsd)));
    // Recourse: at a shutdown the lender is repaid the balance outstanding at the month's start.
    const expectedEquityCashFlowUsd = s.times(equityCashFlowUsd).plus(prevSurvival.minus(s).times(recoveryUsd.minus(penaltyUsd).minus(balanceBefore)));
    expectedPenaltyUsd = expectedPenaltyUsd.plus(prevSurvival.minus(s).times(penaltyUsd));
    prevSurvival = s;

    months.push({
      t,
      date: formatIsoDate({ year, month, day: 1 }),
      serial,
      days,
      subsidyBtc,
      networkHashrateEhS,
      btcPriceUsd,
      btcMined,
      revenueUsd,
      energyMwh,
      powerPriceCnyPerKwh,
      powerCostUsd,
      fixedOpexUsd,
      ebitdaUsd,
      depreciationUsd,
      taxUsd,
      cashFlowUsd,
      survival: s,
      expectedCashFlowUsd,
      penaltyUsd,
      minerValueUsd,
      // CO2 of the sources that ran: CO2_TONNES over the full run, each factor counted only if its source ran (as the sheet does).
      co2Tonnes: co2TonnesOf(potentialEnergy, share, runGrid ? inp.gridFactorTPerMwh : ZERO, runHydro ? inp.hydroFactorTPerMwh : ZERO),
      runFraction,
      curtailed,
      interestUsd,
      principalUsd,
      debtBalanceUsd,
      equityTaxUsd,
      equityCashFlowUsd,
      expectedEquityCashFlowUsd,
    });
  }

  const flows = [cf0, ...months.map((m) => m.cashFlowUsd)];
  const expectedFlows = [cf0, ...months.map((m) => m.expectedCashFlowUsd)];
  const btcMined = sum(months.map((m) => m.btcMined));
  const powerCost = sum(months.map((m) => m.powerCostUsd));
  const fixedOpex = sum(months.map((m) => m.fixedOpexUsd));
  const energyMwh = sum(months.map((m) => m.energyMwh));
  const co2Tonnes = sum(months.map((m) => m.co2Tonnes));
  const perBtc = (x: Decimal) => (btcMined.isZero() ? undefined : x.div(btcMined));
  const monthlyIrr = irr(flows);
  const equityFlows = [equityCf0, ...months.map((m) => m.equityCashFlowUsd)];
  const expectedEquityFlows = [equityCf0, ...months.map((m) => m.expectedEquityCashFlowUsd)];
  // Without debt the equity's flows are the project's: the same NPVs and IRR, computed once.
  const levered = !debtUsd.isZero();
  const equityIrr = levered ? irr(equityFlows) : monthlyIrr;
  const npvUsd = npvFromT0(der.discountRateMonthly, flows);
  const riskAdjustedNpvUsd = npvFromT0(der.discountRateMonthly, expectedFlows);

  // The break-even at start uses the annual tariff plus the first month's differential tariff.
  const annualPriceCny = annualHydroCost(inp.hydroPriceCnyPerKwh, inp.gridPriceCnyPerKwh, inp.hydroShareByMonth, inp.wheelingCnyPerKwh).plus(tariffAddAt(inp, 1));
  const subsidy1 = months[0]!.subsidyBtc;
  let breakevenBtcPriceUsd: Decimal | undefined;
  if (!subsidy1.plus(inp.feesBtcPerBlock).isZero()) {
    breakevenBtcPriceUsd = breakevenPrice(
      der.efficiencyJPerTh,
      annualPriceCny.div(inp.cnyPerUsd),
      months[0]!.networkHashrateEhS, // H_1, the network at the start
      subsidy1,
      inp.feesBtcPerBlock,
      inp.pue,
      inp.poolFee,
      inp.fixedOpexUsdPerMonth.times(12).div(365).div(der.fleetThS),
    );
  }

  return {
    inputs: inp,
    derived: der,
    cashFlow0Usd: cf0,
    equityCashFlow0Usd: equityCf0,
    months,
    summary: {
      capexUsd,
      minerCapexUsd: der.minerCapexUsd,
      infrastructureCapexUsd: inp.infrastructureCapexUsd,
      salvageUsd,
      salvageGainUsd,
      npvUsd,
      riskAdjustedNpvUsd,
      irrAnnual: monthlyIrr === undefined ? undefined : monthlyToAnnualRate(monthlyIrr),
      paybackMonths: paybackPeriods(flows),
      btcMined,
      cashCostPerBtcUsd: perBtc(powerCost.plus(fixedOpex)),
      allInCostPerBtcUsd: perBtc(powerCost.plus(fixedOpex).plus(capexUsd).minus(salvageUsd)),
      breakevenBtcPriceUsd,
      avgPowerPriceCnyPerKwh: energyMwh.isZero()
        ? undefined
        : powerCostCnyTotal.div(energyMwh.times(KWH_PER_MWH)), // Σ power cost (CNY) / Σ kWh used
      energyMwh,
      co2Tonnes,
      co2TonnesPerBtc: perBtc(co2Tonnes),
      expectedOperatingMonths: sum(months.map((m) => m.survival)),
      expectedPenaltyUsd,
      debtUsd,
      equityNpvUsd: levered ? npvFromT0(der.discountRateMonthly, equityFlows) : npvUsd,
      riskAdjustedEquityNpvUsd: levered ? npvFromT0(der.discountRateMonthly, expectedEquityFlows) : riskAdjustedNpvUsd,
      equityIrrAnnual: equityIrr === undefined ? undefined : monthlyToAnnualRate(equityIrr),
      minDscr,
    },
  };
}


/** The differential tariff in month t: the amount from its month on, else 0. */
export function tariffAddAt(inp: ResolvedInputs, t: number): Decimal {
  return inp.penaltyTariffFromMonth.lte(t) ? inp.penaltyTariffCnyPerKwh : ZERO;
}

/**
 * The model under each scenario: the inputs with that scenario's six values (bear and bull
 * overrides from src/data unless given; base is the model's own inputs unless given).
 */
export function projectScenarios(raw: unknown, today?: Date): Record<ScenarioName, Projection> {
  const inp = isResolvedInputs(raw) ? raw : resolveInputs(raw, today);
  const out = {} as Record<ScenarioName, Projection>;
  for (const name of SCENARIO_NAMES) out[name] = projectModel(resolvedWith(inp, inp.scenarios[name]));
  return out;
}
