/*
 * A real spreadsheet engine for the tests: HyperFormula 3 with a function plugin that registers the
 * JILIN.* functions over the same adapters Excel runs (src/functions). Test-only: HyperFormula is GPL
 * and a devDependency; nothing in src/ imports it.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import * as F from "../../src/functions/functions";
import { CustomFunctionsError } from "./customFunctionsRuntime";
import type { WorkbookPlan } from "../../src/workbook/plan";

type AnyFn = (...args: any[]) => unknown;

/** id → adapter, arity and which parameters are ranges (from functions.json's golden table). */
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

/** HyperFormula's internal values → what Excel hands a custom function. */
function toExcelArg(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toExcelArg));
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // dates, percents
  return v;
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

class JilinPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};
}

for (const [id, spec] of Object.entries(FUNCTIONS)) {
  const method = `jilin_${id.toLowerCase()}`;
  JilinPlugin.implementedFunctions[`JILIN.${id}`] = {
    method,
    parameters: Array.from({ length: spec.arity }, (_, i) => ({
      argumentType: spec.ranges?.includes(i) ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
      optionalArg: i >= spec.required,
    })),
  };
  (JilinPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: FunctionPlugin, ast: any, state: any) {
    return (this as any).runFunction(ast.args, state, (this as any).metadata(`JILIN.${id}`), (...args: unknown[]) => {
      const padded = Array.from({ length: spec.arity }, (_, i) => toExcelArg(args[i]));
      const result = spec.fn(...padded);
      if (result instanceof CustomFunctionsError) return new CellError(ERROR_TYPES[result.code] ?? ErrorType.VALUE, result.message);
      return result as number;
    });
  };
}

let registered = false;
export function registerJilin(): void {
  if (registered) return;
  const names = Object.fromEntries(Object.keys(FUNCTIONS).map((id) => [`JILIN.${id}`, `JILIN.${id}`]));
  HyperFormula.registerFunctionPlugin(JilinPlugin as any, { enGB: names, enUS: names });
  registered = true;
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
