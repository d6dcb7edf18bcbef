/*
 * apply.ts: writes a WorkbookPlan into Excel. The only file of src/workbook that calls Excel.run.
 *
 * Success takes exactly two context.sync() calls for any horizon: one to read the sheet and name
 * lists (to pick a unique sheet name and name prefix), one to write everything with calculation
 * suspended. Only the new sheet and its names are created; when rebuilding, the add-in's previous
 * sheet and names are deleted in the same batch, after everything else is written. Any failure
 * removes the partial sheet and the names this build created, then reports what went wrong: the
 * workbook is left as it was.
 */
import { resolveInputs, type ModelInputs } from "../core/model/inputs";
import { buildPlan, type CellStyle, type PlanBlock, type PlanCell, type PlanChart, type WorkbookPlan } from "./plan";
import { monteCarloBlock, MONTE_CARLO_CHART_NAME } from "./monteCarloPlan";
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { tornado as computeTornado } from "../core/risk/tornado";

export interface BuildOptions {
  readonly inputs: ModelInputs;
  /** The sheet and name prefix of an earlier build to replace (the user has confirmed). */
  readonly replace?: { readonly sheetName: string; readonly namePrefix: string };
  readonly onProgress?: (fraction: number, label: string) => void;
  readonly today?: Date;
  /** Also write a tornado of NPV to ±this fraction of each input (computed by the core first). */
  readonly tornadoSwing?: number | string;
}

export interface BuildResult {
  readonly sheetName: string;
  readonly namePrefix: string;
  readonly plan: WorkbookPlan;
}

export class BuildError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = "BuildError";
  }
}

/** How each plan style looks (finance convention: inputs in blue on light yellow). */
export const STYLE_FORMATS: Readonly<Record<CellStyle, { fill?: string; color?: string; bold?: boolean; italic?: boolean; size?: number }>> = {
  title: { bold: true, size: 16, color: "#1F3864" },
  notice: { color: "#C00000", italic: true },
  hint: { color: "#595959", italic: true },
  section: { bold: true, size: 12, color: "#1F3864" },
  header: { fill: "#1F4E79", color: "#FFFFFF", bold: true },
  label: {},
  input: { fill: "#FFF2CC", color: "#0000FF" },
  derived: { color: "#000000" },
  output: {},
  unit: { color: "#595959" },
  note: { color: "#595959", italic: true },
};

const MAX_SHEET_NAME = 31;
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A sheet name not yet in the workbook: "Jilin model", "Jilin model (2)", … (Excel's rules: ≤ 31 chars, no []:*?/\). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = base.replace(INVALID_SHEET_CHARS, " ").replace(/^'+|'+$/g, "").trim() || "Jilin model";
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A name prefix no existing workbook name starts with: "JM_", "JM2_", … */
export function uniqueNamePrefix(existing: readonly string[]): string {
  const lower = existing.map((n) => n.toLowerCase());
  for (let i = 1; ; i++) {
    const prefix = i === 1 ? "JM_" : `JM${i}_`;
    if (!lower.some((n) => n.startsWith(prefix.toLowerCase()))) return prefix;
  }
}

function grid<T>(block: PlanBlock, pick: (c: PlanCell) => T): T[][] {
  const width = Math.max(...block.cells.map((r) => r.length));
  return block.cells.map((row) => Array.from({ length: width }, (_, j) => pick(row[j] ?? { value: null })));
}

/** Queues the writes of a plan onto a new sheet (no sync). */
export function queuePlanWrites(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: WorkbookPlan): void {
  // Names first, so no formula is ever written before the names it uses exist.
  for (const n of plan.names) context.workbook.names.add(n.name, `=${n.ref}`, n.comment);
  for (const block of plan.blocks) queueBlock(sheet, block);
  for (const { col, width } of plan.columnWidths) {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * 7; // points, ~7 per character
  }
  for (const chart of plan.charts) queueChart(sheet, chart);
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
}

/** Queues one block: number formats, then values and formulas, then one format call per style run. */
function queueBlock(sheet: Excel.Worksheet, block: PlanBlock): void {
  const rows = block.cells.length;
  const cols = Math.max(...block.cells.map((r) => r.length));
  const range = sheet.getRangeByIndexes(block.row, block.col, rows, cols);
  range.numberFormat = grid(block, (c) => c.format ?? "General");
  range.formulas = grid(block, (c) => (c.value === null ? "" : c.value)) as unknown as string[][];
  // One format call per run of equally styled cells in a row.
  block.cells.forEach((rowCells, i) => {
    let j = 0;
    while (j < rowCells.length) {
      const style = rowCells[j]?.style;
      let k = j + 1;
      while (k < rowCells.length && rowCells[k]?.style === style) k++;
      const look = style ? STYLE_FORMATS[style] : undefined;
      if (look && Object.keys(look).length > 0) {
        const run = sheet.getRangeByIndexes(block.row + i, block.col + j, 1, k - j);
        if (look.fill) run.format.fill.color = look.fill;
        if (look.color) run.format.font.color = look.color;
        if (look.bold) run.format.font.bold = true;
        if (look.italic) run.format.font.italic = true;
        if (look.size) run.format.font.size = look.size;
      }
      j = k;
    }
  });
}

function queueChart(sheet: Excel.Worksheet, chart: PlanChart, name?: string): void {
  const first = chart.series[0]!;
  const typeOf = (t: PlanChart["series"][number]["type"]) =>
    t === "column" ? Excel.ChartType.columnClustered : t === "bar" ? Excel.ChartType.barClustered : Excel.ChartType.line;
  const c = sheet.charts.add(
    typeOf(first.type),
    sheet.getRange(first.values),
    Excel.ChartSeriesBy.columns,
  );
  if (name) c.name = name;
  c.title.text = chart.title;
  chart.series.forEach((s, i) => {
    const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
    if (i > 0) series.setValues(sheet.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(sheet.getRange(chart.categories));
    if (i > 0) series.chartType = typeOf(s.type);
    if (s.axis === "secondary") series.axisGroup = Excel.ChartAxisGroup.secondary;
  });
  c.axes.valueAxis.title.text = chart.valueAxisTitle;
  c.setPosition(chart.from, chart.to);
}

/**
 * Writes Monte Carlo results into the model's sheet (its reserved area), replacing an earlier run's
 * values and histogram chart. Two syncs: one to find an earlier chart, one to write.
 */
export async function writeMonteCarlo(sheetName: string, anchor: { row: number; col: number }, result: MonteCarloResult, ranAt: string): Promise<void> {
  const { block, chart } = monteCarloBlock(result, anchor, ranAt);
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const charts = sheet.charts;
      charts.load("items/name");
      await context.sync();
      for (const existing of charts.items) if (existing.name === MONTE_CARLO_CHART_NAME) existing.delete();
      sheet.getRangeByIndexes(anchor.row, anchor.col, 52, 7).clear();
      queueBlock(sheet, block);
      queueChart(sheet, chart, MONTE_CARLO_CHART_NAME);
      sheet.activate();
      await context.sync();
    });
  } catch (e) {
    throw new BuildError(`The Monte Carlo results could not be written: ${messageOf(e)}.`, e);
  }
}


/**
 * Builds the model in a new worksheet and activates it.
 * @throws BuildError with a readable message; the workbook is then as it was before.
 */
export async function buildModel(options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => undefined);
  let created: { sheetName: string; namePrefix: string; existingSheets: string[] } | undefined;
  let sensitivity: ReturnType<typeof computeTornado> | undefined;
  try {
    if (options.tornadoSwing !== undefined) {
      progress(0.02, "Computing the tornado");
      sensitivity = computeTornado(options.inputs, options.tornadoSwing, options.today);
    }
    return await Excel.run(async (context) => {
      progress(0.05, "Reading the workbook");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name");
      await context.sync();

      const existingSheets = sheets.items.map((s) => s.name);
      const existingNames = names.items.map((n) => n.name);
      const sheetName = uniqueSheetName(`Model ${resolveInputs(options.inputs, options.today).siteName}`, existingSheets);
      const namePrefix = uniqueNamePrefix(existingNames);
      const plan = buildPlan(options.inputs, { sheetName, namePrefix, today: options.today, tornado: sensitivity });
      created = { sheetName, namePrefix, existingSheets };

      progress(0.3, "Writing the model");
      context.application.suspendApiCalculationUntilNextSync();
      const sheet = sheets.add(sheetName);
      queuePlanWrites(context, sheet, plan);
      if (options.replace) {
        const old = options.replace;
        if (existingSheets.includes(old.sheetName)) sheets.getItem(old.sheetName).delete();
        for (const n of existingNames) if (n.startsWith(old.namePrefix)) names.getItem(n).delete();
      }
      sheet.activate();
      progress(0.7, "Calculating");
      await context.sync();
      progress(1, "Done");
      return { sheetName, namePrefix, plan };
    });
  } catch (e) {
    const reason = messageOf(e);
    if (created) await removePartialBuildSafe(created.sheetName, created.namePrefix, created.existingSheets);
    throw new BuildError(`The model could not be built: ${reason}. Your workbook is unchanged.`, e);
  }
}

/** The message of anything thrown: Excel's OfficeExtension.Error, an Error from another frame, a string. */
function messageOf(e: unknown): string {
  if (typeof e === "object" && e !== null && "message" in e && typeof (e as { message: unknown }).message === "string") {
    return (e as { message: string }).message;
  }
  return String(e);
}

/**
 * Removes what a failed build created: its sheet (only if it did not exist before) and the names
 * with its prefix (a prefix no name had before the build). Never throws ("Safe").
 */
export async function removePartialBuildSafe(sheetName: string, namePrefix: string, existingSheets: readonly string[]): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name");
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      for (const n of names.items) if (n.name.startsWith(namePrefix)) n.delete();
      if (!sheet.isNullObject && !existingSheets.includes(sheetName)) sheet.delete();
      await context.sync();
    });
  } catch {
    // Nothing more can be done; the error that caused the cleanup is what the user sees.
  }
}
