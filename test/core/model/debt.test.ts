/*
 * Debt and the equity view, against values that do not come from our code: a textbook amortisation
 * table, the annuity formula and @formulajs/formulajs (PMT, IPMT, PPMT, IRR), and hand derivations.
 */
import * as formulajs from "@formulajs/formulajs";
import { D } from "../../../src/core/decimal";
import { levelPayment, levelPaymentSchedule } from "../../../src/core/finance";
import { projectModel } from "../../../src/core/model/project";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const close = (a: { toNumber(): number } | number | undefined, b: number, rel = 1e-12) => {
  expect(a).toBeDefined();
  const x = typeof a === "number" ? a : a!.toNumber();
  expect(Math.abs(x - b) / Math.max(Math.abs(b), 1)).toBeLessThan(rel);
};

describe("the level-payment schedule", () => {
  it("a textbook table: 10,000 at 1 % a month over 12 months", () => {
    // The payment 888.49 and the first rows as every amortisation table prints them (rounded to cents):
    //   month 1: interest 100.00, principal 788.49, balance 9,211.51
    //   month 2: interest  92.12, principal 796.37, balance 8,415.14
    //   month 3: interest  84.15, principal 804.34, balance 7,610.80
    const rows = levelPaymentSchedule(D(10000), D("0.01"), 12, 12);
    const cents = (x: { toNumber(): number }) => Math.round(x.toNumber() * 100) / 100;
    expect(cents(levelPayment(D(10000), D("0.01"), 12))).toBe(888.49);
    expect(rows.slice(0, 3).map((r) => [cents(r.interest), cents(r.principal), cents(r.balance)])).toEqual([
      [100.0, 788.49, 9211.51],
      [92.12, 796.37, 8415.14],
      [84.15, 804.34, 7610.8],
    ]);
    // Every month pays the same; the last one clears the balance.
    for (const r of rows) close(r.interest.plus(r.principal), 888.4878867834, 1e-10);
    expect(rows[11]!.balance.isZero()).toBe(true);
  });

  it("interest and principal equal formulajs IPMT and PPMT month by month", () => {
    const rate = 0.0061;
    const rows = levelPaymentSchedule(D(250000), D(rate), 30, 30);
    rows.forEach((r, i) => {
      close(r.interest, -formulajs.IPMT(rate, i + 1, 30, 250000), 1e-9);
      close(r.principal, -formulajs.PPMT(rate, i + 1, 30, 250000), 1e-9);
    });
    close(levelPayment(D(250000), D(rate), 30), -formulajs.PMT(rate, 30, 250000), 1e-12);
  });

  it("rate 0: D / T a month; a term past the horizon is repaid in month N; nothing after the term", () => {
    const flat = levelPaymentSchedule(D(1200), D(0), 12, 12);
    for (const r of flat) {
      close(r.interest, 0);
      close(r.principal, 100);
    }
    // T = 24 > N = 6: five level payments, then the balance outstanding in month 6.
    const short = levelPaymentSchedule(D(1200), D(0), 24, 6);
    expect(short.map((r) => r.principal.toNumber())).toEqual([50, 50, 50, 50, 50, 950]);
    expect(short[5]!.balance.isZero()).toBe(true);
    // T = 3 < N = 5: no debt service in months 4 and 5.
    const long = levelPaymentSchedule(D(300), D(0), 3, 5);
    expect(long.map((r) => r.principal.toNumber())).toEqual([100, 100, 100, 0, 0]);
    expect(long.map((r) => r.balance.toNumber())).toEqual([200, 100, 0, 0, 0]);
  });
});

/** A profitable 24-month site with tax, so interest changes the tax. */
const SITE = {
  startDate: "2027-01-01",
  horizonMonths: 24,
  btcPriceUsd: 250000,
  networkHashrateEhS: 1061.28,
  networkHashrateGrowthMonthly: 0.01,
  taxRate: 0.25,
  curtailWhenUnprofitable: false,
  annualShutdownProbability: 0.2,
  recoveryFraction: 0.5,
};

describe("the equity view in projectModel", () => {
  it("with debtFraction 0 the equity figures equal the project's", () => {
    for (const extra of [{}, { horizonMonths: 60, btcPriceUsd: 60000 }, { shutdownPenaltyCnyPerKwh: 2, taxRate: 0 }]) {
      const p = projectModel({ ...SITE, ...extra }, TODAY);
      expect(p.summary.equityNpvUsd.eq(p.summary.npvUsd)).toBe(true);
      expect(p.summary.riskAdjustedEquityNpvUsd.eq(p.summary.riskAdjustedNpvUsd)).toBe(true);
      expect(String(p.summary.equityIrrAnnual)).toBe(String(p.summary.irrAnnual));
      expect(p.summary.minDscr).toBeUndefined();
      for (const m of p.months) {
        expect(m.equityCashFlowUsd.eq(m.cashFlowUsd)).toBe(true);
        expect(m.expectedEquityCashFlowUsd.eq(m.expectedCashFlowUsd)).toBe(true);
      }
    }
  });

  const levered = { ...SITE, debtFraction: 0.6, debtRateAnnual: 0.1, debtTermMonths: 18 };
  const p = projectModel(levered, TODAY);
  const project = projectModel(SITE, TODAY);
  // The monthly rate of 10 % a year, compounded: 1.1^(1/12) − 1.
  const i = 1.1 ** (1 / 12) - 1;
  const capex = p.summary.capexUsd.toNumber();
  const debt = 0.6 * capex;

  it("the project's flows do not change with debt", () => {
    expect(p.summary.npvUsd.eq(project.summary.npvUsd)).toBe(true);
    expect(p.months.every((m, k) => m.cashFlowUsd.eq(project.months[k]!.cashFlowUsd))).toBe(true);
  });

  it("the debt schedule follows formulajs PMT / IPMT / PPMT at the compounded monthly rate", () => {
    close(p.summary.debtUsd, debt);
    close(p.equityCashFlow0Usd, -0.4 * capex);
    p.months.forEach((m, k) => {
      const t = k + 1;
      if (t <= 18) {
        close(m.interestUsd, -formulajs.IPMT(i, t, 18, debt), 1e-9);
        close(m.principalUsd, -formulajs.PPMT(i, t, 18, debt), 1e-9);
      } else {
        close(m.interestUsd, 0);
        close(m.principalUsd, 0);
        close(m.debtBalanceUsd, 0);
      }
    });
  });

  it("month 1 of the equity view by hand: interest deducted before tax, debt service paid", () => {
    const m = p.months[0]!;
    const interest = i * debt;
    const payment = (debt * i) / (1 - (1 + i) ** -18);
    const ebit = m.ebitdaUsd.toNumber() - m.depreciationUsd.toNumber();
    // Month 1 of a profitable site: no losses brought forward, so the tax is 25 % of EBIT − interest when positive.
    const tax = 0.25 * Math.max(0, ebit - interest);
    close(m.equityTaxUsd, tax, 1e-10);
    close(m.equityCashFlowUsd, m.ebitdaUsd.toNumber() - tax - payment, 1e-10);
    close(m.debtBalanceUsd, debt - (payment - interest), 1e-10);
    // Recourse: a shutdown in month 1 repays the whole loan out of the recovery.
    const s1 = 0.8 ** (1 / 12);
    const recovery = 0.5 * m.minerValueUsd.toNumber();
    close(m.expectedEquityCashFlowUsd, s1 * m.equityCashFlowUsd.toNumber() + (1 - s1) * (recovery - debt), 1e-10);
  });

  it("equity IRR and NPV from formulajs over the equity flows; min DSCR over the months with debt service", () => {
    const flows = [p.equityCashFlow0Usd, ...p.months.map((m) => m.equityCashFlowUsd)].map((x) => x.toNumber());
    const monthly = formulajs.IRR(flows, 0.01) as number;
    close(p.summary.equityIrrAnnual, (1 + monthly) ** 12 - 1, 1e-8);
    const r = 1.15 ** (1 / 12) - 1; // the default discount rate, 15 % a year
    close(p.summary.equityNpvUsd, flows[0]! + (formulajs.NPV(r, ...flows.slice(1)) as number), 1e-10);
    const payment = -formulajs.PMT(i, 18, debt);
    const dscr = Math.min(...p.months.slice(0, 18).map((m) => m.ebitdaUsd.toNumber() / payment));
    close(p.summary.minDscr, dscr, 1e-10);
    // Leverage on a project earning more than the debt's rate raises the IRR to equity.
    expect(p.summary.equityIrrAnnual!.gt(project.summary.irrAnnual!)).toBe(true);
  });
});
