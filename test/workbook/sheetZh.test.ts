/*
 * The model's sheets in Chinese (buildPlan with lang "zh-CN", the CLI's `--xlsx --lang zh-CN`): the
 * same workbook as the English one, figure for figure (both evaluated by HyperFormula on all three
 * sheets), with every label, header, title and unit in Chinese, the legal notice citing both acts on
 * each sheet, and the texts formulas show ("check inputs", "never") in Chinese too.
 */
import { DetailedCellError } from "hyperformula";
import { buildPlan, DERIVED_ROWS, SCHEDULE_COLUMNS, SUMMARY_ROWS, INPUT_ROWS, type WorkbookPlan } from "../../src/workbook/plan";
import { cachedValues } from "../../src/workbook/xlsx";
import { monteCarloBlock } from "../../src/workbook/monteCarloPlan";
import { runMonteCarlo } from "../../src/core/risk/monteCarlo";
import { tornado } from "../../src/core/risk/tornado";
import { sensitivityGrid } from "../../src/core/risk/grid";
import { CATALOGUE } from "../../src/core/model/catalogue";
import { RESOURCES } from "../../src/i18n/resources";
import { DERIVED_LABELS_ZH, SCHEDULE_HEADERS_ZH, SUMMARY_LABELS_ZH, UNITS_ZH } from "../../src/i18n/sheet.zh-CN";
import { evaluatePlan } from "../support/hyperformula";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const INPUTS = { siteName: "松花江测试矿场", startDate: "2027-01-01", horizonMonths: 30, debtFraction: 0.5, taxRate: 0.25, opexItems: [{ label: "Staff", cny: 30000 }] };
const CJK = /[\u4e00-\u9fff]/;

const plans = (inputs: object, extra: object = {}) => {
  const options = { today: TODAY, tornado: tornado(inputs, undefined, TODAY), grid: sensitivityGrid(inputs, undefined, TODAY), builtAt: "2026-11-30 18:00 UTC", ...extra };
  return { en: buildPlan(inputs, options), zh: buildPlan(inputs, { ...options, lang: "zh-CN", sheetName: "模型 松花江", scheduleSheetName: "现金流表 松花江", summarySheetName: "摘要 松花江" }) };
};
const allBlocks = (p: WorkbookPlan) => [...p.blocks, ...p.companions.flatMap((c) => c.blocks)];

describe.each(["addin", "portable"] as const)("a Chinese workbook (%s formulas)", (dialect) => {
  const { en, zh } = plans(INPUTS, { dialect });

  it("has the same figures as the English one on all three sheets, and no error", () => {
    const a = evaluatePlan(en);
    const b = evaluatePlan(zh);
    let numbers = 0;
    const problems: string[] = [];
    for (const role of ["model", "schedule", "summary"] as const) {
      const x = a.hf.getSheetValues(a.sheetIdOf(role));
      const y = b.hf.getSheetValues(b.sheetIdOf(role));
      x.forEach((row, r) => row.forEach((v, c) => {
        const w = y[r]?.[c];
        if (w instanceof DetailedCellError || v instanceof DetailedCellError) problems.push(`${role} ${r},${c}: error`);
        else if (typeof v === "number") {
          numbers++;
          if (typeof w !== "number" || Math.abs(v - w) > 1e-9 * Math.max(1, Math.abs(v))) problems.push(`${role} ${r},${c}: ${v} vs ${String(w)}`);
        } else if (typeof v === "string" && v !== "" && typeof w !== "string") problems.push(`${role} ${r},${c}: text became ${String(w)}`);
      }));
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(numbers).toBeGreaterThan(3000);
  });

  it("writes every label, header, title and notice in Chinese (codes and units such as USD or t stay)", () => {
    const english: string[] = [];
    for (const b of allBlocks(zh)) for (const row of b.cells) for (const c of row) {
      if (typeof c.value !== "string" || c.value.startsWith("=") || !["label", "header", "title", "section", "notice", "hint", "unit"].includes(c.style ?? "")) continue;
      const words = c.value.replace(/^'/, "").replace(/JM_\w+|[A-Z][A-Za-z0-9-]*|\b(?:t|fraction|tCO2)\b/g, "");
      if (/[a-z]{3,}/.test(words) && !CJK.test(c.value)) english.push(c.value);
    }
    // Line-item labels are the user's own text ("Staff").
    expect(english.filter((v) => v !== "'Staff" && v !== "Staff")).toEqual([]);
  });

  it("writes where each default came from in Chinese (the sources' own titles stay), and names the add-in in Chinese in the stop alerts", () => {
    const notes = zh.blocks.flatMap((b) => b.cells.flat()).filter((c) => c.style === "note" && typeof c.value === "string").map((c) => c.value as string);
    expect(notes.length).toBeGreaterThan(20);
    // Each part the add-in writes (parts are joined by "；") is Chinese; a source's own text may be English.
    const english = notes.filter((n) => /(^|；)(catalogue:|preset |ASSUMPTION\.|your input|default|user input|custom miner)/.test(n));
    expect(english).toEqual([]);
    expect(notes.some((n) => n.includes("矿机目录："))).toBe(true);
    expect(notes.some((n) => n.includes("预设 BASE"))).toBe(true);
    expect(new Set(zh.validations.map((v) => v.title))).toEqual(new Set(["吉林比特币挖矿模型"]));
    expect(en.validations.every((v) => v.title === undefined)).toBe(true);
  });

  it("carries the legal notice citing both acts on each sheet, and Chinese chart titles", () => {
    for (const blocks of [zh.blocks, ...zh.companions.map((c) => c.blocks)]) {
      const notice = blocks.flatMap((b) => b.cells.flat()).find((c) => c.style === "notice")!.value as string;
      expect(notice).toContain("发改运行〔2021〕1283号");
      expect(notice).toContain("打击比特币挖矿和交易行为");
    }
    for (const c of [...zh.charts, ...zh.companions.flatMap((x) => x.charts)]) expect([c.title, CJK.test(c.title)]).toEqual([c.title, true]);
  });
});

it("the texts formulas show are Chinese: an input out of range gives 请检查输入, a model that never pays back 未回本", () => {
  const { zh } = plans({ ...INPUTS, btcPriceUsd: 20000 });
  const e = evaluatePlan(zh);
  expect(e.hf.calculateFormula("=JM_PaybackMonths", e.sheet)).toBe("未回本");
  expect(e.hf.calculateFormula("=JM_InputCheck", e.sheet)).toBe("输入正常");
  const pool = zh.layout.inputs.PoolFee!;
  e.hf.setCellContents({ sheet: e.sheet, row: pool.row, col: pool.col }, [[3]]);
  expect(e.hf.calculateFormula("=JM_NpvUsd", e.sheet)).toBe("请检查输入");
  // The input check names the input and its rule in Chinese; so does the cell's data validation.
  expect(e.hf.calculateFormula("=JM_InputCheck", e.sheet)).toBe("矿池费率必须是数值，范围 [0, 1)");
  const v = zh.validations.find((x) => x.row === pool.row && x.col === pool.col)!;
  expect(v.message).toBe("矿池费率必须是数值，范围 [0, 1)");
});

it("the .xlsx file's cached values of the Chinese workbook are the engine's", () => {
  const { zh } = plans(INPUTS, { dialect: "portable" });
  const e = evaluatePlan(zh);
  const wrong: string[] = [];
  for (const [role, cells] of cachedValues(zh, INPUTS, TODAY)) {
    for (const [at, v] of cells) {
      const [row, col] = at.split(",").map(Number) as [number, number];
      const w = e.at(role, row, col);
      const ok = typeof v === "number" && typeof w === "number" ? Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v)) : v === w;
      if (!ok) wrong.push(`${role} ${at}: ${String(v)} vs ${String(w)}`);
    }
  }
  expect(wrong.slice(0, 5)).toEqual([]);
});

it("the Monte Carlo block in a Chinese workbook is Chinese, with the same numbers", () => {
  const result = runMonteCarlo(INPUTS, { paths: 200, seed: 5 }, TODAY);
  const en = monteCarloBlock(result, { row: 40, col: 9 }, "2026-11-30");
  const zh = monteCarloBlock(result, { row: 40, col: 9 }, "2026-11-30", "zh-CN");
  expect(zh.block.cells.map((r) => r.map((c) => (typeof c.value === "number" ? c.value : null)))).toEqual(en.block.cells.map((r) => r.map((c) => (typeof c.value === "number" ? c.value : null))));
  const labels = zh.block.cells.map((r) => r[0]!.value).filter((v): v is string => typeof v === "string" && v !== "" && !/^-?\d/.test(v));
  for (const l of labels) expect([l, CJK.test(l)]).toEqual([l, true]);
  expect(CJK.test(zh.chart.title)).toBe(true);
});

it("every table row, unit and input has its Chinese text", () => {
  expect(SCHEDULE_COLUMNS.filter((c) => !CJK.test(SCHEDULE_HEADERS_ZH[c.key] ?? "") && c.key !== "t" && c.key !== "ebitda" && c.key !== "ebit").map((c) => c.key)).toEqual([]);
  expect(Object.keys(SCHEDULE_HEADERS_ZH).sort()).toEqual(SCHEDULE_COLUMNS.map((c) => c.key).sort());
  expect(DERIVED_ROWS.filter((d) => !CJK.test(DERIVED_LABELS_ZH[d.key] ?? "")).map((d) => d.key)).toEqual([]);
  expect(SUMMARY_ROWS.filter((s) => !CJK.test(SUMMARY_LABELS_ZH[s.key] ?? "")).map((s) => s.key)).toEqual([]);
  const units = new Set([...INPUT_ROWS.map((r) => r.unit), ...DERIVED_ROWS.map((d) => d.unit)]);
  expect([...units].filter((u) => !(u in UNITS_ZH))).toEqual([]);
  const zhInputs = RESOURCES["zh-CN"].input as Record<string, string>;
  expect(CATALOGUE.filter((e) => !CJK.test(zhInputs[e.key] ?? "")).map((e) => e.key)).toEqual([]);
});

describe("the Summary sheet in CNY (reporting currency)", () => {
  const plan = buildPlan(INPUTS, { today: TODAY, currency: "CNY", lang: "zh-CN" });
  const money = ["capexUsd", "npvUsd", "riskAdjustedNpvUsd", "allInCostPerBtcUsd", "breakevenBtcPriceUsd", "equityNpvUsd"] as const;

  it("shows each amount as the model's USD figure times the exchange-rate input, live, and labels it CNY", () => {
    const e = evaluatePlan(plan);
    const figure = (key: (typeof money)[number]) => e.at("summary", plan.layout.summaryPage.figures[key].row, plan.layout.summaryPage.figures[key].col) as number;
    const usd = (key: (typeof money)[number]) => e.value(plan.layout.summary[key].row, plan.layout.summary[key].col) as number;
    for (const key of money) expect(Math.abs(figure(key) - usd(key) * 7.12)).toBeLessThanOrEqual(1e-9 * Math.abs(usd(key) * 7.12));
    // Live: a new exchange rate on the model sheet changes the CNY figures (the USD ones do not move).
    const npvUsd = usd("npvUsd");
    const rate = plan.layout.inputs.CnyPerUsd!;
    e.hf.setCellContents({ sheet: e.sheet, row: rate.row, col: rate.col }, [[7.5]]);
    expect(Math.abs(figure("capexUsd") - usd("capexUsd") * 7.5)).toBeLessThan(1e-6);
    expect(typeof npvUsd).toBe("number");
    const label = plan.companions.find((c) => c.role === "summary")!.blocks[1]!.cells.find((r) => r[0]!.value === "净现值 NPV（CNY）");
    expect(label).toBeDefined();
  });

  it("the .xlsx file's cached CNY figures are the engine's", () => {
    const e = evaluatePlan(plan);
    const cells = cachedValues(plan, INPUTS, TODAY).get("summary")!;
    const wrong = [...cells].filter(([at, v]) => {
      const [row, col] = at.split(",").map(Number) as [number, number];
      const w = e.at("summary", row, col);
      return typeof v === "number" && typeof w === "number" ? Math.abs(v - w) > 1e-9 * Math.max(1, Math.abs(v)) : v !== w;
    });
    expect(wrong).toEqual([]);
  });
});
