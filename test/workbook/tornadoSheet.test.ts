/* The tornado block of the sheet: the core's numbers, live deltas, and a bar chart of them. */
import { buildPlan } from "../../src/workbook/plan";
import { tornado } from "../../src/core/risk/tornado";
import { evaluatePlan } from "../support/hyperformula";
import { DetailedCellError } from "hyperformula";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const INPUTS = { startDate: "2027-01-01", horizonMonths: 24, minerPriceUsdPerTh: 15 };

it("writes the tornado as a table with deltas and a two-series bar chart", () => {
  const t = tornado(INPUTS, 0.25, TODAY);
  const plan = buildPlan(INPUTS, { today: TODAY, tornado: t });
  const { hf, sheet, value } = evaluatePlan(plan);
  for (const row of hf.getSheetValues(sheet)) for (const v of row) expect(v).not.toBeInstanceOf(DetailedCellError);
  // T5 title, T6 header, T7.. rows in the core's order
  t.rows.forEach((r, i) => {
    const row = 4 + 2 + i;
    expect(value(row, 19)).toBe(`${r.label} (${r.unit})`);
    expect(value(row, 22)).toBe(r.riskAdjustedNpvLowUsd.toNumber());
    expect(value(row, 24)).toBeCloseTo(r.riskAdjustedNpvLowUsd.minus(t.baseRiskAdjustedNpvUsd).toNumber(), 6);
    expect(value(row, 25)).toBeCloseTo(r.riskAdjustedNpvHighUsd.minus(t.baseRiskAdjustedNpvUsd).toNumber(), 6);
  });
  const chart = plan.charts.find((c) => c.id === "tornado")!;
  expect(chart.series.map((s) => [s.type, s.name])).toEqual([["bar", "Input at its low"], ["bar", "Input at its high"]]);
  expect(chart.categories).toBe("$T$7:$T$16");
  expect(buildPlan(INPUTS, { today: TODAY }).charts.map((c) => c.id)).toEqual(["cumulative", "btc-vs-power"]);
});
