/*
 * The preview page: a workbook (HyperFormula) shown as a grid beside the real task pane, which runs in
 * an iframe against the preview's Excel and Office stand-ins. Development and test tool only.
 */
import { DetailedCellError, type RawCellContent } from "hyperformula";
import { typedValue } from "./excelRules";
import type { ModelInputs } from "../src/core/model/inputs";
import type { ModelIdentity } from "../src/workbook/live";
import { readSheetInputs, verifyIdentity } from "../src/workbook/live";
import { buildPlan } from "../src/workbook/plan";
import { planToXlsx } from "../src/workbook/xlsx";
import * as numfmt from "numfmt";
import { PreviewWorkbook, type ChartRecord } from "./workbook";
import { createExcel, createOffice, faults, parseAddress } from "./excelApi";
import { Chart, registerables, type ChartConfiguration } from "chart.js";
import type { FunctionMetadataEntry } from "./jilinPlugin";

declare global {
  interface Window {
    __preview: {
      book: PreviewWorkbook;
      excel: ReturnType<typeof createExcel>;
      office: ReturnType<typeof createOffice>;
      faults: typeof faults;
      ready: boolean;
      /** Types into a cell as a user would: data validation may refuse it (the message is returned). */
      type: (sheet: string, row: number, col: number, text: string) => string | undefined;
      /** Pastes into a cell: like Excel, a paste is not checked by data validation. */
      paste: (sheet: string, row: number, col: number, text: string) => void;
      /** What the drawn charts show (for tests). */
      charts: () => { title: string | null; horizontal: boolean; labels: string[]; series: (string | undefined)[]; axisTitles: unknown[]; legend: boolean }[];
    };
    __customFunctionsRegistry: Map<string, (...args: unknown[]) => unknown>;
  }
}

/** A user's own sheet, present before the add-in does anything, to show it is never touched. */
function seedBudget(book: PreviewWorkbook): void {
  book.addSheet("Budget");
  book.setCells("Budget", 0, 0, [
    ["Household budget 2027", null, null],
    ["Item", "CNY per month", "Note"],
    ["Rent", 4200, "Changchun, 2 rooms"],
    ["Food", 2600, null],
    ["Heating (Nov–Mar)", 380, "district heating"],
    ["Transport", 450, null],
    ["Total", "=SUM(B3:B6)", "formula"],
    ["Per year", "=B7*12", null],
  ]);
  book.hf.addNamedExpression("Budget_Total", "=Budget!$B$7");
  const meta = book.meta.get("Budget")!;
  meta.looks.set("0,0", { bold: true, size: 14 });
  for (let c = 0; c < 3; c++) meta.looks.set(`1,${c}`, { bold: true, fill: "#DDEBF7" });
  for (let r = 2; r < 8; r++) meta.formats.set(`${r},1`, "#,##0");
  meta.columnWidths.set(0, 150);
  meta.columnWidths.set(2, 140);
}

/**
 * Excel's data validation of a typed value: undefined when allowed, else the stop alert's message.
 * Evaluated here independently of the add-in (custom formulas by HyperFormula, with the typed value in
 * place of the cell), so that a wrong rule written by the add-in shows up in the preview.
 */
function refusal(book: PreviewWorkbook, sheet: string, row: number, col: number, text: string): string | undefined {
  const rec = book.meta.get(sheet)?.validations.get(`${row},${col}`);
  if (!rec || text.trim() === "") return undefined;
  const t = typedValue(text);
  if (t.kind === "formula") return undefined; // Excel checks a formula's result; the preview does not
  const v = t.value;
  const message = rec.errorAlert?.message || "This value doesn't match the data validation restrictions defined for this cell.";
  const [type, r] = Object.entries(rec.rule)[0] ?? [];
  if (!type || !r) return undefined;
  const num = (x: unknown) => Number(x);
  const op = (x: number) => {
    const a = num(r.formula1);
    const b = num(r.formula2);
    switch (r.operator) {
      case "GreaterThan": return x > a;
      case "GreaterThanOrEqualTo": return x >= a;
      case "LessThan": return x < a;
      case "LessThanOrEqualTo": return x <= a;
      default: return x >= a && x <= b;
    }
  };
  let ok: boolean;
  if (type === "wholeNumber") ok = typeof v === "number" && Number.isInteger(v) && op(v);
  else if (type === "decimal") ok = typeof v === "number" && op(v);
  else if (type === "textLength") ok = op(String(v).length);
  else if (type === "list") ok = String(r.source).split(",").some((o) => o.trim().toUpperCase() === (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v).toUpperCase()));
  else {
    const literal = typeof v === "number" ? String(v) : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : `"${String(v).replace(/"/g, '""')}"`;
    const formula = String(r.formula).replace(new RegExp(`\\$?${letters(col)}\\$?${row + 1}(?![0-9])`, "g"), literal);
    ok = book.hf.calculateFormula(formula, book.sheetId(sheet)) === true;
  }
  return ok ? undefined : message;
}

/**
 * The built model as an .xlsx, as the CLI writes it: the model sheet's current inputs (read through
 * its names, like the pane does), portable formulas, cached values. Undefined when there is no model.
 */
async function modelAsXlsx(book: PreviewWorkbook): Promise<{ name: string; bytes: Uint8Array } | string> {
  let saved: { identity?: ModelIdentity; inputs?: ModelInputs } = {};
  try {
    saved = JSON.parse(String(book.settings.get("JilinMiningModel") ?? "{}"));
  } catch {
    // treated as no model below
  }
  const { identity, inputs } = saved;
  if (!identity || !inputs) return "Build a model first: there is no model in this workbook.";
  const sheets = book.sheetNames().map((name, position) => ({ id: book.meta.get(name)!.id, name, position }));
  const names = book.hf.listNamedExpressions().map((name) => ({ name, formula: String(book.hf.getNamedExpressionFormula(name) ?? "") }));
  const v = verifyIdentity(identity, sheets, names);
  if (!v.ok) return v.message;
  const values = book.hf.getSheetValues(book.sheetId(v.sheet.name)).map((row) => row.map((x) => (x instanceof DetailedCellError ? x.value : x)));
  const sheet = readSheetInputs(inputs, identity.namePrefix, v.names, { address: `'${v.sheet.name.replace(/'/g, "''")}'!A1`, values }, new Date());
  if (sheet.problem) return `The model sheet has an invalid input: ${sheet.problem}.`;
  // The schedule and summary sheets keep their names in the file (their defaults if the user deleted one).
  const plan = buildPlan(sheet.inputs, {
    sheetName: v.sheet.name,
    scheduleSheetName: v.companions.get("schedule")?.name,
    summarySheetName: v.companions.get("summary")?.name,
    namePrefix: identity.namePrefix,
    dialect: "portable",
  });
  return { name: `${v.sheet.name}.xlsx`, bytes: await planToXlsx(plan, sheet.inputs) };
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function display(value: unknown, format: string | undefined): { text: string; error: boolean; number: boolean } {
  if (value instanceof DetailedCellError) return { text: value.value, error: true, number: false };
  if (value === null || value === undefined) return { text: "", error: false, number: false };
  if (typeof value === "number") {
    try {
      return { text: numfmt.format(format && format !== "General" ? format : "General", value), error: false, number: true };
    } catch {
      return { text: String(value), error: false, number: true };
    }
  }
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", error: false, number: false };
  return { text: String(value), error: false, number: false };
}

Chart.register(...registerables);

/** The values of a one-column range: numbers (anything else as 0), or the cells' text for category labels. */
function columnOf(book: PreviewWorkbook, sheet: string, address: string): unknown[] {
  const id = book.sheetId(sheet);
  const a = parseAddress(address);
  return Array.from({ length: a.rows }, (_, r) => book.hf.getCellValue({ sheet: id, row: a.row + r, col: a.col }));
}

const SERIES_COLORS = ["#0F6CBD", "#C50F1F", "#107C10", "#8764B8"];

/** An axis tick: whole numbers with separators, small values with the decimals they need; negatives in parentheses. */
const tick = (v: number): string => numfmt.format(Math.abs(v) >= 1 || v === 0 ? "#,##0;(#,##0)" : "0.0###;(0.0###)", v);

/** A chart record (as the add-in created it through the Excel API) as a Chart.js configuration. */
function chartConfig(book: PreviewWorkbook, own: string, chart: ChartRecord): ChartConfiguration {
  const horizontal = chart.type === "BarClustered";
  // The data's sheet: the chart's own, or the one it draws from (the schedule), found by id.
  const sheet = (chart.dataSheetId ? book.resolveSheet(chart.dataSheetId) : undefined) ?? own;
  const categoriesAt = chart.series[0]?.categories;
  // Category labels as the cells show them (dates in their month format, amounts with separators).
  const formats = book.meta.get(sheet)!.formats;
  const labels = categoriesAt
    ? columnOf(book, sheet, categoriesAt).map((v, r) => {
        const at = parseAddress(categoriesAt);
        return display(v, formats.get(`${at.row + r},${at.col}`)).text;
      })
    : columnOf(book, sheet, chart.series[0]!.values).map((_, k) => String(k + 1));
  const secondary = chart.series.some((s) => s.axisGroup === "Secondary");
  const datasets = chart.series.map((s, i) => {
    const kind = s.chartType ?? chart.type;
    const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
    return {
      type: kind === "Line" ? ("line" as const) : ("bar" as const),
      label: `${s.name}${s.axisGroup === "Secondary" ? " (right axis)" : ""}`,
      data: columnOf(book, sheet, s.values).map((v) => (typeof v === "number" ? v : 0)),
      borderColor: color,
      backgroundColor: kind === "Line" ? color : `${color}99`,
      pointRadius: 0,
      borderWidth: kind === "Line" ? 2 : 1,
      yAxisID: horizontal ? undefined : s.axisGroup === "Secondary" ? "y2" : "y",
    };
  });
  const valueTitle = { display: true, text: chart.valueAxisTitle };
  return {
    type: "bar",
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? "y" : "x",
      plugins: { legend: { display: true, position: "bottom" }, title: { display: false } },
      scales: horizontal
        ? { x: { title: valueTitle, ticks: { callback: (v) => tick(Number(v)) } }, y: { ticks: { autoSkip: false } } }
        : {
            x: { ticks: { maxTicksLimit: 12 } },
            y: { title: valueTitle, ticks: { callback: (v) => tick(Number(v)) } },
            ...(secondary ? { y2: { position: "right" as const, title: { display: true, text: "USD" }, grid: { drawOnChartArea: false }, ticks: { callback: (v: string | number) => tick(Number(v)) } } } : {}),
          },
    },
  } as ChartConfiguration;
}

/** Charts drawn with Chart.js: created once per chart, updated in place when their data change. */
const drawnCharts = new Map<string, { chart: Chart; figure: HTMLElement; data: string }>();

function renderCharts(book: PreviewWorkbook, sheet: string, charts: readonly ChartRecord[]): void {
  const host = document.getElementById("charts")!;
  const wanted = new Set(charts.map((c) => `${sheet}|${c.name}`));
  for (const [key, d] of drawnCharts) {
    if (!wanted.has(key)) {
      d.chart.destroy();
      d.figure.remove();
      drawnCharts.delete(key);
    }
  }
  for (const c of charts) {
    const key = `${sheet}|${c.name}`;
    const config = chartConfig(book, sheet, c);
    const data = JSON.stringify(config.data);
    const drawn = drawnCharts.get(key);
    if (drawn) {
      if (drawn.data !== data) {
        drawn.chart.data = config.data;
        drawn.chart.update("none");
        drawn.data = data;
      }
      continue;
    }
    const figure = document.createElement("figure");
    figure.className = "chart";
    const caption = document.createElement("figcaption");
    caption.textContent = c.title;
    const box = document.createElement("div");
    box.className = c.type === "BarClustered" ? "chart-box tall" : "chart-box";
    const canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", c.title);
    box.append(canvas);
    figure.append(caption, box);
    host.append(figure);
    drawnCharts.set(key, { chart: new Chart(canvas, config), figure, data });
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
}

/** The height of a drawn sheet row (the stylesheet fixes it), and how many rows beyond the view are drawn. */
const ROW_PX = 21;
/** The width of the row-number column (the stylesheet fixes it), where frozen columns start. */
const ROW_HEADER_PX = 44;
const ROW_MARGIN = 30;

function render(book: PreviewWorkbook, selected: { row: number; col: number }): void {
  const tabs = document.getElementById("tabs")!;
  tabs.innerHTML = book
    .sheetNames()
    .map((n) => `<button role="tab" aria-selected="${n === book.activeSheet}" data-sheet="${escapeHtml(n)}">${escapeHtml(n)}</button>`)
    .join("");
  const sheet = book.activeSheet;
  if (!sheet) return;
  const id = book.sheetId(sheet);
  const meta = book.meta.get(sheet)!;
  const dims = book.hf.getSheetDimensions(id);
  const rows = Math.max(dims.height, 20);
  const cols = Math.max(dims.width, 8);
  const values = book.hf.getSheetValues(id);
  // Hidden columns are not drawn, as in Excel (their letters are skipped).
  const shown = Array.from({ length: cols }, (_, c) => c).filter((c) => !meta.hiddenColumns.has(c));
  // Frozen panes as in Excel: the first rows stay at the top and the first columns at the left while
  // the sheet scrolls (sticky cells at fixed offsets; frozen columns get a fixed width for that).
  const frozenRows = Math.min(meta.frozenRows, rows);
  const widthOf = (c: number) => Math.round((meta.columnWidths.get(c) ?? 64) * 0.9);
  const leftOf = new Map<number, number>();
  let left = ROW_HEADER_PX;
  for (const c of shown) {
    if (c >= meta.frozenCols) break;
    leftOf.set(c, left);
    left += widthOf(c);
  }
  const colStyle = (c: number) => (leftOf.has(c) ? `width:${widthOf(c)}px;min-width:${widthOf(c)}px;max-width:${widthOf(c)}px` : `min-width:${widthOf(c)}px`);
  const head = `<tr><th class="corner"></th>${shown.map((c) => `<th scope="col" style="${colStyle(c)}${leftOf.has(c) ? `;left:${leftOf.get(c)}px;z-index:5` : ""}">${letters(c)}</th>`).join("")}</tr>`;
  // Colour scales: each numeric cell coloured between red (lowest), yellow (median) and green (highest).
  const scaled = new Map<string, string>();
  for (const cs of meta.colorScales) {
    const cellsIn: [string, number][] = [];
    for (let r = cs.row; r < cs.row + cs.rows; r++) for (let c = cs.col; c < cs.col + cs.cols; c++) {
      const v = values[r]?.[c];
      if (typeof v === "number") cellsIn.push([`${r},${c}`, v]);
    }
    const sorted = cellsIn.map(([, v]) => v).sort((a, b) => a - b);
    if (sorted.length === 0) continue;
    const lo = sorted[0]!, hi = sorted[sorted.length - 1]!, mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const mix = (a: number[], b: number[], t: number) => `rgb(${a.map((x, i) => Math.round(x + (b[i]! - x) * t)).join(",")})`;
    const [red, yellow, green] = [[248, 105, 107], [255, 235, 132], [99, 190, 123]];
    for (const [key, v] of cellsIn) scaled.set(key, v <= mid ? mix(red!, yellow!, mid === lo ? 1 : (v - lo) / (mid - lo)) : mix(yellow!, green!, hi === mid ? 1 : (v - mid) / (hi - mid)));
  }
  // Only the rows in view (and a margin) are drawn; spacer rows keep the sheet's full height, so a
  // 120-month model (several thousand rows × columns of cells) redraws in a blink after an edit.
  const scroller = document.getElementById("scroll")!;
  const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_PX) - ROW_MARGIN);
  const last = Math.min(rows, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_PX) + ROW_MARGIN);
  const body: string[] = [];
  const spacer = (n: number) => (n > 0 ? `<tr class="spacer" style="height:${n * ROW_PX}px" aria-hidden="true"><td colspan="${shown.length + 1}"></td></tr>` : "");
  const frozen: string[] = [];
  body.push(spacer(Math.max(0, first - frozenRows)));
  const drawRow = (r: number, into: string[]) => {
    const top = r < frozenRows ? (r + 1) * ROW_PX : undefined;
    const stick = (c?: number) => [top !== undefined ? `top:${top}px` : "", c !== undefined && leftOf.has(c) ? `left:${leftOf.get(c)}px` : ""].filter(Boolean).join(";");
    const cells: string[] = [`<th scope="row"${top !== undefined ? ` style="${stick()}"` : ""}>${r + 1}</th>`];
    for (const c of shown) {
      const key = `${r},${c}`;
      const d = display(values[r]?.[c] ?? null, meta.formats.get(key));
      const look = meta.looks.get(key) ?? {};
      const sticky = top !== undefined || leftOf.has(c);
      const style = [
        scaled.has(key) ? `background:${scaled.get(key)}` : look.fill ? `background:${look.fill}` : sticky ? "background:#fff" : "",
        sticky ? stick(c) : "",
        leftOf.has(c) ? colStyle(c) : "",
        look.color ? `color:${look.color}` : "",
        look.bold ? "font-weight:600" : "",
        look.italic ? "font-style:italic" : "",
        look.size ? `font-size:${look.size}px` : "",
        d.number ? "text-align:right" : "",
      ].filter(Boolean).join(";");
      const sel = r === selected.row && c === selected.col ? " selected" : "";
      // An error's message (a custom function's, for instance) as the cell's tooltip.
      const raw = values[r]?.[c];
      const tip = raw instanceof DetailedCellError && raw.message ? ` title="${escapeHtml(raw.message)}"` : "";
      const pane = [leftOf.has(c) ? "frozen-col" : "", c === meta.frozenCols - 1 ? "frozen-edge-col" : "", r === frozenRows - 1 ? "frozen-edge-row" : ""].filter(Boolean).join(" ");
      cells.push(`<td class="${d.error ? "err" : ""}${sel}${pane ? ` ${pane}` : ""}" data-r="${r}" data-c="${c}" style="${style}"${tip}>${escapeHtml(d.text)}</td>`);
    }
    into.push(`<tr${top !== undefined ? ' class="frozen-row"' : ""}>${cells.join("")}</tr>`);
  };
  for (let r = 0; r < frozenRows; r++) drawRow(r, frozen);
  for (let r = Math.max(first, frozenRows); r < last; r++) drawRow(r, body);
  body.push(spacer(rows - Math.max(last, frozenRows)));
  document.getElementById("grid")!.innerHTML = `<table aria-label="Sheet ${escapeHtml(sheet)}"><thead>${head}${frozen.join("")}</thead><tbody>${body.join("")}</tbody></table>`;
  renderCharts(book, sheet, meta.charts);
  const content = book.hf.getCellSerialized({ sheet: id, row: selected.row, col: selected.col });
  // The selected cell's error message under the formula bar, as Excel shows a custom function's message.
  const chosen = values[selected.row]?.[selected.col];
  document.getElementById("cell-message")!.textContent = chosen instanceof DetailedCellError ? `${chosen.value}${chosen.message ? `: ${chosen.message}` : ""}` : "";
  (document.getElementById("address") as HTMLOutputElement).value = `${letters(selected.col)}${selected.row + 1}`;
  const bar = document.getElementById("formula") as HTMLInputElement;
  if (document.activeElement !== bar) bar.value = content === null || content === undefined ? "" : String(content);
  document.getElementById("names")!.textContent = `${book.hf.listNamedExpressions().length} workbook names`;
}

async function main(): Promise<void> {
  const metadata = (await (await fetch("functions.json")).json()) as { functions: FunctionMetadataEntry[] };
  const registry = window.__customFunctionsRegistry;
  const book = new PreviewWorkbook({ metadata: metadata.functions, get: (id) => registry.get(id) });
  seedBudget(book);
  const excel = createExcel(book);
  const office = createOffice(book);
  // In Excel's shared runtime the functions see the pane's Office; here they run on this page, so give
  // them its display language (what their error messages follow) and nothing else.
  (window as unknown as Record<string, unknown>).Office = { context: { get displayLanguage() { return book.displayLanguage; } } };
  const type = (sheet: string, row: number, col: number, text: string): string | undefined => {
    const refused = refusal(book, sheet, row, col, text);
    if (refused) return refused;
    book.writeCells(sheet, row, col, [[text === "" ? null : (text as RawCellContent)]]);
    book.changed();
    return undefined;
  };
  const paste = (sheet: string, row: number, col: number, text: string) => {
    book.writeCells(sheet, row, col, [[text === "" ? null : (text as RawCellContent)]]);
    book.changed();
  };
  // What the drawn charts show, for tests: kind, orientation, labels, series names, axis titles, legend.
  const charts = () =>
    [...drawnCharts.values()].map(({ chart }) => {
      const o = chart.options as { indexAxis?: string; plugins?: { legend?: { display?: boolean } }; scales?: Record<string, { title?: { text?: string } }> };
      return {
        title: chart.canvas.getAttribute("aria-label"),
        horizontal: o.indexAxis === "y",
        labels: (chart.data.labels ?? []).map(String),
        series: chart.data.datasets.map((d) => d.label),
        axisTitles: Object.values(o.scales ?? {}).map((x) => x.title?.text).filter(Boolean),
        legend: o.plugins?.legend?.display === true,
      };
    });
  window.__preview = { book, excel, office, faults, ready: false, type, paste, charts };
  const selected = { row: 0, col: 0 };
  book.onChange(() => render(book, selected));
  render(book, selected);
  // Scrolling draws the rows that come into view (once per animation frame).
  let pending = false;
  document.getElementById("scroll")!.addEventListener("scroll", () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render(book, selected);
    });
  });

  document.getElementById("tabs")!.addEventListener("click", (e) => {
    const name = (e.target as HTMLElement).dataset.sheet;
    if (name) {
      book.activeSheet = name;
      render(book, selected);
    }
  });
  document.getElementById("grid")!.addEventListener("click", (e) => {
    const td = (e.target as HTMLElement).closest("td");
    if (!td) return;
    selected.row = Number(td.dataset.r);
    selected.col = Number(td.dataset.c);
    render(book, selected);
  });
  document.getElementById("formula-form")!.addEventListener("submit", (e) => {
    e.preventDefault();
    const raw = (document.getElementById("formula") as HTMLInputElement).value;
    const refused = type(book.activeSheet, selected.row, selected.col, raw);
    const alert = document.getElementById("dv-alert")!;
    alert.hidden = refused === undefined;
    document.getElementById("dv-message")!.textContent = refused ?? "";
    if (refused) (document.getElementById("dv-ok") as HTMLButtonElement).focus();
  });
  document.getElementById("dv-ok")!.addEventListener("click", () => {
    document.getElementById("dv-alert")!.hidden = true;
    (document.getElementById("formula") as HTMLInputElement).focus();
  });
  document.getElementById("tabs")!.addEventListener("dblclick", (e) => {
    const name = (e.target as HTMLElement).dataset.sheet;
    if (!name) return;
    const to = window.prompt("Rename sheet", name);
    if (to === null || to === name) return;
    try {
      book.renameSheet(name, to);
    } catch (err) {
      window.alert(err instanceof Error ? err.message : String(err));
    }
  });
  document.getElementById("download")!.addEventListener("click", async () => {
    const file = await modelAsXlsx(book);
    if (typeof file === "string") {
      window.alert(file);
      return;
    }
    const url = URL.createObjectURL(new Blob([file.bytes as unknown as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
  document.getElementById("reopen")!.addEventListener("click", () => {
    (document.getElementById("pane-frame") as HTMLIFrameElement).contentWindow?.location.reload();
  });
  // The pane's width: Excel's defaults are 350 px (web), 320 px (Windows) and 270 px (Mac).
  const width = Number(new URLSearchParams(location.search).get("pane"));
  if (Number.isInteger(width) && width >= 200 && width <= 800) document.documentElement.style.setProperty("--pane-width", `${width}px`);
  // Office's display language, as the pane reads it: ?lang=zh-CN tries the pane in Chinese Office.
  const lang = new URLSearchParams(location.search).get("lang");
  if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) book.displayLanguage = lang;
  const frame = document.getElementById("pane-frame") as HTMLIFrameElement;
  frame.src = "pane.html";
  window.__preview.ready = true;
}

void main();
