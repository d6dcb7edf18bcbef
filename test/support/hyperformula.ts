/*
 * A real spreadsheet engine for the tests: HyperFormula 3 with a function plugin that registers the
 * JILIN.* functions over the same adapters Excel runs (src/functions). Test-only: HyperFormula is GPL
 * and a devDependency; nothing in src/ imports it.
 */
import { HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import * as F from "../../src/functions/functions";
import { registerJilinFunctions, type FunctionMetadataEntry } from "../../preview/jilinPlugin";
import type { WorkbookPlan } from "../../src/workbook/plan";

type AnyFn = (...args: any[]) => unknown;

/** id → adapter, arity, required count and range parameters (as in functions.json's golden table). */
const FUNCTIONS: Record<string, { fn: AnyFn; arity: number; required: number; ranges?: number[] }> = {
  BREAKEVEN: { fn: F.breakeven, arity: 8, required: 3 },
  HYDRO_COST: { fn: F.hydro_cost, arity: 5, required: 2, ranges: [3] },
  CO2_TONNES: { fn: F.co2_tonnes, arity: 4, required: 1 },
  REG_RISK: { fn: F.reg_risk, arity: 2, required: 2 },
  HASHPRICE: { fn: F.hashprice, arity: 5, required: 2 },
  NETWORK_HASHRATE: { fn: F.network_hashrate, arity: 1, required: 1 },
  SUBSIDY: { fn: F.subsidy, arity: 3, required: 1 },
  BTC_MINED: { fn: F.btc_mined, arity: 7, required: 3 },
  ENERGY_MWH: { fn: F.energy_mwh, arity: 5, required: 3 },
  MINER: { fn: F.miner, arity: 2, required: 1 },
  HYDRO_LCOE: { fn: F.hydro_lcoe, arity: 6, required: 5 },
};

const METADATA: FunctionMetadataEntry[] = Object.entries(FUNCTIONS).map(([id, f]) => ({
  id,
  parameters: Array.from({ length: f.arity }, (_, i) => ({
    name: `p${i}`,
    optional: i >= f.required,
    dimensionality: f.ranges?.includes(i) ? "matrix" : "scalar",
  })),
}));

/** JILIN.* in HyperFormula over the same adapters Excel calls (the preview's plugin). */
export function registerJilin(): void {
  registerJilinFunctions({ metadata: METADATA, get: (id) => FUNCTIONS[id]?.fn });
}

export const HF_CONFIG = { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: false } as const;

/** The plan's cells as one dense 2-D array of raw contents. */
export function planToSheet(plan: WorkbookPlan): RawCellContent[][] {
  const sheet: RawCellContent[][] = [];
  for (const b of plan.blocks) {
    b.cells.forEach((rowCells, i) => {
      const r = b.row + i;
      while (sheet.length <= r) sheet.push([]);
      rowCells.forEach((c, j) => {
        const row = sheet[r] as RawCellContent[];
        while (row.length <= b.col + j) row.push(null);
        row[b.col + j] = c.value;
      });
    });
  }
  return sheet;
}

/** Evaluates a plan in HyperFormula; returns the engine and the sheet id. */
export function evaluatePlan(plan: WorkbookPlan): { hf: HyperFormula; sheet: number; value: (row: number, col: number) => CellValue } {
  registerJilin();
  const hf = HyperFormula.buildFromSheets(
    { [plan.sheetName]: planToSheet(plan) },
    HF_CONFIG,
    plan.names.map((nm) => ({ name: nm.name, expression: `=${nm.ref}` })),
  );
  const sheet = hf.getSheetId(plan.sheetName) as number;
  return { hf, sheet, value: (row, col) => hf.getCellValue({ sheet, row, col }) };
}
