/*
 * End-to-end, in Chromium against the preview host: the model lives safely in the user's workbook.
 * Each case of the live-workbook rules is tried as a user would: forged saved settings, the user's own
 * names and sheets, a renamed model sheet, links into the model, edits typed or pasted into the sheet.
 * For the cases about the user's data, every cell, formula and name of the user's sheets is compared
 * before and after.
 */
import fs from "fs";
import path from "path";
import type { FrameLocator, Page } from "playwright-core";
import { isolatedContext, previewHost } from "./browser";
import ExcelJS from "exceljs";
import { projectModel } from "../../src/core/model/project";
import { runMonteCarlo } from "../../src/core/risk/monteCarlo";

jest.setTimeout(240000);

const SHOTS = path.resolve(__dirname, "../../test-results");
const host = previewHost(SHOTS);

interface P { page: Page; pane: FrameLocator; errors: string[] }

async function open(): Promise<P> {
  const { context } = await isolatedContext(host.browser, host.server.url);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${host.server.url}/preview.html`);
  await page.waitForFunction(() => (window as any).__preview?.ready === true);
  const pane = page.frameLocator("#pane-frame");
  await pane.locator("h1").first().waitFor();
  return { page, pane, errors };
}

const STEPS = ["Fleet", "Power", "Market", "Risk", "Finance", "Review"];
async function toReview(p: P): Promise<void> {
  for (const t of STEPS) {
    await p.pane.getByRole("button", { name: "Next" }).click();
    await p.pane.locator("#step-heading", { hasText: t }).waitFor();
  }
}
async function build(p: P, site: string, horizon = "24"): Promise<void> {
  await p.pane.locator("#field-siteName").fill(site);
  await p.pane.locator("#field-horizonMonths").fill(horizon);
  await p.pane.locator("#field-startDate").fill("2027-01");
  await toReview(p);
  await p.pane.getByRole("button", { name: "Build model" }).click();
  await p.pane.getByText("Model built").waitFor();
}
async function reopenAndRebuild(p: P, horizon?: string): Promise<void> {
  await p.page.click("#reopen");
  await p.pane.getByRole("button", { name: "Edit model" }).click();
  if (horizon) await p.pane.locator("#field-horizonMonths").fill(horizon);
  await toReview(p);
  await p.pane.getByRole("button", { name: "Rebuild model" }).click();
  await p.pane.getByRole("group", { name: "Replace the model?" }).getByRole("button", { name: "Replace" }).click();
  await p.pane.getByText("Model built").waitFor();
}

/** Every cell (formula or constant), every name with its formula, the sheets in order with their ids. */
async function snapshot(p: P, sheets: string[]) {
  return p.page.evaluate((sheets) => {
    const b = (window as any).__preview.book;
    return {
      sheets: sheets.map((s: string) => ({ s, cells: JSON.stringify(b.serialize(s)), id: b.meta.get(s).id, looks: JSON.stringify([...b.meta.get(s).looks]) })),
      names: (b.hf.listNamedExpressions() as string[]).filter((n) => !n.startsWith("JM") && !n.startsWith("_Jilin")).map((n) => [n, b.hf.getNamedExpressionFormula(n)]),
    };
  }, sheets);
}
const evalIn = (p: P, sheet: string, formula: string) => p.page.evaluate(({ sheet, formula }) => {
  const b = (window as any).__preview.book;
  const v = b.hf.calculateFormula(formula, b.sheetId(sheet));
  return typeof v === "object" && v !== null ? { error: v.value } : v;
}, { sheet, formula });
const sheetId = (p: P, name: string) => p.page.evaluate((n) => (window as any).__preview.book.meta.get(n).id as string, name);
const jilinFormulas = (p: P, sheet: string) => p.page.evaluate((s) => ((window as any).__preview.book.serialize(s) as unknown[][]).flat().filter((v) => typeof v === "string" && /JILIN\./.test(v)).length, sheet);
const names = (p: P) => p.page.evaluate(() => ((window as any).__preview.book.hf.listNamedExpressions() as string[]).slice());

describe("the model lives safely in the workbook", () => {
  it("1. forged saved settings that name the user's sheet are refused; nothing of the user's is deleted", async () => {
    const p = await open();
    const before = await snapshot(p, ["Budget"]);
    const budgetId = await sheetId(p, "Budget");
    await p.page.evaluate(() => {
      const s = (window as any).__preview.book.settings;
      s.set("JilinMiningModel", JSON.stringify({ schemaVersion: 1, wizard: {}, inputs: {}, sheetName: "Budget", namePrefix: "", builtAt: "2026-01-01" }));
    });
    await p.page.click("#reopen");
    await p.pane.getByText(/earlier version of Jilin Mining Model/).waitFor();
    // A forged state of today's shape: the user's sheet id, but no marker of the add-in.
    await p.page.evaluate((id) => {
      const wizard = { values: {}, minerChoice: "Antminer S21 XP", cooling: "air", profile: ["0.11", "0.10", "0.21", "0.91", "0.92", "1", "1", "1", "1", "0.65", "0.29", "0.19"], riskPreset: "BASE", curtail: true };
      const marker = `_JilinMiningModel_${"0".repeat(32)}`;
      const companions = [{ role: "schedule", sheetId: "{F1}", marker: `${marker}_Schedule` }, { role: "summary", sheetId: "{F2}", marker: `${marker}_Summary` }];
      (window as any).__preview.book.settings.set("JilinMiningModel", JSON.stringify({ schemaVersion: 3, wizard, inputs: {}, sheetName: "Budget", builtAt: "2026-01-01", identity: { sheetId: id, marker, namePrefix: "JM_", names: ["JM_Budget_Total"], companions } }));
    }, budgetId);
    await p.page.click("#reopen");
    await p.pane.getByText("The saved model no longer matches this workbook; build a new model.", { exact: false }).waitFor();
    await p.page.screenshot({ path: path.join(SHOTS, "live-refused-saved-state.png") });
    expect(await p.pane.getByRole("button", { name: "Edit model" }).count()).toBe(0);
    await p.pane.getByRole("button", { name: "Start a new model" }).click();
    await build(p, "Fresh site");
    expect(await snapshot(p, ["Budget"])).toEqual(before);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("2 and 5. a rebuild (also with another horizon) keeps the user's own JM_ name and every link into the model", async () => {
    const p = await open();
    await build(p, "Jilin site");
    await p.page.evaluate(() => {
      const b = (window as any).__preview.book;
      b.hf.addNamedExpression("JM_Notes", "=Budget!$A$1");
      b.setCells("Budget", 10, 0, [["='Model Jilin site'!G7", "=JM_CapexUsd", "=SUM(JM_BtcMined)", "=JM_NpvUsd"]]);
      b.changed();
    });
    const before = await snapshot(p, ["Budget"]);
    const id = await sheetId(p, "Model Jilin site");
    await reopenAndRebuild(p, "36");
    expect(await sheetId(p, "Model Jilin site")).toBe(id);
    expect(await snapshot(p, ["Budget"])).toEqual(before);
    expect(await p.page.evaluate(() => (window as any).__preview.book.hf.getNamedExpressionFormula("JM_Notes"))).toBe("=Budget!$A$1");
    expect((await names(p)).filter((n) => n.startsWith("JM2_"))).toEqual([]);
    for (const col of [0, 1, 2, 3]) {
      const v = await evalIn(p, "Budget", `=${String.fromCharCode(65 + col)}11`);
      expect(typeof v).toBe("number");
    }
    expect(await evalIn(p, "Budget", "=ROWS(JM_BtcMined)")).toBe(36);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("3 and 4. a renamed model sheet is followed; the user's sheet with the old name is never written, by Rebuild or Monte Carlo", async () => {
    const p = await open();
    await build(p, "Site");
    const id = await sheetId(p, "Model Site");
    await p.page.evaluate(() => {
      const b = (window as any).__preview.book;
      b.renameSheet("Model Site", "Old model");
      b.addSheet("Model Site");
      const rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 20 }, (_, c) => `mine ${r},${c}`));
      b.setCells("Model Site", 0, 0, rows);
      b.changed();
    });
    const before = await snapshot(p, ["Budget", "Model Site"]);
    await p.page.click("#reopen");
    await p.pane.getByText(/in the sheet “Old model”/).waitFor();
    await reopenAndRebuild(p);
    expect(await sheetId(p, "Old model")).toBe(id);
    await p.pane.locator("#mc-paths").fill("500");
    await p.pane.getByRole("button", { name: "Run Monte Carlo" }).click();
    await p.pane.getByText("Monte Carlo written").waitFor();
    expect(await snapshot(p, ["Budget", "Model Site"])).toEqual(before);
    expect(typeof (await evalIn(p, "Old model", "=INDEX(JM_MonteCarloResults,3,2)"))).toBe("number");
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("6. a value typed into an input cell is used by Review, Monte Carlo and the rebuilt sheet", async () => {
    const p = await open();
    await build(p, "Edited site");
    const refused = await p.page.evaluate(() => {
      const b = (window as any).__preview.book;
      const m = /!\$([A-Z]+)\$(\d+)/.exec(b.hf.getNamedExpressionFormula("JM_BtcPriceUsd"))!;
      return (window as any).__preview.type("Model Edited site", Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65, "120000");
    });
    expect(refused).toBeUndefined();
    await p.page.click("#reopen");
    const changes = p.pane.locator("#sheet-changes");
    await changes.getByText("BTC price at start").waitFor();
    await expect(changes.locator("tbody tr").first().textContent()).resolves.toBe("BTC price at start91,132120,000");
    await p.page.screenshot({ path: path.join(SHOTS, "live-sheet-changes.png") });
    await p.pane.getByRole("button", { name: "Edit model" }).click();
    await toReview(p);
    await p.pane.locator("[data-result='NPV']").waitFor();
    const inputs = JSON.parse(await p.pane.locator("#inputs-json").inputValue());
    expect(String(inputs.btcPriceUsd)).toBe("120000");
    const npv = projectModel(inputs).summary.npvUsd.toNumber();
    await expect(p.pane.locator("[data-result='NPV']").textContent()).resolves.toBe(`${new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(npv)} USD`);
    await p.pane.locator("#mc-paths").fill("800");
    await p.pane.locator("#mc-seed").fill("5");
    await p.pane.getByRole("button", { name: "Run Monte Carlo" }).click();
    await p.pane.getByText("Monte Carlo written").waitFor();
    const mc = runMonteCarlo({ ...inputs, btcPriceUsd: 120000 }, { paths: 800, seed: 5 });
    expect(await evalIn(p, "Model Edited site", "=INDEX(JM_MonteCarloResults,4,4)")).toBeCloseTo(mc.riskAdjustedNpvUsd.p50, 4);
    await p.pane.getByRole("button", { name: "Rebuild model" }).click();
    await p.pane.getByRole("group", { name: "Replace the model?" }).getByRole("button", { name: "Replace" }).click();
    await p.pane.getByText("Model built").waitFor();
    expect(await evalIn(p, "Model Edited site", "=JM_BtcPriceUsd")).toBe(120000);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("6b. back in the pane after typing in the sheet, Review shows the sheet's new value", async () => {
    const p = await open();
    await build(p, "Focus site");
    // Still on Review after the build; the user now types in the sheet, then clicks back into the pane.
    await p.page.evaluate(() => {
      const b = (window as any).__preview.book;
      const m = /!\$([A-Z]+)\$(\d+)/.exec(b.hf.getNamedExpressionFormula("JM_BtcPriceUsd"))!;
      return (window as any).__preview.type("Model Focus site", Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65, "110000");
    });
    await p.page.locator("#formula").focus();
    await p.pane.locator("#step-heading").click();
    await p.pane.locator("#sheet-changes").getByText("110,000").waitFor();
    await expect(p.pane.locator("#inputs-json").inputValue().then((j) => String(JSON.parse(j).btcPriceUsd))).resolves.toBe("110000");
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("7. a bad value typed into an input cell is refused by validation; a pasted one shows the input check", async () => {
    const p = await open();
    await build(p, "Checked site");
    const at = await p.page.evaluate(() => {
      const m = /!\$([A-Z]+)\$(\d+)/.exec((window as any).__preview.book.hf.getNamedExpressionFormula("JM_MinerCount"))!;
      return { row: Number(m[2]) - 1, col: m[1]!.charCodeAt(0) - 65 };
    });
    // As a user: select the cell and type into the formula bar.
    await p.page.locator(`#grid td[data-r="${at.row}"][data-c="${at.col}"]`).click();
    await p.page.locator("#formula").fill("-5");
    await p.page.locator("#formula").press("Enter");
    await p.page.locator("#dv-alert").getByText("Number of miners must be a number of machines (a whole number) in [1, 10000000]").waitFor();
    await p.page.screenshot({ path: path.join(SHOTS, "live-refused-input.png") });
    expect(await evalIn(p, "Model Checked site", "=JM_MinerCount")).toBe(274);
    await p.page.evaluate((at) => (window as any).__preview.paste("Model Checked site", at.row, at.col, "-5"), at);
    expect(await evalIn(p, "Model Checked site", "=JM_InputCheck")).toBe("Number of miners must be a number of machines (a whole number) in [1, 10000000]");
    expect(await evalIn(p, "Model Checked site", "=JM_NpvUsd")).toBe("check inputs");
    await p.page.click("#reopen");
    await p.pane.getByText(/Number of miners \(machines\) must be a number of machines/).first().waitFor();
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("builds with 'Works without the add-in': no JILIN function anywhere, the same figures", async () => {
    const p = await open();
    await p.pane.locator("#field-siteName").fill("Portable site");
    await p.pane.locator("#field-startDate").fill("2027-01");
    await toReview(p);
    await p.pane.locator("#field-portable").check();
    const inputs = JSON.parse(await p.pane.locator("#inputs-json").inputValue());
    await p.pane.getByRole("button", { name: "Build model" }).click();
    await p.pane.getByText("Model built").waitFor();
    expect(await jilinFormulas(p, "Model Portable site")).toBe(0);
    const npv = await evalIn(p, "Model Portable site", "=JM_NpvUsd");
    expect(Math.abs((npv as number) - projectModel(inputs).summary.npvUsd.toNumber())).toBeLessThan(1e-6);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("Make portable rewrites only the add-in's JILIN formulas, in place; Download .xlsx gives the model as a file", async () => {
    const p = await open();
    await build(p, "Made portable");
    const sheet = "Model Made portable";
    const all = [sheet, "Schedule Made portable", "Summary Made portable"];
    const serialized = () => p.page.evaluate((all) => all.map((s) => (window as any).__preview.book.serialize(s)), all);
    const countJilin = async () => (await Promise.all(all.map((s) => jilinFormulas(p, s)))).reduce((a, b) => a + b, 0);
    const before = await serialized();
    const budget = await snapshot(p, ["Budget"]);
    const npvBefore = await evalIn(p, sheet, "=JM_NpvUsd");
    expect(await countJilin()).toBeGreaterThan(100);
    await p.page.click("#reopen");
    await p.pane.getByRole("button", { name: "Edit model" }).click();
    await toReview(p);
    await p.pane.getByRole("button", { name: "Make portable" }).click();
    await p.pane.getByText("Model made portable").waitFor();
    expect(await countJilin()).toBe(0);
    const after = await serialized();
    // Every cell of the three sheets that did not call a JILIN function is exactly as it was.
    let changed = 0;
    before.forEach((cells: unknown[][], k: number) => cells.forEach((row: unknown[], r: number) => row.forEach((v: unknown, c: number) => {
      if (typeof v === "string" && /JILIN\./.test(v)) changed++;
      else expect([all[k], r, c, after[k][r]?.[c] ?? null]).toEqual([all[k], r, c, v ?? null]);
    })));
    expect(changed).toBeGreaterThan(100);
    expect(Math.abs((await evalIn(p, sheet, "=JM_NpvUsd")) as number - (npvBefore as number))).toBeLessThan(1e-6 * Math.abs(npvBefore as number));
    expect(await snapshot(p, ["Budget"])).toEqual(budget);
    await expect(p.pane.locator("#field-portable").isChecked()).resolves.toBe(true);
    // Download .xlsx: the file the CLI would write for the sheet's inputs.
    const [download] = await Promise.all([p.page.waitForEvent("download"), p.page.click("#download")]);
    expect(download.suggestedFilename()).toBe(`${sheet}.xlsx`);
    const file = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "jilin-dl-")), "model.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(all);
    expect((wb.definedNames.model as { name: string }[]).map((n) => n.name)).toEqual(expect.arrayContaining(["JM_NpvUsd", "JM_CashFlowUsd", "JM_BtcPriceUsd"]));
    let jilin = 0;
    for (const w of wb.worksheets) w.eachRow((row) => row.eachCell((c) => void (/JILIN\./.test(String((c.value as { formula?: string } | null)?.formula ?? "")) && jilin++)));
    expect(jilin).toBe(0);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("an Excel without the required API set is told so, and cannot build", async () => {
    const p = await open();
    await p.page.evaluate(() => ((window as any).__preview.book.excelApiVersion = "1.8"));
    await p.page.click("#reopen");
    await p.pane.getByText(/does not support ExcelApi 1\.9/).waitFor();
    await toReview(p);
    await expect(p.pane.getByRole("button", { name: "Build model" }).isDisabled()).resolves.toBe(true);
    await p.page.close();
  });
});
