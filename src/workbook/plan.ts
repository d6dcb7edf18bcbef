/*
 * buildPlan: ModelInputs → WorkbookPlan, the worksheet the wizard writes, as pure data.
 *
 * The layout comes from tables: INPUT_ROWS (the inputs block), DERIVED_ROWS, SCHEDULE_COLUMNS (one
 * row per month) and SUMMARY_ROWS. Each entry says what a cell shows and how its formula is made
 * from named inputs and earlier cells; nothing else in the code assembles formulas. Every output is
 * a live formula: a user can change an input and watch the model recalculate.
 *
 * Two dialects of the same formulas (DIALECTS): "addin" calls JILIN.HYDRO_COST, JILIN.REG_RISK,
 * JILIN.CO2_TONNES, JILIN.SUBSIDY and JILIN.BREAKEVEN where they apply; "portable" writes each of them
 * out in native Excel functions over the same named inputs, so the model recalculates in any
 * spreadsheet without the add-in. Everything else uses Excel built-ins (EDATE, EOMONTH, DAY, MONTH,
 * INDEX, NPV, IRR, SUM, SUMPRODUCT, IF, AND, MIN, MAX, COUNT, IFERROR, INT); never LET, LAMBDA or VDB.
 */
import type { Decimal } from "../core/decimal";
import type { NumberSpec } from "../core/params";
import type { Tornado } from "../core/risk/tornado";
import type { SensitivityGrid } from "../core/risk/grid";
import { CATALOGUE, entryOf, PARTS, SCENARIO_INPUTS } from "../core/model/catalogue";
import { MIN_DEBT_SERVICE_USD } from "../core/model/project";
import { INPUT_SPECS, LINE_ITEM_LABEL_MAX, resolveInputs, SCENARIO_KEYS, SCENARIO_NAMES, type ModelInputs, type Provenance, type ResolvedInputs, type ResolvedLineItem, type ScenarioKey } from "../core/model/inputs";
import type { MONTH_KEYS, SUMMARY_KEYS } from "../core/model/json";
import { JILIN_HYDRO_SHARE_BY_MONTH, MONTH_NAMES } from "../data/hydro";
import { EMISSION_FACTOR_PRESETS } from "../data/emissions";
import { PUE_BY_COOLING } from "../data/site";
import { SHUTDOWN_PROBABILITY_PRESETS } from "../data/regulation";
import type { DataRecord } from "../data/record";
import { FORMATS, type FormatName } from "./formats";
import { MONTE_CARLO_COLS, MONTE_CARLO_ROWS } from "./monteCarloArea";
import { checkExpression, ruleMessage, ruleMessageZh, validationOf, type CellRule, type PlanValidation } from "./inputRules";
import { translator, type Language } from "../i18n";
import { DERIVED_LABELS_ZH, PART_LABELS_ZH, SCHEDULE_HEADERS_ZH, SUMMARY_LABELS_ZH, UNITS_ZH } from "../i18n/sheet.zh-CN";
import { sourceIn } from "../i18n/sources.zh-CN";
import { defaultSheetName } from "./sheetNames";
import { RESOURCES } from "../i18n/resources";
import { monthNames } from "../i18n/language";

export type CellStyle = "title" | "notice" | "hint" | "section" | "header" | "label" | "input" | "derived" | "output" | "unit" | "note";

/** One cell: a value, or a formula (a string starting with "="), with its format and style. */
export interface PlanCell {
  readonly value: string | number | boolean | null;
  readonly format?: string;
  readonly style?: CellStyle;
}

/** A rectangle of cells written in one go; `row` and `col` are 0-based. */
export interface PlanBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly PlanCell[])[];
}

/** A workbook-scoped name for an input or derived cell (or the 12-cell profile). */
export interface PlanName {
  readonly name: string;
  /** Absolute reference with the sheet, e.g. `'Jilin model'!$B$7`. */
  readonly ref: string;
  readonly comment: string;
}

export interface PlanChartSeries {
  readonly name: string;
  /** Absolute range on the plan's sheet, without the sheet name, e.g. `$AB$50:$AB$86`. */
  readonly values: string;
  readonly axis: "primary" | "secondary";
  readonly type: "line" | "column" | "bar";
}

/** The sheets of a model: the model sheet (inputs, results, scenarios, snapshots), its monthly schedule and its one-page summary. */
export type SheetRole = "model" | "schedule" | "summary";

export interface PlanChart {
  readonly id: string;
  /** The sheet that holds the chart's categories and values, when not the chart's own sheet. */
  readonly dataOn?: SheetRole;
  readonly title: string;
  readonly categories: string;
  readonly series: readonly PlanChartSeries[];
  readonly valueAxisTitle: string;
  readonly secondaryAxisTitle?: string;
  /** Top-left and bottom-right cells of the chart's position, e.g. J5 and Q20. */
  readonly from: string;
  readonly to: string;
}

export interface ScheduleColumnInfo {
  readonly key: string;
  readonly col: number;
  readonly header: string;
  readonly monthKey?: (typeof MONTH_KEYS)[number];
}

/** Where things are, for apply.ts, the preview and the tests. Rows and columns 0-based; on the model sheet unless said otherwise. */
export interface PlanLayout {
  /** The model's monthly schedule, on the schedule sheet. */
  readonly schedule: {
    readonly headerRow: number;
    /** The t = 0 row; month t is at `t0Row + t`. */
    readonly t0Row: number;
    readonly lastRow: number;
    readonly columns: readonly ScheduleColumnInfo[];
  };
  readonly summary: Readonly<Record<(typeof SUMMARY_KEYS)[number], { row: number; col: number }>>;
  readonly inputs: Readonly<Record<string, { row: number; col: number }>>;
  /** The results' input check cell ("Inputs OK" or the first broken rule). */
  readonly inputCheck: { readonly row: number; readonly col: number };
  /** Where the pane writes Monte Carlo results (kept free by the plan). */
  readonly monteCarlo: { readonly row: number; readonly col: number };
  /** Scenario input cells and result cells by scenario and key; each scenario's schedule rows. */
  readonly scenarios: {
    readonly inputs: Readonly<Record<string, Readonly<Record<string, { row: number; col: number }>>>>;
    readonly results: Readonly<Record<string, Readonly<Record<string, { row: number; col: number }>>>>;
    /** On the schedule sheet, below the model's schedule. */
    readonly schedules: Readonly<Record<string, { readonly t0Row: number; readonly lastRow: number }>>;
  };
  /** On the summary sheet: each headline figure and each scenario's results. */
  readonly summaryPage: {
    readonly figures: Readonly<Record<(typeof SUMMARY_KEYS)[number], { row: number; col: number }>>;
    readonly scenarios: Readonly<Record<string, Readonly<Record<string, { row: number; col: number }>>>>;
  };
  readonly usedRange: { readonly rows: number; readonly cols: number };
}

/** Page set-up for printing: landscape, fitted to one page, with a header. */
export interface PlanPage {
  readonly orientation: "landscape";
  readonly fitToPagesWide: 1;
  readonly fitToPagesTall: 1;
  /** Without the sheet name, e.g. `A1:H52`. */
  readonly printArea: string;
  /** Header sections in Excel's header codes (`&D` the print date; a literal `&` doubled). */
  readonly header: { readonly left: string; readonly center: string; readonly right: string };
}

/** A sheet besides the model sheet: the monthly schedule or the one-page summary. */
export interface CompanionSheet {
  readonly role: Exclude<SheetRole, "model">;
  readonly sheetName: string;
  readonly blocks: readonly PlanBlock[];
  readonly charts: readonly PlanChart[];
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  /** Rows at the top and columns at the left that stay in view while scrolling. */
  readonly freeze: { readonly rows: number; readonly cols: number };
  readonly hiddenColumns: { readonly from: number; readonly to: number };
  readonly usedRange: { readonly rows: number; readonly cols: number };
  readonly page?: PlanPage;
}

export interface WorkbookPlan {
  /** The model sheet: inputs, derived values, results, scenarios, the snapshots and the Monte Carlo area. */
  readonly sheetName: string;
  /** The sheets' language, and the texts its formulas show. */
  readonly lang: Language;
  /** The Summary sheet's reporting currency. */
  readonly currency: "USD" | "CNY";
  readonly texts: FormulaTexts;
  readonly dialect: Dialect;
  readonly namePrefix: string;
  readonly blocks: readonly PlanBlock[];
  readonly names: readonly PlanName[];
  readonly charts: readonly PlanChart[];
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  readonly freezeRows: number;
  /** Colour scales (the sensitivity grid's tables). */
  readonly colorScales: readonly PlanColorScale[];
  /** Helper columns (the IRR helper tables and the input checks), hidden; the sheet's hint says where they are. */
  readonly hiddenColumns: { readonly from: number; readonly to: number };
  /** Data validation of every input cell (the core's domains, with its messages). */
  readonly validations: readonly PlanValidation[];
  readonly layout: PlanLayout;
  /** The schedule sheet (the monthly schedules, header row and date column frozen) and the summary sheet. */
  readonly companions: readonly CompanionSheet[];
}

/** The companion sheet of a role. */
export function companionOf(plan: WorkbookPlan, role: CompanionSheet["role"]): CompanionSheet {
  const c = plan.companions.find((x) => x.role === role);
  if (!c) throw new Error(`plan: no ${role} sheet`);
  return c;
}

export interface PlanOptions {
  /** The model sheet's name (apply.ts makes it unique); default "Jilin model". */
  readonly sheetName?: string;
  /** The schedule sheet's name; default "Jilin schedule". */
  readonly scheduleSheetName?: string;
  /** The summary sheet's name; default "Jilin summary". */
  readonly summarySheetName?: string;
  /** Prefix of the workbook-scoped names, so several models can live in one workbook; default "JM_". */
  readonly namePrefix?: string;
  /** Reference date for a default start date (tests). */
  readonly today?: Date;
  /** A tornado computed by the core, written as a table and a bar chart. */
  readonly tornado?: Tornado;
  /** "addin" (JILIN.* functions, the default) or "portable" (native Excel functions only). */
  readonly dialect?: Dialect;
  /** When the build ran (shown with the snapshots computed at build time, such as the tornado). */
  readonly builtAt?: string;
  /** A two-way sensitivity grid computed by the core, written as two tables with colour scales. */
  readonly grid?: SensitivityGrid;
  /** The sheets' language (labels, notes, titles, the texts formulas show); default "en". Figures do not depend on it. */
  readonly lang?: Language;
  /**
   * The Summary sheet's reporting currency (default "USD"). "CNY": its amounts are the model's USD
   * figures times the exchange-rate input, as live formulas; the model itself computes in USD.
   */
  readonly currency?: "USD" | "CNY";
}

/** A three-colour scale (lowest red, median yellow, highest green) over a range of the plan's sheet. */
export interface PlanColorScale {
  /** Without the sheet name, e.g. `U64:AA70`. */
  readonly range: string;
}

// ---------------------------------------------------------------------------------------------
// Addresses

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
/** A1 address of a 0-based cell, relative (A1) or absolute ($A$1). */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row + 1}` : `${columnLetter(col)}${row + 1}`;
}
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const fmt = (f: FormatName) => FORMATS[f];
/** A cell; a formula never gets the text format "@", under which Excel would keep it as text. */
const cell = (value: PlanCell["value"], style?: CellStyle, format?: string): PlanCell => ({
  value,
  style,
  format: typeof value === "string" && value.startsWith("=") && format === FORMATS.text ? FORMATS.general : format,
});
const num = (d: Decimal) => d.toNumber();
/**
 * User text as a constant that stays text: behind a leading apostrophe, Excel (and every engine that
 * reads the file) neither reads a formula (= + - @) nor turns "TRUE", "1e5", "0001", "50%", "#N/A",
 * "2026-01-01" or "1,000" into a boolean, number, date or error. The apostrophe is not part of the value.
 */
export const asText = (s: string): string => `'${s}`;

// ---------------------------------------------------------------------------------------------
// The inputs block

interface InputRow {
  /** Name suffix (after the prefix) and the key of ModelInputs it shows, if any. */
  readonly key: string;
  readonly inputKey?: keyof ModelInputs;
  readonly label: string;
  readonly unit: string;
  readonly format: FormatName;
  readonly value: (i: ResolvedInputs) => number | string | boolean;
  /** The record behind the default, if any. */
  readonly record?: DataRecord;
  readonly note?: string;
}

const PROB_NOTE = `shutdown presets: ${Object.entries(SHUTDOWN_PROBABILITY_PRESETS).map(([k, r]) => `${k} ${r.value}`).join(", ")} (assumptions; no published estimate)`;
const GRID_NOTE = `presets: ${(["JILIN-2022", "NORTHEAST-2023", "CHINA-2023", "COAL-LCA"] as const).map((k) => `${k} ${EMISSION_FACTOR_PRESETS[k].value}`).join(", ")}`;

/** Sheet-only notes beside some inputs (the catalogue carries labels, units, bounds and sources). */
const SHEET_NOTES: Readonly<Record<string, string>> = {
  startDate: "month t starts at EDATE(start, t − 1)",
  horizonMonths: "structural: rebuild the model to change the number of rows",
  annualShutdownProbability: PROB_NOTE,
  curtailWhenUnprofitable: "each power source (hydro, grid) runs only while the BTC mined pays for its power; fixed opex is still paid",
  gridFactorTPerMwh: GRID_NOTE,
  debtFraction: "borrowed at t = 0; the project's NPV and IRR do not change; the equity view deducts interest before tax and repays the lender at a shutdown",
  debtRateAnnual: "per year; monthly rate (1 + rate)^(1/12) − 1",
  debtTermMonths: "level monthly payments; the balance is repaid in month N if the term runs past the horizon",
};

/** The same notes in Chinese. */
const SHEET_NOTES_ZH: Readonly<Record<string, string>> = {
  startDate: "第 t 个月从 EDATE(start, t − 1) 开始",
  horizonMonths: "结构性输入：重新构建模型才能改变行数",
  annualShutdownProbability: `关停概率预设：${Object.entries(SHUTDOWN_PROBABILITY_PRESETS).map(([k, r]) => `${k} ${r.value}`).join("，")}（假设；无公开估计）`,
  curtailWhenUnprofitable: "每种电源（水电、电网）仅在挖出的 BTC 足以支付其电费时运行；固定运营成本照常支付",
  gridFactorTPerMwh: `预设：${(["JILIN-2022", "NORTHEAST-2023", "CHINA-2023", "COAL-LCA"] as const).map((k) => `${k} ${EMISSION_FACTOR_PRESETS[k].value}`).join("，")}`,
  debtFraction: "在 t = 0 借入；项目的净现值和内部收益率不变；股权视角在税前扣除利息，并在关停时先偿还贷款人",
  debtRateAnnual: "每年；月利率 (1 + 利率)^(1/12) − 1",
  debtTermMonths: "每月等额本息还款；若期限超过模型期限，余额在第 N 个月偿清",
};

/** The value of a catalogue input as the sheet holds it (dates as serials). */
function sheetValue(key: string, i: ResolvedInputs): number | string | boolean {
  if (key === "startDate") return i.startSerial;
  if (key === "halvingAnchorDate") return i.halvingAnchorSerial;
  if (key === "btcPriceAsOf") return i.btcPriceAsOfSerial;
  if (key === "networkHashrateAsOf") return i.networkHashrateAsOfSerial;
  if (key === "horizonMonths") return i.horizonMonths;
  if (key === "curtailWhenUnprofitable") return i.curtailWhenUnprofitable;
  return num((i as unknown as Record<string, Decimal>)[key] as Decimal);
}

/** One row per catalogue input, in its order; the miner's name, hashrate and power come before its price. */
export const INPUT_ROWS: readonly InputRow[] = CATALOGUE.flatMap((e): InputRow[] => {
  const row: InputRow = {
    key: e.sheetKey,
    inputKey: e.key as keyof ModelInputs,
    label: e.label,
    unit: e.unit,
    format: e.format as FormatName,
    value: (i) => sheetValue(e.key, i),
    record: "record" in e ? e.record : undefined,
    note: SHEET_NOTES[e.key],
  };
  if (e.key !== "minerPriceUsdPerTh") return [row];
  const part = (p: (typeof PARTS)["minerHashrateThS" | "minerPowerW"], key: string, value: (i: ResolvedInputs) => number): InputRow =>
    ({ key, inputKey: "miner", label: p.label, unit: p.unit, format: p.format as FormatName, value });
  return [
    { key: "MinerModel", inputKey: "miner", label: "Miner model", unit: "", format: "text", value: (i) => asText(i.minerName) },
    part(PARTS.minerHashrateThS, "MinerHashrateThS", (i) => num(i.minerHashrateThS)),
    part(PARTS.minerPowerW, "MinerPowerW", (i) => num(i.minerPowerW)),
    row,
  ];
});

/** The rule an input row's cell must satisfy: the domain of its key in the input catalogue. */
export function ruleOfInput(key: string): CellRule {
  switch (key) {
    case "MinerModel":
      return { kind: "text", maxLength: 60 };
    case "MinerHashrateThS":
      return { kind: "number", spec: INPUT_SPECS.minerHashrateThS };
    case "MinerPowerW":
      return { kind: "number", spec: INPUT_SPECS.minerPowerW };
  }
  const e = CATALOGUE.find((x) => x.sheetKey === key);
  if (!e) throw new Error(`plan: no catalogue input for the row ${key}`);
  if (e.kind === "date") return { kind: "date", firstOfMonth: e.key === "startDate" };
  if (e.kind === "boolean") return { kind: "boolean" };
  return { kind: "number", spec: (INPUT_SPECS as Record<string, NumberSpec>)[e.key] as NumberSpec };
}

/** Line-item currencies. */
const CURRENCY_RULE: CellRule = { kind: "list", options: ["USD", "CNY"] };
const LABEL_RULE: CellRule = { kind: "text", maxLength: LINE_ITEM_LABEL_MAX };

/** A record's source and date as the source column cites them, marked when the record is an assumption. */
function citation(rec: DataRecord, lang: Language, t: (k: string, v?: Record<string, unknown>) => string): string {
  const mark = rec.note.startsWith("ASSUMPTION") ? t("sheet.assumption") : "";
  return lang === "en" ? `${mark}${rec.source} (${rec.asOf})` : `${mark}${sourceIn(rec.source, lang)}（${rec.asOf}）`;
}

/** Where a value came from, in the sheet's language: a miner's name stays, sources are translated. */
function provenanceText(p: Provenance, lang: Language, t: (k: string, v?: Record<string, unknown>) => string): string {
  switch (p.kind) {
    case "catalogue":
      return t("sheet.prov.catalogue", { rest: lang === "en" ? `${p.miner} (${p.source})` : `${p.miner}（${sourceIn(p.source, lang)}）` });
    case "preset":
      return t("sheet.prov.preset", { name: p.name });
    case "customMiner":
      return t("sheet.prov.customMiner");
    case "userOverride":
      return t("sheet.prov.overridesCatalogue");
    case "record":
      return `${p.assumption ? t("sheet.assumption") : ""}${sourceIn(p.source, lang)}`;
  }
}

function sourceOf(row: InputRow, raw: Record<string, unknown>, inp: ResolvedInputs, lang: Language, t: (k: string, v?: Record<string, unknown>) => string, note: string | undefined): string {
  const given = row.inputKey !== undefined && raw[row.inputKey] !== undefined;
  const provenance = row.inputKey ? inp.provenance[row.inputKey] : undefined;
  const parts: string[] = [];
  const local = (p: Provenance): string => provenanceText(p, lang, t);
  if (row.key === "MinerPriceUsdPerTh" && inp.provenance.minerPriceUsdPerTh) {
    parts.push(local(inp.provenance.minerPriceUsdPerTh));
  } else if (row.inputKey === "miner" || row.key === "MinerPriceUsdPerTh") {
    if (inp.provenance.miner) parts.push(local(inp.provenance.miner));
  } else if (row.key === "AnnualShutdownProbability" || row.key === "GridFactorTPerMwh") {
    // A preset cites its own record.
    const presets: Record<string, DataRecord> = row.key === "GridFactorTPerMwh" ? EMISSION_FACTOR_PRESETS : SHUTDOWN_PROBABILITY_PRESETS;
    const rec = provenance?.kind === "preset" ? presets[provenance.name] : undefined;
    parts.push(given ? t("sheet.yourInput") : t("sheet.default"));
    if (provenance) parts.push(local(provenance));
    if (rec) parts.push(citation(rec, lang, t));
  } else if (given) {
    parts.push(t("sheet.yourInput"));
  } else if (row.key === "Pue") {
    const rec = PUE_BY_COOLING[inp.minerCooling];
    parts.push(t("sheet.defaultPue", { cooling: t(`sheet.cooling.${inp.minerCooling}`), source: citation(rec, lang, t) }));
  } else if (row.record) {
    parts.push(citation(row.record, lang, t));
  } else if (row.key === "StartDate") {
    parts.push(t("sheet.defaultStart"));
  }
  if (note) parts.push(note);
  return parts.filter((p) => p !== "").join(t("sheet.separator"));
}

// ---------------------------------------------------------------------------------------------
// The two dialects: the JILIN.* functions, or the same formulas in native Excel functions.

export type Dialect = "addin" | "portable";

/** The five JILIN functions the model uses, as formula text over given argument expressions. */
interface FormulaKit {
  /** JILIN.HYDRO_COST for a month 1..12 (an expression), or the annual average when `month` is undefined. */
  hydroCost(hydro: string, grid: string, month: string | undefined, profile: string, wheeling: string): string;
  /** JILIN.SUBSIDY at a date serial. */
  subsidy(date: string, anchorHeight: string, anchorDate: string): string;
  /** JILIN.REG_RISK: survival after `years`. */
  regRisk(probability: string, years: string): string;
  co2(energyMwh: string, hydroShare: string, gridFactor: string, hydroFactor: string): string;
  breakeven(efficiency: string, price: string, hashrate: string, reward: string, fees: string, pue: string, poolFee: string, other: string): string;
}

/** Days of each month of a non-leap year, as HYDRO_COST's annual average weighs them. */
const DAYS_NON_LEAP = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const DIALECTS: Readonly<Record<Dialect, FormulaKit>> = {
  addin: {
    hydroCost: (h, g, m, p, w) => `JILIN.HYDRO_COST(${h},${g},${m ?? ""},${p},${w})`,
    subsidy: (d, h0, a) => `JILIN.SUBSIDY(${d},${h0},${a})`,
    regRisk: (p, y) => `JILIN.REG_RISK(${p},${y})`,
    co2: (e, s, gf, hf) => `JILIN.CO2_TONNES(${e},${s},${gf},${hf})`,
    breakeven: (eff, price, hr, reward, fees, pue, pool, other) => `JILIN.BREAKEVEN(${eff},${price},${hr},${reward},${fees},${pue},${pool},${other})`,
  },
  portable: {
    // cost(m) = s_m × hydro + (1 − s_m) × grid + wheeling; annual = Σ days_m × cost(m) / 365.
    hydroCost: (h, g, m, p, w) => {
      const at = (k: string) => `(INDEX(${p},${k},1)*${h}+(1-INDEX(${p},${k},1))*${g})`;
      if (m !== undefined) return `(${at(m)}+${w})`;
      return `((${DAYS_NON_LEAP.map((days, i) => `${days}*${at(String(i + 1))}`).join("+")})/365+${w})`;
    },
    // height = floor(anchor height + 144 × days since the anchor); 50 / 2^floor(height / 210000), 0 from the 64th halving.
    subsidy: (d, h0, a) => {
      const halvings = `INT(INT(${h0}+144*(${d}-${a}))/210000)`;
      return `IF(${halvings}>=64,0,50/2^${halvings})`;
    },
    // (1 − p)^years
    regRisk: (p, y) => `(1-${p})^(${y})`,
    // energy × (s × hydro factor + (1 − s) × grid factor)
    co2: (e, s, gf, hf) => `${e}*(${s}*${hf}+(1-${s})*${gf})`,
    // (efficiency × 24 / 1000 × pue × price + other) / ((reward + fees) × 144 × (1 − pool fee) / (H × 10^6))
    breakeven: (eff, price, hr, reward, fees, pue, pool, other) =>
      `((${eff}*24/1000*${pue}*${price}+${other})/((${reward}+${fees})*144*(1-${pool})/(${hr}*10^6)))`,
  },
};

// ---------------------------------------------------------------------------------------------
// Derived quantities (formulas over the inputs)

interface DerivedRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly format: FormatName;
  readonly formula: (n: (k: string) => string, f: FormulaKit) => string;
}

/** The miners' value at month t on the straight line to the salvage value at the end of their life. */
const minerValue = (n: (k: string) => string, t: string) => `${n("MinerCapexUsd")}*(1-(1-${n("SalvageFraction")})*MIN(1,${t}/${n("MinerLifeMonths")}))`;

/** The differential tariff in month t: the amount from its month on, else 0. */
const tariffAdd = (n: (k: string) => string, t: string) => `IF(${t}>=${n("PenaltyTariffFromMonth")},${n("PenaltyTariffCnyPerKwh")},0)`;

/** Whole calendar months from the month of `from` to the month of `to` (k of the roll-forward to the start). */
const monthsBetween = (from: string, to: string) => `(YEAR(${to})*12+MONTH(${to}))-(YEAR(${from})*12+MONTH(${from}))`;

export const DERIVED_ROWS: readonly DerivedRow[] = [
  { key: "FleetThS", label: "Fleet hashrate", unit: "TH/s", format: "thS", formula: (n) => `=${n("MinerCount")}*${n("MinerHashrateThS")}` },
  { key: "FleetW", label: "Fleet power", unit: "W", format: "watts", formula: (n) => `=${n("MinerCount")}*${n("MinerPowerW")}` },
  { key: "EfficiencyJPerTh", label: "Efficiency", unit: "J/TH", format: "jPerTh", formula: (n) => `=${n("MinerPowerW")}/${n("MinerHashrateThS")}` },
  { key: "MinerCapexUsd", label: "Miner capex", unit: "USD", format: "usd", formula: (n) => `=${n("MinerCount")}*${n("MinerHashrateThS")}*${n("MinerPriceUsdPerTh")}` },
  { key: "CapexUsd", label: "Total capex (t = 0)", unit: "USD", format: "usd", formula: (n) => `=${n("MinerCapexUsd")}+${n("InfrastructureCapexUsd")}` },
  { key: "SalvageUsd", label: "Salvage at the horizon (miners' value at N)", unit: "USD", format: "usd", formula: (n) => `=${minerValue(n, n("HorizonMonths"))}` },
  { key: "SalvageGainUsd", label: "Taxable gain on the salvage (over book value)", unit: "USD", format: "usd", formula: (n) => `=${n("SalvageUsd")}-${n("MinerCapexUsd")}*MAX(0,1-${n("HorizonMonths")}/${n("MinerLifeMonths")})` },
  { key: "BtcPriceMonthsToStart", label: "Months from the BTC price's date to the start", unit: "months", format: "count", formula: (n) => `=${monthsBetween(n("BtcPriceAsOf"), n("StartDate"))}` },
  { key: "NetworkHashrateMonthsToStart", label: "Months from the hashrate's date to the start", unit: "months", format: "count", formula: (n) => `=${monthsBetween(n("NetworkHashrateAsOf"), n("StartDate"))}` },
  { key: "DiscountRateMonthly", label: "Discount rate per month", unit: "fraction/month", format: "percentPerMonth", formula: (n) => `=(1+${n("DiscountRateAnnual")})^(1/12)-1` },
  { key: "DebtUsd", label: "Debt drawn at t = 0 (debt share × capex)", unit: "USD", format: "usd", formula: (n) => `=${n("DebtFraction")}*${n("CapexUsd")}` },
  { key: "DebtRateMonthly", label: "Debt interest rate per month, (1 + rate)^(1/12) − 1", unit: "fraction/month", format: "percentPerMonth", formula: (n) => `=(1+${n("DebtRateAnnual")})^(1/12)-1` },
  // Below a monthly rate of 10^-6 the closed form loses digits to cancellation (1 − (1 + i)^−T is tiny) in
  // a spreadsheet's doubles; there the annuity series D/T × (1 + (T + 1)i/2 + (T² − 1)i²/12) is exact to ~10^-14.
  { key: "DebtPaymentUsd", label: "Level monthly debt payment, D × i / (1 − (1 + i)^−T)", unit: "USD/month", format: "usdPerMonth", formula: (n) => `=IF(${n("DebtRateMonthly")}<0.000001,${n("DebtUsd")}/${n("DebtTermMonths")}*(1+(${n("DebtTermMonths")}+1)*${n("DebtRateMonthly")}/2+(${n("DebtTermMonths")}^2-1)*${n("DebtRateMonthly")}^2/12),${n("DebtUsd")}*${n("DebtRateMonthly")}/(1-(1+${n("DebtRateMonthly")})^(-${n("DebtTermMonths")})))` },
  { key: "DebtLastMonth", label: "Last debt payment, repaying the balance (term or horizon)", unit: "month", format: "count", formula: (n) => `=MIN(${n("DebtTermMonths")},${n("HorizonMonths")})` },
  { key: "AnnualPowerPriceCnyPerKwh", label: "Annual average power price", unit: "CNY/kWh", format: "cnyPerKwh", formula: (n, f) => `=${f.hydroCost(n("HydroPriceCnyPerKwh"), n("GridPriceCnyPerKwh"), undefined, n("HydroShareByMonth"), n("WheelingCnyPerKwh"))}` },
];

// ---------------------------------------------------------------------------------------------
// The monthly schedule

interface Ctx {
  /** Named input or derived cell. */
  readonly n: (k: string) => string;
  /** This row's cell of a schedule column. */
  readonly c: (key: string) => string;
  /** The previous row's cell of a schedule column. */
  readonly p: (key: string) => string;
  /** The whole month range (t = 1..N) of a column. */
  readonly range: (key: string) => string;
  readonly isLast: boolean;
  /** The dialect's JILIN formulas. */
  readonly f: FormulaKit;
}

interface ScheduleColumn {
  readonly key: string;
  readonly header: string;
  readonly format: FormatName;
  readonly monthKey?: (typeof MONTH_KEYS)[number];
  /** The t = 0 (investment) row; absent: blank. */
  readonly t0?: (x: Ctx) => string | number;
  readonly month: (x: Ctx) => string | number;
}

export const SCHEDULE_COLUMNS: readonly ScheduleColumn[] = [
  { key: "t", header: "t", format: "count", monthKey: "t", t0: () => 0, month: (x) => `=${x.p("t")}+1` },
  { key: "date", header: "Month", format: "month", t0: (x) => `=${x.n("StartDate")}`, month: (x) => `=EDATE(${x.n("StartDate")},${x.c("t")}-1)` },
  { key: "days", header: "Days", format: "days", monthKey: "days", month: (x) => `=DAY(EOMONTH(${x.c("date")},0))` },
  { key: "subsidy", header: "Subsidy at mid-month (BTC/block)", format: "btcPerBlock", monthKey: "subsidyBtc", month: (x) => `=${x.f.subsidy(`${x.c("date")}+${x.c("days")}/2`, x.n("HalvingAnchorHeight"), x.n("HalvingAnchorDate"))}` },
  { key: "hashrate", header: "Network hashrate (EH/s)", format: "ehS", monthKey: "networkHashrateEhS", month: (x) => `=${x.n("NetworkHashrateEhS")}*(1+${x.n("NetworkHashrateGrowthMonthly")})^(${x.n("NetworkHashrateMonthsToStart")}+${x.c("t")}-1)` },
  { key: "price", header: "BTC price (USD)", format: "usd", monthKey: "btcPriceUsd", month: (x) => `=${x.n("BtcPriceUsd")}*(1+${x.n("BtcPriceGrowthMonthly")})^(${x.n("BtcPriceMonthsToStart")}+${x.c("t")}-1)` },
  { key: "potentialBtc", header: "BTC if running (BTC)", format: "btc", month: (x) => `=${x.n("FleetThS")}*(1-${x.n("HashrateDegradationAnnual")})^((${x.c("t")}-1)/12)*${x.n("Uptime")}*${x.c("days")}*144*(${x.c("subsidy")}+${x.n("FeesBtcPerBlock")})*(1-${x.n("PoolFee")})/(${x.c("hashrate")}*10^6)` },
  { key: "potentialEnergy", header: "Energy if running (MWh)", format: "mwh", month: (x) => `=${x.n("FleetW")}*${x.n("Pue")}*${x.n("Uptime")}*24*${x.c("days")}/10^6` },
  { key: "powerPrice", header: "Power price (CNY/kWh)", format: "cnyPerKwh", monthKey: "powerPriceCnyPerKwh", month: (x) => `=${x.f.hydroCost(x.n("HydroPriceCnyPerKwh"), x.n("GridPriceCnyPerKwh"), `MONTH(${x.c("date")})`, x.n("HydroShareByMonth"), x.n("WheelingCnyPerKwh"))}+${tariffAdd(x.n, x.c("t"))}` },
  { key: "hydroShare", header: "Hydro share of the month (fraction)", format: "fraction", month: (x) => `=INDEX(${x.n("HydroShareByMonth")},MONTH(${x.c("date")}),1)` },
  { key: "runHydro", header: "Hydro running (1) or off (0)", format: "count", month: (x) => `=IF(OR(NOT(${x.n("CurtailWhenUnprofitable")}),${x.c("potentialBtc")}*${x.c("price")}>=${x.c("potentialEnergy")}*1000*(${x.n("HydroPriceCnyPerKwh")}+${x.n("WheelingCnyPerKwh")}+${tariffAdd(x.n, x.c("t"))})/${x.n("CnyPerUsd")}),1,0)` },
  { key: "runGrid", header: "Grid running (1) or off (0)", format: "count", month: (x) => `=IF(OR(NOT(${x.n("CurtailWhenUnprofitable")}),${x.c("potentialBtc")}*${x.c("price")}>=${x.c("potentialEnergy")}*1000*(${x.n("GridPriceCnyPerKwh")}+${x.n("WheelingCnyPerKwh")}+${tariffAdd(x.n, x.c("t"))})/${x.n("CnyPerUsd")}),1,0)` },
  { key: "runFraction", header: "Share of the month run (fraction)", format: "fraction", monthKey: "runFraction", month: (x) => `=${x.c("hydroShare")}*${x.c("runHydro")}+(1-${x.c("hydroShare")})*${x.c("runGrid")}` },
  { key: "btcMined", header: "BTC mined (BTC)", format: "btc", monthKey: "btcMined", month: (x) => `=${x.c("potentialBtc")}*${x.c("runFraction")}` },
  { key: "revenue", header: "Revenue (USD)", format: "usd", monthKey: "revenueUsd", month: (x) => `=${x.c("btcMined")}*${x.c("price")}` },
  { key: "energy", header: "Energy (MWh)", format: "mwh", monthKey: "energyMwh", month: (x) => `=${x.c("potentialEnergy")}*${x.c("runFraction")}` },
  { key: "powerCost", header: "Power cost (USD)", format: "usd", monthKey: "powerCostUsd", month: (x) => `=${x.c("potentialEnergy")}*1000*(${x.c("hydroShare")}*${x.c("runHydro")}*(${x.n("HydroPriceCnyPerKwh")}+${x.n("WheelingCnyPerKwh")}+${tariffAdd(x.n, x.c("t"))})+(1-${x.c("hydroShare")})*${x.c("runGrid")}*(${x.n("GridPriceCnyPerKwh")}+${x.n("WheelingCnyPerKwh")}+${tariffAdd(x.n, x.c("t"))}))/${x.n("CnyPerUsd")}` },
  { key: "fixedOpex", header: "Fixed opex (USD)", format: "usd", monthKey: "fixedOpexUsd", month: (x) => `=${x.n("FixedOpexUsdPerMonth")}` },
  { key: "ebitda", header: "EBITDA (USD)", format: "usd", monthKey: "ebitdaUsd", month: (x) => `=${x.c("revenue")}-${x.c("powerCost")}-${x.c("fixedOpex")}` },
  { key: "depreciation", header: "Depreciation (USD)", format: "usd", monthKey: "depreciationUsd", month: (x) => `=IF(${x.c("t")}<=${x.n("MinerLifeMonths")},${x.n("MinerCapexUsd")}/${x.n("MinerLifeMonths")},0)+IF(${x.c("t")}<=${x.n("InfrastructureLifeMonths")},${x.n("InfrastructureCapexUsd")}/${x.n("InfrastructureLifeMonths")},0)` },
  { key: "ebit", header: "EBIT (USD)", format: "usd", month: (x) => `=${x.c("ebitda")}-${x.c("depreciation")}` },
  { key: "lossesIn", header: "Tax losses brought forward (USD)", format: "usd", month: (x) => `=${x.p("lossesOut")}` },
  { key: "taxable", header: "Taxable profit (USD)", format: "usd", month: (x) => `=MAX(0,${x.c("ebit")}${x.isLast ? `+${x.n("SalvageGainUsd")}` : ""}-${x.c("lossesIn")})` },
  { key: "lossesOut", header: "Tax losses carried forward (USD)", format: "usd", t0: () => 0, month: (x) => `=MAX(0,${x.c("lossesIn")}-(${x.c("ebit")}${x.isLast ? `+${x.n("SalvageGainUsd")}` : ""}))` },
  { key: "tax", header: "Tax (USD)", format: "usd", monthKey: "taxUsd", month: (x) => `=${x.n("TaxRate")}*${x.c("taxable")}` },
  { key: "salvage", header: "Salvage (USD)", format: "usd", month: (x) => (x.isLast ? `=${x.n("SalvageUsd")}` : 0) },
  { key: "cashFlow", header: "Cash flow (USD)", format: "usd", monthKey: "cashFlowUsd", t0: (x) => `=-${x.n("CapexUsd")}`, month: (x) => `=${x.c("ebitda")}-${x.c("tax")}+${x.c("salvage")}` },
  { key: "survival", header: "Still running (probability)", format: "fraction", monthKey: "survival", t0: (x) => `=${x.f.regRisk(x.n("AnnualShutdownProbability"), `${x.c("t")}/12`)}`, month: (x) => `=${x.f.regRisk(x.n("AnnualShutdownProbability"), `${x.c("t")}/12`)}` },
  { key: "minerValue", header: "Miners' value at month end (USD)", format: "usd", t0: (x) => `=${x.n("MinerCapexUsd")}`, month: (x) => `=${minerValue(x.n, x.c("t"))}` },
  { key: "penalty", header: "Back-pay if shut down this month (USD)", format: "usd", monthKey: "penaltyUsd", month: (x) => `=${x.n("ShutdownPenaltyCnyPerKwh")}*1000*SUMIFS(${x.range("energy")},${x.range("t")},">="&(${x.c("t")}-${x.n("PenaltyLookbackMonths")}),${x.range("t")},"<"&${x.c("t")})/${x.n("CnyPerUsd")}` },
  { key: "expectedCashFlow", header: "Risk-adjusted cash flow (USD)", format: "usd", monthKey: "expectedCashFlowUsd", t0: (x) => `=${x.c("cashFlow")}`, month: (x) => `=${x.c("survival")}*${x.c("cashFlow")}+(${x.p("survival")}-${x.c("survival")})*(${x.n("RecoveryFraction")}*${x.c("minerValue")}-${x.c("penalty")})` },
  { key: "expectedPenalty", header: "Expected back-pay (USD)", format: "usd", month: (x) => `=(${x.p("survival")}-${x.c("survival")})*${x.c("penalty")}` },
  // CO2 of the sources that ran: CO2_TONNES over the full run with each factor times its source's on/off.
  { key: "co2", header: "CO2 (t)", format: "tonnes", monthKey: "co2Tonnes", month: (x) => `=${x.f.co2(x.c("potentialEnergy"), x.c("hydroShare"), `${x.c("runGrid")}*${x.n("GridFactorTPerMwh")}`, `${x.c("runHydro")}*${x.n("HydroFactorTPerMwh")}`)}` },
  { key: "cumCashFlow", header: "Cumulative cash flow (USD)", format: "usd", t0: (x) => `=${x.c("cashFlow")}`, month: (x) => `=${x.p("cumCashFlow")}+${x.c("cashFlow")}` },
  { key: "cumExpected", header: "Cumulative risk-adjusted cash flow (USD)", format: "usd", t0: (x) => `=${x.c("expectedCashFlow")}`, month: (x) => `=${x.p("cumExpected")}+${x.c("expectedCashFlow")}` },
  { key: "payback", header: "Payback if reached in this month (months)", format: "months", month: (x) => `=IF(AND(${x.p("cumCashFlow")}<0,${x.c("cumCashFlow")}>=0),${x.c("t")}-1-${x.p("cumCashFlow")}/${x.c("cashFlow")},"")` },
  // The debt schedule: level payments; the last payment (the term's last month, or month N) repays the balance.
  { key: "interest", header: "Debt: interest on the opening balance (USD)", format: "usd", monthKey: "interestUsd", month: (x) => `=${x.n("DebtRateMonthly")}*${x.p("debtBalance")}` },
  { key: "principal", header: "Debt: principal repaid (USD)", format: "usd", monthKey: "principalUsd", month: (x) => `=IF(${x.c("t")}<${x.n("DebtLastMonth")},${x.n("DebtPaymentUsd")}-${x.c("interest")},IF(${x.c("t")}=${x.n("DebtLastMonth")},${x.p("debtBalance")},0))` },
  { key: "debtBalance", header: "Debt: balance at month end (USD)", format: "usd", monthKey: "debtBalanceUsd", t0: (x) => `=${x.n("DebtUsd")}`, month: (x) => `=${x.p("debtBalance")}-${x.c("principal")}` },
  { key: "dscr", header: "Debt service cover: EBITDA / (interest + principal)", format: "ratio", month: (x) => `=IF(${x.c("interest")}+${x.c("principal")}>=${MIN_DEBT_SERVICE_USD.toString()},${x.c("ebitda")}/(${x.c("interest")}+${x.c("principal")}),"")` },
  // The equity view: interest deducted before tax, its own losses carried forward.
  { key: "equityLossesIn", header: "Equity: tax losses brought forward (USD)", format: "usd", month: (x) => `=${x.p("equityLossesOut")}` },
  { key: "equityTaxable", header: "Equity: taxable profit, EBIT − interest (USD)", format: "usd", month: (x) => `=MAX(0,${x.c("ebit")}-${x.c("interest")}${x.isLast ? `+${x.n("SalvageGainUsd")}` : ""}-${x.c("equityLossesIn")})` },
  { key: "equityLossesOut", header: "Equity: tax losses carried forward (USD)", format: "usd", t0: () => 0, month: (x) => `=MAX(0,${x.c("equityLossesIn")}-(${x.c("ebit")}-${x.c("interest")}${x.isLast ? `+${x.n("SalvageGainUsd")}` : ""}))` },
  { key: "equityTax", header: "Equity: tax (USD)", format: "usd", month: (x) => `=${x.n("TaxRate")}*${x.c("equityTaxable")}` },
  { key: "equityCashFlow", header: "Equity cash flow (USD)", format: "usd", monthKey: "equityCashFlowUsd", t0: (x) => `=-${x.n("CapexUsd")}*(1-${x.n("DebtFraction")})`, month: (x) => `=${x.c("ebitda")}-${x.c("equityTax")}-${x.c("interest")}-${x.c("principal")}+${x.c("salvage")}` },
  // Recourse: at a shutdown the lender is repaid the balance outstanding at the month's start.
  { key: "expectedEquityCashFlow", header: "Risk-adjusted equity cash flow (USD)", format: "usd", t0: (x) => `=${x.c("equityCashFlow")}`, month: (x) => `=${x.c("survival")}*${x.c("equityCashFlow")}+(${x.p("survival")}-${x.c("survival")})*(${x.n("RecoveryFraction")}*${x.c("minerValue")}-${x.c("penalty")}-${x.p("debtBalance")})` },
];

// ---------------------------------------------------------------------------------------------
// The summary

interface SummaryRow {
  readonly key: (typeof SUMMARY_KEYS)[number];
  /** The label with its unit, as the sheet shows it: the cells' formats carry no unit. */
  readonly label: string;
  readonly format: FormatName;
  readonly formula: (x: Ctx & { t0: (key: string) => string; first: (key: string) => string; fromT0: (key: string) => string; irrGuess: string; equityIrrGuess: string; text: FormulaTexts }) => string;
}

/** Excel's IRR of the flows from a starting guess, with two fallbacks, annualised; "none" when no root is found. */
const irrFormula = (flows: string, guess: string, none: string) => `=IFERROR((1+IFERROR(IRR(${flows},${guess}),IFERROR(IRR(${flows},-0.1),IRR(${flows},0.1))))^12-1,"${none}")`;

/** The texts formulas show in the sheet's language: no IRR, no payback, no figure, and the input check's. */
export interface FormulaTexts {
  readonly none: string;
  readonly never: string;
  readonly na: string;
  readonly inputsOk: string;
  readonly checkInputs: string;
}

export const SUMMARY_ROWS: readonly SummaryRow[] = [
  { key: "capexUsd", label: "Capex (USD)", format: "usd", formula: (x) => `=${x.n("CapexUsd")}` },
  { key: "npvUsd", label: "NPV (USD)", format: "usd", formula: (x) => `=${x.t0("cashFlow")}+NPV(${x.n("DiscountRateMonthly")},${x.range("cashFlow")})` },
  { key: "riskAdjustedNpvUsd", label: "Risk-adjusted NPV (USD)", format: "usd", formula: (x) => `=${x.t0("expectedCashFlow")}+NPV(${x.n("DiscountRateMonthly")},${x.range("expectedCashFlow")})` },
  // Excel's IRR is Newton's method from a guess; from its default (+10 % a month) it fails or lands on
  // another root on long or non-conventional schedules. The guess here is the middle of the bracket
  // closest to 0 found by the schedule's IRR helper table (NPV on a grid of rates), i.e. the root
  // projectModel reports; two fallbacks follow.
  { key: "irrAnnual", label: "IRR (per year)", format: "percentPerYear", formula: (x) => irrFormula(x.fromT0("cashFlow"), x.irrGuess, x.text.none) },
  { key: "paybackMonths", label: "Payback (months)", format: "months", formula: (x) => `=IF(${x.t0("cashFlow")}>=0,0,IF(COUNT(${x.range("payback")})=0,"${x.text.never}",MIN(${x.range("payback")})))` },
  { key: "btcMined", label: "BTC mined (BTC)", format: "btc", formula: (x) => `=SUM(${x.range("btcMined")})` },
  { key: "cashCostPerBtcUsd", label: "Cash cost per BTC (USD/BTC)", format: "usdPerBtc", formula: (x) => `=IF(SUM(${x.range("btcMined")})=0,"${x.text.na}",(SUM(${x.range("powerCost")})+SUM(${x.range("fixedOpex")}))/SUM(${x.range("btcMined")}))` },
  { key: "allInCostPerBtcUsd", label: "All-in cost per BTC (USD/BTC)", format: "usdPerBtc", formula: (x) => `=IF(SUM(${x.range("btcMined")})=0,"${x.text.na}",(SUM(${x.range("powerCost")})+SUM(${x.range("fixedOpex")})+${x.n("CapexUsd")}-${x.n("SalvageUsd")})/SUM(${x.range("btcMined")}))` },
  { key: "breakevenBtcPriceUsd", label: "Break-even BTC price at start (USD/BTC)", format: "usdPerBtc", formula: (x) => `=IF(${x.first("subsidy")}+${x.n("FeesBtcPerBlock")}=0,"${x.text.na}",${x.f.breakeven(x.n("EfficiencyJPerTh"), `(${x.n("AnnualPowerPriceCnyPerKwh")}+${tariffAdd(x.n, "1")})/${x.n("CnyPerUsd")}`, x.first("hashrate"), x.first("subsidy"), x.n("FeesBtcPerBlock"), x.n("Pue"), x.n("PoolFee"), `${x.n("FixedOpexUsdPerMonth")}*12/365/${x.n("FleetThS")}`)})` },
  { key: "avgPowerPriceCnyPerKwh", label: "Average power price of the power used (CNY/kWh)", format: "cnyPerKwh", formula: (x) => `=IF(SUM(${x.range("energy")})=0,"${x.text.na}",SUM(${x.range("powerCost")})*${x.n("CnyPerUsd")}/(1000*SUM(${x.range("energy")})))` },
  { key: "energyMwh", label: "Energy (MWh)", format: "mwh", formula: (x) => `=SUM(${x.range("energy")})` },
  { key: "co2Tonnes", label: "CO2 (t)", format: "tonnes", formula: (x) => `=SUM(${x.range("co2")})` },
  { key: "co2TonnesPerBtc", label: "CO2 per BTC (t/BTC)", format: "tonnesPerBtc", formula: (x) => `=IF(SUM(${x.range("btcMined")})=0,"${x.text.na}",SUM(${x.range("co2")})/SUM(${x.range("btcMined")}))` },
  { key: "expectedOperatingMonths", label: "Expected operating months (months)", format: "months", formula: (x) => `=SUM(${x.range("survival")})` },
  { key: "expectedPenaltyUsd", label: "Expected back-pay penalty (USD)", format: "usd", formula: (x) => `=SUM(${x.range("expectedPenalty")})` },
  { key: "equityNpvUsd", label: "Equity NPV (USD)", format: "usd", formula: (x) => `=${x.t0("equityCashFlow")}+NPV(${x.n("DiscountRateMonthly")},${x.range("equityCashFlow")})` },
  { key: "riskAdjustedEquityNpvUsd", label: "Risk-adjusted equity NPV (USD)", format: "usd", formula: (x) => `=${x.t0("expectedEquityCashFlow")}+NPV(${x.n("DiscountRateMonthly")},${x.range("expectedEquityCashFlow")})` },
  { key: "equityIrrAnnual", label: "Equity IRR (per year)", format: "percentPerYear", formula: (x) => irrFormula(x.fromT0("equityCashFlow"), x.equityIrrGuess, x.text.none) },
  { key: "minDscr", label: "Lowest debt service cover, DSCR (EBITDA / debt service)", format: "ratio", formula: (x) => `=IF(COUNT(${x.range("dscr")})=0,"${x.text.na}",MIN(${x.range("dscr")}))` },
];

// ---------------------------------------------------------------------------------------------

const TITLE_ROW = 0;
const INPUTS_HEADER_ROW = 4;
const SUMMARY_COL = 5; // F
const CHART_COL = 9; // J
/** The Monte Carlo results area: J41, below the charts, 52 rows (see monteCarloPlan.ts). */
const MONTE_CARLO_AT = { row: 40, col: CHART_COL };
/** The scenarios block: column F, two rows below the results (the results' header, the input check and one row per figure). */
const SCENARIO_AT = { row: INPUTS_HEADER_ROW + 2 + SUMMARY_ROWS.length + 2, col: SUMMARY_COL };

/** The scenario block's rows: the catalogue's scenario inputs, with their sheet names and formats. */
const SCENARIO_ROWS_DEF = SCENARIO_INPUTS.map((e) => ({ key: e.key as ScenarioKey, label: e.label, unit: e.unit, format: e.format as FormatName }));
/** The named input each scenario key overrides. */
const INPUT_NAME_OF = Object.fromEntries(SCENARIO_INPUTS.map((e) => [e.key, e.sheetKey])) as Record<ScenarioKey, string>;
/** The tornado table: T5, right of the charts (columns T..AA). */
const TORNADO_AT = { row: 4, col: 19 };
/** The two-way sensitivity grid: T62, below the tornado's chart and the Monte Carlo's chart. */
const GRID_AT = { row: 61, col: 19 };
/** Rows the grid takes: its title, then per table a title, two header rows, one row per BTC price and a blank row. */
const gridRows = (g: SensitivityGrid) => 1 + 2 * (3 + g.btcPricesUsd.length + 1);

/** Monthly rates at which the IRR helper evaluates NPV (dense near 0, where most roots lie). */
const IRR_GRID = [
  -0.9, -0.7, -0.5, -0.4, -0.3, -0.25, -0.2, -0.15, -0.12, -0.1, -0.08, -0.06, -0.05, -0.04, -0.03, -0.02, -0.015,
  -0.01, -0.005, 0, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.5, 1,
];
/** Halvings of the IRR bracket: the widest grid bracket (0.5) shrinks below 1e-12. */
const IRR_BISECTIONS = 40;
const SCENARIO_RESULT_KEYS = ["npvUsd", "riskAdjustedNpvUsd", "irrAnnual", "paybackMonths", "btcMined"] as const;
export const INPUTS_OK = "Inputs OK";
/** The schedule sheet: its title, notice and hint rows, then the header row. */
const SCHEDULE_HEADER_ROW = 3;
/** The model sheet's input checks (hidden): AC.., right of the tornado and the grid. */
const CHECK_COL = 28;
/** What a result shows while an input is outside its domain. */
export const CHECK_INPUTS = "check inputs";
/** Title + header + one row per input + one per result. */
const SCENARIO_ROWS = 2 + 6 + 5;

/**
 * Builds the worksheet plan of a model: pure data, no Excel.
 *
 * @param raw - ModelInputs (validated with core's messages)
 * @throws ModelError naming the key for invalid inputs
 */
export function buildPlan(raw: ModelInputs | Record<string, unknown>, options: PlanOptions = {}): WorkbookPlan {
  const inp = resolveInputs(raw, options.today);
  const rawObj = raw as Record<string, unknown>;
  // The sheets' texts in their language; English labels come from the tables, Chinese from sheet.zh-CN.ts.
  const lang = options.lang ?? "en";
  const zh = lang === "zh-CN";
  const t = translator(lang) as unknown as (k: string, v?: Record<string, unknown>) => string;
  const texts: FormulaTexts = { none: t("sheet.none"), never: t("sheet.never"), na: t("sheet.na"), inputsOk: t("sheet.inputsOk"), checkInputs: t("sheet.checkInputs") };
  const unitOf = (u: string) => (zh ? (UNITS_ZH[u] ?? u) : u);
  /** A catalogue input's label in the sheet's language. */
  const labelOf = (key: string, english: string) => (zh ? ((RESOURCES["zh-CN"].input as Record<string, string>)[key] ?? english) : english);
  const inputLabel = (r: InputRow) => {
    if (!zh) return r.label;
    if (r.key === "MinerModel") return t("sheet.minerModel");
    if (PART_LABELS_ZH[r.key]) return PART_LABELS_ZH[r.key] as string;
    const e = CATALOGUE.find((x) => x.sheetKey === r.key);
    return e ? labelOf(e.key, r.label) : r.label;
  };
  /** "Label (unit)" in the sheet's language. */
  const withUnit = (key: string, label: string, unit: string) => (zh ? `${labelOf(key, label)}（${unitOf(unit)}）` : `${label} (${unit})`);
  const noteOf = (r: InputRow) => {
    const e = CATALOGUE.find((x) => x.sheetKey === r.key);
    return zh ? (e ? SHEET_NOTES_ZH[e.key] : undefined) : r.note;
  };
  /** The tornado's basis in the sheet's language (in English, the words tornadoBasis uses). */
  const tornadoBasisText = (tor: Tornado) =>
    t(tor.swing === undefined ? "report.tornado.basisSourced" : "report.tornado.basisSwing", { pct: tor.percentWithoutRange.times(100).toString() });
  const monthName = (m: number) => monthNames(lang)[m] as string;
  const sheetName = options.sheetName ?? defaultSheetName("model", lang);
  const scheduleName = options.scheduleSheetName ?? defaultSheetName("schedule", lang);
  const summaryName = options.summarySheetName ?? defaultSheetName("summary", lang);
  const prefix = options.namePrefix ?? "JM_";
  const sheet = quoteSheet(sheetName);
  const scheduleSheet = quoteSheet(scheduleName);
  /** A reference on the schedule sheet, from the model or the summary sheet. */
  const onSchedule = (ref: string) => `${scheduleSheet}!${ref}`;
  const n = (k: string) => `${prefix}${k}`;
  const dialect = options.dialect ?? "addin";
  const kit = DIALECTS[dialect];
  const names: PlanName[] = [];
  const blocks: PlanBlock[] = [];
  const inputsAt: Record<string, { row: number; col: number }> = {};
  // Every input cell's rule: as data validation, and as a line of the sheet's input check.
  const validations: PlanValidation[] = [];
  const checks: { label: string; cell: string; rule: CellRule; message: string }[] = [];
  // `shown`: the input's name in the sheet's language, for the input check's rows and the rule's message.
  const guard = (label: string, rule: CellRule, at: { row: number; col: number }, shown = label) => {
    const message = zh ? ruleMessageZh(shown, rule) : ruleMessage(label, rule);
    // (in Chinese, the stop alert's title names the add-in in Chinese too)
    validations.push(zh ? { ...validationOf(rule, at, a1(at.row, at.col), message), title: t("sheet.product") } : validationOf(rule, at, a1(at.row, at.col), message));
    checks.push({ label: shown, cell: a1(at.row, at.col), rule, message });
  };

  const titleCells: PlanCell[][] = [
    [cell(t("sheet.title", { site: inp.siteName }), "title")],
    [cell(t("sheet.legal"), "notice")],
    [cell(null, "hint")], // the hint names the other sheets and the hidden helper columns: set at the end
  ];
  blocks.push({ row: TITLE_ROW, col: 0, cells: titleCells });

  // Inputs, then derived values, then the hydro profile and line items, in columns A..D.
  let row = INPUTS_HEADER_ROW;
  const inputCells: PlanCell[][] = [[cell(t("sheet.input"), "header"), cell(t("sheet.value"), "header"), cell(t("sheet.unit"), "header"), cell(t("sheet.source"), "header")]];
  const itemsGiven = { capex: inp.capexItems !== undefined, opex: inp.opexItems !== undefined };
  for (const r of INPUT_ROWS) {
    const at = row + inputCells.length;
    const fromItems = (r.key === "InfrastructureCapexUsd" && itemsGiven.capex) || (r.key === "FixedOpexUsdPerMonth" && itemsGiven.opex);
    if (fromItems) continue; // shown as a derived total of the line items below
    inputCells.push([cell(inputLabel(r), "label"), cell(r.value(inp), "input", fmt(r.format)), cell(unitOf(r.unit), "unit"), cell(sourceOf(r, rawObj, inp, lang, t, noteOf(r)), "note")]);
    names.push({ name: n(r.key), ref: `${sheet}!${a1(at, 1, true)}`, comment: `${r.label} (${r.unit || "text"})` });
    inputsAt[r.key] = { row: at, col: 1 };
    guard(r.label, ruleOfInput(r.key), { row: at, col: 1 }, inputLabel(r));
  }
  blocks.push({ row, col: 0, cells: inputCells });
  row += inputCells.length + 1;

  // Line items (capexItems / opexItems) with their USD totals.
  const itemBlock = (kind: "capex" | "opex", items: readonly ResolvedLineItem[]) => {
    const key = kind === "capex" ? "InfrastructureCapexUsd" : "FixedOpexUsdPerMonth";
    const title = kind === "capex" ? "Infrastructure capex line items" : "Fixed opex line items (per month)";
    const cells: PlanCell[][] = [[cell(t(kind === "capex" ? "sheet.capexItems" : "sheet.opexItems"), "header"), cell(t("sheet.amount"), "header"), cell(t("sheet.currency"), "header"), cell(t("sheet.usd"), "header")]];
    for (const [i, it] of items.entries()) {
      const r = row + cells.length;
      const what = `${title}, item ${i + 1}`;
      const shown = zh ? `${t(kind === "capex" ? "sheet.capexItems" : "sheet.opexItems")}，第 ${i + 1} 项` : what;
      guard(`${what}: label`, LABEL_RULE, { row: r, col: 0 }, zh ? `${shown}：名称` : undefined);
      guard(`${what}: amount`, { kind: "number", spec: INPUT_SPECS.lineItemAmount }, { row: r, col: 1 }, zh ? `${shown}：${t("sheet.amount")}` : undefined);
      guard(`${what}: currency`, CURRENCY_RULE, { row: r, col: 2 }, zh ? `${shown}：${t("sheet.currency")}` : undefined);
      cells.push([
        cell(asText(it.label), "label"),
        cell(num(it.amount), "input", fmt(it.currency === "USD" ? "usd" : "cny")),
        cell(it.currency, "input", fmt("text")),
        cell(`=IF(${a1(r, 2)}="CNY",${a1(r, 1)}/${n("CnyPerUsd")},${a1(r, 1)})`, "derived", fmt("usd")),
      ]);
    }
    const totalRow = row + cells.length;
    const first = row + 1;
    const sumFormula = items.length === 0 ? "=0" : `=SUM(${a1(first, 3)}:${a1(totalRow - 1, 3)})`;
    cells.push([cell(t(kind === "capex" ? "sheet.capexTotal" : "sheet.opexTotal"), "label"), cell(sumFormula, "derived", fmt(kind === "capex" ? "usd" : "usdPerMonth")), cell(unitOf(kind === "capex" ? "USD" : "USD/month"), "unit"), cell(t("sheet.itemsNote"), "note")]);
    names.push({ name: n(key), ref: `${sheet}!${a1(totalRow, 1, true)}`, comment: `${title}: total in USD` });
    if (items.length > 0) {
      names.push({ name: n(kind === "capex" ? "CapexItems" : "OpexItems"), ref: `${sheet}!${a1(first, 0, true)}:${a1(totalRow - 1, 2, true)}`, comment: `${title}: label, amount, currency` });
    }
    inputsAt[key] = { row: totalRow, col: 1 };
    blocks.push({ row, col: 0, cells });
    row += cells.length + 1;
  };
  if (inp.capexItems) itemBlock("capex", inp.capexItems);
  if (inp.opexItems) itemBlock("opex", inp.opexItems);

  // Hydro profile: 12 input cells named <prefix>HydroShareByMonth.
  const profileGiven = rawObj.hydroShareByMonth !== undefined;
  const profileCells: PlanCell[][] = [[cell(t("sheet.profile"), "header"), cell(t("sheet.share"), "header"), cell(t("sheet.unit"), "header"), cell(t("sheet.source"), "header")]];
  inp.hydroShareByMonth.forEach((s, m) => {
    guard(`${MONTH_NAMES[m]} hydro share`, { kind: "number", spec: INPUT_SPECS.hydroShareByMonth }, { row: row + 1 + m, col: 1 }, zh ? `${monthName(m)}水电比例` : undefined);
    profileCells.push([
      cell(monthName(m), "label"),
      cell(num(s), "input", fmt("percent")),
      cell(unitOf("fraction"), "unit"),
      cell(m === 0 ? (profileGiven ? t("sheet.yourInput") : t("sheet.illustrative", { source: sourceIn(JILIN_HYDRO_SHARE_BY_MONTH[0]!.source, lang) })) : "", "note"),
    ]);
  });
  names.push({ name: n("HydroShareByMonth"), ref: `${sheet}!${a1(row + 1, 1, true)}:${a1(row + 12, 1, true)}`, comment: "Share of the load hydro covers, Jan..Dec (fractions)" });
  inputsAt.HydroShareByMonth = { row: row + 1, col: 1 };
  blocks.push({ row, col: 0, cells: profileCells });
  row += profileCells.length + 1;

  const derivedCells: PlanCell[][] = [[cell(t("sheet.derived"), "header"), cell(t("sheet.value"), "header"), cell(t("sheet.unit"), "header"), cell("", "header")]];
  for (const d of DERIVED_ROWS) {
    const at = row + derivedCells.length;
    derivedCells.push([cell(zh ? (DERIVED_LABELS_ZH[d.key] ?? d.label) : d.label, "label"), cell(d.formula(n, kit), "derived", fmt(d.format)), cell(unitOf(d.unit), "unit"), cell("", "note")]);
    names.push({ name: n(d.key), ref: `${sheet}!${a1(at, 1, true)}`, comment: `${d.label} (${d.unit})` });
    inputsAt[d.key] = { row: at, col: 1 };
  }
  blocks.push({ row, col: 0, cells: derivedCells });
  row += derivedCells.length + 1;

  // The monthly schedule, made by one generator for the model and for each scenario.
  const colOf = new Map(SCHEDULE_COLUMNS.map((c, i) => [c.key, i]));
  const colIndex = (key: string): number => {
    const c = colOf.get(key);
    if (c === undefined) throw new Error(`plan: no schedule column "${key}"`);
    return c;
  };
  // Each column's letter once, and each column's format and style: the schedules are most of the plan's cells.
  const letterOf = new Map(SCHEDULE_COLUMNS.map((c, i) => [c.key, columnLetter(i)]));
  const letter = (key: string): string => {
    const l = letterOf.get(key);
    if (l === undefined) throw new Error(`plan: no schedule column "${key}"`);
    return l;
  };
  const columnLooks = SCHEDULE_COLUMNS.map((c) => ({ style: (c.key === "t" ? "label" : "output") as CellStyle, format: fmt(c.format) }));
  const scheduleBlocks: PlanBlock[] = [];
  let helperCol = SCHEDULE_COLUMNS.length + 1;
  /** A schedule on the schedule sheet; its summary context refers to it from the other sheets. */
  const makeSchedule = (headerRow: number, names: (k: string) => string, title: string | undefined, withEquity: boolean) => {
    const t0Row = headerRow + 1;
    const lastRow = t0Row + inp.horizonMonths;
    const range = (key: string) => `${a1(t0Row + 1, colIndex(key))}:${a1(lastRow, colIndex(key))}`;
    const ctxAt = (r: number): Ctx => {
      const row = String(r + 1);
      const prev = String(r);
      return {
        n: names,
        c: (key) => letter(key) + row,
        p: (key) => letter(key) + prev,
        range,
        isLast: r === lastRow,
        f: kit,
      };
    };
    const cells: PlanCell[][] = [SCHEDULE_COLUMNS.map((c) => cell(zh ? (SCHEDULE_HEADERS_ZH[c.key] ?? c.header) : c.header, "header"))];
    for (let r = t0Row; r <= lastRow; r++) {
      const x = ctxAt(r);
      // Formulas never take the text format, so these cells need none of cell()'s checks.
      cells.push(SCHEDULE_COLUMNS.map((c, i) => ({ value: r === t0Row ? (c.t0 ? c.t0(x) : null) : c.month(x), ...columnLooks[i]! })));
    }
    // (right of the frozen t and month columns, so the title runs on in the scrolling pane)
    if (title !== undefined) scheduleBlocks.push({ row: headerRow - 1, col: 2, cells: [[cell(title, "section")]] });
    scheduleBlocks.push({ row: headerRow, col: 0, cells });
    // IRR helper: NPV at a grid of monthly rates; a sign change brackets a root. One for the project's
    // cash flows and, on the model's own schedule, one for the equity's.
    const irrHelper = (flowKey: string, title: string): string => {
      const hc = helperCol;
      helperCol += 5;
      const cf0 = a1(t0Row, colIndex(flowKey));
      const cfs = range(flowKey);
      const helper: PlanCell[][] = [[cell(t("sheet.monthlyRate", { title }), "header"), cell(t("sheet.npvAtRate"), "header"), cell(t("sheet.bracket"), "header"), cell(t("sheet.distance"), "header")]];
      IRR_GRID.forEach((rate, k) => {
        const r = headerRow + 1 + k;
        const last = k === IRR_GRID.length - 1;
        helper.push([
          cell(rate, "derived", fmt("percentPerMonth")),
          cell(`=${cf0}+NPV(${a1(r, hc)},${cfs})`, "output", fmt("usd")),
          // Where the NPV changes sign between two rates, the rate where the straight line between them
          // crosses 0: a far better start for IRR than the middle when the NPV is steep on one side.
          cell(last ? "" : `=IF(SIGN(${a1(r, hc + 1)})<>SIGN(${a1(r + 1, hc + 1)}),${a1(r, hc)}-${a1(r, hc + 1)}*(${a1(r + 1, hc)}-${a1(r, hc)})/(${a1(r + 1, hc + 1)}-${a1(r, hc + 1)}),"")`, "output", fmt("percentPerMonth")),
          cell(last ? "" : `=IF(${a1(r, hc + 2)}="","",ABS(${a1(r, hc + 2)}))`, "output", fmt("fraction")),
        ]);
      });
      const rRange = `${a1(headerRow + 1, hc)}:${a1(headerRow + IRR_GRID.length, hc)}`;
      const dRange = `${a1(headerRow + 1, hc + 3)}:${a1(headerRow + IRR_GRID.length, hc + 3)}`;
      // Bisection inside the bracket nearest 0 (the one whose interpolated crossing is nearest), so
      // IRR starts at the root itself, whatever the NPV's shape between the two grid rates. Without
      // a sign change the bracket is -10 %..-10 % a month, the old default guess.
      const nearest = `MATCH(MIN(${dRange}),${dRange},0)`;
      const b0 = headerRow + IRR_GRID.length + 2;
      const npvLo = a1(b0 + IRR_BISECTIONS, hc + 2);
      const pct = fmt("percentPerMonth");
      helper.push([cell(t("sheet.bisectLow"), "header"), cell(t("sheet.bisectHigh"), "header"), cell(t("sheet.bisectMiddle"), "header"), cell(t("sheet.npvAtMiddle"), "header")]);
      for (let k = 0; k < IRR_BISECTIONS; k++) {
        const r = b0 + k;
        const [lo, hi, mid, npv] = [0, 1, 2, 3].map((j) => a1(r - 1, hc + j)) as [string, string, string, string];
        const lowStays = `SIGN(${npv})<>SIGN(${npvLo})`;
        helper.push([
          cell(k === 0 ? `=IFERROR(INDEX(${rRange},${nearest}),-0.1)` : `=IF(${lowStays},${lo},${mid})`, "output", pct),
          cell(k === 0 ? `=IFERROR(INDEX(${rRange},${nearest}+1),-0.1)` : `=IF(${lowStays},${mid},${hi})`, "output", pct),
          cell(`=(${a1(r, hc)}+${a1(r, hc + 1)})/2`, "output", pct),
          cell(`=${cf0}+NPV(${a1(r, hc + 2)},${cfs})`, "output", fmt("usd")),
        ]);
      }
      helper.push([cell(t("sheet.npvAtLow"), "label"), cell(null), cell(`=${cf0}+NPV(${a1(b0, hc)},${cfs})`, "output", fmt("usd")), cell(null)]);
      helper.push([cell(t("sheet.irrGuess"), "label"), cell(null), cell(`=${a1(b0 + IRR_BISECTIONS - 1, hc + 2)}`, "output", pct), cell(null)]);
      scheduleBlocks.push({ row: headerRow, col: hc, cells: helper });
      return a1(b0 + IRR_BISECTIONS + 1, hc + 2);
    };
    const guessAt = headerRow + IRR_GRID.length + IRR_BISECTIONS + 3;
    const irrGuess = irrHelper("cashFlow", t("sheet.irrHelper"));
    const equityIrrGuess = withEquity ? irrHelper("equityCashFlow", t("sheet.equityIrrHelper")) : irrGuess;
    // The results live on the model sheet: every reference into the schedule names its sheet.
    const summaryCtx = {
      ...ctxAt(t0Row),
      range: (key: string) => onSchedule(range(key)),
      t0: (key: string) => onSchedule(a1(t0Row, colIndex(key))),
      first: (key: string) => onSchedule(a1(t0Row + 1, colIndex(key))),
      fromT0: (key: string) => onSchedule(`${a1(t0Row, colIndex(key))}:${a1(lastRow, colIndex(key))}`),
      irrGuess: onSchedule(irrGuess),
      equityIrrGuess: onSchedule(equityIrrGuess),
      text: texts,
    };
    return { headerRow, t0Row, lastRow: Math.max(lastRow, guessAt), scheduleLastRow: lastRow, summaryCtx };
  };
  const main = makeSchedule(SCHEDULE_HEADER_ROW, n, undefined, true);
  const { headerRow, t0Row } = main;
  const lastRow = main.scheduleLastRow;

  // The summary, beside the inputs.
  const summaryAt = {} as Record<(typeof SUMMARY_KEYS)[number], { row: number; col: number }>;
  // First the input check ("Inputs OK" or the first broken rule in words); every result below shows
  // "check inputs" instead of a number while an input is out of its domain.
  const checkAt = { row: INPUTS_HEADER_ROW + 1, col: SUMMARY_COL + 1 };
  const gate = (formula: string) => `=IF(${n("InputCheck")}<>"${texts.inputsOk}","${texts.checkInputs}",${formula.replace(/^=/, "")})`;
  const summaryLabel = (s: SummaryRow) => (zh ? (SUMMARY_LABELS_ZH[s.key] ?? s.label) : s.label);
  const summaryCells: PlanCell[][] = [
    [cell(t("sheet.results"), "header"), cell(t("sheet.value"), "header")],
    [cell(t("sheet.inputCheck"), "label"), cell(null, "output", fmt("text"))], // its formula is set below, once every input's rule is known
  ];
  names.push({ name: n("InputCheck"), ref: `${sheet}!${a1(checkAt.row, checkAt.col, true)}`, comment: `"${INPUTS_OK}", or the first input outside its allowed range` });
  for (const s of SUMMARY_ROWS) {
    summaryAt[s.key] = { row: INPUTS_HEADER_ROW + summaryCells.length, col: SUMMARY_COL + 1 };
    summaryCells.push([cell(summaryLabel(s), "label"), cell(gate(s.formula(main.summaryCtx)), "output", fmt(s.format))]);
  }
  blocks.push({ row: INPUTS_HEADER_ROW, col: SUMMARY_COL, cells: summaryCells });

  // Scenarios: the six overridable inputs per scenario, each scenario's results, and its schedule
  // below the model's. Bear and bull values are inputs; base links to the model's inputs unless given.
  const scenarioInputs: Record<string, Record<string, { row: number; col: number }>> = {};
  const scenarioResults: Record<string, Record<string, { row: number; col: number }>> = {};
  const scenarioCells: PlanCell[][] = [
    [cell(t("sheet.scenarios"), "section"), cell(null), cell(null), cell(null)],
    [cell(t("sheet.input"), "header"), ...SCENARIO_NAMES.map((s) => cell(t(`sheet.${s}`), "header"))],
  ];
  SCENARIO_ROWS_DEF.forEach((def) => {
    const r = SCENARIO_AT.row + scenarioCells.length;
    scenarioCells.push([
      cell(withUnit(def.key, def.label, def.unit), "label"),
      ...SCENARIO_NAMES.map((name, i) => {
        (scenarioInputs[name] ??= {})[def.key] = { row: r, col: SCENARIO_AT.col + 1 + i };
        const own = name !== "base" || inp.scenarioGiven.base.includes(def.key);
        const label = `${name[0]!.toUpperCase()}${name.slice(1)}: ${def.label}`;
        const shown = zh ? `${t(`sheet.${name}`)}：${labelOf(def.key, def.label)}` : undefined;
        if (own) guard(label, { kind: "number", spec: { ...INPUT_SPECS[def.key], name: label } }, { row: r, col: SCENARIO_AT.col + 1 + i }, shown);
        return own ? cell(num(inp.scenarios[name][def.key]), "input", fmt(def.format)) : cell(`=${n(INPUT_NAME_OF[def.key])}`, "derived", fmt(def.format));
      }),
    ]);
  });
  const scenarioSchedules: Record<string, { t0Row: number; lastRow: number }> = {};
  let nextHeader = main.lastRow + 4;
  const resultRowsAt = SCENARIO_AT.row + scenarioCells.length;
  const resultCells: PlanCell[][] = SCENARIO_RESULT_KEYS.map((key) => [cell(summaryLabel(SUMMARY_ROWS.find((x) => x.key === key)!), "label")]);
  for (const [i, name] of SCENARIO_NAMES.entries()) {
    const overridden = new Map(SCENARIO_ROWS_DEF.map((d) => [INPUT_NAME_OF[d.key], `${sheet}!${a1(scenarioInputs[name]![d.key]!.row, scenarioInputs[name]![d.key]!.col, true)}`]));
    const names = (k: string) => overridden.get(k) ?? n(k);
    const sch = makeSchedule(nextHeader, names, t("sheet.scenarioSchedule", { name: zh ? t(`sheet.${name}`) : name }), false);
    scenarioSchedules[name] = { t0Row: sch.t0Row, lastRow: sch.scheduleLastRow };
    nextHeader = sch.lastRow + 4;
    SCENARIO_RESULT_KEYS.forEach((key, j) => {
      const def = SUMMARY_ROWS.find((x) => x.key === key)!;
      resultCells[j]!.push(cell(gate(def.formula(sch.summaryCtx)), "output", fmt(def.format)));
      (scenarioResults[name] ??= {})[key] = { row: resultRowsAt + j, col: SCENARIO_AT.col + 1 + i };
    });
  }
  blocks.push({ row: SCENARIO_AT.row, col: SCENARIO_AT.col, cells: [...scenarioCells, ...resultCells] });
  for (const [i, name] of SCENARIO_NAMES.entries()) {
    const col = SCENARIO_AT.col + 1 + i;
    const top = SCENARIO_AT.row + 2;
    names.push({ name: n(`Scenario${name[0]!.toUpperCase()}${name.slice(1)}`), ref: `${sheet}!${a1(top, col, true)}:${a1(top + SCENARIO_ROWS_DEF.length - 1, col, true)}`, comment: `The ${name} scenario's inputs (${SCENARIO_KEYS.join(", ")})` });
  }
  const scheduleLastRow = nextHeader - 4;
  let finalRow = Math.max(row, MONTE_CARLO_AT.row + MONTE_CARLO_ROWS, SCENARIO_AT.row + SCENARIO_ROWS, options.grid ? GRID_AT.row + gridRows(options.grid) : 0);

  // The input checks: one line per input cell (its problem, or blank), and a running "first problem
  // so far" whose last cell feeds the results' input check. Hidden columns of the model sheet.
  const checkCol = CHECK_COL;
  const checkCells: PlanCell[][] = [[cell(t("sheet.checkInput"), "header"), cell(t("sheet.checkProblem"), "header"), cell(t("sheet.checkFirst"), "header")]];
  checks.forEach((c, i) => {
    const r = INPUTS_HEADER_ROW + 1 + i;
    const first = i === 0 ? `=${a1(r, checkCol + 1)}` : `=IF(${a1(r - 1, checkCol + 2)}<>"",${a1(r - 1, checkCol + 2)},${a1(r, checkCol + 1)})`;
    checkCells.push([cell(c.label, "label"), cell(`=${checkExpression(c.rule, c.cell, c.message)}`, "output", fmt("text")), cell(first, "output", fmt("text"))]);
  });
  blocks.push({ row: INPUTS_HEADER_ROW, col: checkCol, cells: checkCells });
  const lastCheck = a1(INPUTS_HEADER_ROW + checks.length, checkCol + 2);
  (summaryCells[1] as PlanCell[])[1] = cell(`=IF(${lastCheck}="","${texts.inputsOk}",${lastCheck})`, "output", fmt("text"));
  finalRow = Math.max(finalRow, INPUTS_HEADER_ROW + checks.length);

  // Stable handles for dashboards: every summary figure, and every schedule column over its N months.
  const taken = new Set(names.map((x) => x.name));
  for (const c of SCHEDULE_COLUMNS) {
    const key = c.monthKey ?? c.key;
    let name = n(key.charAt(0).toUpperCase() + key.slice(1));
    if (taken.has(name)) name += "ByMonth"; // an input of the same key (BtcPriceUsd, NetworkHashrateEhS) keeps the plain name
    taken.add(name);
    const col = colIndex(c.key);
    names.push({ name, ref: `${scheduleSheet}!${a1(t0Row + 1, col, true)}:${a1(lastRow, col, true)}`, comment: `${c.header}, months 1..N` });
  }
  const figureName = {} as Record<(typeof SUMMARY_KEYS)[number], string>;
  for (const s of SUMMARY_ROWS) {
    const key = s.key.charAt(0).toUpperCase() + s.key.slice(1);
    figureName[s.key] = n(key);
    if (DERIVED_ROWS.some((d) => d.key === key)) continue; // the derived cell of that name is the same figure (CapexUsd)
    let name = n(key);
    if (taken.has(name)) name += "Total"; // the schedule column of the same key (BtcMined, EnergyMwh, Co2Tonnes) keeps the plain name
    taken.add(name);
    figureName[s.key] = name;
    names.push({ name, ref: `${sheet}!${a1(summaryAt[s.key].row, summaryAt[s.key].col, true)}`, comment: `${s.label} (summary)` });
  }
  names.push({
    name: n("MonteCarloResults"),
    ref: `${sheet}!${a1(MONTE_CARLO_AT.row, MONTE_CARLO_AT.col, true)}:${a1(MONTE_CARLO_AT.row + MONTE_CARLO_ROWS - 1, MONTE_CARLO_AT.col + MONTE_CARLO_COLS - 1, true)}`,
    comment: "Where the task pane writes Monte Carlo results",
  });

  // The tornado (values from the core at build time; deltas are formulas over them).
  const tornadoCharts: PlanChart[] = [];
  if (options.tornado) {
    const tor = options.tornado;
    const T = TORNADO_AT;
    const cells: PlanCell[][] = [
      [cell(t("sheet.tornadoTitle", { basis: tornadoBasisText(tor), at: options.builtAt ? t("sheet.snapshotAt", { when: options.builtAt }) : "" }), "section"), ...Array.from({ length: 7 }, () => cell(null))],
      t("sheet.tornadoHeaders").split("|").map((h) => cell(h, "header")),
    ];
    const baseRow = T.row + 2 + tor.rows.length;
    tor.rows.forEach((r, i) => {
      const at = T.row + 2 + i;
      cells.push([
        cell(withUnit(r.key, r.label, r.unit), "label"),
        // Low and high in the input's own format (its unit is in the label).
        cell(num(r.low), "output", fmt((entryOf(r.key)?.format ?? "general") as FormatName)),
        cell(num(r.high), "output", fmt((entryOf(r.key)?.format ?? "general") as FormatName)),
        cell(num(r.riskAdjustedNpvLowUsd), "output", fmt("usd")),
        cell(num(r.riskAdjustedNpvHighUsd), "output", fmt("usd")),
        cell(`=${a1(at, T.col + 3)}-${a1(baseRow, T.col + 3)}`, "derived", fmt("usd")),
        cell(`=${a1(at, T.col + 4)}-${a1(baseRow, T.col + 3)}`, "derived", fmt("usd")),
        cell(num(r.npvSwingUsd), "output", fmt("usd")),
      ]);
    });
    cells.push([cell(t("sheet.tornadoBase"), "label"), cell(null), cell(null), cell(num(tor.baseRiskAdjustedNpvUsd), "output", fmt("usd")), ...Array.from({ length: 4 }, () => cell(null))]);
    blocks.push({ row: T.row, col: T.col, cells });
    const first = T.row + 2;
    const last = T.row + 1 + tor.rows.length;
    const colRange = (c: number) => `${a1(first, T.col + c, true)}:${a1(last, T.col + c, true)}`;
    tornadoCharts.push({
      id: "tornado",
      title: t("sheet.tornadoChart"),
      categories: colRange(0),
      series: [
        { name: t("sheet.atLow"), values: colRange(5), axis: "primary", type: "bar" },
        { name: t("sheet.atHigh"), values: colRange(6), axis: "primary", type: "bar" },
      ],
      valueAxisTitle: "USD",
      from: a1(baseRow + 2, T.col),
      to: a1(baseRow + 22, T.col + 7),
    });
  }

  // The two-way grid (values from the core at build time), two tables with a colour scale each.
  const colorScales: PlanColorScale[] = [];
  if (options.grid) {
    const g = options.grid;
    const n = g.btcPricesUsd.length;
    const cells: PlanCell[][] = [[cell(t("sheet.gridTitle", { at: options.builtAt ? t("sheet.snapshotAt", { when: options.builtAt }) : "" }), "section")]];
    for (const [title, table] of [[t("sheet.gridNpv"), g.npvUsd], [t("sheet.gridRiskNpv"), g.riskAdjustedNpvUsd]] as const) {
      const top = GRID_AT.row + cells.length;
      cells.push([cell(t("sheet.gridTable", { table: title }), "label")]);
      cells.push([cell(t("sheet.gridTariff"), "header"), ...g.gridPricesCnyPerKwh.map((p) => cell(num(p), "header", fmt("cnyPerKwh")))]);
      cells.push([cell(t("sheet.hydroTariff"), "header"), ...g.hydroPricesCnyPerKwh.map((p) => cell(num(p), "header", fmt("cnyPerKwh")))]);
      table.forEach((r, i) => cells.push([cell(num(g.btcPricesUsd[i]!), "label", fmt("usd")), ...r.map((v) => cell(num(v), "output", fmt("usd")))]));
      cells.push([cell(null)]);
      colorScales.push({ range: `${a1(top + 3, GRID_AT.col + 1)}:${a1(top + 2 + n, GRID_AT.col + n)}` });
    }
    blocks.push({ row: GRID_AT.row, col: GRID_AT.col, cells });
  }

  // The helper tables are audit material, not reading: hidden, and named in the hint under each title.
  const hiddenColumns = { from: CHECK_COL, to: CHECK_COL + 2 };
  titleCells[2] = [cell(t("sheet.hint", { schedule: scheduleName, summary: summaryName, from: columnLetter(hiddenColumns.from), to: columnLetter(hiddenColumns.to) }), "hint")];
  const scheduleHidden = { from: SCHEDULE_COLUMNS.length + 1, to: helperCol - 1 };
  // The title rows start right of the frozen t and month columns, so their text runs on in the scrolling pane.
  scheduleBlocks.unshift({
    row: 0,
    col: 2,
    cells: [
      [cell(t("sheet.scheduleTitle", { site: inp.siteName }), "title")],
      [cell(t("sheet.legal"), "notice")],
      [cell(t("sheet.scheduleHint", { model: sheetName, from: columnLetter(scheduleHidden.from), to: columnLetter(scheduleHidden.to) }), "hint")],
    ],
  });

  const abs = (key: string, from: number, to: number) => `${a1(from, colIndex(key), true)}:${a1(to, colIndex(key), true)}`;
  const cumulativeChart = (id: string, from: string, to: string): PlanChart => ({
    id,
    title: t("sheet.cumulativeChart"),
    dataOn: "schedule",
    categories: abs("date", t0Row, lastRow),
    series: [
      { name: t("sheet.cumulative"), values: abs("cumCashFlow", t0Row, lastRow), axis: "primary", type: "line" },
      { name: t("sheet.cumulativeRisk"), values: abs("cumExpected", t0Row, lastRow), axis: "primary", type: "line" },
    ],
    valueAxisTitle: "USD",
    from,
    to,
  });
  const charts: PlanChart[] = [
    cumulativeChart("cumulative", a1(INPUTS_HEADER_ROW, CHART_COL), a1(INPUTS_HEADER_ROW + 16, CHART_COL + 8)),
    {
      id: "btc-vs-power",
      title: t("sheet.btcPowerChart"),
      dataOn: "schedule",
      categories: abs("date", t0Row + 1, lastRow),
      series: [
        { name: t("sheet.btcMined"), values: abs("btcMined", t0Row + 1, lastRow), axis: "primary", type: "column" },
        { name: t("sheet.powerCost"), values: abs("powerCost", t0Row + 1, lastRow), axis: "secondary", type: "line" },
      ],
      valueAxisTitle: "BTC",
      secondaryAxisTitle: "USD",
      from: a1(INPUTS_HEADER_ROW + 18, CHART_COL),
      to: a1(INPUTS_HEADER_ROW + 34, CHART_COL + 8),
    },
    ...tornadoCharts,
  ];
  if (tornadoCharts.length > 0) finalRow = Math.max(finalRow, TORNADO_AT.row + 2 + (options.tornado?.rows.length ?? 0) + 23);

  const columnWidths = [
    { col: 0, width: 34 }, { col: 1, width: 16 }, { col: 2, width: 14 }, { col: 3, width: 48 },
    { col: SUMMARY_COL, width: 34 }, { col: SUMMARY_COL + 1, width: 18 }, { col: SUMMARY_COL + 2, width: 16 }, { col: SUMMARY_COL + 3, width: 16 },
    ...(options.tornado ? [{ col: TORNADO_AT.col, width: 34 }, ...[3, 4, 5, 6, 7].map((c) => ({ col: TORNADO_AT.col + c, width: 18 }))] : []),
    ...(options.grid && !options.tornado ? [{ col: GRID_AT.col, width: 34 }] : []),
  ];

  const summary = summarySheet({
    inp,
    modelSheet: sheet,
    modelName: sheetName,
    summaryName,
    builtAt: options.builtAt,
    figureName,
    n,
    scenarioResults,
    chart: (from, to) => cumulativeChart("summary-cumulative", from, to),
    currency: options.currency ?? "USD",
    t,
    zh,
    summaryLabel,
    unitOf,
    inputLabel,
  });

  return {
    sheetName,
    lang,
    currency: options.currency ?? "USD",
    texts,
    dialect,
    namePrefix: prefix,
    blocks,
    names,
    charts,
    columnWidths,
    freezeRows: 3, // the title, the legal notice and the hint stay in view
    hiddenColumns,
    colorScales,
    validations,
    layout: {
      schedule: {
        headerRow,
        t0Row,
        lastRow,
        columns: SCHEDULE_COLUMNS.map((c, i) => ({ key: c.key, col: i, header: c.header, monthKey: c.monthKey })),
      },
      summary: summaryAt,
      inputs: inputsAt,
      inputCheck: checkAt,
      monteCarlo: MONTE_CARLO_AT,
      scenarios: { inputs: scenarioInputs, results: scenarioResults, schedules: scenarioSchedules },
      summaryPage: summary.layout,
      usedRange: { rows: finalRow + 1, cols: Math.max(CHECK_COL + 3, CHART_COL + 9) },
    },
    companions: [
      {
        role: "schedule",
        sheetName: scheduleName,
        blocks: scheduleBlocks,
        charts: [],
        columnWidths: [{ col: 0, width: 6 }, { col: 1, width: 12 }, ...SCHEDULE_COLUMNS.slice(2).map((_, i) => ({ col: i + 2, width: 16 }))],
        // The title, notice and hint rows and the header row; the t and month columns.
        freeze: { rows: SCHEDULE_HEADER_ROW + 1, cols: 2 },
        hiddenColumns: scheduleHidden,
        usedRange: { rows: scheduleLastRow + 1, cols: helperCol },
      },
      summary.sheet,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The one-page summary

/** Formats of amounts of money (USD), which the Summary reports in its currency. */
export const isMoneyFormat = (format: FormatName): boolean => format === "usd" || format === "usdPerBtc";

/** The headline inputs the summary shows beside the results (sheet names of the inputs). */
const SUMMARY_INPUTS: readonly string[] = ["MinerCount", "BtcPriceUsd", "BtcPriceAsOf", "NetworkHashrateEhS", "HydroPriceCnyPerKwh", "GridPriceCnyPerKwh", "CnyPerUsd", "AnnualShutdownProbability", "DiscountRateAnnual", "DebtFraction", "StartDate", "HorizonMonths"];

/** Excel header text: a literal ampersand is written twice. */
const headerText = (s: string) => s.replace(/&/g, "&&");

interface SummaryArgs {
  readonly inp: ResolvedInputs;
  readonly modelSheet: string;
  readonly modelName: string;
  readonly summaryName: string;
  readonly builtAt?: string;
  readonly figureName: Readonly<Record<(typeof SUMMARY_KEYS)[number], string>>;
  readonly n: (k: string) => string;
  readonly scenarioResults: Readonly<Record<string, Readonly<Record<string, { row: number; col: number }>>>>;
  readonly chart: (from: string, to: string) => PlanChart;
  readonly t: (k: string, v?: Record<string, unknown>) => string;
  readonly zh: boolean;
  readonly currency: "USD" | "CNY";
  readonly summaryLabel: (s: SummaryRow) => string;
  readonly unitOf: (u: string) => string;
  readonly inputLabel: (r: InputRow) => string;
}

/**
 * The summary sheet: the headline results and inputs, the scenarios and a chart, with the legal
 * notice, laid out to print on one landscape page. Every figure is a formula linking to the model
 * (through its names, or its scenario cells), so the page follows every edit.
 */
function summarySheet(a: SummaryArgs): { sheet: CompanionSheet; layout: PlanLayout["summaryPage"] } {
  const blocks: PlanBlock[] = [];
  const figures = {} as Record<(typeof SUMMARY_KEYS)[number], { row: number; col: number }>;
  // Amounts in the reporting currency: in CNY, the model's USD figure times the exchange-rate input (text such as "n/a" passes through).
  const isMoney = isMoneyFormat;
  const cny = a.currency === "CNY";
  const reported = (ref: string, format: FormatName) => (cny && isMoney(format) ? `=IF(ISNUMBER(${ref}),${ref}*${a.n("CnyPerUsd")},${ref})` : `=${ref}`);
  const inCurrency = (label: string, format: FormatName) => (cny && isMoney(format) ? label.replace(/USD/g, "CNY") : label);
  const scenarios: Record<string, Record<string, { row: number; col: number }>> = {};
  blocks.push({
    row: 0,
    col: 0,
    cells: [
      [cell(a.t("sheet.summaryTitle", { site: a.inp.siteName }), "title")],
      [cell(a.t(cny ? "sheet.summaryHintCny" : "sheet.summaryHint", { model: a.modelName, built: a.builtAt ? a.t("sheet.summaryBuilt", { when: a.builtAt }) : "" }), "hint")],
    ],
  });
  // Results (A:B).
  const results: PlanCell[][] = [[cell(a.t("sheet.results"), "header"), cell(a.t("sheet.value"), "header")]];
  for (const s of SUMMARY_ROWS) {
    figures[s.key] = { row: 3 + results.length, col: 1 };
    results.push([cell(inCurrency(a.summaryLabel(s), s.format), "label"), cell(reported(`${a.figureName[s.key]}`, s.format), "output", fmt(s.format))]);
  }
  blocks.push({ row: 3, col: 0, cells: results });
  // Inputs (D:F).
  const inputs: PlanCell[][] = [[cell(a.t("sheet.mainInputs"), "header"), cell(a.t("sheet.value"), "header"), cell(a.t("sheet.unit"), "header")]];
  const miner = INPUT_ROWS.find((r) => r.key === "MinerModel")!;
  inputs.push([cell(a.inputLabel(miner), "label"), cell(`=${a.n("MinerModel")}`, "output", fmt("general")), cell("", "unit")]);
  inputs.push([cell(a.t("sheet.fleetPower"), "label"), cell(`=${a.n("FleetW")}/10^6`, "output", fmt("mw")), cell("MW", "unit")]);
  for (const key of SUMMARY_INPUTS) {
    const r = INPUT_ROWS.find((x) => x.key === key);
    if (!r) throw new Error(`plan: no input row ${key}`);
    inputs.push([cell(a.inputLabel(r), "label"), cell(reported(a.n(key), r.format), "output", fmt(r.format)), cell(isMoney(r.format) ? a.currency : a.unitOf(r.unit), "unit")]);
  }
  blocks.push({ row: 3, col: 3, cells: inputs });
  // Scenarios (D:G), below the inputs.
  const scenarioTop = 3 + inputs.length + 1;
  const scenarioCells: PlanCell[][] = [[cell(a.t("sheet.scenariosShort"), "header"), ...SCENARIO_NAMES.map((s) => cell(a.t(`sheet.${s}`), "header"))]];
  SCENARIO_RESULT_KEYS.forEach((key) => {
    const def = SUMMARY_ROWS.find((x) => x.key === key)!;
    const row = scenarioTop + scenarioCells.length;
    scenarioCells.push([
      cell(inCurrency(a.summaryLabel(def), def.format), "label"),
      ...SCENARIO_NAMES.map((name, i) => {
        const at = a.scenarioResults[name]![key]!;
        (scenarios[name] ??= {})[key] = { row, col: 4 + i };
        return cell(reported(`${a.modelSheet}!${a1(at.row, at.col, true)}`, def.format), "output", fmt(def.format));
      }),
    ]);
  });
  blocks.push({ row: scenarioTop, col: 3, cells: scenarioCells });
  // The chart below both tables, then the legal notice.
  const chartTop = Math.max(3 + results.length, scenarioTop + scenarioCells.length) + 1;
  const chartBottom = chartTop + 15;
  const noticeRow = chartBottom + 1;
  blocks.push({ row: noticeRow, col: 0, cells: [[cell(a.t("sheet.legal"), "notice")], [cell(a.t("sheet.estimates"), "note")]] });
  const lastCol = 6; // G
  return {
    sheet: {
      role: "summary",
      sheetName: a.summaryName,
      blocks,
      // (setPosition covers its end cell: the chart ends inside the print area's last column)
      charts: [a.chart(a1(chartTop, 0), a1(chartBottom, lastCol))],
      columnWidths: [{ col: 0, width: 46 }, { col: 1, width: 16 }, { col: 2, width: 3 }, { col: 3, width: 44 }, { col: 4, width: 16 }, { col: 5, width: 16 }, { col: 6, width: 16 }],
      freeze: { rows: 0, cols: 0 },
      hiddenColumns: { from: 0, to: -1 },
      usedRange: { rows: noticeRow + 2, cols: lastCol + 1 },
      page: {
        orientation: "landscape",
        fitToPagesWide: 1,
        fitToPagesTall: 1,
        printArea: `A1:${a1(noticeRow + 1, lastCol)}`,
        header: { left: headerText(a.t("sheet.title", { site: a.inp.siteName })), center: "", right: a.t("sheet.printed") },
      },
    },
    layout: { figures, scenarios },
  };
}
