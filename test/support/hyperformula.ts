/*
 * A real spreadsheet engine for the tests: HyperFormula 3 with a function plugin that registers the
 * JILIN.* functions over the same adapters Excel runs (src/functions). Test-only: HyperFormula is GPL
 * and a devDependency; nothing in src/ imports it.
 */
import { HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import { ADAPTERS, GOLDEN } from "./functionTable";
import { registerJilinFunctions, type FunctionMetadataEntry } from "../../preview/jilinPlugin";
import type { WorkbookPlan } from "../../src/workbook/plan";

const METADATA: FunctionMetadataEntry[] = Object.entries(GOLDEN).map(([id, params]) => ({
  id,
  parameters: params.map(([name, , optional, dimensionality]) => ({ name, optional, dimensionality: dimensionality ?? "scalar" })),
}));

/** JILIN.* in HyperFormula over the same adapters Excel calls (the preview's plugin). */
export function registerJilin(): void {
  registerJilinFunctions({ metadata: METADATA, get: (id) => ADAPTERS[id as keyof typeof ADAPTERS] });
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
