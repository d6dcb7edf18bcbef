/*
 * The input catalogue, walked: every input it describes reaches the model, the sheet, the wizard, the
 * command line and (where cash flows depend on it) the Monte Carlo; its domain has two bounds; and the
 * docs' inputs table lists exactly its inputs with their bounds. A value inside each domain, different
 * from the default, is sent through each consumer and must come out the other side.
 */
import fs from "fs";
import path from "path";
import { CATALOGUE, TORNADO_INPUTS, SCENARIO_INPUTS, type CatalogueEntry } from "../../../src/core/model/catalogue";
import { MODEL_INPUT_KEYS, resolveInputs, SCENARIO_KEYS, type ModelInputs } from "../../../src/core/model/inputs";
import { projectModel } from "../../../src/core/model/project";
import { projectionToJson } from "../../../src/core/model/json";
import { runMonteCarlo } from "../../../src/core/risk/monteCarlo";
import { TORNADO_VARIABLES } from "../../../src/core/risk/tornado";
import { buildPlan } from "../../../src/workbook/plan";
import { fieldDefs, initialState, OWN_CONTROLS, toModelInputs } from "../../../src/taskpane/wizard/model";
import { run } from "../../../src/cli/main";
import { D } from "../../../src/core/decimal";
import { inputsTableMarkdown } from "../../../src/core/model/inputsTable";

const TODAY = new Date(Date.UTC(2026, 10, 30));
/** A base case where every lever shows: winter curtailment, tax paid, a rising price, some debt, line items absent. */
const BASE: ModelInputs = { startDate: "2027-10-01", horizonMonths: 24, gridPriceCnyPerKwh: 0.6, btcPriceUsd: 90000, btcPriceGrowthMonthly: 0.03, taxRate: 0.25, recoveryFraction: 0.1, minerPriceUsdPerTh: 5, networkHashrateEhS: 1061.28, shutdownPenaltyCnyPerKwh: 1, penaltyTariffCnyPerKwh: 0.1, penaltyTariffFromMonth: 3, debtFraction: 0.3 };

/** A value inside the entry's domain that differs from the base case's. */
function probe(e: CatalogueEntry): number | string | boolean {
  switch (e.kind) {
    case "date":
      return e.key === "startDate" ? "2027-11-01" : "2026-06-01";
    case "boolean":
      return false;
    default: {
      const lo = Number(e.min);
      const hi = Number(e.max);
      const special: Record<string, number> = { horizonMonths: 30, minerCount: 500, pue: 1.2, uptime: 0.9, cnyPerUsd: 7.3, networkHashrateEhS: 900, halvingAnchorHeight: 900000, minerLifeMonths: 30, infrastructureLifeMonths: 60, btcPriceUsd: 95000, gridPriceCnyPerKwh: 0.8, taxRate: 0.3, recoveryFraction: 0.2, btcPriceGrowthMonthly: 0.02, discountRateAnnual: 0.2, annualShutdownProbability: 0.3, gridFactorTPerMwh: 0.6, hydroFactorTPerMwh: 0.05, feesBtcPerBlock: 0.05, poolFee: 0.02, salvageFraction: 0.2, minerPriceUsdPerTh: 12.5, hydroPriceCnyPerKwh: 0.3, wheelingCnyPerKwh: 0.02, networkHashrateGrowthMonthly: 0.01, infrastructureCapexUsd: 300000, fixedOpexUsdPerMonth: 5000, shutdownPenaltyCnyPerKwh: 2, penaltyLookbackMonths: 6, penaltyTariffCnyPerKwh: 0.2, penaltyTariffFromMonth: 5, hashrateDegradationAnnual: 0.05, debtFraction: 0.5, debtRateAnnual: 0.1, debtTermMonths: 12 };
      const v = special[e.key];
      if (v === undefined) throw new Error(`no probe for ${e.key}`);
      expect(v).toBeGreaterThanOrEqual(lo);
      expect(v).toBeLessThanOrEqual(hi);
      return v;
    }
  }
}

const ENTRIES = CATALOGUE.map((e) => [e.key, e] as const);
const baseJson = JSON.stringify(projectionToJson(projectModel(BASE, TODAY)));

describe("the catalogue", () => {
  it("describes every scalar key of ModelInputs, once, with two bounds on every number", () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...MODEL_INPUT_KEYS].sort()).toEqual([...keys, "siteName", "miner", "hydroShareByMonth", "capexItems", "opexItems", "scenarios"].sort());
    for (const e of CATALOGUE as readonly CatalogueEntry[]) {
      if (e.kind === "number" || e.kind === "integer" || e.kind === "numberOrPreset") {
        expect([e.key, e.min !== undefined && e.max !== undefined]).toEqual([e.key, true]);
        expect(Number(e.min)).toBeLessThan(Number(e.max));
      }
    }
  });

  it("the scenario keys and the tornado's variables are its marked inputs", () => {
    expect(SCENARIO_KEYS).toEqual(SCENARIO_INPUTS.map((e) => e.key));
    expect(TORNADO_VARIABLES.map((v) => v.key)).toEqual(TORNADO_INPUTS.map((e) => e.key));
    for (const e of [...SCENARIO_INPUTS, ...TORNADO_INPUTS]) expect(["up", "down"]).toContain((e as CatalogueEntry).favourable);
  });

  it("every sourced tornado range lies inside its input's domain, low ≤ high, each end with its source", () => {
    const withRange = (CATALOGUE as readonly CatalogueEntry[]).filter((e) => e.tornadoRange);
    expect(withRange.map((e) => e.key).sort()).toEqual(["annualShutdownProbability", "btcPriceGrowthMonthly", "btcPriceUsd", "gridPriceCnyPerKwh", "hydroPriceCnyPerKwh", "networkHashrateGrowthMonthly", "pue"]);
    for (const e of withRange) {
      const { low, high } = e.tornadoRange!;
      expect(Number(low.value)).toBeLessThanOrEqual(Number(high.value));
      for (const end of [low, high]) {
        expect(Number(end.value)).toBeGreaterThanOrEqual(Number(e.min));
        expect(Number(end.value)).toBeLessThanOrEqual(Number(e.max));
        expect(end.source.length).toBeGreaterThan(5);
      }
    }
  });

  it("the docs' inputs table lists every catalogue input with its unit and bounds", () => {
    const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/model.md"), "utf8");
    for (const e of CATALOGUE as readonly CatalogueEntry[]) {
      const row = doc.split("\n").find((l) => l.startsWith(`| \`${e.key}\``));
      expect([e.key, row !== undefined]).toEqual([e.key, true]);
      if (e.min !== undefined) expect([e.key, row!.includes(e.min) && row!.includes(e.max!)]).toEqual([e.key, true]);
    }
  });
});

describe.each(ENTRIES)("%s reaches every consumer", (key, e) => {
  const v = probe(e);
  const inputs = { ...BASE, [key]: v } as ModelInputs;

  it("the model: validated into its typed value, and the projection changes", () => {
    const r = resolveInputs(inputs, TODAY) as unknown as Record<string, unknown>;
    const typed = key === "startDate" ? r.start : r[key];
    if (typeof v === "number") expect(D(String(typed)).eq(v)).toBe(true);
    else if (key === "startDate") expect(typed).toEqual({ year: 2027, month: 11, day: 1 });
    else expect(typed).toBe(v);
    expect(JSON.stringify(projectionToJson(projectModel(inputs, TODAY)))).not.toBe(baseJson);
  });

  it("the sheet: a named, validated input cell holding the value", () => {
    const plan = buildPlan(inputs, { today: TODAY });
    const at = plan.layout.inputs[e.sheetKey]!;
    expect(plan.names.map((n) => n.name)).toContain(`JM_${e.sheetKey}`);
    const cell = plan.blocks.flatMap((b) => b.cells.flatMap((row, i) => row.map((c, j) => ({ c, row: b.row + i, col: b.col + j })))).find((x) => x.row === at.row && x.col === at.col)!;
    expect(cell.c.style).toBe("input");
    const resolved = resolveInputs(inputs, TODAY);
    const serials: Record<string, number> = { startDate: resolved.startSerial, halvingAnchorDate: resolved.halvingAnchorSerial, btcPriceAsOf: resolved.btcPriceAsOfSerial, networkHashrateAsOf: resolved.networkHashrateAsOfSerial };
    const expected = serials[key] ?? v;
    expect(cell.c.value).toBe(expected);
    expect(plan.validations.some((x) => x.row === at.row && x.col === at.col)).toBe(true);
  });

  it("the wizard: a field of its own (or its own control), and what is typed reaches ModelInputs", () => {
    const field = fieldDefs(TODAY).find((f) => f.key === key);
    const control = OWN_CONTROLS[key as keyof typeof OWN_CONTROLS];
    expect([key, field !== undefined || control !== undefined]).toEqual([key, true]);
    if (field && key !== "startDate") {
      const out = toModelInputs({ ...initialState(), values: { [key]: String(v) } }, TODAY) as Record<string, unknown>;
      expect(String(out[key])).toBe(String(v));
      expect(field.label).toBe(e.label);
    }
  });

  it("the command line: the JSON changes", async () => {
    let out = "";
    const code = await run(["--config", "in.json", "--json"], { out: (t) => (out += t), err: () => undefined, readFile: () => JSON.stringify(inputs), today: TODAY });
    expect(code).toBe(0);
    expect(JSON.stringify(JSON.parse(out))).not.toBe(baseJson);
  });

  it("the Monte Carlo: with no volatility and no shutdown every path is the model's NPV", () => {
    const mc = runMonteCarlo(inputs, { paths: 2, seed: 1, btcVolatilityAnnual: 0, networkVolatilityAnnual: 0, shutdown: false }, TODAY);
    const npv = projectModel(inputs, TODAY).summary.npvUsd.toNumber();
    expect(Math.abs(mc.npvUsd.mean - npv)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(npv)));
  });
});

describe("docs/model.md", () => {
  it("holds the inputs table generated from the catalogue (UPDATE_DOCS=1 rewrites it)", () => {
    const file = path.resolve(__dirname, "../../../docs/model.md");
    const doc = fs.readFileSync(file, "utf8");
    const re = /(<!-- inputs:begin[^\n]*-->\n)([\s\S]*?)(<!-- inputs:end -->)/;
    const table = `${inputsTableMarkdown()}\n`;
    if (process.env.UPDATE_DOCS === "1") fs.writeFileSync(file, doc.replace(re, (_m, a: string, _b: string, c: string) => a + table + c));
    expect(re.exec(fs.readFileSync(file, "utf8"))?.[2]).toBe(table);
  });
});
