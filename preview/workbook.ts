/*
 * The preview's workbook: HyperFormula (GPL; the preview is a development tool, never part of the
 * add-in bundle) holding the sheets, plus what HyperFormula does not keep: number formats, cell
 * looks, column widths, charts, name comments, the active sheet and the document settings.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { registerJilinFunctions, type FunctionRegistry } from "./jilinPlugin";

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
}

export interface SheetMeta {
  formats: Map<string, string>;
  looks: Map<string, CellLook>;
  columnWidths: Map<number, number>;
  charts: ChartRecord[];
  frozenRows: number;
}

export class PreviewWorkbook {
  readonly hf: HyperFormula;
  readonly meta = new Map<string, SheetMeta>();
  readonly nameComments = new Map<string, string>();
  readonly settings = new Map<string, unknown>();
  activeSheet = "";
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
    if (this.sheetNames().some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet named "${name}" already exists.`);
    }
    this.hf.addSheet(name);
    this.meta.set(name, { formats: new Map(), looks: new Map(), columnWidths: new Map(), charts: [], frozenRows: 0 });
    if (!this.activeSheet) this.activeSheet = name;
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
