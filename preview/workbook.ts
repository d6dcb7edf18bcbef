/*
 * The preview's workbook: HyperFormula (GPL; the preview is a development tool, never part of the
 * add-in bundle) holding the sheets, plus what HyperFormula does not keep: number formats, cell
 * looks, column widths, charts, name comments, the active sheet and the document settings.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { registerJilinFunctions, type FunctionRegistry } from "./jilinPlugin";
import { checkSheetName, typedValue } from "./excelRules";

export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export interface ChartRecord {
  name: string;
  type: string;
  title: string;
  series: { name: string; values: string; categories?: string; chartType?: string; axisGroup?: string }[];
  valueAxisTitle: string;
  from: string;
  to: string;
  /** The id of the sheet that holds the chart's data, when not the chart's own sheet. */
  dataSheetId?: string;
}

/** Page set-up as the add-in set it (Excel: Worksheet.pageLayout). */
export interface PageRecord {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  header: { left?: string; center?: string; right?: string };
}

/** A data validation rule as Excel's API takes it, with its error alert. */
export interface ValidationRecord {
  rule: Record<string, Record<string, unknown>>;
  errorAlert?: { message?: string; title?: string; showAlert?: boolean };
  ignoreBlanks?: boolean;
}

export interface SheetMeta {
  /** Excel's worksheet id: a GUID in braces, kept across renames. */
  id: string;
  formats: Map<string, string>;
  validations: Map<string, ValidationRecord>;
  looks: Map<string, CellLook>;
  columnWidths: Map<number, number>;
  /** Columns hidden by the add-in (not drawn). */
  hiddenColumns: Set<number>;
  /** Colour scales over ranges (lowest, median, highest colours), drawn as cell backgrounds. */
  colorScales: { row: number; col: number; rows: number; cols: number; criteria: unknown }[];
  charts: ChartRecord[];
  frozenRows: number;
  frozenCols: number;
  page: PageRecord;
}

export class PreviewWorkbook {
  readonly hf: HyperFormula;
  readonly meta = new Map<string, SheetMeta>();
  readonly nameComments = new Map<string, string>();
  readonly settings = new Map<string, unknown>();
  /** Workbook names hidden from the user (NamedItem.visible = false). */
  readonly hiddenNames = new Set<string>();
  /** The ExcelApi version this stand-in reports as supported (tests lower it to see the pane refuse). */
  excelApiVersion = "1.20";
  /** Office's display language as the pane sees it (Office.context.displayLanguage). */
  displayLanguage = "en-US";
  activeSheet = "";
  private nextId = 1;
  private listeners: (() => void)[] = [];

  constructor(registry: FunctionRegistry) {
    registerJilinFunctions(registry);
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`The sheet "${name}" does not exist.`);
    return id;
  }

  addSheet(name: string): void {
    checkSheetName(name, this.sheetNames()); // Excel's rules, so that a violation by the add-in fails here too
    this.hf.addSheet(name);
    const id = `{${(this.nextId++).toString(16).padStart(8, "0").toUpperCase()}-7A1B-4C2D-9E3F-${Math.random().toString(16).slice(2, 14).padEnd(12, "0").toUpperCase()}}`;
    this.meta.set(name, { id, formats: new Map(), validations: new Map(), looks: new Map(), columnWidths: new Map(), hiddenColumns: new Set(), colorScales: [], charts: [], frozenRows: 0, frozenCols: 0, page: { header: {} } });
    if (!this.activeSheet) this.activeSheet = name;
  }

  /** Renames a sheet as Excel does: formulas and names that refer to it follow; its id stays. */
  renameSheet(from: string, to: string): void {
    checkSheetName(to, this.sheetNames().filter((n) => n !== from));
    this.hf.renameSheet(this.sheetId(from), to);
    const m = this.meta.get(from)!;
    this.meta.delete(from);
    this.meta.set(to, m);
    if (this.activeSheet === from) this.activeSheet = to;
    this.changed();
  }

  /** The sheet's name for Excel's worksheet id or name (names compared ignoring case), if it exists. */
  resolveSheet(idOrName: string): string | undefined {
    for (const [name, m] of this.meta) if (m.id === idOrName) return name;
    return this.sheetNames().find((n) => n.toLowerCase() === idOrName.toLowerCase());
  }

  /** Writes constants and formulas as Excel does: text that Excel would read as a number, date, boolean or error becomes one. */
  writeCells(sheet: string, row: number, col: number, cells: RawCellContent[][]): void {
    const formats = this.meta.get(sheet)?.formats;
    const excel = cells.map((r, i) => r.map((v, j): RawCellContent => {
      if (typeof v !== "string") return v;
      // Like Excel, a cell formatted as text ("@") keeps whatever is written into it as text, formulas included.
      if (formats?.get(`${row + i},${col + j}`) === "@" && v !== "") return `'${v.replace(/^'/, "")}`;
      const t = typedValue(v);
      if (t.kind === "text") return t.value === "" ? null : `'${t.value}`;
      return t.value as RawCellContent;
    }));
    this.setCells(sheet, row, col, excel);
  }

  /** The used range of a sheet: from A1 to the last non-empty row and column (A1 when empty). */
  usedRange(sheet: string): { row: number; col: number; rows: number; cols: number } {
    const d = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { row: 0, col: 0, rows: Math.max(d.height, 1), cols: Math.max(d.width, 1) };
  }

  removeSheet(name: string): void {
    this.hf.removeSheet(this.sheetId(name));
    this.meta.delete(name);
    if (this.activeSheet === name) this.activeSheet = this.sheetNames()[0] ?? "";
  }

  setCells(sheet: string, row: number, col: number, cells: RawCellContent[][]): void {
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row, col }, cells);
  }

  /** A whole sheet as formulas and constants, to prove a sheet was left untouched. */
  serialize(sheet: string): RawCellContent[][] {
    return this.hf.getSheetSerialized(this.sheetId(sheet));
  }
}
