/*
 * The workbook layer's messages in English and Chinese: every text of `addin` renders in both
 * languages with its placeholders filled, the English word for word as the add-in has always written
 * it (the expected sentences are written out here, not taken from the resources); the messages that
 * buildModel, writeMonteCarlo, readSheetInputs, verifyIdentity, parseSaved and missingRequirement
 * make carry their text, whose English is their `message` and whose Chinese has no English words
 * but the names and numbers put in.
 */
import { RESOURCES } from "../../src/i18n/resources";
import { addinMessage, addinText, type AddinParam, type AddinText, type TextKey } from "../../src/i18n/addin";
import { ModelError } from "../../src/core/errors";
import { PreviewWorkbook } from "../../preview/workbook";
import { createExcel, faults } from "../../preview/excelApi";
import { buildModel, writeMonteCarlo, BuildError } from "../../src/workbook/apply";
import { runMonteCarlo } from "../../src/core/risk/monteCarlo";
import { buildPlan } from "../../src/workbook/plan";
import { readSheetInputs, verifyIdentity, markerFormula, markerName, parseReference } from "../../src/workbook/live";
import { parseSaved } from "../../src/taskpane/savedState";
import { EXCEL_API_VERSION, missingRequirement, missingRequirementText } from "../../src/taskpane/requirements";
import { parseA1 } from "../../src/workbook/address";
import { sheetReading, registerJilin } from "../support/hyperformula";

const NO_LONGER = "The saved model no longer matches this workbook; build a new model.";

/** Every text of `addin`: its parameters and today's English sentence. */
const EXPECTED: Record<string, [Record<string, AddinParam>, string]> = {
  "refused.sheetGone": [{}, `${NO_LONGER} (the sheet it was built in is no longer in this workbook)`],
  "refused.markerGone": [{ sheet: "Model Jilin site" }, `${NO_LONGER} (the sheet “Model Jilin site” no longer carries the add-in's marker)`],
  "refused.nameOutside": [{ name: "JM_Pue" }, `${NO_LONGER} (the name JM_Pue now points outside the model's sheets)`],
  "refused.monteCarloArea": [{ name: "JM_MonteCarloResults" }, `${NO_LONGER} (its Monte Carlo area JM_MonteCarloResults is missing, was resized or moved off the model sheet)`],
  "refused.nameExists": [{ name: "JM_Pue" }, "The model could not be rebuilt: the name JM_Pue already exists and was not created by Jilin Mining Model. Rename or delete it, or build a new model. Nothing was changed."],
  "stale.inputsChanged": [{}, "The model sheet's inputs changed since the pane read them. Review the differences, then rebuild. Nothing was changed."],
  "stale.invalidInput": [{ problem: "Pool fee (fraction) must be a fraction in [0, 1) (got 3)" }, "The model sheet has an invalid input: Pool fee (fraction) must be a fraction in [0, 1) (got 3). Correct it first; nothing was changed."],
  "failed.build": [{ detail: "Chart creation failed" }, "The model could not be built: Chart creation failed. Your workbook is unchanged."],
  "failed.rebuild": [{ detail: "Chart creation failed" }, "The model could not be rebuilt: Chart creation failed. Your workbook is unchanged."],
  "failed.buildUndo": [{ detail: "Chart creation failed", undo: "GeneralException" }, "The model could not be built: Chart creation failed. Undoing the partial build also failed (GeneralException); check the model sheet before going on."],
  "failed.rebuildUndo": [{ detail: "Chart creation failed", undo: "GeneralException" }, "The model could not be rebuilt: Chart creation failed. Undoing the partial rebuild also failed (GeneralException); check the model sheet before going on."],
  "failed.monteCarlo": [{ detail: "Chart creation failed" }, "The Monte Carlo results could not be written: Chart creation failed. The model sheet is as it was."],
  "failed.monteCarloUndo": [{ detail: "Chart creation failed", undo: "GeneralException" }, "The Monte Carlo results could not be written: Chart creation failed. Undoing the partial write also failed (GeneralException)."],
  "failed.portable": [{ detail: "Chart creation failed" }, "The model could not be made portable: Chart creation failed. Your workbook is unchanged."],
  "failed.read": [{ detail: "Chart creation failed" }, "The model could not be read: Chart creation failed."],
  "progress.tornado": [{}, "Computing the tornado"],
  "progress.grid": [{}, "Computing the sensitivity grid"],
  "progress.reading": [{}, "Reading the workbook"],
  "progress.writing": [{}, "Writing the model"],
  "progress.calculating": [{}, "Calculating"],
  "progress.done": [{}, "Done"],
  "layout.changed": [{ problems: "JM_Pue now points outside the model sheet “Model X” (cells were moved to another sheet)" }, "The model sheet's layout changed: JM_Pue now points outside the model sheet “Model X” (cells were moved to another sheet). Rebuild the model to restore it"],
  "layout.profileCells": [{ name: "JM_HydroShareByMonth", cells: 13 }, "the hydro profile JM_HydroShareByMonth now has 13 cells instead of 12 (rows were inserted or deleted in it)"],
  "layout.scenarioCells": [{ scenario: "bear", name: "JM_ScenarioBear", cells: 5, expected: 6 }, "the bear scenario's inputs JM_ScenarioBear now have 5 cells instead of 6"],
  "layout.movedOne": [{ names: "JM_Pue", sheet: "Model X" }, "JM_Pue now points outside the model sheet “Model X” (cells were moved to another sheet)"],
  "layout.movedMany": [{ names: "JM_Pue, JM_Uptime", sheet: "Model X" }, "JM_Pue, JM_Uptime now point outside the model sheet “Model X” (cells were moved to another sheet)"],
  inputProblem: [{ problem: "Pool fee (fraction) must be a fraction in [0, 1) (got 3)" }, "Pool fee (fraction) must be a fraction in [0, 1) (got 3)"],
  "change.miner": [{}, "Miner"],
  "change.withUnit": [{ label: "Miner price", unit: "USD/TH" }, "Miner price (USD/TH)"],
  "change.hydroShare": [{ month: "Feb" }, "Feb hydro share"],
  "change.items": [{ list: "Infrastructure capex" }, "Infrastructure capex items"],
  "change.item": [{ list: "Fixed opex", n: 2 }, "Fixed opex item 2"],
  "change.scenario": [{ scenario: "Bear", label: "BTC price at start" }, "Bear: BTC price at start"],
  "change.blank": [{}, "(blank)"],
  "change.itemCount": [{ n: 3 }, "3 items"],
  "change.minerShown": [{ name: "Antminer S21 XP", ths: 270, watts: "3,645" }, "Antminer S21 XP (270 TH/s, 3,645 W)"],
  "change.lineItem": [{ label: "Substation", amount: "712,000", currency: "CNY" }, "Substation: 712,000 CNY"],
  "saved.corrupted": [{ why: "it is not valid JSON" }, "The model saved in this workbook cannot be read (it is not valid JSON). The wizard starts from the defaults; your sheets are untouched."],
  "saved.notJson": [{}, "it is not valid JSON"],
  "saved.notObject": [{}, "it is not an object"],
  "saved.noSchema": [{}, "it has no schema version"],
  "saved.unknownSchema": [{ schema: 0 }, "unknown schema 0"],
  "saved.incomplete": [{}, "the wizard's inputs are incomplete"],
  "saved.notRecorded": [{}, "the sheet and names it built are not recorded"],
  "saved.invalidInputs": [{}, "its inputs are invalid"],
  "saved.newer": [{ schema: 4, reads: 3 }, "The model in this workbook was saved by a newer version of Jilin Mining Model (schema 4; this version reads 3). Update the add-in to edit it. The wizard starts from the defaults; your sheets are untouched."],
  "saved.unsafe": [{}, "The model in this workbook was built by an earlier version of Jilin Mining Model, which did not record how to recognise its sheet safely. Build a new model; the old sheet is left as it is."],
  "saved.oneSheet": [{}, "The model in this workbook was built by an earlier version of Jilin Mining Model as one sheet; this version builds a model sheet with its own schedule and summary sheets. Build a new model; the old sheet is left as it is."],
  "requirement.withPerpetual": [{ version: "1.9", perpetual: "Excel 2021" }, "This version of Excel does not support ExcelApi 1.9, which Jilin Mining Model needs to build and update models. Use Excel for Microsoft 365, Excel on the web, or Excel 2021 or later."],
  "requirement.subscriptionOnly": [{ version: "1.18" }, "This version of Excel does not support ExcelApi 1.18, which Jilin Mining Model needs to build and update models. Use Excel for Microsoft 365 or Excel on the web."],
};

/** Every leaf of a resource as a dotted key. */
function leaves(o: unknown, prefix = ""): string[] {
  if (typeof o === "string") return [prefix];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The strings a message puts in (names, numbers, Excel's and the core's messages), at any depth. */
function putIn(text: AddinText): string[] {
  return Object.values(text.params).flatMap((p): string[] => {
    if (typeof p === "string" || typeof p === "number") return [String(p)];
    if (Array.isArray(p)) return (p as readonly AddinText[]).flatMap(putIn);
    if ("error" in p) return [p.en];
    return putIn(p as AddinText);
  });
}

/** Names that stay as they are in Chinese text. */
const NAMES = /ExcelApi|Excel|Microsoft|JSON|TH\/s/g;

/** A text with what was put in and the names taken out: the words of the language itself. */
function ownWords(rendered: string, text: AddinText): string {
  let rest = rendered;
  for (const s of putIn(text).sort((a, b) => b.length - a.length)) rest = rest.split(s).join("");
  return rest.replace(NAMES, "");
}

/** The Chinese of a message: complete, in Chinese wherever the English has words, and without English words but what was put in. */
function expectChinese(text: AddinText, errorText?: (e: ModelError) => string): string {
  const zh = addinText(text, "zh-CN", errorText);
  expect(zh).not.toMatch(/\{\{|\}\}|addin\./);
  if (/[A-Za-z]{2,}/.test(ownWords(addinText(text, "en"), text))) expect([text.key, zh]).toEqual([text.key, expect.stringMatching(/[\u4e00-\u9fff]/)]);
  expect([text.key, ownWords(zh, text)]).toEqual([text.key, expect.not.stringMatching(/[A-Za-z]{2,}/)]);
  return zh;
}

describe("every text of the add-in", () => {
  it("is listed here, once", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(leaves(RESOURCES.en.addin).sort());
  });

  it.each(Object.entries(EXPECTED))("%s: today's English, and Chinese with every placeholder filled", (key, [params, english]) => {
    const text = addinMessage(`addin.${key}` as TextKey, params);
    expect(addinText(text, "en")).toBe(english);
    const zh = expectChinese(text);
    for (const s of putIn(text)) expect(zh).toContain(s);
  });
});

describe("messages inside messages", () => {
  it("a list of reasons is joined as each language joins clauses; a scenario is named in the language", () => {
    const problems = [
      addinMessage("addin.layout.scenarioCells", { scenario: addinMessage("report.scenarios.bear"), name: "JM_ScenarioBear", cells: 5, expected: 6 }),
      addinMessage("addin.layout.movedOne", { names: "JM_Pue", sheet: "Model X" }),
    ];
    const text = addinMessage("addin.layout.changed", { problems });
    expect(addinText(text, "en")).toBe("The model sheet's layout changed: the bear scenario's inputs JM_ScenarioBear now have 5 cells instead of 6; JM_Pue now points outside the model sheet “Model X” (cells were moved to another sheet). Rebuild the model to restore it");
    expect(expectChinese(text)).toBe("模型工作表的布局已更改：悲观情景的输入 JM_ScenarioBear 现在有 5 个单元格，而不是 6 个；JM_Pue 现在指向模型工作表“Model X”之外（单元格被移到了另一张工作表）。请重建模型以恢复布局");
  });

  it("a core error is the add-in's English in English, and the caller's rendering in another language", () => {
    const error = new ModelError("INVALID_INPUT", "poolFee must be a fraction in [0, 1) (got 3)", "poolFee");
    const text = addinMessage("addin.failed.build", { detail: { en: error.message, error } });
    const errorText = jest.fn((e: ModelError) => `矿池费率必须是 [0, 1) 内的小数（输入为 ${e.field === "poolFee" ? 3 : "?"}）`);
    expect(addinText(text, "en", errorText)).toBe("The model could not be built: poolFee must be a fraction in [0, 1) (got 3). Your workbook is unchanged.");
    expect(errorText).not.toHaveBeenCalled();
    expect(addinText(text, "zh-CN", errorText)).toBe("无法建立模型：矿池费率必须是 [0, 1) 内的小数（输入为 3）。您的工作簿未被更改。");
    // Without a renderer, the English of the error is all there is.
    expect(addinText(text, "zh-CN")).toBe("无法建立模型：poolFee must be a fraction in [0, 1) (got 3)。您的工作簿未被更改。");
  });

  it("what a user put in a name is shown as it is, never read as a placeholder", () => {
    const text = addinMessage("addin.refused.markerGone", { sheet: "{{sheet}} $t(addin.progress.done)" });
    expect(addinText(text, "zh-CN")).toBe("已保存的模型与此工作簿不再相符；请建立新模型。（工作表“{{sheet}} $t(addin.progress.done)”上已没有本加载项的标记）");
  });
});

describe("the workbook layer's errors carry their text", () => {
  function freshBook(): PreviewWorkbook {
    registerJilin();
    const book = new PreviewWorkbook({ metadata: [], get: () => undefined });
    book.addSheet("Data");
    (globalThis as Record<string, unknown>).Excel = createExcel(book);
    return book;
  }
  const INPUTS = { startDate: "2027-01-01", horizonMonths: 24, siteName: "Test" };

  it.each(["charts.add", "names.add", "range.formulas", "worksheets.add"])("a build failing at %s says so in Chinese", async (op) => {
    freshBook();
    faults.failAt = op;
    const error = await buildModel({ inputs: INPUTS }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    const e = error as BuildError;
    expect(e.message).toBe(`The model could not be built: Injected failure at ${op}. Your workbook is unchanged.`);
    expect(addinText(e.text, "en")).toBe(e.message);
    expect(expectChinese(e.text)).toBe(`无法建立模型：Injected failure at ${op}。您的工作簿未被更改。`);
  });

  it("a failed rebuild and a failed Monte Carlo write, in Chinese", async () => {
    freshBook();
    const first = await buildModel({ inputs: INPUTS });
    faults.failAt = "charts.add";
    const rebuild = (await buildModel({ inputs: { ...INPUTS, btcPriceUsd: 99000 }, replace: { identity: first.identity, saved: INPUTS } }).catch((e: unknown) => e)) as BuildError;
    expect(expectChinese(rebuild.text)).toBe("无法重建模型：Injected failure at charts.add。您的工作簿未被更改。");
    faults.failAt = "charts.add";
    const mc = (await writeMonteCarlo(first.identity, runMonteCarlo(INPUTS, { paths: 100, seed: 1 }), "2026-11-30").catch((e: unknown) => e)) as BuildError;
    expect(mc.message).toBe("The Monte Carlo results could not be written: Injected failure at charts.add. The model sheet is as it was.");
    expect(expectChinese(mc.text)).toBe("无法写入蒙特卡洛模拟结果：Injected failure at charts.add。模型工作表保持原样。");
  });

  it("invalid inputs keep the core's error for the pane to put into Chinese", async () => {
    freshBook();
    const e = (await buildModel({ inputs: { poolFee: 3 } }).catch((x: unknown) => x)) as BuildError;
    expect(e.message).toMatch(/^The model could not be built: poolFee must be a fraction in \[0, 1\) \(got 3\)\. Your workbook is unchanged\.$/);
    const detail = e.text.params.detail as { error: ModelError };
    expect(detail.error).toBeInstanceOf(ModelError);
    expect(expectChinese(e.text, () => "矿池费率超出范围")).toBe("无法建立模型：矿池费率超出范围。您的工作簿未被更改。");
  });

  it("progress is reported with its text: the English label as before, and the Chinese", async () => {
    freshBook();
    const steps: [number, string, string][] = [];
    await buildModel({ inputs: INPUTS, tornado: {}, grid: true, onProgress: (fraction, label, text) => steps.push([fraction, label, addinText(text, "zh-CN")]) });
    expect(steps).toEqual([
      [0.02, "Computing the tornado", "正在计算龙卷风图"],
      [0.04, "Computing the sensitivity grid", "正在计算双因素敏感性表"],
      [0.05, "Reading the workbook", "正在读取工作簿"],
      [0.3, "Writing the model", "正在写入模型"],
      [0.7, "Calculating", "正在计算"],
      [1, "Done", "完成"],
    ]);
  });
});

describe("the model sheet as read", () => {
  const TODAY = new Date(Date.UTC(2026, 10, 30));
  const INPUTS = { startDate: "2027-01-01", horizonMonths: 24, capexItems: [{ label: "Substation", cny: 712000 }, { label: "Cooling", usd: 50000 }] };
  const plan = buildPlan(INPUTS, { sheetName: "Model X", today: TODAY });
  const { names, sheetValues } = sheetReading(plan);

  it("lists each change with its label and values in English (as before) and in Chinese", () => {
    const at = plan.layout.inputs;
    const topLeft = (name: string) => parseA1(parseReference(names.get(name)!)!.address.split(":")[0]!);
    const items = topLeft("JM_CapexItems").row;
    const bear = topLeft("JM_ScenarioBear");
    const r = readSheetInputs(INPUTS, "JM_", names, sheetValues(
      [at.BtcPriceUsd!.row, 1, 120000],
      [at.MinerHashrateThS!.row, 1, 300],
      [at.MinerPriceUsdPerTh!.row, 1, 20],
      [at.HydroShareByMonth!.row + 1, 1, 0.5],
      [items, 1, 800000],
      [items + 1, 0, null],
      [bear.row, bear.col, 70000],
    ), TODAY);
    expect(r.changes.map((c) => [c.label, c.saved, c.sheet])).toEqual(r.changes.map((c) => [c.shown.en.label, c.shown.en.saved, c.shown.en.sheet]));
    expect(r.changes.map((c) => [c.label, c.saved, c.sheet])).toEqual([
      ["BTC price at start", "91,132", "120,000"],
      ["Miner", "Antminer S21 XP (270 TH/s, 3,645 W)", "Antminer S21 XP (300 TH/s, 3,645 W)"],
      ["Miner price (USD/TH)", "25.7", "20"],
      ["Feb hydro share", "0.1", "0.5"],
      ["Infrastructure capex item 1", "Substation: 712,000 CNY", "Substation: 800,000 CNY"],
      ["Infrastructure capex item 2", "Cooling: 50,000 USD", "(blank): 50,000 USD"],
      ["Bear: BTC price at start", "68,000", "70,000"],
    ]);
    expect(r.changes.map((c) => [c.shown["zh-CN"].label, c.shown["zh-CN"].saved, c.shown["zh-CN"].sheet])).toEqual([
      ["开始时 BTC 价格", "91,132", "120,000"],
      ["矿机", "Antminer S21 XP（270 TH/s，3,645 W）", "Antminer S21 XP（300 TH/s，3,645 W）"],
      ["矿机价格（USD/TH）", "25.7", "20"],
      ["2月水电比例", "0.1", "0.5"],
      ["基础设施投资明细，第 1 项", "Substation：712,000 CNY", "Substation：800,000 CNY"],
      ["基础设施投资明细，第 2 项", "Cooling：50,000 USD", "（空白）：50,000 USD"],
      ["悲观：开始时 BTC 价格", "68,000", "70,000"],
    ]);
  });

  it("a list that lost a row counts its items in either language", () => {
    const ref = parseReference(names.get("JM_CapexItems")!)!.address;
    const first = Number(ref.split(":")[0]!.replace(/\D/g, ""));
    const shrunk = new Map(names);
    shrunk.set("JM_CapexItems", `='Model X'!$A$${first}:$C$${first}`);
    const c = readSheetInputs(INPUTS, "JM_", shrunk, sheetValues(), TODAY).changes.find((x) => x.key === "capexItems" && x.label.endsWith("items"))!;
    expect([c.label, c.saved, c.sheet]).toEqual(["Infrastructure capex items", "2 items", "1 items"]);
    expect(c.shown["zh-CN"]).toEqual({ label: "基础设施投资明细", saved: "2 项", sheet: "1 项" });
  });

  it("a layout problem is a text; a value the core refuses keeps the core's error", () => {
    const moved = new Map(names);
    moved.set("JM_Pue", "='Jilin schedule'!$A$5");
    const layout = readSheetInputs(INPUTS, "JM_", moved, sheetValues(), TODAY);
    expect(layout.problem).toBe("The model sheet's layout changed: JM_Pue now points outside the model sheet “Model X” (cells were moved to another sheet). Rebuild the model to restore it");
    expect(addinText(layout.problemText!, "en")).toBe(layout.problem);
    expect(layout.problemError).toBeUndefined();
    expect(expectChinese(layout.problemText!)).toBe("模型工作表的布局已更改：JM_Pue 现在指向模型工作表“Model X”之外（单元格被移到了另一张工作表）。请重建模型以恢复布局");

    const bad = readSheetInputs(INPUTS, "JM_", names, sheetValues([plan.layout.inputs.MinerCount!.row, 1, -5]), TODAY);
    expect(bad.problem).toMatch(/^Number of miners \(machines\) must be a number of machines/);
    expect(bad.problemError).toBeInstanceOf(ModelError);
    expect(addinText(bad.problemText!, "en")).toBe(bad.problem);
    expect(addinText(bad.problemText!, "zh-CN", (e) => (e === bad.problemError ? "矿机数量无效" : "?"))).toBe("矿机数量无效");
    // Inside the portable rewrite's refusal, in either language.
    const refusal = addinMessage("addin.stale.invalidInput", { problem: bad.problemText! });
    expect(addinText(refusal, "en")).toBe(`The model sheet has an invalid input: ${bad.problem}. Correct it first; nothing was changed.`);
    expect(expectChinese(refusal, () => "矿机数量无效")).toBe("模型工作表中有无效的输入：矿机数量无效。请先更正；未做任何更改。");
  });

  it("a refused identity carries its reason as a text", () => {
    const sheets = [{ id: "{M}", name: "Old model", position: 0 }];
    const identity = { sheetId: "{M}", marker: markerName("ab".repeat(16)), namePrefix: "JM_", names: ["JM_Pue"] };
    const marker = { name: identity.marker, formula: markerFormula("Old model") };
    const cases: [Parameters<typeof verifyIdentity>, string][] = [
      [[{ ...identity, sheetId: "{X}" }, sheets, [marker]], "（建立模型的工作表已不在此工作簿中）"],
      [[identity, sheets, []], "（工作表“Old model”上已没有本加载项的标记）"],
      [[identity, sheets, [marker, { name: "JM_Pue", formula: "=Budget!$A$1" }]], "（名称 JM_Pue 现在指向模型的工作表之外）"],
    ];
    for (const [args, reason] of cases) {
      const v = verifyIdentity(...args);
      if (v.ok) throw new Error("expected a refusal");
      expect(addinText(v.text, "en")).toBe(v.message);
      expect(expectChinese(v.text)).toBe(`已保存的模型与此工作簿不再相符；请建立新模型。${reason}`);
    }
  });
});

describe("the pane's own checks", () => {
  it.each([
    ["{oops", "无法读取此工作簿中保存的模型（不是有效的 JSON）。向导将从默认值开始；您的工作表未被改动。"],
    [JSON.stringify({ schemaVersion: 4 }), "此工作簿中的模型由更新版本的吉林比特币挖矿模型保存（格式版本 4；本版本可读取 3）。请更新加载项后再编辑。向导将从默认值开始；您的工作表未被改动。"],
    [JSON.stringify({ schemaVersion: 2 }), "此工作簿中的模型由较早版本的吉林比特币挖矿模型建立，只有一张工作表；本版本建立的模型工作表带有各自的月度现金流表和摘要工作表。请建立新模型；旧工作表保持原样。"],
    [JSON.stringify({ schemaVersion: 0 }), "无法读取此工作簿中保存的模型（未知的格式版本 0）。向导将从默认值开始；您的工作表未被改动。"],
    ["[1]", "无法读取此工作簿中保存的模型（不是一个对象）。向导将从默认值开始；您的工作表未被改动。"],
  ])("a saved state %s that cannot be used says why in Chinese", (raw, zh) => {
    const r = parseSaved(raw);
    if (r.kind !== "unusable") throw new Error("expected unusable");
    expect(addinText(r.text, "en")).toBe(r.message);
    expect(expectChinese(r.text)).toBe(zh);
  });

  it("an Excel without the requirement set is told what to use, in Chinese", () => {
    const office = { context: { requirements: { isSetSupported: () => false } } };
    const text = missingRequirementText(office)!;
    expect(addinText(text, "en")).toBe(missingRequirement(office));
    expect(expectChinese(text)).toBe(`此 Excel 版本不支持 ExcelApi ${EXCEL_API_VERSION}，而吉林比特币挖矿模型需要它来建立和更新模型。请使用 Microsoft 365 版 Excel、Excel 网页版，或 Excel 2021 及更高版本。`);
    expect(missingRequirementText({ context: { requirements: { isSetSupported: () => true } } })).toBeUndefined();
  });
});
