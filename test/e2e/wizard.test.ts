/*
 * End-to-end: the real task pane (dist/taskpane.js) in Debian's Chromium, driven by playwright-core,
 * against the preview host (preview-dist/), whose workbook HyperFormula calculates with the shipped
 * JILIN.* functions. Needs `npm run build` and `npm run build:preview` (npm test runs both).
 * Screenshots of every step are written to test-results/ (git-ignored).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import type { FrameLocator, Page } from "playwright-core";
import { isolatedContext, previewHost } from "./browser";
import { buildPlan } from "../../src/workbook/plan";
import { SUMMARY_KEYS } from "../../src/core/model/json";
import { runMonteCarlo } from "../../src/core/risk/monteCarlo";
import { PANE_EN } from "../../src/i18n/paneResources";

jest.setTimeout(180000);

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results");
const AXE = require.resolve("axe-core/axe.min.js");

const blockedEverywhere: string[] = [];

/** Every sentence of the English pane (its texts of three words or more, placeholders cut out at their place). */
const ENGLISH_SENTENCES: string[] = (function collect(node: unknown): string[] {
  if (typeof node !== "string") return Object.values(node as object).flatMap(collect);
  return node.split(/\{\{\w+\}\}/).map((part) => part.trim()).filter((part) => /\w+ \w+ \w+/.test(part));
})(PANE_EN);
const host = previewHost(SHOTS);

interface Preview {
  page: Page;
  pane: FrameLocator;
  errors: string[];
}

async function openPreview(query = ""): Promise<Preview> {
  const { context, blocked } = await isolatedContext(host.browser, host.server.url);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // A request or script the Content-Security-Policy refused is an error too.
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on("close", () => blockedEverywhere.push(...blocked));
  await page.goto(`${host.server.url}/preview.html${query}`);
  await page.waitForFunction(() => (window as any).__preview?.ready === true);
  const pane = page.frameLocator("#pane-frame");
  await pane.locator("#step-heading").waitFor();
  return { page, pane, errors };
}

const stepTitle = (p: Preview) => p.pane.locator("#step-heading").textContent();

async function next(p: Preview, expected: string): Promise<void> {
  await p.pane.getByRole("button", { name: "Next" }).click();
  await p.pane.locator("#step-heading", { hasText: expected }).waitFor();
}

async function fill(p: Preview, key: string, value: string): Promise<void> {
  await p.pane.locator(`#field-${key}`).fill(value);
}

async function workbookState(page: Page) {
  return page.evaluate(() => {
    const b = (window as any).__preview.book;
    return {
      sheets: b.sheetNames() as string[],
      budget: JSON.stringify(b.serialize("Budget")),
      names: (b.hf.listNamedExpressions() as string[]).slice().sort(),
      active: b.activeSheet as string,
    };
  });
}

async function cellValue(page: Page, sheet: string, row: number, col: number): Promise<unknown> {
  return page.evaluate(
    ({ sheet, row, col }) => {
      const b = (window as any).__preview.book;
      const v = b.hf.getCellValue({ sheet: b.sheetId(sheet), row, col });
      return typeof v === "object" && v !== null ? { error: v.value, message: v.message } : v;
    },
    { sheet, row, col },
  );
}

async function axeViolations(p: Preview): Promise<string[]> {
  const frame = p.page.frame({ url: /pane\.html/ })!;
  // Evaluated through the DevTools protocol: an injected <script> tag would be refused by the pane's Content-Security-Policy.
  if (!(await frame.evaluate(() => typeof (window as any).axe !== "undefined"))) await frame.evaluate(fs.readFileSync(AXE, "utf8"));
  const violations = await frame.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: `${v.help}: ${v.nodes.map((n: any) => `${n.target.join(" ")} ${n.failureSummary}`).join("; ")}` }));
  });
  return violations
    .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
    .map((v: { id: string; help: string; nodes: number }) => `${v.id} (${v.nodes}): ${v.help}`);
}

describe("the wizard in the preview host", () => {
  it("in Chinese Office, the whole wizard is in Chinese and builds the workbook in Chinese with amounts in CNY; Rebuild keeps the language", async () => {
    const p = await openPreview("?lang=zh-CN");
    const frame = p.page.frame({ url: /pane\.html/ })!;
    await expect(p.pane.locator("#field-uiLang").inputValue()).resolves.toBe("zh-CN");
    await fill(p, "siteName", "Chinese site");
    const titles = ["矿机", "电力", "市场", "风险", "财务", "复核"];
    const untranslated = async () => {
      const text = await frame.evaluate(() => document.body.innerText);
      return ENGLISH_SENTENCES.filter((s) => text.includes(s));
    };
    const left: string[] = [];
    left.push(...(await untranslated()));
    for (const title of titles) {
      await p.pane.getByRole("button", { name: "下一步" }).click();
      await p.pane.locator("#step-heading", { hasText: title }).waitFor();
      left.push(...(await untranslated()).map((s) => `${title}: ${s}`));
    }
    // Office's display language is the default of the workbook's language.
    await expect(p.pane.locator("#field-sheetLang").inputValue()).resolves.toBe("zh-CN");
    await p.pane.locator("#field-summaryCurrency").selectOption("CNY");
    await p.pane.locator("#review-converted").waitFor();
    const inputs = JSON.parse(await p.pane.locator("#inputs-json").inputValue());
    const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jilin-e2e-")), "inputs.json");
    fs.writeFileSync(config, JSON.stringify(inputs));
    const cli = JSON.parse(execFileSync("npm", ["run", "-s", "model", "--", "--config", config, "--json"], { cwd: ROOT, encoding: "utf8" }));
    const rate = inputs.cnyPerUsd ?? 7.12;
    // The Review figure in CNY: the CLI's USD NPV times the exchange-rate input, to the whole yuan shown.
    const shownNpv = Number((await p.pane.locator("[data-result='NPV']").textContent())!.replace(/[^\d.-]/g, ""));
    expect(Math.abs(shownNpv - cli.summary.npvUsd * rate)).toBeLessThanOrEqual(0.5 + 1e-9 * Math.abs(cli.summary.npvUsd * rate));
    await expect(p.pane.locator("[data-result='NPV']").textContent()).resolves.toMatch(/ CNY$/);
    await p.pane.getByRole("button", { name: "建立模型" }).click();
    await p.pane.getByText("模型已建立").waitFor();
    left.push(...(await untranslated()).map((s) => `built: ${s}`));
    expect(left).toEqual([]);
    const sheet = "模型 Chinese site";
    expect(await cellValue(p.page, sheet, 4, 0)).toBe("输入");
    expect(String(await cellValue(p.page, sheet, 1, 0))).toContain("发改运行〔2021〕1283号");
    const plan = buildPlan(inputs, { sheetName: sheet, namePrefix: "JM_", lang: "zh-CN", currency: "CNY" });
    const npv = plan.layout.summaryPage.figures.npvUsd;
    const shown = (await cellValue(p.page, "摘要 Chinese site", npv.row, npv.col)) as number;
    expect(Math.abs(shown - cli.summary.npvUsd * rate)).toBeLessThanOrEqual(1e-9 * Math.abs(cli.summary.npvUsd * rate));
    // The model sheet's own NPV stays in USD.
    const own = plan.layout.summary.npvUsd;
    expect(Math.abs(((await cellValue(p.page, sheet, own.row, own.col)) as number) - cli.summary.npvUsd)).toBeLessThan(1e-6);
    await p.page.click('#tabs button[data-sheet="摘要 Chinese site"]');
    await p.page.screenshot({ path: path.join(SHOTS, "summary-sheet-zh.png") });
    // Reopened and rebuilt: still Chinese (saved with the model), still CNY.
    await p.page.click("#reopen");
    await p.pane.getByRole("button", { name: "编辑模型" }).click();
    for (const title of titles) {
      await p.pane.getByRole("button", { name: "下一步" }).click();
      await p.pane.locator("#step-heading", { hasText: title }).waitFor();
    }
    await expect(p.pane.locator("#field-sheetLang").inputValue()).resolves.toBe("zh-CN");
    await p.pane.getByRole("button", { name: "重建模型" }).click();
    await p.pane.getByRole("group", { name: "替换模型？" }).getByRole("button", { name: "替换" }).click();
    await p.pane.getByText("模型已建立").waitFor();
    expect(await cellValue(p.page, sheet, 4, 0)).toBe("输入");
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("switches the pane between English and Chinese; a new workbook follows the pane's language unless chosen on Review", async () => {
    const p = await openPreview();
    await expect(stepTitle(p)).resolves.toBe("Site");
    await p.pane.locator("#field-uiLang").selectOption("zh-CN");
    await p.pane.locator("#step-heading", { hasText: "场地" }).waitFor();
    // A message shown in one language is shown again in the other after the switch.
    await fill(p, "horizonMonths", "abc");
    await p.pane.getByRole("button", { name: "下一步" }).click();
    await p.pane.getByText(/^期限（个月）/).first().waitFor();
    await p.pane.locator("#field-uiLang").selectOption("en");
    await p.pane.getByText(/^Horizon \(months\) must be/).first().waitFor();
    await fill(p, "horizonMonths", "");
    await p.pane.locator("#field-uiLang").selectOption("zh-CN");
    for (const title of ["矿机", "电力", "市场", "风险", "财务", "复核"]) {
      await p.pane.getByRole("button", { name: "下一步" }).click();
      await p.pane.locator("#step-heading", { hasText: title }).waitFor();
    }
    await expect(p.pane.locator("#field-sheetLang").inputValue()).resolves.toBe("zh-CN");
    await p.pane.locator("#field-sheetLang").selectOption("en");
    await p.pane.locator("#field-uiLang").selectOption("en");
    await expect(p.pane.locator("#field-sheetLang").inputValue()).resolves.toBe("en");
    await p.pane.getByRole("button", { name: "Build model" }).click();
    await p.pane.getByText("Model built").waitFor();
    expect(await cellValue(p.page, "Model Jilin site", 4, 0)).toBe("Input");
    // The choice is remembered: the pane opens in the language chosen last.
    await p.pane.locator("#field-uiLang").selectOption("zh-CN");
    await p.page.click("#reopen");
    await p.pane.getByRole("button", { name: "编辑模型" }).waitFor();
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("builds a model from non-default inputs whose summary equals `npm run model -- --json`", async () => {
    const p = await openPreview();
    const before = await workbookState(p.page);
    const stepShots: string[] = [];
    const shoot = async (name: string) => {
      const file = path.join(SHOTS, `step-${stepShots.length + 1}-${name}.png`);
      await p.page.screenshot({ path: file });
      stepShots.push(file);
    };

    expect(await stepTitle(p)).toBe("Site");
    await fill(p, "siteName", "Songhua test site");
    await fill(p, "startDate", "2027-03");
    await fill(p, "horizonMonths", "30");
    await fill(p, "gridConnectionCny", "820,000"); // as finance users type it
    await p.pane.getByRole("radio", { name: "Hydro" }).check();
    await fill(p, "staffHeadcount", "3");
    await shoot("site");
    await next(p, "Fleet");

    await p.pane.locator("#field-miner").selectOption("Whatsminer M60S");
    await fill(p, "minerCount", "400");
    await fill(p, "uptime", "0.95");
    await shoot("fleet");
    await next(p, "Power");

    await fill(p, "gridPriceCnyPerKwh", "0.62");
    await p.pane.locator("#field-profile-0").fill("0.2");
    await fill(p, "gridFactorTPerMwh", "JILIN-2022");
    await shoot("power");
    await next(p, "Market");

    await fill(p, "btcPriceUsd", "98000");
    await fill(p, "btcPriceGrowthMonthly", "0.012");
    await fill(p, "networkHashrateGrowthMonthly", "0.025");
    await shoot("market");
    await next(p, "Risk");

    await p.pane.getByRole("radio", { name: /^HIGH/ }).check();
    await fill(p, "recoveryFraction", "0.2");
    await shoot("risk");
    await next(p, "Finance");

    await fill(p, "taxRate", "25%"); // a percentage where the input is a fraction
    await fill(p, "discountRateAnnual", "0.2");
    // The debt section: half the capex borrowed over 24 months at the default rate.
    await p.pane.getByText("Debt and the equity view").waitFor();
    await fill(p, "debtFraction", "0.5");
    await fill(p, "debtTermMonths", "24");
    await shoot("finance");
    await next(p, "Review");
    await p.pane.locator("[data-result='NPV']").waitFor();
    await p.pane.locator("[data-result='Equity NPV']").waitFor();
    await shoot("review");

    const inputs = JSON.parse(await p.pane.locator("#inputs-json").inputValue());
    expect(inputs).toMatchObject({ siteName: "Songhua test site", startDate: "2027-03-01", miner: "Whatsminer M60S", annualShutdownProbability: "HIGH" });
    expect([inputs.debtFraction, inputs.debtTermMonths, inputs.taxRate]).toEqual([0.5, 24, 0.25]); // numbers as numbers
    expect(inputs.capexItems[0]).toEqual({ label: "Grid connection and substation", cny: 820000 });

    await p.pane.getByRole("button", { name: "Build model" }).click();
    await p.pane.getByText("Model built").waitFor();
    await shoot("built");

    // The CLI on the same inputs, as a user would run it.
    const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "jilin-e2e-")), "inputs.json");
    fs.writeFileSync(config, JSON.stringify(inputs));
    const cli = JSON.parse(execFileSync("npm", ["run", "-s", "model", "--", "--config", config, "--json"], { cwd: ROOT, encoding: "utf8" }));

    const after = await workbookState(p.page);
    const sheetName = "Model Songhua test site";
    expect(after.sheets).toEqual(["Budget", sheetName, "Schedule Songhua test site", "Summary Songhua test site"]);
    expect(after.active).toBe(sheetName);
    const plan = buildPlan(inputs, { sheetName, scheduleSheetName: "Schedule Songhua test site", summarySheetName: "Summary Songhua test site", namePrefix: "JM_" });
    let compared = 0;
    for (const key of SUMMARY_KEYS) {
      const at = plan.layout.summary[key];
      const shown = await cellValue(p.page, sheetName, at.row, at.col);
      const expected = cli.summary[key];
      if (expected === null) {
        expect(["none", "never", "n/a"]).toContain(shown);
      } else {
        expect(typeof shown).toBe("number");
        expect(Math.abs((shown as number) - expected) / Math.max(Math.abs(expected), 1)).toBeLessThan(1e-9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
    expect(cli.summary.minDscr).not.toBeNull(); // the equity figures were compared with debt in place
    // The one-page summary shows the same figures (linked to the model sheet).
    for (const key of SUMMARY_KEYS) {
      const at = plan.layout.summaryPage.figures[key];
      const shown = await cellValue(p.page, "Summary Songhua test site", at.row, at.col);
      const expected = cli.summary[key];
      if (expected === null) expect(["none", "never", "n/a"]).toContain(shown);
      else expect(Math.abs((shown as number) - expected) / Math.max(Math.abs(expected), 1)).toBeLessThan(1e-9);
    }
    await p.page.click('#tabs button[data-sheet="Summary Songhua test site"]');
    await p.page.locator("#grid table[aria-label='Sheet Summary Songhua test site']").waitFor();
    await p.page.screenshot({ path: path.join(SHOTS, "summary-sheet.png") });
    // The schedule: scrolled down and right, its header row and its t and month columns stay in view.
    await p.page.click('#tabs button[data-sheet="Schedule Songhua test site"]');
    await p.page.locator("#grid table[aria-label='Sheet Schedule Songhua test site']").waitFor();
    const lastMonth = plan.layout.schedule.lastRow;
    await p.page.evaluate((row) => {
      const scroller = document.getElementById("scroll")!;
      scroller.scrollTop = (row - 6) * 21; // the last month in view, far below the header
      scroller.scrollLeft = 1200;
      scroller.dispatchEvent(new Event("scroll"));
    }, lastMonth);
    await p.page.waitForTimeout(300);
    const frozen = await p.page.evaluate(({ headerRow, row }) => {
      const frame = document.getElementById("scroll")!.getBoundingClientRect();
      const box = (sel: string) => (document.querySelector(sel) as HTMLElement).getBoundingClientRect();
      const header = box(`td[data-r="${headerRow}"][data-c="5"]`);
      const month = document.querySelector(`td[data-r="${row}"][data-c="1"]`) as HTMLElement;
      return { frame: { top: frame.top, left: frame.left }, header: { top: header.top }, month: { left: month.getBoundingClientRect().left }, monthText: month.textContent };
    }, { headerRow: plan.layout.schedule.headerRow, row: lastMonth });
    expect(frozen.header.top - frozen.frame.top).toBeLessThan(6 * 21); // the header row is still at the top of the frame
    expect(frozen.month.left - frozen.frame.left).toBeLessThan(200); // and the month column at its left
    expect(frozen.monthText).toMatch(/^20\d\d-\d\d$/);
    await p.page.screenshot({ path: path.join(SHOTS, "schedule-sheet.png") });
    await p.page.click(`#tabs button[data-sheet="${sheetName}"]`);
    await p.page.evaluate(() => {
      const scroller = document.getElementById("scroll")!;
      const cell = scroller.querySelector('td[data-r="3"][data-c="5"]') as HTMLElement;
      scroller.scrollLeft = cell.offsetLeft - 40;
    });
    await p.page.screenshot({ path: path.join(SHOTS, "model-results.png") });
    // Scenarios and the tornado are in the sheet too.
    for (const name of ["bear", "base", "bull"]) {
      const at = plan.layout.scenarios.results[name]!.npvUsd!;
      expect(typeof (await cellValue(p.page, sheetName, at.row, at.col))).toBe("number");
    }
    const charts = await p.page.evaluate((s) => (window as any).__preview.book.meta.get(s).charts.map((c: any) => c.title), sheetName);
    expect(charts).toEqual(["Cumulative cash flow (USD)", "Monthly BTC mined and power cost", "Tornado: change in risk-adjusted NPV"]);
    // Drawn with Chart.js: axes with titles, category labels (months; the tornado's inputs on horizontal bars), legends.
    const drawn = await p.page.evaluate(() => (window as any).__preview.charts());
    expect(drawn.map((c: any) => c.title)).toEqual(charts);
    const [cumulative, btc, tornadoChart] = drawn;
    expect(cumulative.labels.slice(0, 2)).toEqual(["2027-03", "2027-03"]); // t = 0 and month 1 both fall in the start month
    expect(cumulative.axisTitles).toEqual(["USD"]);
    expect(btc.series).toEqual(["BTC mined", "Power cost (USD) (right axis)"]);
    expect(btc.axisTitles).toEqual(["BTC", "USD"]);
    expect(tornadoChart.horizontal).toBe(true);
    expect(tornadoChart.labels).toContain("BTC price at start (USD)");
    expect(drawn.every((c: any) => c.legend)).toBe(true);
    await p.page.evaluate(() => document.getElementById("charts")!.scrollIntoView());
    await p.page.screenshot({ path: path.join(SHOTS, "preview-charts.png") });
    // The user's own sheet is exactly as it was.
    expect(after.budget).toBe(before.budget);
    expect(after.names).toContain("Budget_Total");
    // The grid shows the new sheet, with no error cell.
    await expect(p.page.locator("#tabs button[aria-selected='true']").textContent()).resolves.toBe(sheetName);
    expect(await p.page.locator("#grid td.err").count()).toBe(0);
    expect(p.errors).toEqual([]);
    expect(stepShots.length).toBe(8);
    await p.page.close();
  });

  it("leaves the user's sheet untouched when a build fails midway, and says what went wrong", async () => {
    const p = await openPreview();
    const before = await workbookState(p.page);
    for (const title of ["Fleet", "Power", "Market", "Risk", "Finance", "Review"]) await next(p, title);
    await p.page.evaluate(() => ((window as any).__preview.faults.failAt = "charts.add"));
    await p.pane.getByRole("button", { name: "Build model" }).click();
    await p.pane.getByText("Build failed").waitFor();
    await expect(p.pane.getByRole("alert").filter({ hasText: "Build failed" }).textContent()).resolves.toMatch(
      /The model could not be built: Injected failure at charts\.add\. Your workbook is unchanged\./,
    );
    await p.page.screenshot({ path: path.join(SHOTS, "build-failed.png") });
    expect(await workbookState(p.page)).toEqual(before);
    await p.page.close();
  });

  it("offers Edit model on reopening, and a rebuild replaces only the add-in's sheet after confirmation", async () => {
    const p = await openPreview();
    const before = await workbookState(p.page);
    await fill(p, "siteName", "Reopened site");
    for (const title of ["Fleet", "Power", "Market", "Risk", "Finance", "Review"]) await next(p, title);
    await p.pane.getByRole("button", { name: "Build model" }).click();
    await p.pane.getByText("Model built").waitFor();
    const first = await workbookState(p.page);
    expect(first.sheets).toEqual(["Budget", "Model Reopened site", "Schedule Reopened site", "Summary Reopened site"]);

    await p.page.click("#reopen");
    await p.pane.getByRole("button", { name: "Edit model" }).waitFor();
    await p.page.screenshot({ path: path.join(SHOTS, "edit-model.png") });
    await p.pane.getByRole("button", { name: "Edit model" }).click();
    await expect(p.pane.locator("#field-siteName").inputValue()).resolves.toBe("Reopened site");
    for (const title of ["Fleet", "Power", "Market", "Risk", "Finance", "Review"]) await next(p, title);
    await p.pane.getByRole("button", { name: "Rebuild model" }).click();
    const confirm = p.pane.getByRole("group", { name: "Replace the model?" });
    await confirm.getByText("Model Reopened site").waitFor();
    await p.page.screenshot({ path: path.join(SHOTS, "confirm-replace.png") });
    await confirm.getByRole("button", { name: "Replace" }).click();
    await p.pane.getByText("Model built").waitFor();

    // Rebuilt in place: the same sheet and the same names, nothing added beside them.
    const after = await workbookState(p.page);
    expect(after.sheets).toEqual(["Budget", "Model Reopened site", "Schedule Reopened site", "Summary Reopened site"]);
    expect(after.budget).toBe(before.budget);
    expect(after.names.filter((n) => n.startsWith("JM2_"))).toEqual([]);
    expect(after.names.filter((n) => n.startsWith("JM_"))).toEqual(first.names.filter((n) => n.startsWith("JM_")));
    expect(after.names).toContain("Budget_Total");
    await p.page.close();
  });

  it("runs a Monte Carlo in a Web Worker and writes its results into the model (equal to the core's run with the same seed)", async () => {
    const p = await openPreview();
    await fill(p, "siteName", "Monte Carlo site");
    await fill(p, "horizonMonths", "24");
    for (const title of ["Fleet", "Power", "Market", "Risk", "Finance", "Review"]) await next(p, title);
    const inputs = JSON.parse(await p.pane.locator("#inputs-json").inputValue());
    await p.pane.getByRole("button", { name: "Build model" }).click();
    await p.pane.getByText("Model built").waitFor();
    const workers: string[] = [];
    p.page.on("worker", (w) => workers.push(w.url()));
    await p.pane.locator("#mc-paths").fill("3000");
    await p.pane.locator("#mc-seed").fill("77");
    await p.pane.getByRole("button", { name: "Run Monte Carlo" }).click();
    await p.pane.getByText("Monte Carlo written").waitFor();
    await p.page.screenshot({ path: path.join(SHOTS, "monte-carlo.png") });
    expect(workers.length).toBe(1);
    const expected = runMonteCarlo(inputs, { paths: 3000, seed: 77 });
    const sheet = "Model Monte Carlo site";
    const at = buildPlan(inputs, { sheetName: sheet, namePrefix: "JM_" }).layout.monteCarlo;
    const row = async (r: number) => Promise.all([1, 2, 3, 4, 5, 6].map((c) => cellValue(p.page, sheet, at.row + r, at.col + c)));
    const q = (x: typeof expected.npvUsd) => [x.p5, x.p25, x.p50, x.p75, x.p95, x.mean];
    const close = (a: unknown[], b: number[]) => a.forEach((v, i) => expect(Math.abs((v as number) - b[i]!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b[i]!))));
    close(await row(2), q(expected.npvUsd));
    close(await row(3), q(expected.riskAdjustedNpvUsd));
    close(await row(4), q(expected.equityNpvUsd));
    close(await row(5), q(expected.riskAdjustedEquityNpvUsd));
    expect(await cellValue(p.page, sheet, at.row + 8, at.col + 1)).toBeCloseTo(expected.probabilityOfLossRiskAdjusted, 12);
    const charts = await p.page.evaluate((s) => (window as any).__preview.book.meta.get(s).charts.map((c: any) => c.name || c.title), sheet);
    expect(charts.filter((c: string) => / monte-carlo @/.test(c)).length).toBe(1);
    // Running again replaces the results and the chart rather than adding another.
    await p.pane.getByRole("button", { name: "Run Monte Carlo" }).click();
    await p.pane.getByText("Monte Carlo written").waitFor();
    const again = await p.page.evaluate((s) => (window as any).__preview.book.meta.get(s).charts.filter((c: any) => / monte-carlo @/.test(c.name)).length, sheet);
    expect(again).toBe(1);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("cancelling a Monte Carlo stops its worker and writes nothing", async () => {
    const p = await openPreview();
    await fill(p, "siteName", "Cancelled site");
    await fill(p, "horizonMonths", "120");
    for (const title of ["Fleet", "Power", "Market", "Risk", "Finance", "Review"]) await next(p, title);
    await p.pane.getByRole("button", { name: "Build model" }).click();
    await p.pane.getByText("Model built").waitFor();
    const closed: string[] = [];
    p.page.on("worker", (w) => w.on("close", () => closed.push(w.url())));
    await p.pane.locator("#mc-paths").fill("1000000");
    await p.pane.getByRole("button", { name: "Run Monte Carlo" }).click();
    await p.pane.getByText(/Simulating: [\d,]+ of 1,000,000 paths/).waitFor();
    await p.pane.getByRole("button", { name: "Cancel" }).click();
    await p.pane.getByText("Monte Carlo cancelled; nothing was written.").waitFor();
    await p.page.waitForFunction(() => true);
    for (let i = 0; i < 50 && closed.length === 0; i++) await p.page.waitForTimeout(100);
    expect(closed.length).toBe(1);
    expect(p.page.workers()).toEqual([]);
    const sheet = "Model Cancelled site";
    const at = buildPlan({ horizonMonths: 120 }, { sheetName: sheet }).layout.monteCarlo;
    expect(await cellValue(p.page, sheet, at.row, at.col)).toBeNull();
    await p.page.close();
  });

  it("reports a corrupted or newer saved state and starts from defaults", async () => {
    const p = await openPreview();
    await p.page.evaluate(() => (window as any).__preview.book.settings.set("JilinMiningModel", JSON.stringify({ schemaVersion: 99 })));
    await p.page.click("#reopen");
    await p.pane.getByText(/saved by a newer version of Jilin Mining Model/).waitFor();
    await p.page.evaluate(() => (window as any).__preview.book.settings.set("JilinMiningModel", "{not json"));
    await p.page.click("#reopen");
    await p.pane.getByText(/cannot be read \(it is not valid JSON\)/).waitFor();
    expect(await stepTitle(p)).toBe("Site");
    await p.page.close();
  });

  it("shows a custom function's error message for the selected cell", async () => {
    const p = await openPreview();
    await p.page.locator('#grid td[data-r="1"][data-c="4"]').click();
    await p.page.locator("#formula").fill("=JILIN.CO2_TONNES(-5, 0.5)");
    await p.page.locator("#formula").press("Enter");
    await p.page.locator('#grid td[data-r="1"][data-c="4"]').click();
    const message = await p.page.locator("#cell-message").textContent();
    expect(message).toMatch(/^#(VALUE|NUM)!: .*energy_mwh/);
    await expect(p.page.locator('#grid td[data-r="1"][data-c="4"]').getAttribute("title")).resolves.toMatch(/energy_mwh/);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("shows a custom function's error message in Chinese in Chinese Office", async () => {
    const p = await openPreview("?lang=zh-CN");
    await p.page.locator('#grid td[data-r="1"][data-c="4"]').click();
    await p.page.locator("#formula").fill("=JILIN.CO2_TONNES(-5, 0.5)");
    await p.page.locator("#formula").press("Enter");
    await p.page.locator('#grid td[data-r="1"][data-c="4"]').click();
    const message = await p.page.locator("#cell-message").textContent();
    // The same error value as in English; the message names the parameter as Excel shows it, in a Chinese sentence.
    expect(message).toMatch(/^#VALUE!: energy_mwh.*必须/);
    expect(p.errors).toEqual([]);
    await p.page.close();
  });

  it("blocks a bad input with core's message next to the field", async () => {
    const p = await openPreview();
    await fill(p, "horizonMonths", "abc");
    await p.pane.getByRole("button", { name: "Next" }).click();
    await p.pane.getByText('Horizon (months) must be a number of months (a whole number) in [1, 120] (got text "abc")').waitFor();
    expect(await stepTitle(p)).toBe("Site");
    await expect(p.pane.locator("#field-horizonMonths").getAttribute("aria-invalid")).resolves.toBe("true");
    await p.page.screenshot({ path: path.join(SHOTS, "blocked-input.png") });
    await fill(p, "horizonMonths", "24");
    await next(p, "Fleet");
    await next(p, "Power");
    await p.pane.locator("#field-profile-4").fill("1.5");
    await p.pane.getByRole("button", { name: "Next" }).click();
    await p.pane.getByText("May hydro share must be a fraction in [0, 1] (got 1.5)").waitFor();
    expect(await stepTitle(p)).toBe("Power");
    await p.page.close();
  });

  it("can be completed with the keyboard alone", async () => {
    const p = await openPreview();
    const frame = p.page.frame({ url: /pane\.html/ })!;
    await p.page.locator("#pane-frame").focus(); // the pane has focus, as when it is opened
    await frame.locator("#step-heading").focus();
    await p.page.keyboard.press("Tab");
    await p.page.keyboard.type("Keyboard site");
    const tabTo = async (label: string) => {
      for (let i = 0; i < 80; i++) {
        const focused = await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent ?? "");
        if (focused === label) return;
        await p.page.keyboard.press("Tab");
      }
      throw new Error(`could not reach "${label}" with Tab`);
    };
    for (const title of ["Fleet", "Power", "Market", "Risk", "Finance", "Review"]) {
      await tabTo("Next");
      await p.page.keyboard.press("Enter");
      await p.pane.locator("#step-heading", { hasText: title }).waitFor();
    }
    await tabTo("Build model");
    await p.page.keyboard.press("Enter");
    await p.pane.getByText("Model built").waitFor();
    expect((await workbookState(p.page)).sheets).toEqual(["Budget", "Model Keyboard site", "Schedule Keyboard site", "Summary Keyboard site"]);
    await p.page.close();
  });

  it("has no serious or critical accessibility violations on any step (axe-core)", async () => {
    const p = await openPreview();
    const report: Record<string, string[]> = {};
    const titles = ["Site", "Fleet", "Power", "Market", "Risk", "Finance", "Review"];
    for (let i = 0; i < titles.length; i++) {
      if (i > 0) await next(p, titles[i]!);
      report[titles[i]!] = await axeViolations(p);
    }
    if (Object.values(report).some((v) => v.length > 0)) console.log(JSON.stringify(report, null, 1));
    expect(report).toEqual(Object.fromEntries(titles.map((t) => [t, []])));
    await p.page.close();
  });

  it("has no serious or critical accessibility violations on any step in Chinese either", async () => {
    const p = await openPreview("?lang=zh-CN");
    expect(await p.page.frame({ url: /pane\.html/ })!.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    const report: Record<string, string[]> = {};
    const titles = ["场地", "矿机", "电力", "市场", "风险", "财务", "复核"];
    for (let i = 0; i < titles.length; i++) {
      if (i > 0) {
        await p.pane.getByRole("button", { name: "下一步" }).click();
        await p.pane.locator("#step-heading", { hasText: titles[i] }).waitFor();
      }
      report[titles[i]!] = await axeViolations(p);
    }
    if (Object.values(report).some((v) => v.length > 0)) console.log(JSON.stringify(report, null, 1));
    expect(report).toEqual(Object.fromEntries(titles.map((t) => [t, []])));
    await p.page.close();
  });

  it("taskpane.html loads on its own with Office.js served locally, and no request left the machine", async () => {
    const { context, blocked } = await isolatedContext(host.browser, host.server.url);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${host.server.url}/taskpane.html`);
    await page.locator("#step-heading", { hasText: "Site" }).waitFor({ timeout: 60000 });
    expect(errors).toEqual([]);
    await page.close();
    expect(blocked).toEqual([]);
    expect(blockedEverywhere).toEqual([]);
  });
});
