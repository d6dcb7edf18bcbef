/*
 * The cached values an exported .xlsx carries (what a viewer shows before, or without, recalculating)
 * equal what a spreadsheet engine computes from the same formulas: every cached cell of the portable
 * plan against HyperFormula's value of that cell.
 */
import fs from "fs";
import path from "path";
import { buildPlan } from "../../src/workbook/plan";
import { cachedValues } from "../../src/workbook/xlsx";
import type { ModelInputs } from "../../src/core/model/inputs";
import { evaluatePlan } from "../support/hyperformula";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const example = (name: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", name), "utf8")) as ModelInputs;

const CASES: [string, ModelInputs][] = [
  ["the defaults", {}],
  ["the levered example", example("levered-hydro-10mw.json")],
  ["a loan running past the horizon on a site that never runs: no equity IRR", { startDate: "2027-10-01", horizonMonths: 12, btcPriceUsd: 30000, gridPriceCnyPerKwh: 0.95, debtFraction: 0.9, debtTermMonths: 48 }],
];

describe.each(CASES)("%s", (_name, inputs) => {
  it("every cached value equals the engine's value of its cell", () => {
    const plan = buildPlan(inputs, { today: TODAY, dialect: "portable" });
    const cached = cachedValues(plan, inputs, TODAY);
    const { at: engineAt } = evaluatePlan(plan);
    const wrong: string[] = [];
    const all = [...cached].flatMap(([role, cells]) => [...cells].map(([at, v]) => [role, at, v] as const));
    for (const [role, at, v] of all) {
      const [row, col] = at.split(",").map(Number) as [number, number];
      const engine = engineAt(role, row, col);
      const agree = typeof v === "number" && typeof engine === "number"
        ? Math.abs(v - engine) <= 1e-9 * Math.max(1, Math.abs(v), Math.abs(engine))
        : v === engine;
      if (!agree) wrong.push(`${role} ${at}: cached ${String(v)}, engine ${String(engine)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(cached.get("schedule")!.size).toBeGreaterThan(1000);
    expect(cached.get("summary")!.size).toBe(19 + 15); // every summary figure and the scenarios' results
    expect(cached.get("model")!.size).toBeGreaterThan(40);
  });
});
