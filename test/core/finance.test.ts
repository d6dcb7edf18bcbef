/* NPV, IRR and payback conventions, against published examples. */
import { D } from "../../src/core/decimal";
import { annualToMonthlyRateCompound, irr, monthlyToAnnualRate, npvFromT0, paybackPeriods } from "../../src/core/finance";

const ds = (xs: number[]) => xs.map((x) => D(x));

describe("npvFromT0", () => {
  it("numpy-financial's Decimal example: flows[0] at t = 0", () => {
    // numpy-financial test_npv_decimal: npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]) = 122.894854950942692161628715
    const v = npvFromT0(D("0.05"), ds([-15000, 1500, 2500, 3500, 4500, 6000]));
    expect(v.minus("122.894854950942692161628715").abs().lt("1e-20")).toBe(true);
  });
  it("equals flows[0] + Excel's NPV(r, flows[1..]), which discounts its first value one period", () => {
    // Excel NPV(0.1, -10000, 3000, 4200, 6800) = 1188.44 (Microsoft's NPV help example, first value at end of year 1)
    const excel = npvFromT0(D("0.1"), ds([0, -10000, 3000, 4200, 6800]));
    expect(excel.toNumber()).toBeCloseTo(1188.44, 2);
  });
});

describe("irr", () => {
  it("Excel's IRR help example: -70000, 12000, 15000, 18000, 21000, 26000 → 8.66 %", () => {
    const r = irr(ds([-70000, 12000, 15000, 18000, 21000, 26000]))!;
    expect(Math.abs(r.toNumber() - 0.0866309)).toBeLessThan(1e-7);
    expect(npvFromT0(r, ds([-70000, 12000, 15000, 18000, 21000, 26000])).abs().lt("1e-10")).toBe(true);
  });
  it("Excel's IRR help example over 4 years: -2.12 %", () => {
    expect(Math.abs(irr(ds([-70000, 12000, 15000, 18000, 21000]))!.toNumber() - -0.021245)).toBeLessThan(1e-6);
  });
  it("is undefined without a sign change", () => {
    expect(irr(ds([100, 200]))).toBeUndefined();
    expect(irr(ds([-100, -200]))).toBeUndefined();
    expect(irr(ds([0, 0]))).toBeUndefined();
  });
  it("finds a root below −99.9 % a period: -1000 then 0.5 gives 1 + r = 0.5 / 1000, r = −0.9995", () => {
    expect(Math.abs(irr(ds([-1000, 0.5]))!.toNumber() - -0.9995)).toBeLessThan(1e-15);
  });
  it("picks the root closest to 0 when there are two (numpy-financial's rule)", () => {
    // -100 + 230/(1+r) - 132/(1+r)^2 = 0 → roots r = 0.1 and r = 0.2
    expect(Math.abs(irr(ds([-100, 230, -132]))!.toNumber() - 0.1)).toBeLessThan(1e-15);
  });
});

describe("rates and payback", () => {
  it("compounds annual to monthly and back", () => {
    // (1.15)^(1/12) − 1 = 0.011714917…
    const m = annualToMonthlyRateCompound(D("0.15"));
    expect(Math.abs(m.toNumber() - 0.011714917)).toBeLessThan(1e-9);
    expect(monthlyToAnnualRate(m).minus("0.15").abs().lt("1e-25")).toBe(true);
  });
  it("interpolates payback within the month the cumulative flow turns non-negative", () => {
    // cumulative: -100, -60, -20, +20 → crosses in period 3: 2 + 20 / 40 = 2.5
    expect(paybackPeriods(ds([-100, 40, 40, 40]))!.toNumber()).toBe(2.5);
    expect(paybackPeriods(ds([-100, 50, 50]))!.toNumber()).toBe(2); // exactly 0 at the end of period 2
    expect(paybackPeriods(ds([-100, 30, 30]))).toBeUndefined();
    expect(paybackPeriods(ds([0, 10]))!.toNumber()).toBe(0);
    // first crossing counts even if the cumulative dips again later
    expect(paybackPeriods(ds([-100, 150, -100, 10]))!.toNumber()).toBeCloseTo(100 / 150, 15);
  });
});
