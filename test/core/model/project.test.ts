/*
 * projectModel against hand derivations written out here (SPEC §4–5), for the default 1 MW S21 XP
 * site starting 2026-12-01.
 */
import { projectModel, projectScenarios } from "../../../src/core/model/project";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const close = (a: { toNumber(): number } | number | undefined, b: number, rel = 1e-12) => {
  const x = typeof a === "number" ? a : a!.toNumber();
  expect(Math.abs(x - b) / Math.max(Math.abs(b), 1)).toBeLessThan(rel);
};

/** H_1 of the default site: 1,061.28 EH/s grown 12 months at 2 % a month. */
const H1 = 1061.28 * 1.02 ** 12;

describe("projectModel, default site, month 1 (December 2026) by hand", () => {
  const p = projectModel({}, TODAY);
  const m1 = p.months[0]!;

  it("fleet, capex and CF_0", () => {
    // 274 × 270 TH/s = 73,980 TH/s; 274 × 3,645 W = 998,730 W
    close(p.derived.fleetThS, 73980);
    close(p.derived.fleetW, 998730);
    // miner capex = 73,980 × 25.70 = 1,901,286; + 250,000 infrastructure
    close(p.summary.capexUsd, 2151286);
    close(p.cashFlow0Usd, -2151286);
  });

  it("subsidy at mid-month, BTC mined, revenue", () => {
    expect(m1.date).toBe("2026-12-01");
    expect(m1.days).toBe(31);
    // mid-December 2026 is ~311 days after 2026-02-07: height ≈ 935,424 + 144 × 311 < 1,050,000
    close(m1.subsidyBtc, 3.125);
    // SPEC §6.1: the default hashrate 1,061.28 EH/s is as of 2025-12-25, 12 months before the start month
    // (2026-12), so H_1 = 1,061.28 × 1.02^12; the default price is as of 2026-01-12 with growth 0: 91,132.
    close(m1.networkHashrateEhS, H1);
    close(m1.btcPriceUsd, 91132);
    // 73,980 × 0.97 × 31 × 144 × (3.125 + 0.0173) × 0.975 / (H_1 × 10^6)
    const btc = (73980 * 0.97 * 31 * 144 * 3.1423 * 0.975) / (H1 * 1e6);
    close(m1.btcMined, btc);
    close(m1.revenueUsd, btc * 91132);
  });

  it("power: December share 0.19, FX 7.12", () => {
    // price = 0.19 × 0.25 + 0.81 × 0.55 = 0.493 CNY/kWh
    close(m1.powerPriceCnyPerKwh, 0.493);
    // SPEC §6.7: the S21 XP is air-cooled, so the default PUE is 1.10.
    // energy = 998,730 W × 1.10 × 0.97 × 24 h × 31 d / 10^6 = 792.83981304 MWh
    close(m1.energyMwh, 792.83981304);
    // cost = 792.83981304 × 1000 × 0.493 / 7.12
    close(m1.powerCostUsd, (792.83981304 * 1000 * 0.493) / 7.12);
    // CO2 = 792.83981304 × 0.81 × 0.5122 t
    close(m1.co2Tonnes, 792.83981304 * 0.81 * 0.5122);
  });

  it("EBITDA, depreciation, no tax at rate 0, survival and expected cash flow", () => {
    const ebitda = m1.revenueUsd.toNumber() - m1.powerCostUsd.toNumber() - 3000;
    close(m1.ebitdaUsd, ebitda);
    // 1,901,286 / 36 + 250,000 / 120
    close(m1.depreciationUsd, 1901286 / 36 + 250000 / 120);
    close(m1.taxUsd, 0);
    close(m1.cashFlowUsd, ebitda);
    // S_1 = 0.75^(1/12); expected = S_1 × CF_1 + (1 − S_1) × 0 (machines seized)
    const s1 = 0.75 ** (1 / 12);
    close(m1.survival, s1);
    close(m1.expectedCashFlowUsd, s1 * ebitda);
  });

  it("month 36 carries the salvage; the summary adds up", () => {
    const last = p.months[35]!;
    expect(last.date).toBe("2029-11-01");
    close(last.cashFlowUsd, last.ebitdaUsd.toNumber() + 0.1 * 1901286);
    close(p.summary.expectedOperatingMonths, Array.from({ length: 36 }, (_, i) => 0.75 ** ((i + 1) / 12)).reduce((a, b) => a + b));
    const btc = p.months.reduce((a, m) => a + m.btcMined.toNumber(), 0);
    close(p.summary.btcMined, btc, 1e-12);
    const cash = p.months.reduce((a, m) => a + m.powerCostUsd.toNumber() + 3000, 0);
    close(p.summary.cashCostPerBtcUsd, cash / btc, 1e-12);
    close(p.summary.allInCostPerBtcUsd, (cash + 2151286 - 190128.6) / btc, 1e-12);
  });

  it("halves the subsidy from the month whose middle passes block 1,050,000 (April 2028)", () => {
    const april2028 = p.months.find((m) => m.date === "2028-04-01")!;
    const march2028 = p.months.find((m) => m.date === "2028-03-01")!;
    // mid-April 2028 (Apr 16.0) is 799 days after 2026-02-07: 935,424 + 144 × 799 = 1,050,480 → 1.5625
    close(april2028.subsidyBtc, 1.5625);
    close(march2028.subsidyBtc, 3.125);
  });

  it("break-even at start: BREAKEVEN with the annual power price in USD and fixed opex per TH/s-day", () => {
    // annual price 133.166/365 CNY/kWh; other cost = 3000 × 12 / 365 / 73,980 USD per TH/s-day
    const priceUsd = 133.166 / 365 / 7.12;
    const cost = 13.5 * 0.024 * 1.1 * priceUsd + (3000 * 12) / 365 / 73980;
    // SPEC §6.1: at start, H_1 (not the as-of value)
    const btc = (3.1423 * 144 * 0.975) / (H1 * 1e6);
    close(p.summary.breakevenBtcPriceUsd, cost / btc, 1e-12);
  });
});

describe("projectModel behaviours", () => {
  it("dispatches by source (SPEC §6.2): in January hydro pays and runs, grid does not; fixed opex is still paid", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 1, btcPriceUsd: 40000, gridPriceCnyPerKwh: 1.2, networkHashrateEhS: 1061.28 }, TODAY);
    const jan = p.months[0]!;
    // Full run: E = 998,730 W × 1.10 × 0.97 × 24 × 31 / 10^6 = 792.83981304 MWh;
    // BTC = 73,980 × 0.97 × 31 × 144 × (subsidy + 0.0173) × 0.975 / (H_1 × 10^6).
    const e = 792.83981304;
    const btcFull = (73980 * 0.97 * 31 * 144 * (jan.subsidyBtc.toNumber() + 0.0173) * 0.975) / (jan.networkHashrateEhS.toNumber() * 1e6);
    // v = BTC × 40,000 / E USD per MWh lies between hydro's 1000 × 0.25 / 7.12 and grid's 1000 × 1.2 / 7.12.
    const v = (btcFull * 40000) / e;
    expect(v).toBeGreaterThanOrEqual((1000 * 0.25) / 7.12);
    expect(v).toBeLessThan((1000 * 1.2) / 7.12);
    // January's hydro share is 0.11: only that share runs.
    close(jan.runFraction, 0.11);
    expect(jan.curtailed).toBe(true);
    close(jan.btcMined, 0.11 * btcFull);
    close(jan.revenueUsd, 0.11 * btcFull * 40000);
    close(jan.energyMwh, 0.11 * e);
    close(jan.powerCostUsd, (e * 1000 * 0.11 * 0.25) / 7.12);
    expect(jan.co2Tonnes.toNumber()).toBe(0); // hydro's factor is 0; the grid did not run
    close(jan.ebitdaUsd, 0.11 * btcFull * 40000 - (e * 1000 * 0.11 * 0.25) / 7.12 - 3000);
    // The tariff shown is the month's blend; the average paid is what the power used cost: hydro's 0.25.
    close(jan.powerPriceCnyPerKwh, 0.11 * 0.25 + 0.89 * 1.2);
    close(p.summary.avgPowerPriceCnyPerKwh, 0.25, 1e-15);
  });

  it("runs both sources in full with curtailment off", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 1, btcPriceUsd: 40000, gridPriceCnyPerKwh: 1.2, networkHashrateEhS: 1061.28, curtailWhenUnprofitable: false }, TODAY);
    const jan = p.months[0]!;
    const e = 792.83981304;
    close(jan.runFraction, 1);
    expect(jan.curtailed).toBe(false);
    close(jan.energyMwh, e);
    close(jan.powerCostUsd, (e * 1000 * (0.11 * 0.25 + 0.89 * 1.2)) / 7.12);
    close(jan.co2Tonnes, e * 0.89 * 0.5122);
  });

  it("switches everything off when not even hydro pays", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 1, btcPriceUsd: 10000, gridPriceCnyPerKwh: 1.2, networkHashrateEhS: 1061.28 }, TODAY);
    const jan = p.months[0]!;
    expect([jan.runFraction, jan.btcMined, jan.revenueUsd, jan.energyMwh, jan.powerCostUsd, jan.co2Tonnes].map(Number)).toEqual([0, 0, 0, 0, 0, 0]);
    close(jan.ebitdaUsd, -3000);
    expect(p.summary.avgPowerPriceCnyPerKwh).toBeUndefined();
  });

  it("carries tax losses forward", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 24, taxRate: 0.25, minerPriceUsdPerTh: 5, btcPriceUsd: 130000, infrastructureCapexUsd: 0 }, TODAY);
    let pool = 0;
    for (const m of p.months) {
      const ebit = m.ebitdaUsd.toNumber() - m.depreciationUsd.toNumber();
      const taxable = Math.max(0, ebit - pool);
      pool = Math.max(0, pool - ebit);
      close(m.taxUsd, 0.25 * taxable, 1e-9);
    }
    expect(p.months.some((m) => m.taxUsd.gt(0))).toBe(true);
  });

  it("adds recovery to expected cash flow when machines survive a shutdown", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 3, recoveryFraction: 0.5, annualShutdownProbability: 0.5 }, TODAY);
    const minerCapex = p.derived.minerCapexUsd.toNumber();
    const s1 = 0.5 ** (1 / 12);
    // SPEC §6.3: recovery = 0.5 × the miners' value at month 1 = capex × (1 − 0.9 × 1/36)
    close(p.months[0]!.expectedCashFlowUsd, s1 * p.months[0]!.cashFlowUsd.toNumber() + (1 - s1) * 0.5 * minerCapex * (1 - 0.9 / 36), 1e-12);
  });

  it("has no IRR or payback where they do not exist, and no cost per BTC without BTC", () => {
    // No revenue and no salvage: every flow is negative.
    // No revenue, and machines worth nothing at N (a 6-month life with no salvage value): every flow is negative.
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 6, btcPriceUsd: 0, salvageFraction: 0, minerLifeMonths: 6 }, TODAY);
    expect(p.summary.btcMined.isZero()).toBe(true);
    expect(p.summary.irrAnnual).toBeUndefined();
    expect(p.summary.paybackMonths).toBeUndefined();
    expect(p.summary.cashCostPerBtcUsd).toBeUndefined();
    expect(p.summary.avgPowerPriceCnyPerKwh).toBeUndefined();
    expect(p.summary.co2TonnesPerBtc).toBeUndefined();
  });
});

describe("dated market inputs (SPEC §6.1)", () => {
  it("rolls a value forward from its as-of month to the start, and back from a later one", () => {
    // as of 2026-07-15, start 2027-01: k = (2027 × 12 + 1) − (2026 × 12 + 7) = 6; P_1 = 80,000 × 1.01^6
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 3, btcPriceUsd: 80000, btcPriceAsOf: "2026-07-15", btcPriceGrowthMonthly: 0.01, networkHashrateEhS: 1000, networkHashrateAsOf: "2027-03-31", networkHashrateGrowthMonthly: 0.02 }, TODAY);
    close(p.months[0]!.btcPriceUsd, 80000 * 1.01 ** 6);
    close(p.months[2]!.btcPriceUsd, 80000 * 1.01 ** 8);
    // as of March 2027, two months after the start: k = −2, H_1 = 1,000 / 1.02^2
    close(p.months[0]!.networkHashrateEhS, 1000 / 1.02 ** 2);
  });

  it("a value given without its date is as of the start month; the default keeps its record's date", () => {
    const given = projectModel({ startDate: "2027-01-01", horizonMonths: 1, networkHashrateEhS: 1000 }, TODAY);
    close(given.months[0]!.networkHashrateEhS, 1000);
    const dflt = projectModel({ startDate: "2027-01-01", horizonMonths: 1 }, TODAY);
    // 2025-12-25 to 2027-01: 13 months
    close(dflt.months[0]!.networkHashrateEhS, 1061.28 * 1.02 ** 13);
  });

  it("refuses an as-of date more than ten years from the start", () => {
    expect(() => projectModel({ startDate: "2027-01-01", btcPriceAsOf: "2010-01-01" }, TODAY)).toThrow(/btcPriceAsOf 2010-01-01 is 204 months from the start 2027-01-01; it must be within 120 months/);
  });
});

describe("scenarios ordered around the base (SPEC §6.8)", () => {
  it("a base more bullish than the sourced bull: bull takes the base's values, so bull ≥ base ≥ bear", () => {
    // Sourced bull: BTC 126,000, growth 1 %/month; a base of 200,000 growing 3 %/month is better on both.
    const inputs = { startDate: "2027-01-01", horizonMonths: 24, btcPriceUsd: 200000, btcPriceGrowthMonthly: 0.03, networkHashrateEhS: 1061.28 };
    const sc = projectScenarios(inputs, TODAY);
    expect(sc.bull.inputs.btcPriceUsd.toNumber()).toBe(200000);
    expect(sc.bull.inputs.btcPriceGrowthMonthly.toNumber()).toBe(0.03);
    expect(sc.bear.inputs.btcPriceUsd.toNumber()).toBe(68000);
    expect(sc.bull.summary.npvUsd.gte(sc.base.summary.npvUsd)).toBe(true);
    expect(sc.base.summary.npvUsd.gte(sc.bear.summary.npvUsd)).toBe(true);
  });

  it("a base worse than the sourced bear: bear takes the base's values; values the user gives are kept", () => {
    const sc = projectScenarios({ startDate: "2027-01-01", horizonMonths: 12, gridPriceCnyPerKwh: 0.9, scenarios: { bull: { gridPriceCnyPerKwh: 0.95 } } }, TODAY);
    // Lower is better for power prices: bear = max(0.65 sourced, 0.9 base) = 0.9; the user's bull 0.95 stands.
    expect(sc.bear.inputs.gridPriceCnyPerKwh.toNumber()).toBe(0.9);
    expect(sc.bull.inputs.gridPriceCnyPerKwh.toNumber()).toBe(0.95);
  });
});

describe("enforcement (SPEC §6.4) by hand", () => {
  const inputs = { startDate: "2027-01-01", horizonMonths: 6, annualShutdownProbability: 0.5, recoveryFraction: 0.1, shutdownPenaltyCnyPerKwh: 2, penaltyLookbackMonths: 2, penaltyTariffCnyPerKwh: 1, penaltyTariffFromMonth: 4, btcPriceUsd: 300000, networkHashrateEhS: 1061.28, curtailWhenUnprofitable: false };
  const p = projectModel(inputs, TODAY);
  const [m1, m2, m3, m4] = p.months;

  it("a tariff step: from month 4 every kWh costs CNY 1.00 more", () => {
    // April's tariff 0.91 × 0.25 + 0.09 × 0.55 = 0.277, plus 1.00 = 1.277 CNY/kWh; March's has no addition.
    close(m4!.powerPriceCnyPerKwh, 0.91 * 0.25 + 0.09 * 0.55 + 1);
    close(m3!.powerPriceCnyPerKwh, 0.21 * 0.25 + 0.79 * 0.55);
    close(m4!.powerCostUsd, (m4!.energyMwh.toNumber() * 1000 * 1.277) / 7.12);
  });

  it("a penalty month: a shutdown in month 3 bills back the energy of months 1 and 2 at CNY 2/kWh", () => {
    close(m1!.penaltyUsd, 0); // nothing used before month 1
    close(m2!.penaltyUsd, (2 * 1000 * m1!.energyMwh.toNumber()) / 7.12);
    close(m3!.penaltyUsd, (2 * 1000 * (m1!.energyMwh.toNumber() + m2!.energyMwh.toNumber())) / 7.12);
    // L = 2: month 4 bills months 2 and 3 only.
    close(m4!.penaltyUsd, (2 * 1000 * (m2!.energyMwh.toNumber() + m3!.energyMwh.toNumber())) / 7.12);
    // Expected CF_3 = S_3 CF_3 + (S_2 − S_3)(recovery − penalty_3), S_t = 0.5^(t/12)
    const s2 = 0.5 ** (2 / 12);
    const s3 = 0.5 ** (3 / 12);
    // recovery_3 = 0.1 × the miners' value at month 3 = 0.1 × capex × (1 − 0.9 × 3/36) (SPEC §6.3)
    close(m3!.expectedCashFlowUsd, s3 * m3!.cashFlowUsd.toNumber() + (s2 - s3) * (0.1 * p.derived.minerCapexUsd.toNumber() * (1 - 0.9 * 3 / 36) - m3!.penaltyUsd.toNumber()), 1e-11);
    const expected = p.months.reduce((acc, m, i) => acc + ((i === 0 ? 1 : 0.5 ** (i / 12)) - 0.5 ** ((i + 1) / 12)) * m.penaltyUsd.toNumber(), 0);
    close(p.summary.expectedPenaltyUsd, expected, 1e-11);
  });
});

describe("default PUE by cooling (SPEC §6.7)", () => {
  it("follows the miner's cooling: air 1.10, hydro 1.05, immersion 1.03; a custom miner is air-cooled", () => {
    const pue = (miner: unknown) => projectModel({ startDate: "2027-01-01", horizonMonths: 1, miner } as never, TODAY).inputs.pue.toNumber();
    expect(pue("Antminer S21 XP")).toBe(1.1);
    expect(pue("Antminer S21 XP Hydro")).toBe(1.05);
    expect(pue("Whatsminer M66S")).toBe(1.03);
    expect(pue({ hashrateThS: 300, powerW: 5000, priceUsdPerTh: 10 })).toBe(1.1);
  });
});

describe("degradation (SPEC §6.6) by hand", () => {
  it("month 13 mines with 95 % of the fleet's hashrate at 5 %/yr; power is unchanged", () => {
    const base = { startDate: "2027-01-01", horizonMonths: 13, networkHashrateEhS: 1061.28, curtailWhenUnprofitable: false };
    const fresh = projectModel(base, TODAY);
    const aged = projectModel({ ...base, hashrateDegradationAnnual: 0.05 }, TODAY);
    // (1 − 0.05)^((13 − 1)/12) = 0.95; month 7: 0.95^(6/12) = √0.95
    close(aged.months[12]!.btcMined.toNumber() / fresh.months[12]!.btcMined.toNumber(), 0.95, 1e-14);
    close(aged.months[6]!.btcMined.toNumber() / fresh.months[6]!.btcMined.toNumber(), Math.sqrt(0.95), 1e-14);
    close(aged.months[12]!.energyMwh, fresh.months[12]!.energyMwh.toNumber());
  });
});

describe("miner value, salvage and recovery (SPEC §6.3) by hand", () => {
  const capexOf = (p: ReturnType<typeof projectModel>) => p.derived.minerCapexUsd.toNumber();
  it("N < life: a 12-month model sells machines at their value on the line, and the gain over book value is taxed in month 12", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 12, taxRate: 0.25, salvageFraction: 0.1, minerLifeMonths: 36, btcPriceUsd: 0, networkHashrateEhS: 1061.28 }, TODAY);
    const c = capexOf(p);
    // value_12 = c × (1 − 0.9 × 12/36) = 0.7 c; book value = c × (1 − 12/36) = 2/3 c; gain = (0.7 − 2/3) c
    close(p.summary.salvageUsd, 0.7 * c);
    close(p.summary.salvageGainUsd, (0.7 - 2 / 3) * c);
    // No revenue: every month's EBIT is negative, so the losses carried forward absorb the gain: no tax.
    close(p.months[11]!.taxUsd, 0);
  });
  it("N ≥ life: the salvage is the salvage fraction of the price, all of it a taxable gain (book value 0)", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 40, salvageFraction: 0.1, minerLifeMonths: 36, networkHashrateEhS: 1061.28 }, TODAY);
    const c = capexOf(p);
    close(p.summary.salvageUsd, 0.1 * c);
    close(p.summary.salvageGainUsd, 0.1 * c);
  });
  it("the gain is taxed before losses are used: a profitable last month pays tax on EBIT + gain", () => {
    const p = projectModel({ startDate: "2027-01-01", horizonMonths: 12, taxRate: 0.25, salvageFraction: 0.1, minerLifeMonths: 36, btcPriceUsd: 400000, minerPriceUsdPerTh: 1, infrastructureCapexUsd: 0, networkHashrateEhS: 1061.28 }, TODAY);
    let losses = 0;
    p.months.forEach((m, i) => {
      const ebit = m.ebitdaUsd.toNumber() - m.depreciationUsd.toNumber() + (i === 11 ? p.summary.salvageGainUsd.toNumber() : 0);
      const taxable = Math.max(0, ebit - losses);
      losses = Math.max(0, losses - ebit);
      close(m.taxUsd, 0.25 * taxable, 1e-9);
    });
  });
});
