/*
 * Model figures for `npm run bench`: projectModel over 120 months (exact decimals) against building the
 * worksheet plan and evaluating it in HyperFormula, the same model as live spreadsheet formulas.
 */
import { performance } from "perf_hooks";
import { projectModel } from "../src/core/model/project";
import { buildPlan } from "../src/workbook/plan";
import { evaluatePlan } from "../test/support/hyperformula";

const INPUTS = { startDate: "2027-01-01", horizonMonths: 120, btcPriceGrowthMonthly: 0.01, taxRate: 0.15 };

function timeMs(runs: number, f: () => unknown): number {
  f(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) f();
  return (performance.now() - start) / runs;
}

export function benchModel(): void {
  const project = timeMs(20, () => projectModel(INPUTS));
  const plan = timeMs(20, () => buildPlan(INPUTS));
  const planAndEvaluate = timeMs(10, () => evaluatePlan(buildPlan(INPUTS)));
  console.log("");
  console.log("Investment model, 120 months");
  console.log(`projectModel (decimal.js)                 ${project.toFixed(1).padStart(8)} ms per model`);
  console.log(`buildPlan alone                           ${plan.toFixed(1).padStart(8)} ms per plan`);
  console.log(`buildPlan + HyperFormula evaluation       ${planAndEvaluate.toFixed(1).padStart(8)} ms per model`);
  console.log(`ratio (plan + HyperFormula) / projectModel ${(planAndEvaluate / project).toFixed(2).padStart(7)}x`);
}
