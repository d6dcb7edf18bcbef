/*
 * A stand-in for the part of the Excel JavaScript API that the add-in calls (src/workbook/apply.ts),
 * over the preview's HyperFormula workbook. Like Excel, calls are queued and run at context.sync();
 * if one fails, the ones before it have happened and the sync rejects. Loads are filled in at sync.
 * Nothing else of the Excel API exists here, on purpose: a call the add-in starts making without
 * this file learning it fails loudly in the preview and its tests.
 */
import type { RawCellContent } from "hyperformula";
import type { CellLook, ChartRecord, PageRecord, PreviewWorkbook, ValidationRecord } from "./workbook";

type Op = () => void;

/** Test hook: make the next build fail at an operation, e.g. "charts.add" or "names.add". */
export const faults: { failAt?: string } = {};

function maybeFail(op: string): void {
  if (faults.failAt === op) {
    faults.failAt = undefined;
    throw new Error(`Injected failure at ${op}`);
  }
}

/** "B7", "$B$7", "B7:C9" → 0-based cell bounds. */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const cellRe = /^\$?([A-Z]+)\$?(\d+)$/;
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const parse = (x: string) => {
    const m = cellRe.exec(x);
    if (!m) throw new Error(`Unsupported address "${address}"`);
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const p = parse(a as string);
  const q = b ? parse(b) : p;
  return { row: p.row, col: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

class RequestContext {
  readonly queue: Op[] = [];
  readonly afterSync: Op[] = [];
  syncs = 0;
  suspended = false;
  readonly workbook: Workbook;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(readonly book: PreviewWorkbook) {
    this.workbook = new Workbook(this);
    this.application = { suspendApiCalculationUntilNextSync: () => void (this.suspended = true) };
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue.splice(0);
    const hf = this.book.hf;
    if (this.suspended) hf.suspendEvaluation();
    try {
      for (const op of ops) op();
      for (const done of this.afterSync.splice(0)) done();
    } finally {
      if (hf.isEvaluationSuspended()) hf.resumeEvaluation();
      this.suspended = false;
      this.book.changed();
    }
  }
}

class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  constructor(ctx: RequestContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.names = new NamedItemCollection(ctx);
  }
}

/** An error as Office.js reports it, with its code (e.g. "ItemNotFound"). */
class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

class WorksheetCollection {
  items: { id: string; name: string; position: number }[] = [];
  constructor(private readonly ctx: RequestContext) {}
  load(): void {
    this.ctx.afterSync.push(() => {
      this.items = this.ctx.book.sheetNames().map((n, position) => ({ id: this.ctx.book.meta.get(n)!.id, name: n, position }));
    });
  }
  add(name: string): Worksheet {
    this.ctx.queue.push(() => {
      maybeFail("worksheets.add");
      this.ctx.book.addSheet(name);
    });
    return new Worksheet(this.ctx, name);
  }
  /** A sheet by Excel's id or by name; a missing one fails the sync with ItemNotFound, as in Excel. */
  getItem(key: string): Worksheet {
    return new Worksheet(this.ctx, key);
  }
}

class Worksheet {
  id = "";
  readonly charts: {
    add: (type: string, source: Range, seriesBy: string) => Chart;
    load: (what?: string) => void;
    items: { name: string; delete: () => void }[];
    getItem: (name: string) => { delete: () => void };
  };
  readonly freezePanes: { freezeRows: (n: number) => void; freezeAt: (range: Range) => void; unfreeze: () => void };
  /** Page set-up: orientation, fit-to-pages zoom, print area and the header (Excel: PageLayout). */
  readonly pageLayout: {
    orientation?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number };
    setPrintArea: (address: string) => void;
    headersFooters: { defaultForAllPages: { leftHeader?: string; centerHeader?: string; rightHeader?: string } };
  };
  /** `key`: the worksheet's id or name, resolved when the batch runs (so a rename or a deletion is seen). */
  constructor(private readonly ctx: RequestContext, private readonly key: string) {
    const removeChart = (match: (r: ChartRecord) => boolean) => ctx.queue.push(() => {
      const list = this.meta().charts;
      const at = list.findIndex(match);
      if (at < 0) throw new OfficeError("ItemNotFound", "The requested chart does not exist.");
      list.splice(at, 1);
    });
    const charts = {
      items: [] as { name: string; delete: () => void }[],
      add: (type: string, source: Range) => {
        const record: ChartRecord = { name: "", type, title: "", series: [{ name: "", values: source.addressNow }], valueAxisTitle: "", from: "", to: "" };
        ctx.queue.push(() => {
          maybeFail("charts.add");
          // Data on another sheet (the schedule) is found by that sheet's id, so a rename is followed.
          const dataSheet = source.sheetNow();
          if (dataSheet !== this.name()) record.dataSheetId = ctx.book.meta.get(dataSheet)!.id;
          this.meta().charts.push(record);
        });
        return new Chart(ctx, record);
      },
      load: () => {
        ctx.queue.push(() => {
          const records = [...this.meta().charts];
          ctx.afterSync.push(() => {
            charts.items = records.map((record) => ({ name: record.name, delete: () => removeChart((r) => r === record) }));
          });
        });
      },
      getItem: (name: string) => ({ delete: () => removeChart((r) => r.name === name) }),
    };
    this.charts = charts;
    this.freezePanes = {
      freezeRows: (n) => ctx.queue.push(() => void Object.assign(this.meta(), { frozenRows: n, frozenCols: 0 })),
      // The range's rows and columns, counted from A1, stay in view.
      freezeAt: (range) => ctx.queue.push(() => {
        const b = range.boundsNow();
        Object.assign(this.meta(), { frozenRows: b.row + b.rows, frozenCols: b.col + b.cols });
      }),
      unfreeze: () => ctx.queue.push(() => void Object.assign(this.meta(), { frozenRows: 0, frozenCols: 0 })),
    };
    const page = (patch: (p: PageRecord) => void) => ctx.queue.push(() => patch(this.meta().page));
    const header = {};
    for (const [prop, key] of [["leftHeader", "left"], ["centerHeader", "center"], ["rightHeader", "right"]] as const) {
      Object.defineProperty(header, prop, { set: (v: string) => page((p) => void (p.header[key] = v)), enumerable: true });
    }
    const layout = { setPrintArea: (address: string) => page((p) => {
      parseAddress(address); // refuses what Excel would refuse
      p.printArea = address;
    }), headersFooters: { defaultForAllPages: header } };
    Object.defineProperty(layout, "orientation", { set: (v: string) => page((p) => void (p.orientation = v)), enumerable: true });
    Object.defineProperty(layout, "zoom", { set: (v: PageRecord["zoom"]) => page((p) => void (p.zoom = { ...v })), enumerable: true });
    this.pageLayout = layout;
  }
  /** The sheet's current name; throws ItemNotFound when it does not exist. */
  name(): string {
    const name = this.ctx.book.resolveSheet(this.key);
    if (name === undefined) throw new OfficeError("ItemNotFound", `The requested worksheet "${this.key}" does not exist.`);
    return name;
  }
  private meta() {
    return this.ctx.book.meta.get(this.name())!;
  }
  load(): void {
    this.ctx.queue.push(() => {
      const id = this.meta().id;
      this.ctx.afterSync.push(() => void (this.id = id));
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, () => this.name(), () => ({ row, col, rows, cols }));
  }
  getRange(address: string): Range {
    const a = parseAddress(address);
    return new Range(this.ctx, () => this.name(), () => a);
  }
  getUsedRange(_valuesOnly?: boolean): Range {
    return new Range(this.ctx, () => this.name(), () => this.ctx.book.usedRange(this.name()));
  }
  activate(): void {
    this.ctx.queue.push(() => void (this.ctx.book.activeSheet = this.name()));
  }
  delete(): void {
    this.ctx.queue.push(() => {
      maybeFail("worksheet.delete");
      this.ctx.book.removeSheet(this.name());
    });
  }
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Bounds = { row: number; col: number; rows: number; cols: number };

class Range {
  readonly format: { fill: { color?: string }; font: CellLook; columnWidth?: number };
  /** Hides or shows the range's whole columns (Excel: Range.columnHidden). */
  columnHidden?: boolean;
  /** Colour scales only (Excel: Range.conditionalFormats.add("ColorScale") and clearAll()). */
  readonly conditionalFormats: { add: (type: string) => { colorScale: { criteria?: unknown } }; clearAll: () => void };
  readonly dataValidation: { clear: () => void; rule?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean };
  address = "";
  values: unknown[][] = [];
  formulas: unknown[][] = [];
  numberFormat: string[][] = [];
  constructor(private readonly ctx: RequestContext, private readonly sheet: () => string, private readonly bounds: () => Bounds) {
    const look = (patch: CellLook) => ctx.queue.push(() => this.eachCell((key, m) => m.looks.set(key, { ...m.looks.get(key), ...patch })));
    const font: CellLook = {};
    for (const prop of ["color", "bold", "italic", "size"] as const) {
      Object.defineProperty(font, prop, { set: (v) => look({ [prop]: v }), enumerable: true });
    }
    const fill = {};
    Object.defineProperty(fill, "color", { set: (v: string) => look({ fill: v }), enumerable: true });
    this.format = { fill, font };
    Object.defineProperty(this.format, "columnWidth", {
      set: (w: number) => ctx.queue.push(() => {
        const b = this.bounds();
        for (let c = 0; c < b.cols; c++) this.metaOf().columnWidths.set(b.col + c, w);
      }),
    });
    Object.defineProperty(this, "columnHidden", {
      set: (hidden: boolean) => ctx.queue.push(() => {
        const b = this.bounds();
        for (let c = 0; c < b.cols; c++) {
          if (hidden) this.metaOf().hiddenColumns.add(b.col + c);
          else this.metaOf().hiddenColumns.delete(b.col + c);
        }
      }),
    });
    this.conditionalFormats = {
      add: (type: string) => {
        if (type !== "ColorScale") throw new Error(`The preview supports colour scales only (got ${type}).`);
        const colorScale = {};
        Object.defineProperty(colorScale, "criteria", {
          set: (criteria: unknown) => ctx.queue.push(() => void this.metaOf().colorScales.push({ ...this.bounds(), criteria: JSON.parse(JSON.stringify(criteria)) })),
        });
        return { colorScale };
      },
      // Removes the colour scales that overlap the range.
      clearAll: () => ctx.queue.push(() => {
        const b = this.bounds();
        const m = this.metaOf();
        m.colorScales = m.colorScales.filter((x) => x.row >= b.row + b.rows || x.row + x.rows <= b.row || x.col >= b.col + b.cols || x.col + x.cols <= b.col);
      }),
    };
    // Data validation: the rule and alert are kept per cell; the preview's formula bar enforces them.
    const dv = { clear: () => ctx.queue.push(() => this.eachCell((key, m) => m.validations.delete(key))) } as Range["dataValidation"];
    const setDv = (patch: Partial<ValidationRecord>) => ctx.queue.push(() => this.eachCell((key, m) => m.validations.set(key, { rule: {}, ...m.validations.get(key), ...patch })));
    Object.defineProperty(dv, "rule", { set: (rule) => setDv({ rule: JSON.parse(JSON.stringify(rule)) }) });
    Object.defineProperty(dv, "errorAlert", { set: (errorAlert) => setDv({ errorAlert: { ...errorAlert } }) });
    Object.defineProperty(dv, "ignoreBlanks", { set: (ignoreBlanks: boolean) => setDv({ ignoreBlanks }) });
    this.dataValidation = dv;
    // Writes go through setters; reads (after load) through the plain fields.
    for (const prop of ["formulas", "values", "numberFormat"] as const) {
      let loaded: unknown = [];
      Object.defineProperty(this, prop, {
        get: () => loaded,
        set: (v: unknown[][]) => (prop === "numberFormat" ? this.writeFormats(v as string[][]) : this.writeCells(v as RawCellContent[][])),
      });
      Object.defineProperty(this, `__set_${prop}`, { value: (v: unknown) => void (loaded = v) });
    }
  }
  private where(): string {
    const b = this.bounds();
    return `${letters(b.col)}${b.row + 1}:${letters(b.col + b.cols - 1)}${b.row + b.rows}`;
  }
  private metaOf() {
    return this.ctx.book.meta.get(this.sheet())!;
  }
  private eachCell(f: (key: string, m: ReturnType<Range["metaOf"]>, r: number, c: number) => void): void {
    const m = this.metaOf();
    const b = this.bounds();
    for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) f(`${b.row + r},${b.col + c}`, m, r, c);
  }
  private checkShape(v: unknown[][], what: string): void {
    const b = this.bounds();
    if (v.length !== b.rows || v.some((row) => row.length !== b.cols)) {
      throw new Error(`The ${what} array does not match the size of range ${this.where()}.`);
    }
  }
  private writeFormats(formats: string[][]): void {
    const v = Array.from(formats, (row) => Array.from(row));
    this.ctx.queue.push(() => {
      this.checkShape(v, "numberFormat");
      // "General" is every cell's default: kept as no format at all, as a fresh cell has.
      this.eachCell((key, m, r, c) => {
        const f = (v[r] as string[])[c] as string;
        if (f === "General") m.formats.delete(key);
        else m.formats.set(key, f);
      });
    });
  }
  private writeCells(v: RawCellContent[][]): void {
    // The pane runs in another frame: copy its arrays into this realm (HyperFormula checks instanceof Array).
    const rows = Array.from(v, (row) => Array.from(row, (x) => (x === "" ? null : x)));
    this.ctx.queue.push(() => {
      maybeFail("range.formulas");
      this.checkShape(rows, "formulas");
      const b = this.bounds();
      this.ctx.book.writeCells(this.sheet(), b.row, b.col, rows);
    });
  }
  /** The range's sheet (its current name) and bounds, when the batch runs. */
  sheetNow(): string {
    return this.sheet();
  }
  boundsNow(): Bounds {
    return this.bounds();
  }
  get addressNow(): string {
    return this.where();
  }
  load(): void {
    this.ctx.queue.push(() => {
      const sheet = this.sheet();
      const b = this.bounds();
      const id = this.ctx.book.sheetId(sheet);
      const m = this.metaOf();
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      const formats: string[][] = [];
      for (let r = 0; r < b.rows; r++) {
        values.push([]);
        formulas.push([]);
        formats.push([]);
        for (let c = 0; c < b.cols; c++) {
          const at = { sheet: id, row: b.row + r, col: b.col + c };
          const v = this.ctx.book.hf.getCellValue(at);
          values[r]!.push(v === null ? "" : typeof v === "object" ? (v as { value: string }).value : v);
          const f = this.ctx.book.hf.getCellSerialized(at);
          // As Office.js does, a text constant comes back without its leading apostrophe.
          formulas[r]!.push(f === null || f === undefined ? "" : typeof f === "string" && f.startsWith("'") ? f.slice(1) : f);
          formats[r]!.push(m.formats.get(`${b.row + r},${b.col + c}`) ?? "General");
        }
      }
      const address = `${sheet.includes(" ") || /[^A-Za-z0-9_]/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${this.where()}`;
      this.ctx.afterSync.push(() => {
        this.address = address;
        (this as unknown as Record<string, (v: unknown) => void>).__set_values!(values);
        (this as unknown as Record<string, (v: unknown) => void>).__set_formulas!(formulas);
        (this as unknown as Record<string, (v: unknown) => void>).__set_numberFormat!(formats);
      });
    });
  }
  clear(): void {
    this.ctx.queue.push(() => {
      const b = this.bounds();
      const empty = Array.from({ length: b.rows }, () => Array.from({ length: b.cols }, () => null));
      this.ctx.book.setCells(this.sheet(), b.row, b.col, empty);
      this.eachCell((key, m) => {
        m.formats.delete(key);
        m.looks.delete(key);
      });
    });
  }
}

class Chart {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => Series; add: (name: string) => Series };
  readonly axes: { valueAxis: { title: { text: string } } };
  constructor(ctx: RequestContext, record: ChartRecord) {
    const queued = <T extends object>(target: T, apply: (k: string, v: unknown) => void): T =>
      new Proxy(target, { set: (_t, k, v) => (ctx.queue.push(() => apply(String(k), v)), true) });
    this.title = queued({ text: "" }, (_k, v) => void (record.title = String(v)));
    this.axes = { valueAxis: { title: queued({ text: "" }, (_k, v) => void (record.valueAxisTitle = String(v))) } };
    const seriesAt = (i: number) => new Series(ctx, record, i);
    let next = 1; // series 0 comes from the source range of charts.add
    this.series = {
      getItemAt: seriesAt,
      add: (name) => {
        const i = next++;
        ctx.queue.push(() => void (record.series[i] = { name, values: "" }));
        return seriesAt(i);
      },
    };
    this.setPosition = (from: string, to: string) => ctx.queue.push(() => Object.assign(record, { from, to }));
    Object.defineProperty(this, "name", { set: (v: string) => ctx.queue.push(() => void (record.name = v)) });
  }
  setPosition: (from: string, to: string) => void;
}

class Series {
  constructor(private readonly ctx: RequestContext, private readonly record: ChartRecord, private readonly index: number) {}
  private set(patch: Partial<ChartRecord["series"][number]>): void {
    this.ctx.queue.push(() => {
      const s = this.record.series[this.index];
      if (!s) throw new Error(`The chart has no series ${this.index}.`);
      Object.assign(s, patch);
    });
  }
  set name(v: string) { this.set({ name: v }); }
  set chartType(v: string) { this.set({ chartType: v }); }
  set axisGroup(v: string) { this.set({ axisGroup: v }); }
  setValues(range: Range): void { this.set({ values: range.addressNow }); }
  setXAxisValues(range: Range): void { this.set({ categories: range.addressNow }); }
}

/** A workbook name: its formula can be read (after load) and set; it can be hidden and deleted. */
class NamedItem {
  constructor(private readonly ctx: RequestContext, readonly name: string, private loadedFormula = "") {}
  get formula(): string {
    return this.loadedFormula;
  }
  set formula(v: string) {
    this.ctx.queue.push(() => {
      const hf = this.ctx.book.hf;
      if (!hf.listNamedExpressions().includes(this.name)) throw new OfficeError("ItemNotFound", `The name ${this.name} does not exist.`);
      hf.changeNamedExpression(this.name, v.startsWith("=") ? v : `=${v}`);
    });
  }
  set visible(v: boolean) {
    this.ctx.queue.push(() => void (v ? this.ctx.book.hiddenNames.delete(this.name) : this.ctx.book.hiddenNames.add(this.name)));
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const hf = this.ctx.book.hf;
      if (!hf.listNamedExpressions().includes(this.name)) throw new OfficeError("ItemNotFound", `The name ${this.name} does not exist.`);
      hf.removeNamedExpression(this.name);
      this.ctx.book.nameComments.delete(this.name);
      this.ctx.book.hiddenNames.delete(this.name);
    });
  }
}

class NamedItemCollection {
  items: NamedItem[] = [];
  constructor(private readonly ctx: RequestContext) {}
  load(): void {
    this.ctx.queue.push(() => {
      const hf = this.ctx.book.hf;
      const list = hf.listNamedExpressions().map((name) => new NamedItem(this.ctx, name, String(hf.getNamedExpressionFormula(name) ?? "")));
      this.ctx.afterSync.push(() => void (this.items = list));
    });
  }
  add(name: string, reference: string, comment?: string): NamedItem {
    this.ctx.queue.push(() => {
      maybeFail("names.add");
      const hf = this.ctx.book.hf;
      if (hf.listNamedExpressions().some((n) => n.toLowerCase() === name.toLowerCase())) throw new OfficeError("InvalidArgument", `The name ${name} already exists.`);
      const expression = reference.startsWith("=") ? reference : `=${reference}`;
      hf.addNamedExpression(name, expression);
      if (comment) this.ctx.book.nameComments.set(name, comment);
    });
    return new NamedItem(this.ctx, name);
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.ctx, name);
  }
}

/** The global `Excel` of the preview. */
export function createExcel(book: PreviewWorkbook) {
  return {
    run: async <T>(batch: (context: RequestContext) => Promise<T>): Promise<T> => batch(new RequestContext(book)),
    ChartType: { line: "Line", columnClustered: "ColumnClustered", barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows" },
    ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  };
}

/** The global `Office` of the preview: onReady and the document settings. */
export function createOffice(book: PreviewWorkbook) {
  const settings = {
    get: (key: string) => (book.settings.has(key) ? book.settings.get(key) : null),
    set: (key: string, value: unknown) => void book.settings.set(key, value),
    remove: (key: string) => void book.settings.delete(key),
    saveAsync: (callback?: (r: { status: string }) => void) => setTimeout(() => callback?.({ status: "succeeded" }), 0),
  };
  return {
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "Preview" };
      callback?.(info);
      return info;
    },
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: { settings },
      // Office's display language: the workbook's (tests set it; the preview page takes ?lang=zh-CN).
      get displayLanguage() {
        return book.displayLanguage;
      },
      requirements: {
        isSetSupported: (name: string, version = "1.1") => {
          if (name !== "ExcelApi") return false;
          const [a, b] = version.split(".").map(Number);
          const [x, y] = book.excelApiVersion.split(".").map(Number);
          return x! > a! || (x === a && y! >= (b ?? 0));
        },
      },
    },
  };
}
