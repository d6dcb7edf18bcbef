/*
 * A stand-in for the part of the Excel JavaScript API that the add-in calls (src/workbook/apply.ts),
 * over the preview's HyperFormula workbook. Like Excel, calls are queued and run at context.sync();
 * if one fails, the ones before it have happened and the sync rejects. Loads are filled in at sync.
 * Nothing else of the Excel API exists here, on purpose: a call the add-in starts making without
 * this file learning it fails loudly in the preview and its tests.
 */
import type { RawCellContent } from "hyperformula";
import type { CellLook, ChartRecord, PreviewWorkbook } from "./workbook";

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

class WorksheetCollection {
  items: Worksheet[] = [];
  constructor(private readonly ctx: RequestContext) {}
  load(): void {
    this.ctx.afterSync.push(() => {
      this.items = this.ctx.book.sheetNames().map((n) => new Worksheet(this.ctx, n));
    });
  }
  add(name: string): Worksheet {
    this.ctx.queue.push(() => {
      maybeFail("worksheets.add");
      this.ctx.book.addSheet(name);
    });
    return new Worksheet(this.ctx, name);
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string): Worksheet {
    const sheet = new Worksheet(this.ctx, name);
    this.ctx.afterSync.push(() => {
      sheet.isNullObject = !this.ctx.book.sheetNames().includes(name);
    });
    return sheet;
  }
}

class Worksheet {
  isNullObject = false;
  readonly charts: { add: (type: string, source: Range, seriesBy: string) => Chart; load: (what?: string) => void; items: { name: string; delete: () => void }[] };
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(private readonly ctx: RequestContext, readonly name: string) {
    const charts = {
      items: [] as { name: string; delete: () => void }[],
      add: (type: string, source: Range) => {
        const record: ChartRecord = { name: "", type, title: "", series: [{ name: "", values: source.address }], valueAxisTitle: "", from: "", to: "" };
        ctx.queue.push(() => {
          maybeFail("charts.add");
          this.meta().charts.push(record);
        });
        return new Chart(ctx, record);
      },
      load: () => {
        ctx.afterSync.push(() => {
          charts.items = this.meta().charts.map((record) => ({
            name: record.name,
            delete: () => ctx.queue.push(() => {
              const list = this.meta().charts;
              const at = list.indexOf(record);
              if (at >= 0) list.splice(at, 1);
            }),
          }));
        });
      },
    };
    this.charts = charts;
    this.freezePanes = { freezeRows: (n) => ctx.queue.push(() => void (this.meta().frozenRows = n)) };
  }
  private meta() {
    const m = this.ctx.book.meta.get(this.name);
    if (!m) throw new Error(`The sheet "${this.name}" does not exist.`);
    return m;
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, this.name, row, col, rows, cols);
  }
  getRange(address: string): Range {
    const a = parseAddress(address);
    return new Range(this.ctx, this.name, a.row, a.col, a.rows, a.cols);
  }
  activate(): void {
    this.ctx.queue.push(() => {
      this.meta();
      this.ctx.book.activeSheet = this.name;
    });
  }
  delete(): void {
    this.ctx.queue.push(() => {
      maybeFail("worksheet.delete");
      this.ctx.book.removeSheet(this.name);
    });
  }
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

class Range {
  readonly format: { fill: { color?: string }; font: CellLook; columnWidth?: number };
  constructor(private readonly ctx: RequestContext, private readonly sheet: string, private readonly row: number, private readonly col: number, private readonly rows: number, private readonly cols: number) {
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
        for (let c = 0; c < this.cols; c++) this.metaOf().columnWidths.set(this.col + c, w);
      }),
    });
  }
  get address(): string {
    return `${letters(this.col)}${this.row + 1}:${letters(this.col + this.cols - 1)}${this.row + this.rows}`;
  }
  private metaOf() {
    const m = this.ctx.book.meta.get(this.sheet);
    if (!m) throw new Error(`The sheet "${this.sheet}" does not exist.`);
    return m;
  }
  private eachCell(f: (key: string, m: ReturnType<Range["metaOf"]>, r: number, c: number) => void): void {
    const m = this.metaOf();
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) f(`${this.row + r},${this.col + c}`, m, r, c);
  }
  private checkShape(v: unknown[][], what: string): void {
    if (v.length !== this.rows || v.some((row) => row.length !== this.cols)) {
      throw new Error(`The ${what} array does not match the size of range ${this.address}.`);
    }
  }
  set numberFormat(formats: string[][]) {
    const v = Array.from(formats, (row) => Array.from(row));
    this.ctx.queue.push(() => {
      this.checkShape(v, "numberFormat");
      this.eachCell((key, m, r, c) => m.formats.set(key, (v[r] as string[])[c] as string));
    });
  }
  set formulas(v: RawCellContent[][]) {
    // The pane runs in another frame: copy its arrays into this realm (HyperFormula checks instanceof Array).
    const rows = Array.from(v, (row) => Array.from(row, (x) => (x === "" ? null : x)));
    this.ctx.queue.push(() => {
      maybeFail("range.formulas");
      this.checkShape(rows, "formulas");
      this.ctx.book.setCells(this.sheet, this.row, this.col, rows);
    });
  }
  set values(v: RawCellContent[][]) {
    this.formulas = v;
  }
  clear(): void {
    this.ctx.queue.push(() => {
      const empty = Array.from({ length: this.rows }, () => Array.from({ length: this.cols }, () => null));
      this.ctx.book.setCells(this.sheet, this.row, this.col, empty);
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
  setValues(range: Range): void { this.set({ values: range.address }); }
  setXAxisValues(range: Range): void { this.set({ categories: range.address }); }
}

class NamedItemCollection {
  items: { name: string; delete: () => void }[] = [];
  constructor(private readonly ctx: RequestContext) {}
  load(): void {
    this.ctx.afterSync.push(() => {
      this.items = this.ctx.book.hf.listNamedExpressions().map((name) => ({ name, delete: () => this.remove(name) }));
    });
  }
  add(name: string, reference: string, comment?: string): void {
    this.ctx.queue.push(() => {
      maybeFail("names.add");
      const expression = reference.startsWith("=") ? reference : `=${reference}`;
      this.ctx.book.hf.addNamedExpression(name, expression);
      if (comment) this.ctx.book.nameComments.set(name, comment);
    });
  }
  getItem(name: string): { delete: () => void } {
    return { delete: () => this.remove(name) };
  }
  private remove(name: string): void {
    this.ctx.queue.push(() => {
      this.ctx.book.hf.removeNamedExpression(name);
      this.ctx.book.nameComments.delete(name);
    });
  }
}

/** The global `Excel` of the preview. */
export function createExcel(book: PreviewWorkbook) {
  return {
    run: async <T>(batch: (context: RequestContext) => Promise<T>): Promise<T> => batch(new RequestContext(book)),
    ChartType: { line: "Line", columnClustered: "ColumnClustered", barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows" },
    ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
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
    context: { document: { settings } },
  };
}
