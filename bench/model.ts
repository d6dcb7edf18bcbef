/*
 * Model figures for `npm run bench`: projectModel over 120 months (exact decimals) against building the
 * worksheet plan and evaluating it in HyperFormula, the same model as live spreadsheet formulas.
 */
import { performance } from "perf_hooks";
import { projectModel } from "../src/core/model/project";
import { buildPlan } from "../src/workbook/plan";
import { evaluatePlan } from "../test/support/hyperformula";

const INPUTS = { startDate: "2027-01-01", horizonMonths: 120, btcPriceGrowthMonthly: 0.01, taxRate: 0.15 };

/** The median of `runs` timed calls after `runs / 2` untimed ones (the JIT warmed, a stray pause ignored). */
function timeMs(runs: number, f: () => unknown): number {
  for (let i = 0; i < runs / 2; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

export function benchModel(): void {
  const project = timeMs(60, () => projectModel(INPUTS));
  const plan = timeMs(60, () => buildPlan(INPUTS));
  const planAndEvaluate = timeMs(10, () => evaluatePlan(buildPlan(INPUTS)));
  console.log("");
  console.log("Investment model, 120 months");
  console.log(`projectModel (decimal.js)                 ${project.toFixed(1).padStart(8)} ms per model`);
  console.log(`buildPlan alone                           ${plan.toFixed(1).padStart(8)} ms per plan`);
  console.log(`buildPlan + HyperFormula evaluation       ${planAndEvaluate.toFixed(1).padStart(8)} ms per model`);
  console.log(`ratio (plan + HyperFormula) / projectModel ${(planAndEvaluate / project).toFixed(2).padStart(7)}x`);
}
