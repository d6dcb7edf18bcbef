/*
 * The model built twice, independently, must agree (DESIGN "Two independent paths"):
 *  1. projectModel computes the schedule in exact decimals;
 *  2. buildPlan writes it as worksheet formulas, which HyperFormula (a real spreadsheet engine, with
 *     JILIN.* registered over the same adapters Excel calls) evaluates.
 * Every monthly cell and every summary figure agree within 1e-9 relative; no cell is an error.
 * NPV and IRR are also checked against @formulajs/formulajs, a third implementation.
 */
import fs from "fs";
import path from "path";
import { DetailedCellError } from "hyperformula";
import * as formulajs from "@formulajs/formulajs";
import { buildPlan } from "../../src/workbook/plan";
import { projectModel, projectScenarios } from "../../src/core/model/project";
import { SUMMARY_KEYS } from "../../src/core/model/json";
import type { ModelInputs } from "../../src/core/model/inputs";
import { evaluatePlan } from "../support/hyperformula";

const REL = 1e-9;
const TODAY = new Date(Date.UTC(2026, 10, 30)); // defaults start on 2026-12-01

function expectAgree(what: string, engine: unknown, model: number): void {
  if (typeof engine !== "number") throw new Error(`${what}: engine gave ${String(engine)}, model ${model}`);
  const scale = Math.max(Math.abs(engine), Math.abs(model), 1);
  if (!(Math.abs(engine - model) <= REL * scale)) {
    throw new Error(`${what}: engine ${engine} vs model ${model} (rel. ${Math.abs(engine - model) / scale})`);
  }
}

const example = (name: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", name), "utf8")) as ModelInputs;

const CASES: [string, ModelInputs][] = [
  ["the defaults", {}],
  ["a 10 MW hydro site with rising price, line items, tax and recovery", example("hydro-10mw.json")],
  ["the levered example: the 10 MW hydro site with 60 % debt", example("levered-hydro-10mw.json")],
  ["curtailment off in a loss-making winter", { startDate: "2027-10-01", horizonMonths: 24, btcPriceUsd: 52000, gridPriceCnyPerKwh: 0.95, curtailWhenUnprofitable: false }],
  ["curtailment on: the same winter runs only the power that pays", { startDate: "2027-10-01", horizonMonths: 24, btcPriceUsd: 52000, gridPriceCnyPerKwh: 0.95 }],
  ["tax on with early losses carried forward", { startDate: "2026-12-01", horizonMonths: 48, btcPriceUsd: 60000, btcPriceGrowthMonthly: 0.045, taxRate: 0.25, minerPriceUsdPerTh: 12, annualShutdownProbability: 0.1, networkHashrateEhS: 1061.28, pue: 1.05 }],
  ["a 120-month horizon", { startDate: "2027-01-01", horizonMonths: 120, btcPriceGrowthMonthly: 0.02, networkHashrateGrowthMonthly: 0.015, minerPriceUsdPerTh: 15, infrastructureLifeMonths: 60, taxRate: 0.15, recoveryFraction: 0.2 }],
  ["a start month that straddles the 2028 halving", { startDate: "2028-03-01", horizonMonths: 6, miner: "Whatsminer M60S", minerCount: 300, btcPriceUsd: 150000, annualShutdownProbability: "HIGH" }],
  ["the stress example: HIGH preset and a penalty grid tariff", example("stress-high-penalty.json")],
  ["enforcement: back-pay at a shutdown and a differential tariff from month 7", { startDate: "2027-01-01", horizonMonths: 30, annualShutdownProbability: "HIGH", recoveryFraction: 0.2, shutdownPenaltyCnyPerKwh: 2, penaltyLookbackMonths: 12, penaltyTariffCnyPerKwh: 0.8, penaltyTariffFromMonth: 7, btcPriceUsd: 150000, networkHashrateEhS: 1061.28 }],
  ["a fleet losing 6 % of its hashrate a year over 60 months", { startDate: "2027-01-01", horizonMonths: 60, hashrateDegradationAnnual: 0.06, btcPriceGrowthMonthly: 0.02, networkHashrateEhS: 1061.28 }],
  ["levered: 60 % debt over 18 months at 10 %, tax, shutdown risk with recovery and back-pay", { startDate: "2027-01-01", horizonMonths: 24, btcPriceUsd: 250000, networkHashrateEhS: 1061.28, networkHashrateGrowthMonthly: 0.01, taxRate: 0.25, annualShutdownProbability: 0.2, recoveryFraction: 0.5, shutdownPenaltyCnyPerKwh: 1, debtFraction: 0.6, debtRateAnnual: 0.1, debtTermMonths: 18 }],
  ["levered past the horizon, with degradation and partial dispatch: a 48-month loan repaid in month 30", { startDate: "2027-10-01", horizonMonths: 30, btcPriceUsd: 62000, gridPriceCnyPerKwh: 0.95, hashrateDegradationAnnual: 0.05, taxRate: 0.25, debtFraction: 0.9, debtRateAnnual: 0.12, debtTermMonths: 48 }],
  ["dated market inputs: a price from before the start, a hashrate from after it", { startDate: "2027-03-01", horizonMonths: 24, btcPriceUsd: 85000, btcPriceAsOf: "2026-05-20", btcPriceGrowthMonthly: 0.015, networkHashrateEhS: 1300, networkHashrateAsOf: "2027-06-30" }],
];

it("the cases include a partial dispatch (SPEC §6.2): a month that runs its hydro share and stops its grid share", () => {
  const partial = CASES.filter(([, inputs]) => projectModel(inputs, TODAY).months.some((m) => m.runFraction.gt(0) && m.runFraction.lt(1)));
  expect(partial.map(([name]) => name)).toContain("curtailment on: the same winter runs only the power that pays");
  expect(partial.map(([name]) => name)).toContain("levered past the horizon, with degradation and partial dispatch: a 48-month loan repaid in month 30");
});

it("the levered cases carry debt service, a balance repaid at the horizon and a DSCR", () => {
  const [a, b] = CASES.filter(([name]) => name.startsWith("levered")).map(([, inputs]) => projectModel(inputs, TODAY));
  expect(a!.summary.minDscr).toBeDefined();
  expect(a!.months[17]!.debtBalanceUsd.isZero() && a!.months[16]!.debtBalanceUsd.gt(0)).toBe(true);
  const last = b!.months[29]!;
  expect(last.principalUsd.gt(b!.months[28]!.principalUsd.times(5))).toBe(true); // the balloon in month 30
  expect(last.debtBalanceUsd.isZero()).toBe(true);
});

const DIALECT_CASES = (["addin", "portable"] as const).flatMap((dialect) => CASES.map(([name, inputs]) => [`${name} (${dialect} formulas)`, inputs, dialect] as const));

describe.each(DIALECT_CASES)("%s", (_name, inputs, dialect) => {
  const projection = projectModel(inputs, TODAY);
  const plan = buildPlan(inputs, { today: TODAY, dialect });

  it(dialect === "portable" ? "no formula calls a JILIN function" : "the JILIN functions are used", () => {
    const formulas = [...plan.blocks, ...plan.companions.flatMap((c) => c.blocks)].flatMap((b) => b.cells.flat()).map((c) => c.value).filter((v): v is string => typeof v === "string" && v.startsWith("="));
    expect(formulas.some((f) => /JILIN\./i.test(f))).toBe(dialect === "addin");
  });
  const { hf, value, at } = evaluatePlan(plan);
  const s = plan.layout.schedule;
  const scheduled = (row: number, col: number) => at("schedule", row, col);

  it("no cell on any of the three sheets is an error", () => {
    const errors: string[] = [];
    for (const name of hf.getSheetNames()) {
      hf.getSheetValues(hf.getSheetId(name)!).forEach((row, r) => row.forEach((v, c) => {
        if (v instanceof DetailedCellError) errors.push(`${name}!${String.fromCharCode(65 + c)}${r + 1}: ${v.value} ${v.message}`);
      }));
    }
    expect(hf.getSheetNames()).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it("every monthly cell equals projectModel within 1e-9", () => {
    expect(s.lastRow - s.t0Row).toBe(projection.months.length);
    const dateCol = s.columns.find((c) => c.key === "date")!.col;
    let compared = 0;
    for (const m of projection.months) {
      const row = s.t0Row + m.t;
      expect(scheduled(row, dateCol)).toBe(m.serial);
      for (const c of s.columns) {
        if (!c.monthKey) continue;
        const expected = m[c.monthKey as keyof typeof m];
        expectAgree(`month ${m.t} ${c.monthKey}`, scheduled(row, c.col), typeof expected === "number" ? expected : (expected as any).toNumber());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(projection.months.length * 15);
  });

  it("the t = 0 row holds the investment", () => {
    const cf = s.columns.find((c) => c.key === "cashFlow")!.col;
    expectAgree("CF_0", scheduled(s.t0Row, cf), projection.cashFlow0Usd.toNumber());
  });

  it("every summary figure equals projectModel (text where the model has none)", () => {
    for (const key of SUMMARY_KEYS) {
      const at = plan.layout.summary[key];
      const engine = value(at.row, at.col);
      const model = projection.summary[key];
      if (model === undefined) {
        expect(typeof engine).toBe("string");
        expect(["none", "never", "n/a"]).toContain(engine);
      } else {
        expectAgree(key, engine, model.toNumber());
      }
    }
  });

  it("the summary sheet shows every summary figure and each scenario's results as the model computes them", () => {
    const page = plan.layout.summaryPage;
    for (const key of SUMMARY_KEYS) {
      const where = page.figures[key];
      const model = projection.summary[key];
      const engine = at("summary", where.row, where.col);
      if (model === undefined) expect(["none", "never", "n/a"]).toContain(engine);
      else expectAgree(`summary sheet ${key}`, engine, model.toNumber());
    }
    const scenarios = projectScenarios(inputs, TODAY);
    for (const [name, cells] of Object.entries(page.scenarios)) {
      for (const [key, where] of Object.entries(cells)) {
        const model = (scenarios as any)[name].summary[key];
        const engine = at("summary", where.row, where.col);
        if (model === undefined) expect(["none", "never", "n/a"]).toContain(engine);
        else expectAgree(`summary sheet ${name} ${key}`, engine, model.toNumber());
      }
    }
  });

  it("the equity view's t = 0 and its IRR agree with @formulajs/formulajs", () => {
    const col = s.columns.find((c) => c.key === "equityCashFlow")!.col;
    expectAgree("equity CF_0", scheduled(s.t0Row, col), projection.equityCashFlow0Usd.toNumber());
    const flows = [projection.equityCashFlow0Usd, ...projection.months.map((m) => m.equityCashFlowUsd)].map((d) => d.toNumber());
    const irr = formulajs.IRR(flows, 0.01) as number;
    if (projection.summary.equityIrrAnnual !== undefined && typeof irr === "number" && Number.isFinite(irr)) {
      expect(Math.abs((1 + irr) ** 12 - 1 - projection.summary.equityIrrAnnual.toNumber())).toBeLessThan(1e-7);
    }
  });

  it("NPV and IRR agree with @formulajs/formulajs", () => {
    const flows = [projection.cashFlow0Usd, ...projection.months.map((m) => m.cashFlowUsd)].map((d) => d.toNumber());
    const expected = [projection.cashFlow0Usd, ...projection.months.map((m) => m.expectedCashFlowUsd)].map((d) => d.toNumber());
    const rate = projection.derived.discountRateMonthly.toNumber();
    expectAgree("NPV", flows[0]! + (formulajs.NPV(rate, ...flows.slice(1)) as number), projection.summary.npvUsd.toNumber());
    expectAgree("risk-adjusted NPV", expected[0]! + (formulajs.NPV(rate, ...expected.slice(1)) as number), projection.summary.riskAdjustedNpvUsd.toNumber());
    const irr = formulajs.IRR(flows, 0.01) as number;
    if (projection.summary.irrAnnual === undefined) {
      expect(typeof irr === "number" && Number.isFinite(irr)).toBe(false);
    } else {
      expect(Math.abs((1 + irr) ** 12 - 1 - projection.summary.irrAnnual.toNumber())).toBeLessThan(1e-7);
    }
  });
});

describe("the cases exercise what they claim", () => {
  it("curtailment switches months off only when it is on; tax is paid after losses are used", () => {
    const byName = (start: string) => CASES.find(([name]) => name.startsWith(start))![1];
    const off = projectModel(byName("curtailment off"), TODAY);
    const on = projectModel(byName("curtailment on"), TODAY);
    expect(off.months.some((m) => m.curtailed)).toBe(false);
    expect(on.months.filter((m) => m.curtailed).length).toBeGreaterThan(2);
    const taxed = projectModel(byName("tax on"), TODAY);
    const firstTax = taxed.months.findIndex((m) => m.taxUsd.gt(0));
    expect(firstTax).toBeGreaterThan(0);
    expect(taxed.months.slice(0, firstTax).some((m) => m.ebitdaUsd.minus(m.depreciationUsd).lt(0))).toBe(true);
    const halving = projectModel(byName("a start month that straddles"), TODAY);
    expect(halving.months.map((m) => m.subsidyBtc.toNumber())).toEqual([3.125, 1.5625, 1.5625, 1.5625, 1.5625, 1.5625]);
    expect(projectModel(byName("a 120-month horizon"), TODAY).months).toHaveLength(120);
  });
});
