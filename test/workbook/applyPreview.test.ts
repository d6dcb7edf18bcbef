/*
 * buildModel (apply.ts) writing into the preview host's Excel stand-in, in Node: the written
 * workbook, evaluated by HyperFormula, holds the model projectModel computes, and the user's other
 * sheet and names are untouched, also when the build fails midway.
 */
import { PreviewWorkbook } from "../../preview/workbook";
import { createExcel, faults } from "../../preview/excelApi";
import { buildModel, makePortable, writeMonteCarlo } from "../../src/workbook/apply";
import { runMonteCarlo } from "../../src/core/risk/monteCarlo";
import { projectModel } from "../../src/core/model/project";
import { registerJilin } from "../support/hyperformula";
import { buildPlan } from "../../src/workbook/plan";

function freshBook(): PreviewWorkbook {
  registerJilin();
  const book = new PreviewWorkbook({ metadata: [], get: () => undefined });
  book.addSheet("Data");
  book.setCells("Data", 0, 0, [["Revenue", 100], ["Cost", "=B1*0.4"], ["Margin", "=B1-B2"]]);
  book.hf.addNamedExpression("Margin", "=Data!$B$3");
  (globalThis as Record<string, unknown>).Excel = createExcel(book);
  return book;
}

const INPUTS = { startDate: "2027-01-01", horizonMonths: 24, siteName: "Test", capexItems: [{ label: "=2+2 looks like a formula", usd: 1000 }] };

it("writes a workbook whose summary equals projectModel and leaves other sheets alone", async () => {
  const book = freshBook();
  const before = JSON.stringify(book.serialize("Data"));
  const result = await buildModel({ inputs: INPUTS });
  expect(book.sheetNames()).toEqual(["Data", "Model Test", "Schedule Test", "Summary Test"]);
  expect(book.activeSheet).toBe("Model Test");
  expect(JSON.stringify(book.serialize("Data"))).toBe(before);
  const id = book.sheetId("Model Test");
  const p = projectModel(INPUTS);
  for (const [key, at] of Object.entries(result.plan.layout.summary)) {
    const v = book.hf.getCellValue({ sheet: id, row: at.row, col: at.col });
    const m = (p.summary as unknown as Record<string, { toNumber(): number } | undefined>)[key];
    if (m === undefined) expect(typeof v).toBe("string");
    else expect(Math.abs((v as number) - m.toNumber()) / Math.max(1, Math.abs(m.toNumber()))).toBeLessThan(1e-9);
  }
  // A label that starts with "=" stays text.
  const labelAt = result.plan.blocks.flatMap((b) => b.cells.flatMap((row, i) => row.map((c, j) => ({ c, row: b.row + i, col: b.col + j })))).find((x) => x.c.value === "'=2+2 looks like a formula")!;
  expect(book.hf.getCellValue({ sheet: id, row: labelAt.row, col: labelAt.col })).toBe("=2+2 looks like a formula");
  expect(book.meta.get("Model Test")!.charts.map((c) => c.title)).toEqual(["Cumulative cash flow (USD)", "Monthly BTC mined and power cost"]);
  // The charts draw from the schedule sheet (found by its id).
  expect(book.meta.get("Model Test")!.charts.map((c) => c.dataSheetId)).toEqual([book.meta.get("Schedule Test")!.id, book.meta.get("Schedule Test")!.id]);
  expect(book.meta.get("Model Test")!.looks.get(`${result.plan.layout.inputs.Pue!.row},1`)).toMatchObject({ fill: "#FFF2CC", color: "#0000FF" });
  // The helper columns are hidden, exactly those.
  const { from, to } = result.plan.hiddenColumns;
  expect([...book.meta.get("Model Test")!.hiddenColumns].sort((a, b) => a - b)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
});

it.each(["charts.add", "names.add", "range.formulas", "worksheets.add"])("a failure at %s leaves the workbook as it was", async (op) => {
  const book = freshBook();
  const before = { sheets: book.sheetNames(), data: JSON.stringify(book.serialize("Data")), names: book.hf.listNamedExpressions() };
  faults.failAt = op;
  await expect(buildModel({ inputs: INPUTS })).rejects.toThrow(`The model could not be built: Injected failure at ${op}. Your workbook is unchanged.`);
  expect({ sheets: book.sheetNames(), data: JSON.stringify(book.serialize("Data")), names: book.hf.listNamedExpressions() }).toEqual(before);
});

/** Everything a rebuild could change: every sheet's cells, formats, looks, validation, charts, panes and page set-up; every name and its formula. */
function everything(book: PreviewWorkbook) {
  return {
    sheets: book.sheetNames().map((s) => {
      const m = book.meta.get(s)!;
      return {
        s,
        id: m.id,
        cells: JSON.stringify(book.serialize(s)),
        formats: JSON.stringify([...m.formats].sort()),
        looks: JSON.stringify([...m.looks].sort()),
        validations: JSON.stringify([...m.validations].sort()),
        charts: m.charts.map((c) => c.name),
        frozen: [m.frozenRows, m.frozenCols],
        hidden: [...m.hiddenColumns].sort((a, b) => a - b),
        page: JSON.stringify(m.page),
      };
    }),
    names: book.hf.listNamedExpressions().map((n) => [n, book.hf.getNamedExpressionFormula(n)]),
  };
}

describe("rebuild in place", () => {
  it("rewrites the same sheet and names, and the model equals projectModel on the new inputs", async () => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS });
    const id = book.meta.get("Model Test")!.id;
    const next = { ...INPUTS, horizonMonths: 36, btcPriceUsd: 120000, capexItems: undefined };
    const ids = ["Schedule Test", "Summary Test"].map((s) => book.meta.get(s)!.id);
    const result = await buildModel({ inputs: next, replace: { identity: first.identity, saved: INPUTS } });
    expect(book.sheetNames()).toEqual(["Data", "Model Test", "Schedule Test", "Summary Test"]);
    expect(book.meta.get("Model Test")!.id).toBe(id);
    expect(["Schedule Test", "Summary Test"].map((s) => book.meta.get(s)!.id)).toEqual(ids);
    expect(result.identity.companions!.map((c) => c.sheetId)).toEqual(ids);
    expect(result.identity.names).toContain("JM_InfrastructureCapexUsd");
    expect(book.hf.listNamedExpressions()).not.toContain("JM_CapexItems"); // the new plan has no line items
    const sheet = book.sheetId("Model Test");
    const npv = book.hf.calculateFormula("=JM_NpvUsd", sheet) as number;
    expect(Math.abs(npv - projectModel(next).summary.npvUsd.toNumber())).toBeLessThan(1e-6);
    expect(book.hf.calculateFormula("=ROWS(JM_CashFlowUsd)", sheet)).toBe(36);
  });

  it.each(["charts.add", "names.add", "range.formulas"])("a rebuild failing at %s leaves the workbook exactly as it was", async (op) => {
    const book = freshBook();
    // Text that must stay text through the undo, and a tornado block whose looks must come back.
    const labels = { ...INPUTS, capexItems: undefined, opexItems: [{ label: "=1+1 not a formula", usd: 100 }, { label: "TRUE", usd: 50 }, { label: "0001", cny: 700 }] };
    const first = await buildModel({ inputs: labels, tornado: {} });
    // The user typed a value into the model sheet; it must survive the failed rebuild too.
    const at = first.plan.layout.inputs.BtcPriceUsd!;
    book.writeCells("Model Test", at.row, at.col, [[99000]]);
    const before = everything(book);
    faults.failAt = op;
    // New line items make the rebuild add names (so names.add runs) as well as update the existing ones.
    await expect(buildModel({ inputs: { ...INPUTS, btcPriceUsd: 99000, horizonMonths: 30 }, replace: { identity: first.identity, saved: labels, previous: { tornado: {} } } }))
      .rejects.toThrow(`The model could not be rebuilt: Injected failure at ${op}. Your workbook is unchanged.`);
    expect(faults.failAt).toBeUndefined(); // the fault was reached
    expectSame(before, everything(book));
  });
});

/** Two states of the book are the same; the first cell that differs, if any, is named by its sheet and address. */
function expectSame(before: ReturnType<typeof everything>, after: ReturnType<typeof everything>): void {
  expect(after.sheets.map((s) => s.s)).toEqual(before.sheets.map((s) => s.s));
  const diffs: string[] = [];
  before.sheets.forEach((sheet, i) => {
    const cellsBefore = JSON.parse(sheet.cells) as unknown[][];
    const cellsAfter = JSON.parse(after.sheets[i]!.cells) as unknown[][];
    for (let r = 0; r < Math.max(cellsBefore.length, cellsAfter.length); r++) {
      for (let c = 0; c < Math.max(cellsBefore[r]?.length ?? 0, cellsAfter[r]?.length ?? 0); c++) {
        const x = cellsBefore[r]?.[c] ?? null;
        const y = cellsAfter[r]?.[c] ?? null;
        if (JSON.stringify(x) !== JSON.stringify(y)) diffs.push(`${sheet.s}!${r},${c}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
      }
    }
  });
  expect(diffs.slice(0, 5)).toEqual([]);
  after.sheets.forEach((sheet, i) => {
    for (const k of Object.keys(sheet) as (keyof typeof sheet)[]) expect([sheet.s, k, sheet[k]]).toEqual([sheet.s, k, before.sheets[i]![k]]);
  });
  expect(after.names).toEqual(before.names);
}

describe("the schedule and summary sheets", () => {
  it("the schedule keeps its header row and its t and month columns frozen; the summary is set up to print on one landscape page", async () => {
    const book = freshBook();
    const result = await buildModel({ inputs: INPUTS, builtAt: "2026-11-30 18:00 UTC" });
    const schedule = book.meta.get("Schedule Test")!;
    expect([schedule.frozenRows, schedule.frozenCols]).toEqual([result.plan.layout.schedule.headerRow + 1, 2]);
    const sid = book.sheetId("Schedule Test");
    expect(book.hf.getCellValue({ sheet: sid, row: result.plan.layout.schedule.headerRow, col: 1 })).toBe("Month");
    const summary = book.meta.get("Summary Test")!;
    expect(summary.page).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 }, printArea: result.plan.companions[1]!.page!.printArea, header: { left: "Jilin Mining Model: Test", center: "", right: "Printed &D" } });
    expect(summary.charts.map((c) => [c.title, c.dataSheetId])).toEqual([["Cumulative cash flow (USD)", schedule.id]]);
    // Its figures follow an edit of the model sheet's input.
    const at = result.plan.layout.inputs.BtcPriceUsd!;
    book.writeCells("Model Test", at.row, at.col, [[150000]]);
    const npv = result.plan.layout.summaryPage.figures.npvUsd;
    const shown = book.hf.getCellValue({ sheet: book.sheetId("Summary Test"), row: npv.row, col: npv.col }) as number;
    expect(Math.abs(shown - projectModel({ ...INPUTS, btcPriceUsd: 150000 }).summary.npvUsd.toNumber())).toBeLessThan(1e-6);
  });

  it("the summary's chart lies inside its print area", () => {
    const plan = buildPlan(INPUTS);
    const summary = plan.companions.find((c) => c.role === "summary")!;
    const [, last] = summary.page!.printArea.split(":");
    const colOf = (a1: string) => [...a1.replace(/\d+/g, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const rowOf = (a1: string) => Number(a1.replace(/\D/g, ""));
    for (const c of summary.charts) {
      expect(colOf(c.to)).toBeLessThanOrEqual(colOf(last!));
      expect(rowOf(c.to)).toBeLessThanOrEqual(rowOf(last!));
    }
  });

  it("Make portable rewrites the JILIN formulas of all three sheets, also after they are renamed to names Excel writes unquoted", async () => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS });
    book.renameSheet("Model Test", "Model");
    book.renameSheet("Schedule Test", "Schedule");
    const jilin = () => ["Model", "Schedule", "Summary Test"].flatMap((s) => (book.serialize(s) as unknown[][]).flat()).filter((v) => typeof v === "string" && /JILIN\./.test(v)).length;
    expect(jilin()).toBeGreaterThan(100);
    // The scenario schedules refer to the renamed model sheet without quotes now, as Excel writes them.
    expect((book.serialize("Schedule") as unknown[][]).flat().some((v) => typeof v === "string" && v.includes("Model!$"))).toBe(true);
    const npv = book.hf.calculateFormula("=JM_NpvUsd", book.sheetId("Model")) as number;
    const result = await makePortable({ identity: first.identity, inputs: INPUTS });
    expect(result.leftAlone).toBe(0);
    expect(jilin()).toBe(0);
    expect(Math.abs((book.hf.calculateFormula("=JM_NpvUsd", book.sheetId("Model")) as number) - npv)).toBeLessThan(1e-6 * Math.abs(npv));
  });

  it("Make portable rewrites every JILIN formula of a Chinese workbook with a CNY summary too", async () => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS, lang: "zh-CN", currency: "CNY" });
    const sheets = ["模型 Test", "现金流表 Test", "摘要 Test"];
    expect(book.sheetNames()).toEqual(["Data", ...sheets]);
    const jilin = () => sheets.flatMap((s) => (book.serialize(s) as unknown[][]).flat()).filter((v) => typeof v === "string" && /JILIN\./.test(v)).length;
    expect(jilin()).toBeGreaterThan(100);
    const result = await makePortable({ identity: first.identity, inputs: INPUTS, lang: "zh-CN", currency: "CNY" });
    expect([result.leftAlone, jilin()]).toEqual([0, 0]);
  });

  it("a Monte Carlo area moved off the model sheet is refused, and nothing is written", async () => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS });
    book.hf.changeNamedExpression("JM_MonteCarloResults", "='Schedule Test'!$A$5:$G$58");
    const before = everything(book);
    await expect(writeMonteCarlo(first.identity, runMonteCarlo(INPUTS, { paths: 100, seed: 3 }), "2026-11-30")).rejects.toThrow(/moved off the model sheet/);
    expectSame(before, everything(book));
  });

  it("a new build never takes a sheet of the user's: names are made unique", async () => {
    const book = freshBook();
    book.addSheet("Summary Test");
    book.setCells("Summary Test", 0, 0, [["my own notes"]]);
    const before = JSON.stringify(book.serialize("Summary Test"));
    const result = await buildModel({ inputs: INPUTS });
    expect(book.sheetNames()).toEqual(["Data", "Summary Test", "Model Test", "Schedule Test", "Summary Test (2)"]);
    expect(result.plan.companions.map((c) => c.sheetName)).toEqual(["Schedule Test", "Summary Test (2)"]);
    expect(JSON.stringify(book.serialize("Summary Test"))).toBe(before);
  });

  it("a rebuild follows renamed sheets and makes a deleted one again, never using a same-named sheet of the user's", async () => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS });
    const scheduleId = book.meta.get("Schedule Test")!.id;
    book.renameSheet("Schedule Test", "My schedule");
    book.removeSheet("Summary Test");
    // A sheet of the user's with the summary's old name is not the model's.
    book.addSheet("Summary Test");
    book.setCells("Summary Test", 0, 0, [["mine"]]);
    const result = await buildModel({ inputs: { ...INPUTS, btcPriceUsd: 95000 }, replace: { identity: first.identity, saved: INPUTS } });
    expect(book.sheetNames()).toEqual(["Data", "Model Test", "My schedule", "Summary Test", "Summary Test (2)"]);
    expect(book.meta.get("My schedule")!.id).toBe(scheduleId);
    expect(book.hf.getCellValue({ sheet: book.sheetId("Summary Test"), row: 0, col: 0 })).toBe("mine");
    expect(result.identity.companions!.find((c) => c.role === "summary")!.sheetId).toBe(book.meta.get("Summary Test (2)")!.id);
    const npv = result.plan.layout.summaryPage.figures.npvUsd;
    const shown = book.hf.getCellValue({ sheet: book.sheetId("Summary Test (2)"), row: npv.row, col: npv.col }) as number;
    expect(Math.abs(shown - projectModel({ ...INPUTS, btcPriceUsd: 95000 }).summary.npvUsd.toNumber())).toBeLessThan(1e-6);
    // And the next rebuild finds all three again.
    await buildModel({ inputs: INPUTS, replace: { identity: result.identity, saved: { ...INPUTS, btcPriceUsd: 95000 } } });
    expect(book.sheetNames()).toEqual(["Data", "Model Test", "My schedule", "Summary Test", "Summary Test (2)"]);
  });

  it.each(["charts.add", "names.add", "range.formulas"])("a rebuild that makes a deleted summary again and fails at %s leaves the workbook as it was", async (op) => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS });
    book.removeSheet("Summary Test");
    const before = everything(book);
    faults.failAt = op;
    await expect(buildModel({ inputs: { ...INPUTS, btcPriceUsd: 99000, opexItems: [{ label: "Guard", usd: 5 }] }, replace: { identity: first.identity, saved: INPUTS } }))
      .rejects.toThrow(`The model could not be rebuilt: Injected failure at ${op}. Your workbook is unchanged.`);
    expect(faults.failAt).toBeUndefined(); // the fault was reached (the line items' name is new: names.add runs)
    expectSame(before, everything(book));
  });
});

describe("Monte Carlo results", () => {
  it("a write that fails puts the area and the earlier histogram back", async () => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS });
    const result = runMonteCarlo(INPUTS, { paths: 200, seed: 1 });
    await writeMonteCarlo(first.identity, result, "2026-11-30");
    const before = everything(book);
    faults.failAt = "charts.add";
    await expect(writeMonteCarlo(first.identity, runMonteCarlo(INPUTS, { paths: 300, seed: 2 }), "2026-12-01")).rejects.toThrow(/The Monte Carlo results could not be written: Injected failure at charts\.add\. The model sheet is as it was\./);
    const after = everything(book);
    expect(after.sheets.map((s) => [s.cells, s.formats, s.charts])).toEqual(before.sheets.map((s) => [s.cells, s.formats, s.charts]));
  });

  it("follows a renamed model sheet and returns its name", async () => {
    const book = freshBook();
    const first = await buildModel({ inputs: INPUTS });
    book.renameSheet("Model Test", "Renamed");
    await expect(writeMonteCarlo(first.identity, runMonteCarlo(INPUTS, { paths: 100, seed: 3 }), "2026-11-30")).resolves.toBe("Renamed");
  });
});
