/*
 * A WorkbookPlan as an .xlsx file, written with exceljs: the three sheets as the pane builds them
 * (the model sheet with its cells and formulas, number formats, input styling, column widths, frozen
 * rows, data validation, the scenario and tornado blocks and Monte Carlo results when given; the
 * schedule sheet with its header row and date column frozen; the summary sheet with its print area
 * and page set-up), every workbook name, and the legal notice each sheet carries. Formulas carry cached values from the core wherever the core computes that cell
 * (inputs, derived values, the schedule's model columns, every result), so a viewer that does not
 * recalculate shows the right figures there; the file asks for a full recalculation on load, which
 * fills the helper columns too. exceljs cannot write charts: the file has none (docs/model.md says so).
 */
import ExcelJS from "exceljs";
import { projectModel, projectScenarios, type Projection } from "../core/model/project";
import { annualHydroCost } from "../core/hydro";
import { annualToMonthlyRateCompound, levelPayment } from "../core/finance";
import type { ModelInputs } from "../core/model/inputs";
import type { Decimal } from "../core/decimal";
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { monteCarloBlock } from "./monteCarloPlan";
import { isMoneyFormat, SUMMARY_ROWS, type CompanionSheet, type PlanBlock, type SheetRole, type WorkbookPlan } from "./plan";
import type { PlanValidation } from "./inputRules";
import { STYLE_FORMATS } from "./styles";
import { parseA1 } from "./address";
import { parseReference } from "./live";

type Cached = number | string | boolean;

const key = (row: number, col: number) => `${row},${col}`;
const num = (d: Decimal | undefined): Cached => (d === undefined ? "" : d.toNumber());

/**
 * The core's value of each formula cell it computes, by sheet and "row,col": what Excel would show
 * there. Summary figures without a value show the sheet's text for them ("none", "never", "n/a").
 */
export function cachedValues(plan: WorkbookPlan, inputs: ModelInputs, today?: Date): ReadonlyMap<SheetRole, ReadonlyMap<string, Cached>> {
  const out = new Map<string, Cached>();
  const onSchedule = new Map<string, Cached>();
  const onSummary = new Map<string, Cached>();
  const p = projectModel(inputs, today);
  const scenarios = projectScenarios(inputs, today);
  const { layout } = plan;
  const derived: Record<string, Cached> = {
    FleetThS: num(p.derived.fleetThS),
    FleetW: num(p.derived.fleetW),
    EfficiencyJPerTh: num(p.derived.efficiencyJPerTh),
    MinerCapexUsd: num(p.derived.minerCapexUsd),
    CapexUsd: num(p.summary.capexUsd),
    SalvageUsd: num(p.summary.salvageUsd),
    SalvageGainUsd: num(p.summary.salvageGainUsd),
    DiscountRateMonthly: num(p.derived.discountRateMonthly),
    BtcPriceMonthsToStart: p.inputs.btcPriceMonthsToStart,
    NetworkHashrateMonthsToStart: p.inputs.networkHashrateMonthsToStart,
    AnnualPowerPriceCnyPerKwh: num(annualHydroCost(p.inputs.hydroPriceCnyPerKwh, p.inputs.gridPriceCnyPerKwh, p.inputs.hydroShareByMonth, p.inputs.wheelingCnyPerKwh)),
    DebtUsd: num(p.summary.debtUsd),
    DebtRateMonthly: num(annualToMonthlyRateCompound(p.inputs.debtRateAnnual)),
    DebtPaymentUsd: num(levelPayment(p.summary.debtUsd, annualToMonthlyRateCompound(p.inputs.debtRateAnnual), p.inputs.debtTermMonths.toNumber())),
    DebtLastMonth: Math.min(p.inputs.debtTermMonths.toNumber(), p.inputs.horizonMonths),
    InfrastructureCapexUsd: num(p.inputs.infrastructureCapexUsd),
    FixedOpexUsdPerMonth: num(p.inputs.fixedOpexUsdPerMonth),
  };
  for (const [k, v] of Object.entries(derived)) {
    const at = layout.inputs[k];
    if (at) out.set(key(at.row, at.col), v);
  }
  const schedule = (proj: Projection, t0Row: number) => {
    const set = (row: number, col: number, v: Cached) => onSchedule.set(key(row, col), v);
    for (const c of layout.schedule.columns) {
      if (c.key === "t") set(t0Row, c.col, 0);
      if (c.key === "date") set(t0Row, c.col, proj.months[0]!.serial);
      if (c.key === "cashFlow" || c.key === "expectedCashFlow" || c.key === "cumCashFlow" || c.key === "cumExpected") set(t0Row, c.col, num(proj.cashFlow0Usd));
      if (c.key === "survival") set(t0Row, c.col, 1);
      if (c.key === "equityCashFlow" || c.key === "expectedEquityCashFlow") set(t0Row, c.col, num(proj.equityCashFlow0Usd));
      if (c.key === "debtBalance") set(t0Row, c.col, num(proj.summary.debtUsd));
    }
    for (const m of proj.months) {
      const row = t0Row + m.t;
      for (const c of layout.schedule.columns) {
        if (c.key === "date") set(row, c.col, m.serial);
        else if (c.monthKey && c.monthKey !== "date" && c.monthKey !== "curtailed") {
          const v = m[c.monthKey as keyof typeof m];
          set(row, c.col, typeof v === "object" ? num(v as Decimal) : (v as Cached));
        }
      }
    }
  };
  schedule(p, layout.schedule.t0Row);
  // The Summary sheet's amounts in its reporting currency (CNY: times the exchange rate, as its formulas do).
  const MONEY = new Set(SUMMARY_ROWS.filter((r) => isMoneyFormat(r.format)).map((r) => r.key as string));
  const reported = (k: string, v: Decimal): number => (plan.currency === "CNY" && MONEY.has(k) ? v.times(p.inputs.cnyPerUsd).toNumber() : v.toNumber());
  const text = (k: string): string => (k === "irrAnnual" || k === "equityIrrAnnual" ? plan.texts.none : k === "paybackMonths" ? plan.texts.never : plan.texts.na);
  for (const [k, at] of Object.entries(layout.summary)) {
    const v = (p.summary as unknown as Record<string, Decimal | undefined>)[k];
    out.set(key(at.row, at.col), v === undefined ? text(k) : v.toNumber());
    const page = layout.summaryPage.figures[k as keyof typeof layout.summaryPage.figures];
    onSummary.set(key(page.row, page.col), v === undefined ? text(k) : reported(k, v));
  }
  out.set(key(layout.inputCheck.row, layout.inputCheck.col), plan.texts.inputsOk);
  for (const [name, proj] of Object.entries(scenarios)) {
    const sch = layout.scenarios.schedules[name];
    if (sch) schedule(proj, sch.t0Row);
    for (const [k, at] of Object.entries(layout.scenarios.results[name] ?? {})) {
      const v = (proj.summary as unknown as Record<string, Decimal | undefined>)[k];
      out.set(key(at.row, at.col), v === undefined ? text(k) : v.toNumber());
      const page = layout.summaryPage.scenarios[name]?.[k];
      if (page) onSummary.set(key(page.row, page.col), v === undefined ? text(k) : reported(k, v));
    }
  }
  return new Map<SheetRole, ReadonlyMap<string, Cached>>([["model", out], ["schedule", onSchedule], ["summary", onSummary]]);
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function writeBlock(ws: ExcelJS.Worksheet, block: PlanBlock, cached: ReadonlyMap<string, Cached>): void {
  block.cells.forEach((rowCells, i) => rowCells.forEach((c, j) => {
    const row = block.row + i;
    const col = block.col + j;
    const cell = ws.getCell(row + 1, col + 1);
    const v = c.value;
    if (typeof v === "string" && v.startsWith("=")) {
      const result = cached.get(key(row, col));
      cell.value = result === undefined ? { formula: v.slice(1) } : ({ formula: v.slice(1), result } as ExcelJS.CellFormulaValue);
    } else if (typeof v === "string") {
      cell.value = v.startsWith("'") ? v.slice(1) : v; // a string cell is text in the file: no prefix needed
    } else if (v !== null) {
      cell.value = v;
    }
    if (c.format && c.format !== "General") cell.numFmt = c.format;
    const look = c.style ? STYLE_FORMATS[c.style] : undefined;
    if (look) {
      if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
      if (look.color || look.bold || look.italic || look.size) {
        cell.font = { ...(look.color ? { color: { argb: argb(look.color) } } : {}), ...(look.bold ? { bold: true } : {}), ...(look.italic ? { italic: true } : {}), ...(look.size ? { size: look.size } : {}) };
      }
    }
  }));
}

const OPERATORS: Record<NonNullable<PlanValidation["operator"]>, ExcelJS.DataValidationOperator> = {
  between: "between",
  greaterThan: "greaterThan",
  greaterThanOrEqualTo: "greaterThanOrEqual",
  lessThan: "lessThan",
  lessThanOrEqualTo: "lessThanOrEqual",
};

function writeValidation(ws: ExcelJS.Worksheet, v: PlanValidation): void {
  const common = { allowBlank: false, showErrorMessage: true, errorStyle: "stop", errorTitle: v.title ?? "Jilin Mining Model", error: v.message.slice(0, 225) } as const;
  const rule: ExcelJS.DataValidation =
    v.type === "list" ? { ...common, type: "list", formulae: [`"${v.source ?? ""}"`] }
    : v.type === "custom" ? { ...common, type: "custom", formulae: [(v.formula1 ?? "").replace(/^=/, "")] }
    : { ...common, type: v.type === "wholeNumber" ? "whole" : v.type === "textLength" ? "textLength" : "decimal", operator: OPERATORS[v.operator ?? "between"], formulae: [v.formula1, v.formula2].filter((f): f is string => f !== undefined).map(Number) };
  for (let r = 0; r < v.rows; r++) for (let c = 0; c < v.cols; c++) ws.getCell(v.row + r + 1, v.col + c + 1).dataValidation = rule;
}

/** The schedule or the summary sheet: cells, widths, hidden helper columns, frozen panes and page set-up. */
function writeCompanion(wb: ExcelJS.Workbook, c: CompanionSheet, cached: ReadonlyMap<string, Cached>): void {
  const frozen = c.freeze.rows > 0 || c.freeze.cols > 0;
  const ws = wb.addWorksheet(c.sheetName, { views: frozen ? [{ state: "frozen", xSplit: c.freeze.cols, ySplit: c.freeze.rows }] : [] });
  for (const block of c.blocks) writeBlock(ws, block, cached);
  for (const { col, width } of c.columnWidths) ws.getColumn(col + 1).width = width;
  for (let col = c.hiddenColumns.from; col <= c.hiddenColumns.to; col++) ws.getColumn(col + 1).hidden = true;
  if (c.page) {
    ws.pageSetup = { orientation: c.page.orientation, fitToPage: true, fitToWidth: c.page.fitToPagesWide, fitToHeight: c.page.fitToPagesTall, printArea: c.page.printArea };
    ws.headerFooter = { oddHeader: `&L${c.page.header.left}&C${c.page.header.center}&R${c.page.header.right}` };
  }
}

export interface XlsxOptions {
  readonly today?: Date;
  /** Monte Carlo results to write into the model's reserved area. */
  readonly monteCarlo?: { readonly result: MonteCarloResult; readonly ranAt: string };
  /** Leave out the cached values (tests: a file whose every figure must come from recalculation). */
  readonly withoutCachedValues?: boolean;
}

/** The plan as the bytes of an .xlsx file. */
export async function planToXlsx(plan: WorkbookPlan, inputs: ModelInputs, options: XlsxOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Jilin Mining Model";
  wb.calcProperties.fullCalcOnLoad = true;
  const ws = wb.addWorksheet(plan.sheetName, { views: plan.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows }] : [] });
  const cached = options.withoutCachedValues ? new Map<SheetRole, ReadonlyMap<string, Cached>>() : cachedValues(plan, inputs, options.today);
  const none = new Map<string, Cached>();
  for (const block of plan.blocks) writeBlock(ws, block, cached.get("model") ?? none);
  for (const v of plan.validations) writeValidation(ws, v);
  for (const { col, width } of plan.columnWidths) ws.getColumn(col + 1).width = width;
  for (let c = plan.hiddenColumns.from; c <= plan.hiddenColumns.to; c++) ws.getColumn(c + 1).hidden = true;
  for (const scale of plan.colorScales) {
    ws.addConditionalFormatting({
      ref: scale.range,
      rules: [{ type: "colorScale", priority: 1, cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }], color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }] }],
    });
  }
  for (const c of plan.companions) writeCompanion(wb, c, cached.get(c.role) ?? none);
  for (const n of plan.names) wb.definedNames.add(n.ref, n.name);
  if (options.monteCarlo) {
    const area = plan.names.find((n) => n.name === `${plan.namePrefix}MonteCarloResults`);
    const ref = area ? parseReference(`=${area.ref}`) : undefined;
    if (ref) {
      const anchor = parseA1(ref.address.split(":")[0] as string);
      writeBlock(ws, monteCarloBlock(options.monteCarlo.result, anchor, options.monteCarlo.ranAt, plan.lang).block, new Map());
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
