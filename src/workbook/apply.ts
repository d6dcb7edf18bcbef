/*
 * apply.ts: writes a WorkbookPlan into Excel and reads the model back. The only file of src/workbook
 * that calls Excel.run.
 *
 * Syncs (context.sync() calls), whatever the horizon:
 *  - build a new model: 2 (read the sheet and name lists; write everything with calculation suspended);
 *  - rebuild in place: 2 (read the workbook, the model's identity and its sheet; write);
 *  - read the model (identity and the input cells' values): 1;
 *  - write Monte Carlo results: 2;
 *  - make a model portable (its JILIN.* formulas rewritten in native functions): 2.
 * The model is recognised by identity (live.ts): its worksheet id plus the add-in's hidden marker,
 * and only names the add-in recorded that still point into that sheet. Nothing else is ever written
 * or deleted. A rebuild rewrites the same sheet (same id, name and position) and updates the same
 * names, so links into the model keep working. A failure undoes what the batch did: a new build
 * removes its sheet and names; a rebuild restores the sheet's cells, number formats and names from
 * the copy it read first, then the previous model's styles, validation and charts.
 */
import { resolveInputs, type ModelInputs } from "../core/model/inputs";
import { STYLE_FORMATS } from "./styles";
import { buildPlan, type Dialect, type PlanBlock, type PlanCell, type PlanChart, type WorkbookPlan } from "./plan";
import { monteCarloBlock, MONTE_CARLO_COLS, MONTE_CARLO_ROWS } from "./monteCarloPlan";
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { tornado as computeTornado } from "../core/risk/tornado";
import { sensitivityGrid } from "../core/risk/grid";
import type { PlanValidation } from "./inputRules";
import { sheetNameFor } from "./sheetNames";
import { markerFormula, markerName, parseReference, readSheetInputs, verifyIdentity, NO_LONGER_MATCHES, type LoadedBlock, type LoadedName, type LoadedSheet, type ModelIdentity, type SheetInputs } from "./live";
import { parseA1 } from "./address";

export interface BuildOptions {
  readonly inputs: ModelInputs;
  /** Rebuild this model in place. `saved`: the inputs of the last build; `seen`: the sheet's inputs the pane last showed. */
  readonly replace?: {
    readonly identity: ModelIdentity;
    readonly saved: ModelInputs;
    readonly seen?: ModelInputs;
    /** The previous build's tornado, grid and dialect, to restore its looks if the rebuild fails. */
    readonly previous?: { readonly tornado?: { readonly swing?: number | string }; readonly dialect?: Dialect; readonly grid?: boolean };
  };
  readonly onProgress?: (fraction: number, label: string) => void;
  readonly today?: Date;
  /** When the build runs, as shown with the snapshots it computes (the tornado), e.g. "2026-11-30 16:05 UTC". */
  readonly builtAt?: string;
  /** Also write the two-way sensitivity grid of NPV over the BTC price and the power price (computed by the core first). */
  readonly grid?: boolean;
  /** Also write a tornado (computed by the core first): sourced ranges, or ±swing of each input when given. */
  readonly tornado?: { readonly swing?: number | string };
  /** "portable": native Excel functions only, so the model works without the add-in (default "addin"). */
  readonly dialect?: Dialect;
}

export interface BuildResult {
  readonly sheetName: string;
  readonly identity: ModelIdentity;
  readonly plan: WorkbookPlan;
}

export class BuildError extends Error {
  /** "refused": the saved model does not match the workbook; "stale": the sheet changed since it was read. */
  constructor(message: string, readonly cause?: unknown, readonly reason?: "refused" | "stale") {
    super(message);
    this.name = "BuildError";
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

/** A random token for the marker and chart names (letters and digits). */
function newToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Charts the add-in made carry the model's token and the build's stamp in their names. */
const chartPrefix = (identity: ModelIdentity) => `Jilin model ${identity.marker.slice(-8)}:`;
const chartName = (identity: ModelIdentity, id: string, stamp: string) => `${chartPrefix(identity)} ${id} @${stamp}`;

function grid<T>(block: PlanBlock, pick: (c: PlanCell) => T): T[][] {
  const width = Math.max(...block.cells.map((r) => r.length));
  return block.cells.map((row) => Array.from({ length: width }, (_, j) => pick(row[j] ?? { value: null })));
}

/** Excel's red–yellow–green scale: lowest value red, median yellow, highest green. */
const COLOR_SCALE: Excel.ConditionalColorScaleCriteria = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

/** Queues the cells, formats, validation, widths, charts and frozen rows of a plan onto a sheet (no sync). */
function queueSheet(sheet: Excel.Worksheet, plan: WorkbookPlan, charts: (id: string) => string): void {
  for (const block of plan.blocks) queueBlock(sheet, block);
  for (const v of plan.validations) queueValidation(sheet, v);
  for (const { col, width } of plan.columnWidths) {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * 7; // points, ~7 per character
  }
  // Colour scales: an earlier build's are removed first, then the plan's added (lowest red, median yellow, highest green).
  sheet.getRangeByIndexes(0, 0, plan.layout.usedRange.rows, plan.layout.usedRange.cols).conditionalFormats.clearAll();
  for (const scale of plan.colorScales) {
    const cf = sheet.getRange(scale.range).conditionalFormats.add("ColorScale");
    cf.colorScale.criteria = COLOR_SCALE;
  }
  // The helper columns are hidden (an earlier build's hidden columns are shown again first).
  sheet.getRangeByIndexes(0, 0, 1, plan.layout.usedRange.cols).columnHidden = false;
  const { from, to } = plan.hiddenColumns;
  if (to >= from) sheet.getRangeByIndexes(0, from, 1, to - from + 1).columnHidden = true;
  for (const chart of plan.charts) queueChart(sheet, chart, charts(chart.id));
  sheet.freezePanes.unfreeze();
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

const OPERATORS = {
  between: "Between",
  greaterThan: "GreaterThan",
  greaterThanOrEqualTo: "GreaterThanOrEqualTo",
  lessThan: "LessThan",
  lessThanOrEqualTo: "LessThanOrEqualTo",
} as const;

/** Excel data validation: the core's domain, with its message as a stop alert. */
function queueValidation(sheet: Excel.Worksheet, v: PlanValidation): void {
  const dv = sheet.getRangeByIndexes(v.row, v.col, v.rows, v.cols).dataValidation;
  const basic = { formula1: v.formula1 ?? "", formula2: v.formula2, operator: OPERATORS[v.operator ?? "between"] as Excel.DataValidationOperator };
  dv.rule =
    v.type === "list" ? { list: { inCellDropDown: true, source: v.source ?? "" } }
    : v.type === "custom" ? { custom: { formula: v.formula1 ?? "" } }
    : v.type === "wholeNumber" ? { wholeNumber: basic }
    : v.type === "textLength" ? { textLength: basic }
    : { decimal: basic };
  dv.ignoreBlanks = false;
  dv.errorAlert = { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: "Jilin Mining Model", message: v.message.slice(0, 225) };
}

function queueChart(sheet: Excel.Worksheet, chart: PlanChart, name: string): void {
  const first = chart.series[0]!;
  const typeOf = (t: PlanChart["series"][number]["type"]) =>
    t === "column" ? Excel.ChartType.columnClustered : t === "bar" ? Excel.ChartType.barClustered : Excel.ChartType.line;
  const c = sheet.charts.add(typeOf(first.type), sheet.getRange(first.values), Excel.ChartSeriesBy.columns);
  c.name = name;
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

/** The message of anything thrown: Excel's OfficeExtension.Error, an Error from another frame, a string. */
function messageOf(e: unknown): string {
  if (typeof e === "object" && e !== null && "message" in e && typeof (e as { message: unknown }).message === "string") {
    return (e as { message: string }).message;
  }
  return String(e);
}

const isNotFound = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";

interface Loaded {
  readonly sheets: LoadedSheet[];
  readonly names: LoadedName[];
}

/** Queues the loads every operation starts with: the sheets (id, name, position) and the workbook names. */
function queueWorkbookLoad(context: Excel.RequestContext): () => Loaded {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return () => ({
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
  });
}

/** Syncs a batch that loads the model's sheet by id; a missing sheet is the saved model not matching. */
async function syncReading(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (isNotFound(e)) throw new BuildError(`${NO_LONGER_MATCHES} (the sheet it was built in is no longer in this workbook)`, e, "refused");
    throw e;
  }
}

export type ModelReading =
  | {
      readonly kind: "ok";
      readonly sheetName: string;
      readonly sheet: SheetInputs;
      /** What was read, to compare other inputs (the wizard's) with the sheet: see compareWithSheet. */
      readonly read: { readonly names: ReadonlyMap<string, string>; readonly block: LoadedBlock; readonly namePrefix: string };
    }
  | { readonly kind: "refused"; readonly message: string };

/** The differences between `inputs` and the model sheet as last read ("saved" = `inputs`). */
export function compareWithSheet(reading: Extract<ModelReading, { kind: "ok" }>, inputs: ModelInputs, today?: Date): SheetInputs {
  return readSheetInputs(inputs, reading.read.namePrefix, reading.read.names, reading.read.block, today);
}

/**
 * Reads the model: checks its identity and reads the current values of its named input cells, in
 * one sync. Nothing is written.
 */
export async function readModel(saved: { identity: ModelIdentity; inputs: ModelInputs }, today?: Date): Promise<ModelReading> {
  try {
    return await Excel.run(async (context) => {
      const workbook = queueWorkbookLoad(context);
      // Values only: formatting alone (a whole column coloured) does not widen what is read.
      const used = context.workbook.worksheets.getItem(saved.identity.sheetId).getUsedRange(true);
      used.load("address,values");
      await syncReading(context);
      const { sheets, names } = workbook();
      const v = verifyIdentity(saved.identity, sheets, names);
      if (!v.ok) return { kind: "refused", message: v.message };
      const block = { address: used.address, values: used.values };
      return {
        kind: "ok",
        sheetName: v.sheet.name,
        sheet: readSheetInputs(saved.inputs, saved.identity.namePrefix, v.names, block, today),
        read: { names: v.names, block, namePrefix: saved.identity.namePrefix },
      };
    });
  } catch (e) {
    if (e instanceof BuildError && e.reason === "refused") return { kind: "refused", message: e.message };
    if (isNotFound(e)) return { kind: "refused", message: `${NO_LONGER_MATCHES} (the sheet it was built in is no longer in this workbook)` };
    throw new BuildError(`The model could not be read: ${messageOf(e)}.`, e);
  }
}

/**
 * Builds the model, or rebuilds it in place, and activates its sheet.
 * @throws BuildError with a readable message; the workbook is then as it was before.
 */
export async function buildModel(options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => undefined);
  const replace = options.replace;
  let undo: ((context: Excel.RequestContext) => Promise<void>) | undefined;
  try {
    resolveInputs(options.inputs, options.today); // invalid inputs fail before anything is read or written
    const sensitivity = options.tornado === undefined ? undefined : (progress(0.02, "Computing the tornado"), computeTornado(options.inputs, options.tornado.swing, options.today));
    const twoWay = options.grid ? (progress(0.04, "Computing the sensitivity grid"), sensitivityGrid(options.inputs, undefined, options.today)) : undefined;
    return await Excel.run(async (context) => {
      progress(0.05, "Reading the workbook");
      const workbook = queueWorkbookLoad(context);
      const old = replace ? context.workbook.worksheets.getItem(replace.identity.sheetId) : undefined;
      const used = old?.getUsedRange();
      used?.load("address,values,formulas,numberFormat");
      old?.charts.load("items/name");
      await syncReading(context);
      const { sheets, names } = workbook();
      const stamp = Date.now().toString(36);
      progress(0.3, "Writing the model");

      if (!replace || !old || !used) {
        // A new sheet, a fresh prefix and a new marker.
        const sheetName = sheetNameFor(resolveInputs(options.inputs, options.today).siteName, sheets.map((s) => s.name));
        const namePrefix = uniqueNamePrefix(names.map((n) => n.name));
        const plan = buildPlan(options.inputs, { sheetName, namePrefix, today: options.today, tornado: sensitivity, dialect: options.dialect, builtAt: options.builtAt, grid: twoWay });
        const identity0 = { sheetId: "", marker: markerName(newToken()), namePrefix, names: plan.names.map((n) => n.name) };
        const before = new Set(sheets.map((s) => s.id));
        undo = async (ctx) => {
          // Only what this build added: names that did not exist before it, a sheet whose id is new.
          const now = queueWorkbookLoad(ctx);
          await ctx.sync();
          const { sheets: after, names: namesAfter } = now();
          const ours = new Set([...identity0.names, identity0.marker].map((n) => n.toLocaleUpperCase("en-US")));
          for (const n of namesAfter) if (ours.has(n.name.toLocaleUpperCase("en-US"))) ctx.workbook.names.getItem(n.name).delete();
          const added = after.find((s) => !before.has(s.id) && s.name === sheetName);
          if (added) ctx.workbook.worksheets.getItem(added.id).delete();
          await ctx.sync();
        };
        context.application.suspendApiCalculationUntilNextSync();
        const sheet = context.workbook.worksheets.add(sheetName);
        sheet.load("id");
        // Names first, so no formula is ever written before the names it uses exist.
        for (const n of plan.names) context.workbook.names.add(n.name, `=${n.ref}`, n.comment);
        context.workbook.names.add(identity0.marker, markerFormula(sheetName), "Jilin Mining Model: marks the model's sheet (do not edit)").visible = false;
        queueSheet(sheet, plan, (id) => chartName(identity0, id, stamp));
        sheet.activate();
        progress(0.7, "Calculating");
        await context.sync();
        progress(1, "Done");
        return { sheetName, identity: { ...identity0, sheetId: sheet.id }, plan };
      }

      // Rebuild in place: the same sheet and names, after checking they are still the model's.
      const v = verifyIdentity(replace.identity, sheets, names);
      if (!v.ok) throw new BuildError(v.message, undefined, "refused");
      const block: LoadedBlock = { address: used.address, values: used.values };
      const current = readSheetInputs(replace.saved, replace.identity.namePrefix, v.names, block, options.today);
      if (replace.seen && JSON.stringify(current.inputs) !== JSON.stringify(replace.seen)) {
        throw new BuildError("The model sheet's inputs changed since the pane read them. Review the differences, then rebuild. Nothing was changed.", undefined, "stale");
      }
      const identity = replace.identity;
      const sheetName = v.sheet.name;
      const plan = buildPlan(options.inputs, { sheetName, namePrefix: identity.namePrefix, today: options.today, tornado: sensitivity, dialect: options.dialect, builtAt: options.builtAt, grid: twoWay });
      const existing = new Map(names.map((n) => [n.name.toLocaleUpperCase("en-US"), n.name]));
      const ownedUpper = new Map([...v.names.keys()].map((n) => [n.toLocaleUpperCase("en-US"), n]));
      for (const n of plan.names) {
        const key = n.name.toLocaleUpperCase("en-US");
        if (existing.has(key) && !ownedUpper.has(key)) {
          throw new BuildError(`The model could not be rebuilt: the name ${existing.get(key)} already exists and was not created by Jilin Mining Model. Rename or delete it, or build a new model. Nothing was changed.`, undefined, "refused");
        }
      }
      const planNames = new Set(plan.names.map((n) => n.name.toLocaleUpperCase("en-US")));
      const ourCharts = old.charts.items.map((c) => c.name).filter((c) => c.startsWith(chartPrefix(identity)));
      const snapshot = { address: used.address.replace(/^.*!/, ""), formulas: asWritable(used.formulas, used.values), numberFormat: used.numberFormat };
      undo = async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(identity.sheetId);
        sheet.charts.load("items/name");
        const now = queueWorkbookLoad(ctx);
        await ctx.sync();
        const present = new Set(now().names.map((n) => n.name.toLocaleUpperCase("en-US")));
        const wbNames = ctx.workbook.names;
        for (const n of plan.names) {
          const was = v.names.get(ownedUpper.get(n.name.toLocaleUpperCase("en-US")) ?? "");
          if (was !== undefined) wbNames.getItem(ownedUpper.get(n.name.toLocaleUpperCase("en-US"))!).formula = was;
          else if (present.has(n.name.toLocaleUpperCase("en-US"))) wbNames.getItem(n.name).delete();
        }
        for (const [name, formula] of v.names) {
          if (!planNames.has(name.toLocaleUpperCase("en-US")) && !present.has(name.toLocaleUpperCase("en-US"))) wbNames.add(name, formula);
        }
        sheet.getUsedRange().clear();
        sheet.getUsedRange().dataValidation.clear();
        const restore = sheet.getRange(snapshot.address);
        restore.numberFormat = snapshot.numberFormat;
        // (formulas after the formats, so a text-formatted cell takes its text as text)
        restore.formulas = snapshot.formulas;
        const before = current.problem ? replace.saved : current.inputs;
        const was = replace.previous?.tornado;
        const previous = buildPlan(before, { sheetName, namePrefix: identity.namePrefix, today: options.today, dialect: replace.previous?.dialect, tornado: was === undefined ? undefined : computeTornado(before, was.swing, options.today) });
        for (const { col, width } of previous.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * 7;
        for (const c of sheet.charts.items) if (c.name.startsWith(chartPrefix(identity)) && !ourCharts.includes(c.name)) c.delete();
        for (const b of previous.blocks) queueLooks(sheet, b);
        for (const val of previous.validations) queueValidation(sheet, val);
        // The previous build's colour scales (its grid's values came back with the cells).
        sheet.getRangeByIndexes(0, 0, previous.layout.usedRange.rows, previous.layout.usedRange.cols).conditionalFormats.clearAll();
        if (replace.previous?.grid) {
          for (const scale of buildPlan(before, { sheetName, namePrefix: identity.namePrefix, today: options.today, grid: sensitivityGrid(before, undefined, options.today) }).colorScales) {
            sheet.getRange(scale.range).conditionalFormats.add("ColorScale").colorScale.criteria = COLOR_SCALE;
          }
        }
        const remaining = sheet.charts.items.map((c) => c.name).filter((c) => ourCharts.includes(c));
        for (const chart of previous.charts) {
          if (!remaining.some((c) => c.startsWith(`${chartPrefix(identity)} ${chart.id} `))) queueChart(sheet, chart, chartName(identity, chart.id, `${stamp}r`));
        }
        await ctx.sync();
      };

      context.application.suspendApiCalculationUntilNextSync();
      const wbNames = context.workbook.names;
      for (const n of plan.names) {
        const own = ownedUpper.get(n.name.toLocaleUpperCase("en-US"));
        if (own !== undefined) wbNames.getItem(own).formula = `=${n.ref}`;
        else wbNames.add(n.name, `=${n.ref}`, n.comment);
      }
      used.clear();
      used.dataValidation.clear();
      queueSheet(old, plan, (id) => chartName(identity, id, stamp));
      // Names and charts of the previous build that the new plan does not have go last.
      for (const [name] of v.names) if (!planNames.has(name.toLocaleUpperCase("en-US"))) wbNames.getItem(name).delete();
      for (const c of ourCharts) old.charts.getItem(c).delete();
      old.activate();
      progress(0.7, "Calculating");
      await context.sync();
      progress(1, "Done");
      return { sheetName, identity: { ...identity, names: plan.names.map((n) => n.name) }, plan };
    });
  } catch (e) {
    if (e instanceof BuildError && e.reason) throw e;
    if (!undo && isNotFound(e)) throw new BuildError(`${NO_LONGER_MATCHES} (the sheet it was built in is no longer in this workbook)`, e, "refused");
    const what = replace ? "rebuilt" : "built";
    const undone = undo ? await undoSafe(undo) : undefined;
    if (undone !== undefined) {
      throw new BuildError(`The model could not be ${what}: ${messageOf(e)}. Undoing the partial ${replace ? "rebuild" : "build"} also failed (${undone}); check the model sheet before going on.`, e);
    }
    throw new BuildError(`The model could not be ${what}: ${messageOf(e)}. Your workbook is unchanged.`, e);
  }
}

/** Styles of a block without its values (for restoring a sheet whose cells were restored from a copy). */
function queueLooks(sheet: Excel.Worksheet, block: PlanBlock): void {
  block.cells.forEach((rowCells, i) => rowCells.forEach((c, j) => {
    const look = c.style ? STYLE_FORMATS[c.style] : undefined;
    if (!look || Object.keys(look).length === 0) return;
    const r = sheet.getRangeByIndexes(block.row + i, block.col + j, 1, 1);
    if (look.fill) r.format.fill.color = look.fill;
    if (look.color) r.format.font.color = look.color;
    if (look.bold) r.format.font.bold = true;
    if (look.italic) r.format.font.italic = true;
    if (look.size) r.format.font.size = look.size;
  }));
}

/** Runs an undo; never throws ("Safe"): returns the message of its own failure, if any, for the user. */
async function undoSafe(undo: (context: Excel.RequestContext) => Promise<void>): Promise<string | undefined> {
  try {
    await Excel.run(undo);
    return undefined;
  } catch (e) {
    return messageOf(e);
  }
}

/**
 * Cell contents read with `range.formulas` (and `values`), ready to be written back unchanged.
 * Office.js returns a text constant without its leading apostrophe, so text such as "=1+1", "TRUE"
 * or "0001" would come back as a formula, a boolean or a number; a cell whose formula text equals its
 * value is a constant, and text gets its apostrophe back.
 */
function asWritable(formulas: readonly (readonly unknown[])[], values: readonly (readonly unknown[])[]): unknown[][] {
  return formulas.map((row, r) => row.map((f, c) => {
    if (typeof f !== "string" || f === "") return f;
    const isConstant = !f.startsWith("=") || f === String(values[r]?.[c] ?? "");
    return isConstant && typeof values[r]?.[c] === "string" ? `'${f}` : f;
  }));
}

/**
 * Writes Monte Carlo results into the model's reserved area (found through the model's name for it),
 * replacing an earlier run's values and histogram; returns the model sheet's current name. Two syncs:
 * one to check identity and keep a copy of the area, one to write. If the write fails, the area and
 * the earlier histogram are put back.
 */
export async function writeMonteCarlo(identity: ModelIdentity, result: MonteCarloResult, ranAt: string): Promise<string> {
  let undo: ((context: Excel.RequestContext) => Promise<void>) | undefined;
  try {
    return await Excel.run(async (context) => {
      const workbook = queueWorkbookLoad(context);
      const sheet = context.workbook.worksheets.getItem(identity.sheetId);
      sheet.charts.load("items/name");
      const used = sheet.getUsedRange();
      used.load("address,values,formulas,numberFormat");
      await syncReading(context);
      const { sheets, names } = workbook();
      const v = verifyIdentity(identity, sheets, names);
      if (!v.ok) throw new BuildError(v.message, undefined, "refused");
      const area = [...v.names].find(([n]) => n.toLocaleUpperCase("en-US") === `${identity.namePrefix}MonteCarloResults`.toLocaleUpperCase("en-US"));
      const ref = area ? parseReference(area[1]) : undefined;
      const [from, to] = (ref?.address ?? "").split(":");
      const a = from ? parseA1(from) : undefined;
      const b = to ? parseA1(to) : a;
      if (!ref || !a || !b || b.row - a.row + 1 !== MONTE_CARLO_ROWS || b.col - a.col + 1 !== MONTE_CARLO_COLS) {
        throw new BuildError(`${NO_LONGER_MATCHES} (its Monte Carlo area ${identity.namePrefix}MonteCarloResults is missing or was resized)`, undefined, "refused");
      }
      const { block, chart } = monteCarloBlock(result, a, ranAt);
      const previous = sheet.charts.items.map((c) => c.name).filter((c) => c.startsWith(`${chartPrefix(identity)} ${chart.id} `));
      const name = chartName(identity, chart.id, Date.now().toString(36));
      // The area as it was, for the undo: its contents and number formats.
      const origin = parseA1(used.address.replace(/^.*!/, "").split(":")[0] as string);
      const slice = <T,>(grid: readonly (readonly T[])[], fill: T) =>
        Array.from({ length: MONTE_CARLO_ROWS }, (_, r) => Array.from({ length: MONTE_CARLO_COLS }, (_, c) => grid[a.row - origin.row + r]?.[a.col - origin.col + c] ?? fill));
      const before = { formulas: asWritable(slice(used.formulas as unknown[][], ""), slice(used.values as unknown[][], "")), numberFormat: slice(used.numberFormat as string[][], "General") };
      undo = async (ctx) => {
        const s = ctx.workbook.worksheets.getItem(identity.sheetId);
        s.charts.load("items/name");
        await ctx.sync();
        for (const c of s.charts.items) if (c.name === name) c.delete();
        const range = s.getRange(ref.address);
        range.clear();
        range.numberFormat = before.numberFormat;
        range.formulas = before.formulas;
        await ctx.sync();
      };
      sheet.getRange(ref.address).clear();
      queueBlock(sheet, block);
      queueChart(sheet, chart, name);
      for (const c of previous) sheet.charts.getItem(c).delete();
      sheet.activate();
      await context.sync();
      return v.sheet.name;
    });
  } catch (e) {
    if (e instanceof BuildError && e.reason) throw e;
    if (isNotFound(e) && !undo) throw new BuildError(`${NO_LONGER_MATCHES} (the sheet it was built in is no longer in this workbook)`, e, "refused");
    const undone = undo ? await undoSafe(undo) : undefined;
    throw new BuildError(`The Monte Carlo results could not be written: ${messageOf(e)}.${undone === undefined ? " The model sheet is as it was." : ` Undoing the partial write also failed (${undone}).`}`, e);
  }
}

export interface PortableResult {
  /** Cells whose JILIN.* formula was rewritten in native functions. */
  readonly rewritten: number;
  /** Cells with a JILIN.* formula the add-in did not write there (left as they are). */
  readonly leftAlone: number;
}

/**
 * Makes a model work without the add-in: every JILIN.* formula the add-in wrote is rewritten, in
 * place, as the same calculation in native Excel functions; nothing else changes. A cell is rewritten
 * only where the sheet still holds exactly the formula the add-in wrote there (its plan, for the
 * sheet's current inputs); a JILIN formula of the user's own is left alone and counted. Two syncs.
 */
export async function makePortable(saved: { identity: ModelIdentity; inputs: ModelInputs }, today?: Date): Promise<PortableResult> {
  try {
    return await Excel.run(async (context) => {
      const workbook = queueWorkbookLoad(context);
      const sheet = context.workbook.worksheets.getItem(saved.identity.sheetId);
      const used = sheet.getUsedRange();
      used.load("address,values,formulas");
      await syncReading(context);
      const { sheets, names } = workbook();
      const v = verifyIdentity(saved.identity, sheets, names);
      if (!v.ok) throw new BuildError(v.message, undefined, "refused");
      const current = readSheetInputs(saved.inputs, saved.identity.namePrefix, v.names, { address: used.address, values: used.values }, today);
      if (current.problem) throw new BuildError(`The model sheet has an invalid input: ${current.problem}. Correct it first; nothing was changed.`, undefined, "stale");
      const options = { sheetName: v.sheet.name, namePrefix: saved.identity.namePrefix, today };
      const addin = buildPlan(current.inputs, options);
      const portable = buildPlan(current.inputs, { ...options, dialect: "portable" });
      const origin = parseA1(used.address.replace(/^.*!/, "").split(":")[0] as string);
      const formulaAt = (row: number, col: number) => String(used.formulas[row - origin.row]?.[col - origin.col] ?? "");
      let rewritten = 0;
      const ours = new Set<string>();
      addin.blocks.forEach((block, b) => block.cells.forEach((cells, i) => cells.forEach((cell, j) => {
        const next = portable.blocks[b]!.cells[i]![j]!.value;
        if (typeof cell.value !== "string" || cell.value === next) return;
        const row = block.row + i;
        const col = block.col + j;
        ours.add(`${row},${col}`);
        if (formulaAt(row, col) !== cell.value) return; // the user changed this cell: not ours to rewrite
        sheet.getRangeByIndexes(row, col, 1, 1).formulas = [[next as string]];
        rewritten++;
      })));
      let leftAlone = 0;
      used.formulas.forEach((cells, i) => cells.forEach((f, j) => {
        if (/JILIN\./i.test(String(f)) && !(ours.has(`${origin.row + i},${origin.col + j}`) && formulaAt(origin.row + i, origin.col + j) === String(f) && rewritten > 0)) leftAlone++;
      }));
      await context.sync();
      return { rewritten, leftAlone };
    });
  } catch (e) {
    if (e instanceof BuildError && e.reason) throw e;
    if (isNotFound(e)) throw new BuildError(`${NO_LONGER_MATCHES} (the sheet it was built in is no longer in this workbook)`, e, "refused");
    throw new BuildError(`The model could not be made portable: ${messageOf(e)}. Your workbook is unchanged.`, e);
  }
}
