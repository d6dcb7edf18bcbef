/*
 * A real spreadsheet engine for the tests: HyperFormula 3 with a function plugin that registers the
 * JILIN.* functions over the same adapters Excel runs (src/functions). Test-only: HyperFormula is GPL
 * and a devDependency; nothing in src/ imports it.
 */
import { HyperFormula, type CellValue, type RawCellContent } from "hyperformula";
import { ADAPTERS, GOLDEN } from "./functionTable";
import { registerJilinFunctions, type FunctionMetadataEntry } from "../../preview/jilinPlugin";
import { quoteSheet, type PlanBlock, type SheetRole, type WorkbookPlan } from "../../src/workbook/plan";

const METADATA: FunctionMetadataEntry[] = Object.entries(GOLDEN).map(([id, params]) => ({
  id,
  parameters: params.map(([name, , optional, dimensionality]) => ({ name, optional, dimensionality: dimensionality ?? "scalar" })),
}));

/** JILIN.* in HyperFormula over the same adapters Excel calls (the preview's plugin). */
export function registerJilin(): void {
  registerJilinFunctions({ metadata: METADATA, get: (id) => ADAPTERS[id as keyof typeof ADAPTERS] });
}

export const HF_CONFIG = { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: false } as const;

/** Blocks' cells as one dense 2-D array of raw contents (the model sheet's when given a plan). */
export function planToSheet(plan: WorkbookPlan | readonly PlanBlock[]): RawCellContent[][] {
  const sheet: RawCellContent[][] = [];
  for (const b of "blocks" in plan ? plan.blocks : plan) {
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

/** Every sheet of a plan (model, schedule, summary) by name, as raw contents. */
export function planToSheets(plan: WorkbookPlan): Record<string, RawCellContent[][]> {
  return Object.fromEntries([[plan.sheetName, planToSheet(plan)], ...plan.companions.map((c) => [c.sheetName, planToSheet(c.blocks)])]);
}

/** The name of a plan's sheet of a role. */
export const sheetOf = (plan: WorkbookPlan, role: SheetRole): string => (role === "model" ? plan.sheetName : plan.companions.find((c) => c.role === role)!.sheetName);

/**
 * Evaluates a plan (all its sheets) in HyperFormula; returns the engine, the model sheet's id, a
 * reader of the model sheet (`value`) and one of any sheet by role (`at`).
 */
export function evaluatePlan(plan: WorkbookPlan): {
  hf: HyperFormula;
  sheet: number;
  value: (row: number, col: number) => CellValue;
  at: (role: SheetRole, row: number, col: number) => CellValue;
  sheetIdOf: (role: SheetRole) => number;
} {
  registerJilin();
  const hf = HyperFormula.buildFromSheets(planToSheets(plan), HF_CONFIG, plan.names.map((nm) => ({ name: nm.name, expression: `=${nm.ref}` })));
  const sheetIdOf = (role: SheetRole) => hf.getSheetId(sheetOf(plan, role)) as number;
  const sheet = sheetIdOf("model");
  return { hf, sheet, sheetIdOf, value: (row, col) => hf.getCellValue({ sheet, row, col }), at: (role, row, col) => hf.getCellValue({ sheet: sheetIdOf(role), row, col }) };
}

/**
 * A plan as the pane reads it back from Excel: its names (as `=ref`) and its model sheet's values after
 * the user typed `edits` ([row, col, value]), recalculated.
 */
export function sheetReading(plan: WorkbookPlan): {
  names: Map<string, string>;
  sheetValues: (...edits: [number, number, unknown][]) => { address: string; values: unknown[][] };
} {
  return {
    names: new Map(plan.names.map((n) => [n.name, `=${n.ref}`])),
    sheetValues: (...edits) => {
      const { hf, sheet } = evaluatePlan(plan);
      for (const [row, col, v] of edits) hf.setCellContents({ sheet, row, col }, [[v as number]]);
      return { address: `${quoteSheet(plan.sheetName)}!A1`, values: hf.getSheetValues(sheet) as unknown[][] };
    },
  };
}
