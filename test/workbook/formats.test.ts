/*
 * The sheet in finance conventions: units live in the labels, headers and Unit columns, not in every
 * cell; negative amounts show in parentheses (checked by rendering the formats with numfmt, the
 * spreadsheet number-format engine the preview uses); the tornado's low and high values take their
 * input's format.
 */
import numfmt from "numfmt";
import { buildPlan, columnLetter, companionOf, SCHEDULE_COLUMNS, SUMMARY_ROWS, type PlanBlock } from "../../src/workbook/plan";
import { sensitivityGrid } from "../../src/core/risk/grid";
import { FORMATS } from "../../src/workbook/formats";
import { tornado } from "../../src/core/risk/tornado";
import { entryOf } from "../../src/core/model/catalogue";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const INPUTS = { startDate: "2027-01-01", horizonMonths: 24, debtFraction: 0.5 };

describe("number formats", () => {
  it("carry no unit text: every format in the plan is digits, separators, percent signs or dates", () => {
    const plan = buildPlan(INPUTS, { today: TODAY, tornado: tornado(INPUTS, undefined, TODAY) });
    const formats = new Set(plan.blocks.flatMap((b) => b.cells.flat()).map((c) => c.format).filter((f): f is string => f !== undefined));
    for (const f of formats) expect([f, /"/.test(f) || /[A-Za-z]/.test(f.replace(/General|yyyy|mm|dd/g, ""))]).toEqual([f, false]);
  });

  it("show negative amounts in parentheses and positive ones plainly", () => {
    const show = (format: string, v: number) => numfmt.format(format, v);
    expect(show(FORMATS.usd, -68096.4)).toBe("(68,096)");
    expect(show(FORMATS.usd, 3000)).toBe("3,000");
    expect(show(FORMATS.usdPerMonth, -1250)).toBe("(1,250)");
    expect(show(FORMATS.cny, -712000)).toBe("(712,000)");
    expect(show(FORMATS.usdCents, -0.5)).toBe("(0.50)");
    expect(show(FORMATS.ratio, -0.05)).toBe("(0.05)");
    expect(show(FORMATS.percentPerYear, 0.15)).toBe("15.00%");
  });
});

describe("units in labels and headers", () => {
  it("every summary figure's label names its unit", () => {
    for (const r of SUMMARY_ROWS) expect([r.key, /\([^)]+\)$/.test(r.label)]).toEqual([r.key, true]);
  });

  it("every schedule column of an amount, a quantity or a price names its unit in the header", () => {
    const unitless = new Set(["count", "month", "general", "days"]);
    for (const c of SCHEDULE_COLUMNS) {
      if (unitless.has(c.format) || c.key === "t") continue;
      expect([c.key, /\(/.test(c.header)]).toEqual([c.key, true]);
    }
  });

  it("the tornado's low and high values take their input's format; the table says it is a snapshot from the build", () => {
    const plan = buildPlan(INPUTS, { today: TODAY, tornado: tornado(INPUTS, undefined, TODAY), builtAt: "2026-11-30 16:05 UTC" });
    const block = plan.blocks.find((b) => typeof b.cells[0]?.[0]?.value === "string" && (b.cells[0]![0]!.value as string).startsWith("Tornado"))!;
    expect(block.cells[0]![0]!.value).toMatch(/snapshot computed by the add-in at build time \(2026-11-30 16:05 UTC\)/);
    const rows = block.cells.slice(2, -1);
    expect(rows.length).toBeGreaterThan(5);
    const t = tornado(INPUTS, undefined, TODAY);
    rows.forEach((row, i) => {
      const format = FORMATS[entryOf(t.rows[i]!.key)!.format as keyof typeof FORMATS];
      expect([row[1]!.format, row[2]!.format]).toEqual([format, format]);
    });
  });
});

describe("helper columns", () => {
  const plan = buildPlan(INPUTS, { today: TODAY, tornado: tornado(INPUTS, undefined, TODAY), grid: sensitivityGrid(INPUTS, undefined, TODAY) });
  const colOf = (a1: string) => [...a1.replace(/\d+/g, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const width = (b: PlanBlock) => Math.max(...b.cells.map((r) => r.length));

  it("on the model sheet: hidden, hold only the input checks, and the hint under the title names them", () => {
    const { from, to } = plan.hiddenColumns;
    const inHidden = plan.blocks.filter((b) => b.col >= from && b.col <= to);
    expect(plan.blocks.filter((b) => b.col < from && b.col + width(b) - 1 >= from)).toEqual([]);
    expect(inHidden.map((b) => String(b.cells[0]![0]!.value))).toEqual(["Input check: input"]);
    expect(to - from + 1).toBe(width(inHidden[0]!));
    const hint = String(plan.blocks[0]!.cells[2]![0]!.value);
    expect(hint).toContain(`Columns ${columnLetter(from)}–${columnLetter(to)} are hidden: they hold the input checks`);
    // Nothing the reader needs (summary, tornado, grid, charts) sits in them.
    for (const c of plan.charts) expect([c.id, colOf(c.to) < from]).toEqual([c.id, true]);
    for (const at of Object.values(plan.layout.summary)) expect(at.col).toBeLessThan(from);
  });

  it("on the schedule sheet: hidden, right of the schedule, hold only the IRR helpers, and its hint names them", () => {
    const sheet = companionOf(plan, "schedule");
    const { from, to } = sheet.hiddenColumns;
    expect(from).toBe(SCHEDULE_COLUMNS.length + 1);
    const inHidden = sheet.blocks.filter((b) => b.col >= from && b.col <= to);
    expect(sheet.blocks.filter((b) => b.col < from && b.col + width(b) - 1 >= from)).toEqual([]);
    const titles = inHidden.map((b) => String(b.cells[0]![0]!.value));
    // The model's IRR helper, its equity's and one per scenario.
    expect(titles.filter((t) => t.startsWith("IRR helper"))).toHaveLength(4);
    expect(titles.filter((t) => t.startsWith("Equity IRR helper"))).toHaveLength(1);
    expect(titles).toHaveLength(5);
    expect(Math.max(...inHidden.map((b) => b.col + width(b) - 1))).toBeLessThanOrEqual(to);
    expect(String(sheet.blocks[0]!.cells[2]![0]!.value)).toContain(`Columns ${columnLetter(from)}–${columnLetter(to)} are hidden: they hold the IRR helper tables`);
  });
});
