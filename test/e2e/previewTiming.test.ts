/*
 * A timing report, not a timed test: how long the preview takes from typing a new input value into a
 * 120-month model to showing the recalculated sheet, and its parts (recalculation, redraw). The figures go
 * to test-results/preview-timing.json and the log; the test asserts only that the sheet recalculated.
 */
import fs from "fs";
import path from "path";
import { isolatedContext, previewHost } from "./browser";

jest.setTimeout(240000);

const ROOT = path.resolve(__dirname, "../..");
const host = previewHost();

it("editing an input of a 120-month model shows the recalculated sheet (timing reported)", async () => {
  const { context } = await isolatedContext(host.browser, host.server.url);
  const page = await context.newPage();
  await page.goto(`${host.server.url}/preview.html`);
  await page.waitForFunction(() => (window as any).__preview?.ready === true);
  const pane = page.frameLocator("#pane-frame");
  await pane.locator("#field-horizonMonths").fill("120");
  for (const title of ["Fleet", "Power", "Market", "Risk", "Finance", "Review"]) {
    await pane.getByRole("button", { name: "Next" }).click();
    await pane.locator("#step-heading", { hasText: title }).waitFor();
  }
  await pane.getByRole("button", { name: "Build model" }).click();
  await pane.getByText("Model built").waitFor();
  const sheet = await page.evaluate(() => (window as any).__preview.book.activeSheet as string);
  const at = await page.evaluate(() => {
    const ref = (n: string) => /!\$([A-Z]+)\$(\d+)/.exec((window as any).__preview.book.hf.getNamedExpressionFormula(n))!;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const price = ref("JM_BtcPriceUsd");
    const npv = ref("JM_NpvUsd");
    return { price: { row: Number(price[2]) - 1, col: col(price[1]!) }, npv: { row: Number(npv[2]) - 1, col: col(npv[1]!) } };
  });
  const npvCell = page.locator(`#grid td[data-r="${at.npv.row}"][data-c="${at.npv.col}"]`);
  const before = await npvCell.textContent();
  await page.locator(`#grid td[data-r="${at.price.row}"][data-c="${at.price.col}"]`).click();
  await page.locator("#formula").fill("150000");
  const started = Date.now();
  await page.locator("#formula").press("Enter");
  await page.waitForFunction(([r, c, old]) => document.querySelector(`#grid td[data-r="${r}"][data-c="${c}"]`)?.textContent !== old, [at.npv.row, at.npv.col, before] as const);
  const ms = Date.now() - started;
  const parts = await page.evaluate(([r, c]) => {
    const p = (window as any).__preview;
    let t = performance.now();
    p.book.writeCells(p.book.activeSheet, r, c, [[160000]]);
    const recalc = performance.now() - t;
    t = performance.now();
    p.book.changed();
    const render = performance.now() - t;
    t = performance.now();
    p.type(p.book.activeSheet, r, c, "170000");
    const typed = performance.now() - t;
    return { recalc, render, typed };
  }, [at.price.row, at.price.col] as const);
  // The parts of it, measured in the page: HyperFormula's recalculation, the redraw, and both behind the formula bar's check.
  fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, "test-results", "preview-timing.json"),
    `${JSON.stringify({ sheet, months: 120, editToRecalculatedSheetMs: ms, recalculationMs: Math.round(parts.recalc), redrawMs: Math.round(parts.render), typedMs: Math.round(parts.typed) }, null, 2)}\n`,
  );
  console.log(`preview parts: ${JSON.stringify(parts)}`);
  console.log(`preview: edit to recalculated 120-month sheet in ${ms} ms`);
  expect(await npvCell.textContent()).not.toBe(before);
  await page.close();
});
