/*
 * The portable model as an .xlsx, recalculated by a second real engine: LibreOffice Calc (headless,
 * recalculation forced on load) opens each exported file, and in the recalculated file every summary
 * name and every schedule cell equals projectModel (1e-9 relative; IRR 1e-6) and no cell is an error.
 * The files are written WITHOUT cached values, so every figure read back was computed by Calc.
 * The CLI's own file (with cached values) is also read back for its names, styles and frozen rows.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { buildPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { projectModel } from "../../src/core/model/project";
import { SUMMARY_KEYS } from "../../src/core/model/json";
import type { ModelInputs } from "../../src/core/model/inputs";
import { parseReference } from "../../src/workbook/live";
import { parseA1 } from "../../src/workbook/address";
import { recalculate } from "../support/libreoffice";

jest.setTimeout(300000);

const ROOT = path.resolve(__dirname, "../..");
const TODAY = new Date(Date.UTC(2026, 10, 30));
const example = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "examples", name), "utf8")) as ModelInputs;

const CASES: [string, ModelInputs][] = [
  ["defaults", {}],
  ["120 months", { startDate: "2027-01-01", horizonMonths: 120, btcPriceGrowthMonthly: 0.02, networkHashrateGrowthMonthly: 0.015, minerPriceUsdPerTh: 15, taxRate: 0.15, recoveryFraction: 0.2 }],
  ["across the 2028 halving", { startDate: "2027-10-01", horizonMonths: 18, miner: "Whatsminer M60S", minerCount: 300, btcPriceUsd: 150000, annualShutdownProbability: "HIGH" }],
  ["tax with losses carried forward", { startDate: "2026-12-01", horizonMonths: 48, btcPriceUsd: 60000, btcPriceGrowthMonthly: 0.045, taxRate: 0.25, minerPriceUsdPerTh: 12 }],
  ["curtailment on", { startDate: "2027-10-01", horizonMonths: 24, btcPriceUsd: 52000, gridPriceCnyPerKwh: 0.95 }],
  ["curtailment off", { startDate: "2027-10-01", horizonMonths: 24, btcPriceUsd: 52000, gridPriceCnyPerKwh: 0.95, curtailWhenUnprofitable: false }],
  ["scenarios given", { startDate: "2027-01-01", scenarios: { bear: { btcPriceUsd: 50000, gridPriceCnyPerKwh: 0.7 }, base: { btcPriceGrowthMonthly: 0.01 }, bull: { btcPriceUsd: 150000, annualShutdownProbability: "LOW" } } }],
  ["line items in CNY (the 10 MW hydro example)", example("hydro-10mw.json")],
  ["levered: the 10 MW hydro site with 60 % debt", example("levered-hydro-10mw.json")],
  ["levered past the horizon with partial dispatch and degradation", { startDate: "2027-10-01", horizonMonths: 30, btcPriceUsd: 62000, gridPriceCnyPerKwh: 0.95, hashrateDegradationAnnual: 0.05, taxRate: 0.25, debtFraction: 0.9, debtRateAnnual: 0.12, debtTermMonths: 48 }],
  ["enforcement: back-pay and a differential tariff", { startDate: "2027-01-01", horizonMonths: 30, annualShutdownProbability: "HIGH", recoveryFraction: 0.2, shutdownPenaltyCnyPerKwh: 2, penaltyLookbackMonths: 12, penaltyTariffCnyPerKwh: 0.8, penaltyTariffFromMonth: 7, btcPriceUsd: 150000, networkHashrateEhS: 1061.28 }],
  ["dated market inputs", { startDate: "2027-03-01", horizonMonths: 24, btcPriceUsd: 85000, btcPriceAsOf: "2026-05-20", btcPriceGrowthMonthly: 0.015, networkHashrateEhS: 1300, networkHashrateAsOf: "2027-06-30" }],
  ["an IRR of about −13 % a month: 113 months of losses, then the salvage", { startDate: "2031-03-01", horizonMonths: 114, miner: "Whatsminer M50S++", minerCount: 1597, pue: 1.004, uptime: 0.5, gridPriceCnyPerKwh: 0.2461, btcPriceUsd: 62513.79, annualShutdownProbability: 0.9, salvageFraction: 0.3, minerLifeMonths: 23, infrastructureLifeMonths: 108, curtailWhenUnprofitable: false, btcPriceGrowthMonthly: 0, networkHashrateGrowthMonthly: 0, feesBtcPerBlock: 0, poolFee: 0, taxRate: 0, recoveryFraction: 0, discountRateAnnual: 0, debtFraction: 0 }],
  ["a custom miner", { startDate: "2027-01-01", miner: { name: "Own 300T", hashrateThS: 300, powerW: 5100, priceUsdPerTh: 14 }, minerCount: 150, hydroFactorTPerMwh: "HYDRO-LCA" }],
];

type Read = { sheet: ExcelJS.Worksheet; schedule: ExcelJS.Worksheet; summary: ExcelJS.Worksheet; all: ExcelJS.Worksheet[]; names: Map<string, string> };

/** A file's sheets (model, schedule, summary, in that order) and its names. */
async function readBack(file: string): Promise<Read> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = new Map<string, string>();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) names.set(n.name, n.ranges[0]!);
  const [sheet, schedule, summary] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
  return { sheet, schedule, summary, all: wb.worksheets, names };
}

/**
 * What a cell shows after recalculation: a formula's result, or the constant. exceljs 4.4 drops a
 * cached result of 0 when reading (`<f>…</f><v>0</v>` comes back without `result`), so a formula
 * without a result reads as 0; the files are written without cached values, so any result at all
 * was put there by Calc.
 */
function shown(sheet: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = sheet.getCell(row + 1, col + 1).value as unknown;
  if (v !== null && typeof v === "object" && ("formula" in (v as object) || "sharedFormula" in (v as object))) return (v as { result?: unknown }).result ?? 0;
  return v;
}

function agree(what: string, engine: unknown, model: number, tolerance = 1e-9): void {
  if (typeof engine !== "number") throw new Error(`${what}: Calc gave ${JSON.stringify(engine)}, model ${model}`);
  const scale = Math.max(Math.abs(engine), Math.abs(model), 1);
  if (!(Math.abs(engine - model) <= tolerance * scale)) throw new Error(`${what}: Calc ${engine} vs model ${model}`);
}

/** Each summary figure of a recalculated file, found through its workbook name, equals the CLI's JSON (text where it has none). */
function expectSummary(read: Read, summary: Record<string, number | null>, texts: string[], tag: string): void {
  for (const key of SUMMARY_KEYS) {
    const base = `JM_${key[0]!.toUpperCase()}${key.slice(1)}`;
    const at = parseA1(parseReference(`=${read.names.get(read.names.has(`${base}Total`) ? `${base}Total` : base)}`)!.address);
    const v = summary[key];
    if (v === null || v === undefined) expect(texts).toContain(shown(read.sheet, at.row, at.col));
    else agree(`${tag} ${key}`, shown(read.sheet, at.row, at.col), v, key === "irrAnnual" ? 1e-6 : 1e-9);
  }
}

let recalculated: string[] = [];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jilin-xlsx-"));

beforeAll(async () => {
  const files: string[] = [];
  for (const [i, [, inputs]] of CASES.entries()) {
    const plan = buildPlan(inputs, { dialect: "portable", today: TODAY, sheetName: `Model case ${i}` });
    const file = path.join(dir, `case-${i}.xlsx`);
    fs.writeFileSync(file, await planToXlsx(plan, inputs, { today: TODAY, withoutCachedValues: true }));
    files.push(file);
  }
  recalculated = recalculate(files);
});

describe.each(CASES.map(([name, inputs], i) => [name, inputs, i] as const))("LibreOffice recalculates %s", (_name, inputs, i) => {
  it("every summary name and schedule cell equals projectModel, and no cell is an error", async () => {
    const { sheet, schedule, summary, all, names } = await readBack(recalculated[i]!);
    const p = projectModel(inputs, TODAY);
    const plan = buildPlan(inputs, { dialect: "portable", today: TODAY, sheetName: `Model case ${i}` });
    expect(all.map((w) => w.name)).toEqual([plan.sheetName, ...plan.companions.map((c) => c.sheetName)]);
    // No error anywhere, on any of the three sheets.
    const errors: string[] = [];
    for (const w of all) w.eachRow((row) => row.eachCell((c) => {
      const r = (c.value as { result?: unknown } | null)?.result ?? c.value;
      if (r !== null && typeof r === "object" && "error" in (r as object)) errors.push(`${w.name}!${c.address}: ${(r as { error: string }).error}`);
    }));
    expect(errors).toEqual([]);
    // Summary, through its workbook name.
    let compared = 0;
    for (const key of SUMMARY_KEYS) {
      const base = `JM_${key[0]!.toUpperCase()}${key.slice(1)}`;
      const ref = names.get(names.has(`${base}Total`) ? `${base}Total` : base);
      expect(ref).toBeDefined();
      const at = parseA1(parseReference(`=${ref}`)!.address);
      const engine = shown(sheet, at.row, at.col);
      // The summary sheet shows the same figure through its link.
      const page = plan.layout.summaryPage.figures[key];
      const linked = shown(summary, page.row, page.col);
      const model = p.summary[key];
      if (model === undefined) {
        expect(["none", "never", "n/a"]).toContain(engine);
        expect(linked).toBe(engine);
      } else {
        agree(key, engine, model.toNumber(), key === "irrAnnual" ? 1e-6 : 1e-9);
        agree(`summary sheet ${key}`, linked, model.toNumber(), key === "irrAnnual" ? 1e-6 : 1e-9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(8);
    // Every month of every model column.
    const s = plan.layout.schedule;
    for (const m of p.months) {
      for (const c of s.columns) {
        if (!c.monthKey || c.monthKey === "t") continue;
        const v = m[c.monthKey as keyof typeof m];
        agree(`month ${m.t} ${c.monthKey}`, shown(schedule, s.t0Row + m.t, c.col), typeof v === "number" ? v : (v as { toNumber(): number }).toNumber());
      }
    }
  });
});

describe("the CLI's Chinese file (--lang zh-CN)", () => {
  it("recalculated by Calc, gives the English JSON's figures, with Chinese sheets and labels", async () => {
    const out = path.join(dir, "hydro-zh.xlsx");
    const config = path.join(ROOT, "examples", "hydro-10mw.json");
    const json = JSON.parse(execFileSync("node", [path.join(ROOT, "bin/jilin-model.js"), "--config", config, "--json", "--lang", "zh-CN", "--xlsx", out], { cwd: ROOT, encoding: "utf8" }));
    const [again] = recalculate([out]);
    const recalc = await readBack(again!);
    expect([recalc.sheet.getCell(5, 1).value, recalc.sheet.getCell(6, 1).value]).toEqual(["输入", "开始（首月）"]);
    expect(recalc.sheet.getCell(2, 1).text).toContain("发改运行〔2021〕1283号");
    expectSummary(recalc, json.summary, ["无", "未回本", "不适用"], "zh");
  });
});

describe("the CLI's file", () => {
  it("npm run model -- --xlsx writes a file with every name, input styling, number formats, validation and frozen rows, and refuses to overwrite without --force", async () => {
    const out = path.join(dir, "hydro.xlsx");
    const config = path.join(ROOT, "examples", "hydro-10mw.json");
    const json = JSON.parse(execFileSync("node", [path.join(ROOT, "bin/jilin-model.js"), "--config", config, "--json", "--xlsx", out], { cwd: ROOT, encoding: "utf8" }));
    expect(Object.keys(json)).toEqual(["summary", "months"]);
    const plan = buildPlan(example("hydro-10mw.json"), { dialect: "portable" });
    const { sheet, names } = await readBack(out);
    expect([...names.keys()].sort()).toEqual(plan.names.map((n) => n.name).sort());
    const pue = plan.layout.inputs.Pue!;
    const cell = sheet.getCell(pue.row + 1, 2);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
    expect(cell.font.color?.argb).toBe("FF0000FF");
    expect(cell.dataValidation).toMatchObject({ type: "decimal", operator: "between", error: "PUE must be a PUE ratio in [1, 3]" });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: plan.freezeRows });
    const { schedule, summary } = await readBack(out);
    const scheduleSheet = plan.companions.find((c) => c.role === "schedule")!;
    expect(schedule.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: scheduleSheet.freeze.rows });
    expect(summary.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    // Cached values from the core: a viewer that does not recalculate shows the CLI's NPV.
    const npv = parseA1(parseReference(`=${names.get("JM_NpvUsd")}`)!.address);
    expect(shown(sheet, npv.row, npv.col)).toBe(json.summary.npvUsd);
    // Recalculated by Calc, the file gives the CLI's own figures.
    const [again] = recalculate([out]);
    const recalc = await readBack(again!);
    // Calc reads the summary's orientation, fit, print area and header and writes them back. (Headless,
    // it keeps no sheet views, so the frozen panes are checked in the file as written, above.)
    const page = plan.companions.find((c) => c.role === "summary")!.page!;
    expect(recalc.summary.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 1, printArea: page.printArea });
    expect(recalc.summary.headerFooter.oddHeader).toBe(`&L${page.header.left}&R${page.header.right}`);
    expect(page.header.left).toBe("Jilin Mining Model: 10 MW run-of-river hydro site, Songhua basin");
    expectSummary(recalc, json.summary, ["none", "never", "n/a"], "CLI");
    const before = fs.readFileSync(out);
    const refused = (() => {
      try {
        execFileSync("node", [path.join(ROOT, "bin/jilin-model.js"), "--config", config, "--xlsx", out], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
        return undefined;
      } catch (e) {
        return e as { status: number; stderr: string; stdout: string };
      }
    })();
    expect(refused?.status).toBe(2);
    expect(refused?.stderr).toMatch(/exists; add --force to replace it/);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    execFileSync("node", [path.join(ROOT, "bin/jilin-model.js"), "--config", config, "--xlsx", out, "--force"], { cwd: ROOT, encoding: "utf8" });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
