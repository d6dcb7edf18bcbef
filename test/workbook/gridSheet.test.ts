/*
 * The two-way sensitivity grid in the sheet: two tables whose every value is the core's grid (itself
 * checked cell by cell against projectModel in test/core/risk/grid.test.ts), a colour scale over exactly
 * each table's values, a title that says it is a build-time snapshot; written by the preview host with
 * its colour scales, which a rebuild replaces rather than piles up; and the same grid from the CLI.
 */
import { buildPlan } from "../../src/workbook/plan";
import { sensitivityGrid } from "../../src/core/risk/grid";
import { buildModel } from "../../src/workbook/apply";
import { run } from "../../src/cli/main";
import { PreviewWorkbook } from "../../preview/workbook";
import { createExcel } from "../../preview/excelApi";
import { registerJilin } from "../support/hyperformula";

function installPreviewExcel(): PreviewWorkbook {
  registerJilin();
  const book = new PreviewWorkbook({ metadata: [], get: () => undefined });
  book.addSheet("Data");
  (globalThis as Record<string, unknown>).Excel = createExcel(book);
  return book;
}

const TODAY = new Date(Date.UTC(2026, 10, 30));
const INPUTS = { siteName: "Grid", startDate: "2027-01-01", horizonMonths: 24, taxRate: 0.25 };

describe("the grid in the plan", () => {
  const g = sensitivityGrid(INPUTS, 7, TODAY);
  const plan = buildPlan(INPUTS, { today: TODAY, grid: g, builtAt: "2026-11-30 16:05 UTC" });
  const block = plan.blocks.find((b) => String(b.cells[0]?.[0]?.value ?? "").startsWith("Two-way sensitivity"))!;

  it("says it is a snapshot from the build, with its time", () => {
    expect(block.cells[0]![0]!.value).toMatch(/A snapshot computed by the add-in at build time \(2026-11-30 16:05 UTC\): values, not formulas/);
  });

  it("holds the core's values: axes and both tables, each under a colour scale over exactly its values", () => {
    const at = (r: number, c: number) => block.cells[r - block.row]?.[c - block.col]?.value;
    expect(plan.colorScales).toHaveLength(2);
    [g.npvUsd, g.riskAdjustedNpvUsd].forEach((table, k) => {
      const [from, to] = plan.colorScales[k]!.range.split(":") as [string, string];
      const rc = (a1: string) => ({ row: Number(a1.replace(/[A-Z]+/, "")) - 1, col: [...a1.replace(/\d+/g, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 });
      const a = rc(from);
      const b = rc(to);
      expect([b.row - a.row + 1, b.col - a.col + 1]).toEqual([7, 7]);
      for (let i = 0; i < 7; i++) {
        expect(at(a.row + i, a.col - 1)).toBe(g.btcPricesUsd[i]!.toNumber());
        for (let j = 0; j < 7; j++) expect(at(a.row + i, a.col + j)).toBe(table[i]![j]!.toNumber());
      }
      for (let j = 0; j < 7; j++) {
        expect(at(a.row - 2, a.col + j)).toBe(g.gridPricesCnyPerKwh[j]!.toNumber());
        expect(at(a.row - 1, a.col + j)).toBe(g.hydroPricesCnyPerKwh[j]!.toNumber());
      }
    });
  });

  it("keeps clear of the hidden input checks and within the model sheet's used range", () => {
    const last = block.row + block.cells.length - 1;
    const width = Math.max(...block.cells.map((r) => r.length));
    expect(block.col + width - 1).toBeLessThan(plan.hiddenColumns.from);
    expect(last).toBeLessThan(plan.layout.usedRange.rows);
  });
});

describe("the grid written by the preview host", () => {
  it("two colour scales after a build, still two after a rebuild", async () => {
    const book = installPreviewExcel();
    const first = await buildModel({ inputs: INPUTS, today: TODAY, grid: true });
    expect(book.meta.get(first.sheetName)!.colorScales.map((c) => [c.rows, c.cols])).toEqual([[7, 7], [7, 7]]);
    await buildModel({ inputs: { ...INPUTS, taxRate: 0.2 }, today: TODAY, grid: true, replace: { identity: first.identity, saved: INPUTS, previous: { grid: true } } });
    expect(book.meta.get(first.sheetName)!.colorScales).toHaveLength(2);
  });
});

describe("the grid from the command line", () => {
  it("--grid adds the same grid to the JSON and a table to the report", async () => {
    const io = (sink: { out: string }) => ({ out: (t: string) => (sink.out += t), err: () => undefined, readFile: () => JSON.stringify(INPUTS), today: TODAY });
    const json = { out: "" };
    expect(await run(["--config", "x.json", "--json", "--grid"], io(json))).toBe(0);
    const doc = JSON.parse(json.out);
    const g = sensitivityGrid(INPUTS, 7, TODAY);
    expect(doc.grid.npvUsd).toEqual(g.npvUsd.map((r) => r.map((v) => v.toNumber())));
    expect(doc.grid.btcPricesUsd).toEqual(g.btcPricesUsd.map((v) => v.toNumber()));
    const text = { out: "" };
    expect(await run(["--config", "x.json", "--grid"], io(text))).toBe(0);
    expect(text.out).toMatch(/Risk-adjusted NPV \(USD\) by BTC price at start \(rows, USD\) and power price/);
  });
});
