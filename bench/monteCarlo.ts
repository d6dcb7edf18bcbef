/*
 * Monte Carlo figures for `npm run bench`: paths per second of the core's simulation for 120-month
 * horizons, against the approach of spreadsheet risk add-ins, which recalculate the whole workbook
 * once per iteration (here: the model's worksheet plan in HyperFormula, new random inputs each time).
 */
import { performance } from "perf_hooks";
import { runMonteCarlo } from "../src/core/risk/monteCarlo";
import { Random } from "../src/core/risk/random";
import { buildPlan } from "../src/workbook/plan";
import { evaluatePlan } from "../test/support/hyperformula";

const INPUTS = { startDate: "2027-01-01", horizonMonths: 120, btcPriceGrowthMonthly: 0.01, taxRate: 0.15 };

export function benchMonteCarlo(): void {
  const paths = 10_000;
  runMonteCarlo(INPUTS, { paths: 500, seed: 1 }); // warm-up
  const t0 = performance.now();
  runMonteCarlo(INPUTS, { paths, seed: 1 });
  const coreMs = performance.now() - t0;

  // Per-iteration recalculation: change the random inputs (price level, growths, power prices), let
  // HyperFormula recalculate the 120-month sheet, read the results.
  const plan = buildPlan(INPUTS);
  const { hf, sheet } = evaluatePlan(plan);
  const at = (key: string) => plan.layout.inputs[key]!;
  const npvAt = plan.layout.summary.npvUsd;
  const rng = new Random(1);
  const iterations = 40;
  const t1 = performance.now();
  for (let i = 0; i < iterations; i++) {
    hf.batch(() => {
      hf.setCellContents({ sheet, ...at("BtcPriceUsd") }, [[91132 * Math.exp(0.3 * rng.normal())]]);
      hf.setCellContents({ sheet, ...at("BtcPriceGrowthMonthly") }, [[0.01 + 0.02 * rng.normal()]]);
      hf.setCellContents({ sheet, ...at("NetworkHashrateGrowthMonthly") }, [[0.02 + 0.01 * rng.normal()]]);
      hf.setCellContents({ sheet, ...at("GridPriceCnyPerKwh") }, [[0.55 * Math.exp(0.1 * rng.normal())]]);
    });
    hf.getCellValue({ sheet, row: npvAt.row, col: npvAt.col });
  }
  const perIterationMs = (performance.now() - t1) / iterations;

  const corePathsPerS = paths / (coreMs / 1000);
  const sheetPathsPerS = 1000 / perIterationMs;
  console.log("");
  console.log("Monte Carlo, 120-month horizon");
  console.log(`core simulation: ${paths.toLocaleString("en-US")} paths in ${coreMs.toFixed(0)} ms = ${Math.round(corePathsPerS).toLocaleString("en-US")} paths/s`);
  console.log(`per-iteration workbook recalculation (HyperFormula): ${perIterationMs.toFixed(1)} ms per iteration = ${sheetPathsPerS.toFixed(1)} paths/s`);
  console.log(`ratio: ${Math.round(corePathsPerS / sheetPathsPerS).toLocaleString("en-US")}x`);
}
