/*
 * The bear/base/bull block: each scenario's results, evaluated by HyperFormula from live formulas,
 * equal projectScenarios; editing a model input recalculates every scenario, and editing a bear
 * override only bear.
 */
import { buildPlan } from "../../src/workbook/plan";
import { projectScenarios } from "../../src/core/model/project";
import { SCENARIO_NAMES } from "../../src/core/model/inputs";
import { evaluatePlan } from "../support/hyperformula";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const KEYS = ["npvUsd", "riskAdjustedNpvUsd", "irrAnnual", "paybackMonths", "btcMined"] as const;

function expectScenarios(value: (r: number, c: number) => unknown, plan: ReturnType<typeof buildPlan>, inputs: object): void {
  const expected = projectScenarios(inputs, TODAY);
  for (const name of SCENARIO_NAMES) {
    for (const key of KEYS) {
      const at = plan.layout.scenarios.results[name]![key]!;
      const engine = value(at.row, at.col);
      const model = expected[name].summary[key];
      if (model === undefined) expect(["none", "never", "n/a"]).toContain(engine);
      else {
        if (typeof engine !== "number") throw new Error(`${name} ${key}: ${String(engine)} vs ${model.toString()}`);
        expect(Math.abs(engine - model.toNumber()) / Math.max(1, Math.abs(model.toNumber()))).toBeLessThan(1e-9);
      }
    }
  }
}

describe.each([
  ["defaults", { startDate: "2027-01-01" }],
  ["given overrides, base included", { startDate: "2027-06-01", horizonMonths: 48, taxRate: 0.2, scenarios: { base: { btcPriceUsd: 85000 }, bull: { btcPriceUsd: 140000, annualShutdownProbability: "LOW" }, bear: { gridPriceCnyPerKwh: 0.8 } } }],
])("scenarios: %s", (_name, inputs) => {
  it("each scenario's results equal projectScenarios", () => {
    const plan = buildPlan(inputs, { today: TODAY });
    const { value } = evaluatePlan(plan);
    expectScenarios(value, plan, inputs);
    const p = projectScenarios(inputs, TODAY);
    expect(p.bear.summary.npvUsd.lt(p.bull.summary.npvUsd)).toBe(true);
  });
});

it("editing an input recalculates every scenario; a bear override only bear", () => {
  const inputs = { startDate: "2027-01-01", horizonMonths: 36, networkHashrateEhS: 1061.28 }; // as of the start: the bear case still runs some months
  const plan = buildPlan(inputs, { today: TODAY });
  const { hf, sheet, value } = evaluatePlan(plan);
  const npv = (s: string) => value(plan.layout.scenarios.results[s]!.npvUsd!.row, plan.layout.scenarios.results[s]!.npvUsd!.col) as number;
  const before = SCENARIO_NAMES.map(npv);
  const pue = plan.layout.inputs.Pue!;
  hf.setCellContents({ sheet, row: pue.row, col: pue.col }, [[1.2]]);
  const afterPue = SCENARIO_NAMES.map(npv);
  afterPue.forEach((v, i) => expect(v).not.toBe(before[i]));
  expectScenarios(value, plan, { ...inputs, pue: 1.2 });
  const bearPrice = plan.layout.scenarios.inputs.bear!.btcPriceUsd!;
  hf.setCellContents({ sheet, row: bearPrice.row, col: bearPrice.col }, [[60000]]);
  const afterBear = SCENARIO_NAMES.map(npv);
  expect(afterBear[0]).not.toBe(afterPue[0]);
  expect(afterBear.slice(1)).toEqual(afterPue.slice(1));
  expectScenarios(value, plan, { ...inputs, pue: 1.2, scenarios: { bear: { btcPriceUsd: 60000 } } });
});
