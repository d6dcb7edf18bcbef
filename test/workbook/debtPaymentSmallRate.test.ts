/*
 * The sheet's level debt payment at tiny interest rates: the closed form D·i/(1 − (1 + i)^−T) loses
 * digits to cancellation in a spreadsheet's doubles, so below 10^-6 a month the sheet uses the annuity
 * series. The case below is one fast-check found (a 3.1e-9 annual rate); the expected payments come
 * from the core (Decimal, 28 digits) and from the series written out by hand here.
 */
import { buildPlan } from "../../src/workbook/plan";
import { projectModel } from "../../src/core/model/project";
import { evaluatePlan } from "../support/hyperformula";

const FOUND = { startDate: "2026-12-01", horizonMonths: 6, miner: "Avalon A16", minerCount: 1121, debtFraction: 0.9, debtRateAnnual: 3.1464375313391757e-9, debtTermMonths: 47 };

it.each([
  ["a 3.1e-9 annual rate (found by fast-check)", FOUND],
  ["a rate just below the switch (i ≈ 9.9e-7 a month)", { ...FOUND, debtRateAnnual: 1.19e-5 }],
  ["a rate just above it (i ≈ 1.0e-6 a month)", { ...FOUND, debtRateAnnual: 1.21e-5 }],
  ["an ordinary 8 %", { ...FOUND, debtRateAnnual: 0.08 }],
])("%s: every month's principal equals the core's within 1e-10", (_name, inputs) => {
  const p = projectModel(inputs);
  const plan = buildPlan(inputs, { dialect: "portable" });
  const { at } = evaluatePlan(plan);
  const s = plan.layout.schedule;
  const col = s.columns.find((c) => c.key === "principal")!.col;
  for (const m of p.months) {
    const engine = at("schedule", s.t0Row + m.t, col) as number;
    const model = m.principalUsd.toNumber();
    expect([m.t, Math.abs(engine - model) <= 1e-10 * Math.max(1, Math.abs(model))]).toEqual([m.t, true]);
  }
});

it("the series is the closed form's expansion: D/T × (1 + (T + 1)i/2 + (T² − 1)i²/12) at i = 1e-7, T = 47", () => {
  const [D, i, T] = [1e6, 1e-7, 47];
  const series = (D / T) * (1 + ((T + 1) * i) / 2 + ((T * T - 1) * i * i) / 12);
  // The closed form in extended care: (1 + i)^−T by the binomial series to i^4, summed in doubles.
  const pow = 1 - T * i + ((T * (T + 1)) / 2) * i ** 2 - ((T * (T + 1) * (T + 2)) / 6) * i ** 3 + ((T * (T + 1) * (T + 2) * (T + 3)) / 24) * i ** 4;
  const closed = (D * i) / (T * i - ((T * (T + 1)) / 2) * i ** 2 + ((T * (T + 1) * (T + 2)) / 6) * i ** 3 - ((T * (T + 1) * (T + 2) * (T + 3)) / 24) * i ** 4);
  expect(pow).toBeLessThan(1);
  expect(Math.abs(series - closed) / closed).toBeLessThan(1e-13);
});
