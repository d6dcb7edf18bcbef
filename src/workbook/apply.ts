/*
 * apply.ts: writes a WorkbookPlan into Excel and reads the model back. The only file of src/workbook
 * that calls Excel.run.
 *
 * A model is three sheets: the model sheet (inputs, results, scenarios, snapshots, the Monte Carlo
 * area), its schedule sheet and its one-page summary sheet.
 *
 * Syncs (context.sync() calls), whatever the horizon:
 *  - build a new model: 2 (read the sheet and name lists; write everything with calculation suspended);
 *  - rebuild in place: 3 (read the workbook, the model's identity and its sheet; read the schedule and
 *    summary sheets; write);
 *  - read the model (identity and the input cells' values): 1;
 *  - write Monte Carlo results: 2;
 *  - make a model portable (its JILIN.* formulas rewritten in native functions): 3.
 * The model is recognised by identity (live.ts): each sheet's worksheet id plus the add-in's hidden
 * marker for it, and only names the add-in recorded that still point into those sheets. Nothing else
 * is ever written or deleted. A rebuild rewrites the same sheets (same ids, names and positions) and
 * updates the same names, so links into the model keep working; a schedule or summary sheet the user
 * deleted is made again. A failure undoes what the batch did: a new build removes its sheets and
 * names; a rebuild restores each sheet's cells, number formats and names from the copy it read first,
 * then the previous model's styles, validation and charts, and removes a sheet it added.
 */
import { resolveInputs, type ModelInputs } from "../core/model/inputs";
import { STYLE_FORMATS } from "./styles";
import { buildPlan, type CompanionSheet, type Dialect, type PlanBlock, type PlanCell, type PlanChart, type PlanPage, type SheetRole, type WorkbookPlan } from "./plan";
import { monteCarloBlock, MONTE_CARLO_COLS, MONTE_CARLO_ROWS } from "./monteCarloPlan";
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { tornado as computeTornado } from "../core/risk/tornado";
import { sensitivityGrid } from "../core/risk/grid";
import type { PlanValidation } from "./inputRules";
import { sheetNameFor } from "./sheetNames";
import { companionMarker, markerFormula, markerName, parseReference, readSheetInputs, verifyIdentity, type CompanionIdentity, type LoadedBlock, type LoadedName, type LoadedSheet, type ModelIdentity, type SheetInputs } from "./live";
import { parseA1 } from "./address";
import type { Language } from "../i18n";
import { addinMessage, addinText, type AddinParam, type AddinText, type TextKey } from "../i18n/addin";
import { ModelError } from "../core/errors";

export interface BuildOptions {
  readonly inputs: ModelInputs;
  /** Rebuild this model in place. `saved`: the inputs of the last build; `seen`: the sheet's inputs the pane last showed. */
  readonly replace?: {
    readonly identity: ModelIdentity;
    readonly saved: ModelInputs;
    readonly seen?: ModelInputs;
    /** The previous build's tornado, grid, dialect, language and currency, to restore its looks if the rebuild fails. */
    readonly previous?: { readonly tornado?: { readonly swing?: number | string }; readonly dialect?: Dialect; readonly grid?: boolean; readonly lang?: Language; readonly currency?: "USD" | "CNY" };
  };
  /** `label` is the English of `text`, which the pane renders in its language. */
  readonly onProgress?: (fraction: number, label: string, text: AddinText) => void;
  readonly today?: Date;
  /** When the build runs, as shown with the snapshots it computes (the tornado), e.g. "2026-11-30 16:05 UTC". */
  readonly builtAt?: string;
  /** Also write the two-way sensitivity grid of NPV over the BTC price and the power price (computed by the core first). */
  readonly grid?: boolean;
  /** Also write a tornado (computed by the core first): sourced ranges, or ±swing of each input when given. */
  readonly tornado?: { readonly swing?: number | string };
  /** "portable": native Excel functions only, so the model works without the add-in (default "addin"). */
  readonly dialect?: Dialect;
  /** The sheets' language (default English). */
  readonly lang?: Language;
  /** The Summary sheet's reporting currency (default USD). */
  readonly currency?: "USD" | "CNY";
}

export interface BuildResult {
  readonly sheetName: string;
  readonly identity: ModelIdentity;
  readonly plan: WorkbookPlan;
}

/** Why an operation on the model was refused or failed; `message` is the English of `text`. */
export class BuildError extends Error {
  /** "refused": the saved model does not match the workbook; "stale": the sheet changed since it was read. */
  constructor(readonly text: AddinText, readonly cause?: unknown, readonly reason?: "refused" | "stale") {
    super(addinText(text, "en"));
    this.name = "BuildError";
  }
}

/** The saved model's sheet is gone: a refusal, not a failure. */
const sheetGone = (cause?: unknown) => new BuildError(addinMessage("addin.refused.sheetGone"), cause, "refused");

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

/** The worksheet of each of a model's sheets, in the batch being queued. */
type SheetsOf = (role: SheetRole) => Excel.Worksheet;

/** Queues the cells, formats, validation, widths, charts and frozen rows of a plan onto the model sheet (no sync). */
function queueSheet(sheet: Excel.Worksheet, plan: WorkbookPlan, charts: (id: string) => string, sheetsOf: SheetsOf): void {
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
  for (const chart of plan.charts) queueChart(sheet, chart, charts(chart.id), chart.dataOn ? sheetsOf(chart.dataOn) : sheet);
  sheet.freezePanes.unfreeze();
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
}

/** Queues a schedule or summary sheet: cells, widths, hidden helper columns, charts, frozen panes, page set-up. */
function queueCompanion(sheet: Excel.Worksheet, c: CompanionSheet, charts: (id: string) => string, sheetsOf: SheetsOf): void {
  for (const block of c.blocks) queueBlock(sheet, block);
  queueCompanionFrame(sheet, c);
  for (const chart of c.charts) queueChart(sheet, chart, charts(chart.id), chart.dataOn ? sheetsOf(chart.dataOn) : sheet);
}

/** A companion's widths, hidden columns, frozen panes and page set-up (everything but cells and charts). */
function queueCompanionFrame(sheet: Excel.Worksheet, c: CompanionSheet): void {
  for (const { col, width } of c.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * 7;
  sheet.getRangeByIndexes(0, 0, 1, c.usedRange.cols).columnHidden = false;
  if (c.hiddenColumns.to >= c.hiddenColumns.from) sheet.getRangeByIndexes(0, c.hiddenColumns.from, 1, c.hiddenColumns.to - c.hiddenColumns.from + 1).columnHidden = true;
  sheet.freezePanes.unfreeze();
  // freezeAt keeps the range's rows and columns (from A1) in view: the header rows and the date column.
  if (c.freeze.rows > 0 && c.freeze.cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, c.freeze.rows, c.freeze.cols));
  else if (c.freeze.rows > 0) sheet.freezePanes.freezeRows(c.freeze.rows);
  if (c.page) queuePage(sheet, c.page);
}

/** Page set-up for printing: orientation, fit to pages, print area and header. */
function queuePage(sheet: Excel.Worksheet, page: PlanPage): void {
  const layout = sheet.pageLayout;
  layout.orientation = Excel.PageOrientation.landscape;
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: page.fitToPagesTall };
  layout.setPrintArea(page.printArea);
  const header = layout.headersFooters.defaultForAllPages;
  header.leftHeader = page.header.left;
  header.centerHeader = page.header.center;
  header.rightHeader = page.header.right;
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
  dv.errorAlert = { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: v.title ?? "Jilin Mining Model", message: v.message.slice(0, 225) };
}

/** A chart on `sheet` over data on `data` (the same sheet, or the schedule sheet). */
function queueChart(sheet: Excel.Worksheet, chart: PlanChart, name: string, data: Excel.Worksheet = sheet): void {
  const first = chart.series[0]!;
  const typeOf = (t: PlanChart["series"][number]["type"]) =>
    t === "column" ? Excel.ChartType.columnClustered : t === "bar" ? Excel.ChartType.barClustered : Excel.ChartType.line;
  const c = sheet.charts.add(typeOf(first.type), data.getRange(first.values), Excel.ChartSeriesBy.columns);
  c.name = name;
  c.title.text = chart.title;
  chart.series.forEach((s, i) => {
    const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
    if (i > 0) series.setValues(data.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(data.getRange(chart.categories));
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

/** What went wrong, inside a failure's message: Excel's text as it is (Office writes it in its own language), or the core's error. */
const detailOf = (e: unknown): AddinParam => (e instanceof ModelError ? { en: messageOf(e), error: e } : messageOf(e));

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
    if (isNotFound(e)) throw sheetGone(e);
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
  | { readonly kind: "refused"; readonly message: string; readonly text: AddinText };

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
      if (!v.ok) return { kind: "refused", message: v.message, text: v.text };
      const block = { address: used.address, values: used.values };
      return {
        kind: "ok",
        sheetName: v.sheet.name,
        sheet: readSheetInputs(saved.inputs, saved.identity.namePrefix, v.names, block, today),
        read: { names: v.names, block, namePrefix: saved.identity.namePrefix },
      };
    });
  } catch (e) {
    const refused = e instanceof BuildError && e.reason === "refused" ? e : isNotFound(e) ? sheetGone(e) : undefined;
    if (refused) return { kind: "refused", message: refused.message, text: refused.text };
    throw new BuildError(addinMessage("addin.failed.read", { detail: detailOf(e) }), e);
  }
}

const ROLES = ["schedule", "summary"] as const;
const upper = (name: string) => name.toLocaleUpperCase("en-US");

/** A companion sheet's contents as read before a rebuild, to put back if the rebuild fails. */
interface CompanionCopy {
  readonly role: CompanionIdentity["role"];
  readonly sheetId: string;
  readonly address: string;
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  /** The add-in's charts on it before the rebuild. */
  readonly charts: readonly string[];
}

/**
 * Builds the model, or rebuilds it in place, and activates its model sheet.
 * @throws BuildError with a readable message; the workbook is then as it was before.
 */
export async function buildModel(options: BuildOptions): Promise<BuildResult> {
  const progress = (fraction: number, key: TextKey) => {
    const text = addinMessage(key);
    options.onProgress?.(fraction, addinText(text, "en"), text);
  };
  const replace = options.replace;
  let undo: ((context: Excel.RequestContext) => Promise<void>) | undefined;
  try {
    const siteName = resolveInputs(options.inputs, options.today).siteName; // invalid inputs fail before anything is read or written
    const sensitivity = options.tornado === undefined ? undefined : (progress(0.02, "addin.progress.tornado"), computeTornado(options.inputs, options.tornado.swing, options.today));
    const twoWay = options.grid ? (progress(0.04, "addin.progress.grid"), sensitivityGrid(options.inputs, undefined, options.today)) : undefined;
    return await Excel.run(async (context) => {
      progress(0.05, "addin.progress.reading");
      const workbook = queueWorkbookLoad(context);
      const old = replace ? context.workbook.worksheets.getItem(replace.identity.sheetId) : undefined;
      const used = old?.getUsedRange();
      used?.load("address,values,formulas,numberFormat");
      old?.charts.load("items/name");
      await syncReading(context);
      const { sheets, names } = workbook();
      const stamp = Date.now().toString(36);
      const existingNames = new Map(names.map((n) => [upper(n.name), n]));
      /** Free names for the sheets not yet chosen: "Model <site>", "Schedule <site>", "Summary <site>". */
      const chooseNames = (given: Partial<Record<SheetRole, string>>): Record<SheetRole, string> => {
        const taken = [...sheets.map((s) => s.name), ...Object.values(given)];
        const out = { ...given } as Record<SheetRole, string>;
        for (const role of ["model", ...ROLES] as const) {
          if (out[role] === undefined) {
            out[role] = sheetNameFor(siteName, taken, role, options.lang);
            taken.push(out[role]);
          }
        }
        return out;
      };
      progress(0.3, "addin.progress.writing");

      if (!replace || !old || !used) {
        // New sheets, a fresh prefix and a new marker for each sheet.
        const sheetNames = chooseNames({});
        const namePrefix = uniqueNamePrefix(names.map((n) => n.name));
        const plan = buildPlan(options.inputs, { sheetName: sheetNames.model, scheduleSheetName: sheetNames.schedule, summarySheetName: sheetNames.summary, namePrefix, today: options.today, tornado: sensitivity, dialect: options.dialect, builtAt: options.builtAt, grid: twoWay, lang: options.lang, currency: options.currency });
        const marker = markerName(newToken());
        const identity0 = { sheetId: "", marker, namePrefix, names: plan.names.map((n) => n.name) };
        const markers = [marker, ...ROLES.map((r) => companionMarker(marker, r))];
        const before = new Set(sheets.map((s) => s.id));
        undo = async (ctx) => {
          // Only what this build added: names that did not exist before it, sheets whose ids are new.
          const now = queueWorkbookLoad(ctx);
          await ctx.sync();
          const { sheets: after, names: namesAfter } = now();
          const ours = new Set([...identity0.names, ...markers].map(upper));
          for (const n of namesAfter) if (ours.has(upper(n.name))) ctx.workbook.names.getItem(n.name).delete();
          for (const s of after) if (!before.has(s.id) && Object.values(sheetNames).includes(s.name)) ctx.workbook.worksheets.getItem(s.id).delete();
          await ctx.sync();
        };
        context.application.suspendApiCalculationUntilNextSync();
        const sheet = context.workbook.worksheets.add(sheetNames.model);
        sheet.load("id");
        const companions = new Map(plan.companions.map((c) => {
          const ws = context.workbook.worksheets.add(c.sheetName);
          ws.load("id");
          return [c.role, ws] as const;
        }));
        const sheetsOf: SheetsOf = (role) => (role === "model" ? sheet : companions.get(role)!);
        // Names first, so no formula is ever written before the names it uses exist.
        for (const n of plan.names) context.workbook.names.add(n.name, `=${n.ref}`, n.comment);
        context.workbook.names.add(marker, markerFormula(sheetNames.model), "Jilin Mining Model: marks the model's sheet (do not edit)").visible = false;
        for (const c of plan.companions) {
          context.workbook.names.add(companionMarker(marker, c.role), markerFormula(c.sheetName), `Jilin Mining Model: marks the model's ${c.role} sheet (do not edit)`).visible = false;
        }
        const charts = (id: string) => chartName(identity0, id, stamp);
        queueSheet(sheet, plan, charts, sheetsOf);
        for (const c of plan.companions) queueCompanion(companions.get(c.role)!, c, charts, sheetsOf);
        sheet.activate();
        progress(0.7, "addin.progress.calculating");
        await context.sync();
        progress(1, "addin.progress.done");
        const companionIds = plan.companions.map((c) => ({ role: c.role, sheetId: companions.get(c.role)!.id, marker: companionMarker(marker, c.role) }));
        return { sheetName: sheetNames.model, identity: { ...identity0, sheetId: sheet.id, companions: companionIds }, plan };
      }

      // Rebuild in place: the same sheets and names, after checking they are still the model's.
      const v = verifyIdentity(replace.identity, sheets, names);
      if (!v.ok) throw new BuildError(v.text, undefined, "refused");
      const block: LoadedBlock = { address: used.address, values: used.values };
      const current = readSheetInputs(replace.saved, replace.identity.namePrefix, v.names, block, options.today);
      if (replace.seen && JSON.stringify(current.inputs) !== JSON.stringify(replace.seen)) {
        throw new BuildError(addinMessage("addin.stale.inputsChanged"), undefined, "stale");
      }
      const identity = replace.identity;
      const sheetName = v.sheet.name;
      // The schedule and summary sheets as they are, for the undo (a sheet the user deleted is made again).
      const reads = [...v.companions].map(([role, loaded]) => {
        const ws = context.workbook.worksheets.getItem(loaded.id);
        const range = ws.getUsedRange();
        range.load("address,values,formulas,numberFormat");
        ws.charts.load("items/name");
        return { role, ws, range, loaded };
      });
      if (reads.length > 0) await syncReading(context);
      const sheetNames = chooseNames({ model: sheetName, ...Object.fromEntries([...v.companions].map(([role, s]) => [role, s.name])) });
      const planOptions = { sheetName, scheduleSheetName: sheetNames.schedule, summarySheetName: sheetNames.summary, namePrefix: identity.namePrefix, today: options.today };
      const plan = buildPlan(options.inputs, { ...planOptions, tornado: sensitivity, dialect: options.dialect, builtAt: options.builtAt, grid: twoWay, lang: options.lang, currency: options.currency });
      const ownedUpper = new Map([...v.names.keys()].map((n) => [upper(n), n]));
      for (const n of plan.names) {
        const key = upper(n.name);
        if (existingNames.has(key) && !ownedUpper.has(key)) {
          throw new BuildError(addinMessage("addin.refused.nameExists", { name: existingNames.get(key)!.name }), undefined, "refused");
        }
      }
      const planNames = new Set(plan.names.map((n) => upper(n.name)));
      const ourCharts = old.charts.items.map((c) => c.name).filter((c) => c.startsWith(chartPrefix(identity)));
      const snapshot = { address: used.address.replace(/^.*!/, ""), formulas: asWritable(used.formulas, used.values), numberFormat: used.numberFormat };
      const copies: CompanionCopy[] = reads.map((r) => ({
        role: r.role,
        sheetId: r.loaded.id,
        address: r.range.address.replace(/^.*!/, ""),
        formulas: asWritable(r.range.formulas, r.range.values),
        numberFormat: r.range.numberFormat,
        charts: r.ws.charts.items.map((c) => c.name).filter((c) => c.startsWith(chartPrefix(identity))),
      }));
      // Companion markers: a recreated sheet's marker is the recorded one (made by the add-in: its token is random), pointed again or added.
      const markerWas = new Map(ROLES.map((role) => [role, existingNames.get(upper(companionMarker(identity.marker, role)))?.formula]));
      const before = new Set(sheets.map((s) => s.id));
      undo = async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(identity.sheetId);
        sheet.charts.load("items/name");
        const restored = copies.map((c) => {
          const ws = ctx.workbook.worksheets.getItem(c.sheetId);
          ws.charts.load("items/name");
          return { c, ws };
        });
        const now = queueWorkbookLoad(ctx);
        await ctx.sync();
        const { sheets: after, names: namesAfter } = now();
        const present = new Set(namesAfter.map((n) => upper(n.name)));
        const wbNames = ctx.workbook.names;
        for (const n of plan.names) {
          const was = v.names.get(ownedUpper.get(upper(n.name)) ?? "");
          if (was !== undefined) wbNames.getItem(ownedUpper.get(upper(n.name))!).formula = was;
          else if (present.has(upper(n.name))) wbNames.getItem(n.name).delete();
        }
        for (const [name, formula] of v.names) {
          if (!planNames.has(upper(name)) && !present.has(upper(name))) wbNames.add(name, formula);
        }
        for (const role of ROLES) {
          const name = companionMarker(identity.marker, role);
          const was = markerWas.get(role);
          if (was !== undefined) wbNames.getItem(name).formula = was;
          else if (present.has(upper(name))) wbNames.getItem(name).delete();
        }
        // Sheets this rebuild added (for a schedule or summary the user had deleted) go.
        for (const s of after) if (!before.has(s.id) && (s.name === sheetNames.schedule || s.name === sheetNames.summary)) ctx.workbook.worksheets.getItem(s.id).delete();
        const restore = (ws: Excel.Worksheet, copy: { address: string; formulas: unknown[][]; numberFormat: unknown[][] }) => {
          ws.getUsedRange().clear();
          const range = ws.getRange(copy.address);
          range.numberFormat = copy.numberFormat;
          // (formulas after the formats, so a text-formatted cell takes its text as text)
          range.formulas = copy.formulas;
        };
        sheet.getUsedRange().dataValidation.clear();
        restore(sheet, snapshot);
        const beforeInputs = current.problem ? replace.saved : current.inputs;
        const was = replace.previous?.tornado;
        const previous = buildPlan(beforeInputs, { ...planOptions, dialect: replace.previous?.dialect, lang: replace.previous?.lang, currency: replace.previous?.currency, tornado: was === undefined ? undefined : computeTornado(beforeInputs, was.swing, options.today) });
        // A chart whose data sheet was not there before (made by this rebuild, now removed) is not drawn again.
        const dataOf = (chart: PlanChart, own: Excel.Worksheet) => (!chart.dataOn ? own : chart.dataOn === "model" ? sheet : restored.find((r) => r.c.role === chart.dataOn)?.ws);
        for (const { col, width } of previous.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * 7;
        for (const c of sheet.charts.items) if (c.name.startsWith(chartPrefix(identity)) && !ourCharts.includes(c.name)) c.delete();
        for (const b of previous.blocks) queueLooks(sheet, b);
        for (const val of previous.validations) queueValidation(sheet, val);
        // The previous build's colour scales (its grid's values came back with the cells).
        sheet.getRangeByIndexes(0, 0, previous.layout.usedRange.rows, previous.layout.usedRange.cols).conditionalFormats.clearAll();
        if (replace.previous?.grid) {
          for (const scale of buildPlan(beforeInputs, { ...planOptions, grid: sensitivityGrid(beforeInputs, undefined, options.today) }).colorScales) {
            sheet.getRange(scale.range).conditionalFormats.add("ColorScale").colorScale.criteria = COLOR_SCALE;
          }
        }
        const remaining = sheet.charts.items.map((c) => c.name).filter((c) => ourCharts.includes(c));
        for (const chart of previous.charts) {
          const data = dataOf(chart, sheet);
          if (data && !remaining.some((c) => c.startsWith(`${chartPrefix(identity)} ${chart.id} `))) queueChart(sheet, chart, chartName(identity, chart.id, `${stamp}r`), data);
        }
        for (const { c, ws } of restored) {
          restore(ws, c);
          const prev = previous.companions.find((x) => x.role === c.role)!;
          for (const b of prev.blocks) queueLooks(ws, b);
          queueCompanionFrame(ws, prev);
          for (const chart of ws.charts.items) if (chart.name.startsWith(chartPrefix(identity)) && !c.charts.includes(chart.name)) chart.delete();
          const left = ws.charts.items.map((x) => x.name).filter((x) => c.charts.includes(x));
          for (const chart of prev.charts) {
            const data = dataOf(chart, ws);
            if (data && !left.some((x) => x.startsWith(`${chartPrefix(identity)} ${chart.id} `))) queueChart(ws, chart, chartName(identity, chart.id, `${stamp}r`), data);
          }
        }
        await ctx.sync();
      };

      context.application.suspendApiCalculationUntilNextSync();
      // A schedule or summary sheet the user deleted is made again (with the recorded marker).
      const companions = new Map<CompanionIdentity["role"], Excel.Worksheet>(reads.map((r) => [r.role, r.ws]));
      const added: CompanionIdentity["role"][] = [];
      for (const c of plan.companions) {
        if (companions.has(c.role)) continue;
        const ws = context.workbook.worksheets.add(c.sheetName);
        ws.load("id");
        companions.set(c.role, ws);
        added.push(c.role);
      }
      const sheetsOf: SheetsOf = (role) => (role === "model" ? old : companions.get(role)!);
      const wbNames = context.workbook.names;
      for (const role of added) {
        const name = companionMarker(identity.marker, role);
        const formula = markerFormula(sheetNames[role]);
        if (markerWas.get(role) !== undefined) wbNames.getItem(existingNames.get(upper(name))!.name).formula = formula;
        else wbNames.add(name, formula, `Jilin Mining Model: marks the model's ${role} sheet (do not edit)`).visible = false;
      }
      for (const n of plan.names) {
        const own = ownedUpper.get(upper(n.name));
        if (own !== undefined) wbNames.getItem(own).formula = `=${n.ref}`;
        else wbNames.add(n.name, `=${n.ref}`, n.comment);
      }
      used.clear();
      used.dataValidation.clear();
      for (const r of reads) r.range.clear();
      const charts = (id: string) => chartName(identity, id, stamp);
      queueSheet(old, plan, charts, sheetsOf);
      for (const c of plan.companions) queueCompanion(companions.get(c.role)!, c, charts, sheetsOf);
      // Names and charts of the previous build that the new plan does not have go last.
      for (const [name] of v.names) if (!planNames.has(upper(name))) wbNames.getItem(name).delete();
      for (const c of ourCharts) old.charts.getItem(c).delete();
      for (const copy of copies) for (const c of copy.charts) companions.get(copy.role)!.charts.getItem(c).delete();
      old.activate();
      progress(0.7, "addin.progress.calculating");
      await context.sync();
      progress(1, "addin.progress.done");
      // (ids: as read for the sheets that were there, loaded for the ones made again)
      const idOf = (role: CompanionIdentity["role"]) => reads.find((r) => r.role === role)?.loaded.id ?? companions.get(role)!.id;
      const companionIds = plan.companions.map((c) => ({ role: c.role, sheetId: idOf(c.role), marker: companionMarker(identity.marker, c.role) }));
      return { sheetName, identity: { ...identity, names: plan.names.map((n) => n.name), companions: companionIds }, plan };
    });
  } catch (e) {
    if (e instanceof BuildError && e.reason) throw e;
    if (!undo && isNotFound(e)) throw sheetGone(e);
    const undone = undo ? await undoSafe(undo) : undefined;
    if (undone !== undefined) {
      throw new BuildError(addinMessage(replace ? "addin.failed.rebuildUndo" : "addin.failed.buildUndo", { detail: detailOf(e), undo: undone }), e);
    }
    throw new BuildError(addinMessage(replace ? "addin.failed.rebuild" : "addin.failed.build", { detail: detailOf(e) }), e);
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
export async function writeMonteCarlo(identity: ModelIdentity, result: MonteCarloResult, ranAt: string, lang: Language = "en"): Promise<string> {
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
      if (!v.ok) throw new BuildError(v.text, undefined, "refused");
      const area = [...v.names].find(([n]) => n.toLocaleUpperCase("en-US") === `${identity.namePrefix}MonteCarloResults`.toLocaleUpperCase("en-US"));
      const ref = area ? parseReference(area[1]) : undefined;
      const [from, to] = (ref?.address ?? "").split(":");
      const a = from ? parseA1(from) : undefined;
      const b = to ? parseA1(to) : a;
      const onModelSheet = ref !== undefined && ref.sheet.toLocaleUpperCase("en-US") === v.sheet.name.toLocaleUpperCase("en-US");
      if (!ref || !onModelSheet || !a || !b || b.row - a.row + 1 !== MONTE_CARLO_ROWS || b.col - a.col + 1 !== MONTE_CARLO_COLS) {
        throw new BuildError(addinMessage("addin.refused.monteCarloArea", { name: `${identity.namePrefix}MonteCarloResults` }), undefined, "refused");
      }
      const { block, chart } = monteCarloBlock(result, a, ranAt, lang);
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
    if (isNotFound(e) && !undo) throw sheetGone(e);
    const undone = undo ? await undoSafe(undo) : undefined;
    if (undone !== undefined) throw new BuildError(addinMessage("addin.failed.monteCarloUndo", { detail: detailOf(e), undo: undone }), e);
    throw new BuildError(addinMessage("addin.failed.monteCarlo", { detail: detailOf(e) }), e);
  }
}

/** A formula with every quoted sheet reference written without quotes, to compare formulas however Excel quotes them. */
function unquoteSheets(formula: string): string {
  return formula.replace(/'((?:[^']|'')+)'!/g, (_m, name: string) => `${name.replace(/''/g, "'")}!`);
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
 * sheet's current inputs); a JILIN formula of the user's own is left alone and counted. Covers the
 * model sheet and its schedule and summary sheets. Three syncs.
 */
export async function makePortable(saved: { identity: ModelIdentity; inputs: ModelInputs; lang?: Language; currency?: "USD" | "CNY" }, today?: Date): Promise<PortableResult> {
  try {
    return await Excel.run(async (context) => {
      const workbook = queueWorkbookLoad(context);
      const sheet = context.workbook.worksheets.getItem(saved.identity.sheetId);
      const used = sheet.getUsedRange();
      used.load("address,values,formulas");
      await syncReading(context);
      const { sheets, names } = workbook();
      const v = verifyIdentity(saved.identity, sheets, names);
      if (!v.ok) throw new BuildError(v.text, undefined, "refused");
      const current = readSheetInputs(saved.inputs, saved.identity.namePrefix, v.names, { address: used.address, values: used.values }, today);
      if (current.problemText) throw new BuildError(addinMessage("addin.stale.invalidInput", { problem: current.problemText }), undefined, "stale");
      const reads = [...v.companions].map(([role, loaded]) => {
        const ws = context.workbook.worksheets.getItem(loaded.id);
        const range = ws.getUsedRange();
        range.load("address,formulas");
        return { role, ws, range, name: loaded.name };
      });
      if (reads.length > 0) await syncReading(context);
      const options = {
        sheetName: v.sheet.name,
        scheduleSheetName: reads.find((r) => r.role === "schedule")?.name,
        summarySheetName: reads.find((r) => r.role === "summary")?.name,
        namePrefix: saved.identity.namePrefix,
        today,
        // The workbook's language and currency: the formulas the add-in wrote carry their texts.
        lang: saved.lang,
        currency: saved.currency,
      };
      const addin = buildPlan(current.inputs, options);
      const portable = buildPlan(current.inputs, { ...options, dialect: "portable" });
      let rewritten = 0;
      let leftAlone = 0;
      const convert = (ws: Excel.Worksheet, range: { address: string; formulas: unknown[][] }, ours: readonly PlanBlock[], theirs: readonly PlanBlock[]) => {
        const origin = parseA1(range.address.replace(/^.*!/, "").split(":")[0] as string);
        const formulaAt = (row: number, col: number) => String(range.formulas[row - origin.row]?.[col - origin.col] ?? "");
        const done = new Set<string>();
        // Excel drops the quotes a sheet name does not need ('Model X'!A1 stays, 'Model'!A1 reads Model!A1).
        ours.forEach((block, b) => block.cells.forEach((cells, i) => cells.forEach((cell, j) => {
          const next = theirs[b]!.cells[i]![j]!.value;
          if (typeof cell.value !== "string" || cell.value === next) return;
          const row = block.row + i;
          const col = block.col + j;
          if (unquoteSheets(formulaAt(row, col)) !== unquoteSheets(cell.value)) return; // the user changed this cell: not ours to rewrite
          ws.getRangeByIndexes(row, col, 1, 1).formulas = [[next as string]];
          done.add(`${row},${col}`);
          rewritten++;
        })));
        range.formulas.forEach((cells, i) => cells.forEach((f, j) => {
          if (/JILIN\./i.test(String(f)) && !done.has(`${origin.row + i},${origin.col + j}`)) leftAlone++;
        }));
      };
      convert(sheet, used, addin.blocks, portable.blocks);
      for (const r of reads) {
        const c = addin.companions.find((x) => x.role === r.role)!;
        convert(r.ws, r.range, c.blocks, portable.companions.find((x) => x.role === r.role)!.blocks);
      }
      await context.sync();
      return { rewritten, leftAlone };
    });
  } catch (e) {
    if (e instanceof BuildError && e.reason) throw e;
    if (isNotFound(e)) throw sheetGone(e);
    throw new BuildError(addinMessage("addin.failed.portable", { detail: detailOf(e) }), e);
  }
}
