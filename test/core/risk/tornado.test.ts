/* The tornado: each row equals projectModel run on the moved input directly, and rows sort by swing. */
import { tornado, TORNADO_VARIABLES } from "../../../src/core/risk/tornado";
import { projectModel } from "../../../src/core/model/project";
import { entryOf } from "../../../src/core/model/catalogue";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const INPUTS = { startDate: "2027-01-01", horizonMonths: 36, btcPriceGrowthMonthly: 0.01, minerPriceUsdPerTh: 15 };

describe("tornado", () => {
  const t = tornado(INPUTS, 0.2, TODAY);

  it("has the ten variables, sorted by risk-adjusted NPV swing", () => {
    expect(t.rows.map((r) => r.key).sort()).toEqual(TORNADO_VARIABLES.map((v) => v.key).sort());
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1]!.swingUsd.gte(t.rows[i]!.swingUsd)).toBe(true);
    expect(t.baseNpvUsd.toString()).toBe(projectModel(INPUTS, TODAY).summary.npvUsd.toString());
  });

  it("each row is projectModel with that one input moved by ±20 %", () => {
    const grid = t.rows.find((r) => r.key === "gridPriceCnyPerKwh")!;
    expect([grid.low.toString(), grid.high.toString()]).toEqual(["0.44", "0.66"]);
    expect(grid.npvLowUsd.toString()).toBe(projectModel({ ...INPUTS, gridPriceCnyPerKwh: "0.44" }, TODAY).summary.npvUsd.toString());
    expect(grid.riskAdjustedNpvHighUsd.toString()).toBe(projectModel({ ...INPUTS, gridPriceCnyPerKwh: "0.66" }, TODAY).summary.riskAdjustedNpvUsd.toString());
    const price = t.rows.find((r) => r.key === "btcPriceUsd")!;
    expect(price.npvHighUsd.gt(price.npvLowUsd)).toBe(true); // more revenue, more value
    const miner = t.rows.find((r) => r.key === "minerPriceUsdPerTh")!;
    expect(miner.npvLowUsd.toString()).toBe(projectModel({ ...INPUTS, minerPriceUsdPerTh: 12 }, TODAY).summary.npvUsd.toString());
  });

  it("clamps moves to valid ranges and gives a zero base no swing", () => {
    const pue = t.rows.find((r) => r.key === "pue")!;
    expect(pue.low.toString()).toBe("1"); // 1.05 × 0.8 = 0.84 < 1
    const uptime = t.rows.find((r) => r.key === "uptime")!;
    expect(uptime.high.toString()).toBe("1"); // 0.97 × 1.2 > 1
    const flat = tornado({ ...INPUTS, btcPriceGrowthMonthly: 0 }, 0.2, TODAY).rows.find((r) => r.key === "btcPriceGrowthMonthly")!;
    expect(flat.swingUsd.isZero()).toBe(true);
    expect(() => tornado(INPUTS, 0)).toThrow(/swing must be a fraction in \(0, 1\]/);
  });
});

describe("moves stay inside each input's domain", () => {
  it("a full swing (±100 %) from inputs near their bounds gives finite figures, every move within the catalogue's domain", () => {
    const t = tornado({ startDate: "2027-01-01", horizonMonths: 12, discountRateAnnual: -0.5, btcPriceGrowthMonthly: -0.9, networkHashrateGrowthMonthly: 0.9, uptime: 1, pue: 2.9 }, 1);
    for (const r of t.rows) {
      const e = entryOf(r.key)!;
      for (const v of [r.low, r.high]) {
        expect(e.minOpen ? v.gt(e.min!) : v.gte(e.min!)).toBe(true);
        expect(e.maxOpen ? v.lt(e.max!) : v.lte(e.max!)).toBe(true);
      }
      for (const x of [r.npvLowUsd, r.npvHighUsd, r.riskAdjustedNpvLowUsd, r.riskAdjustedNpvHighUsd]) expect(Number.isFinite(x.toNumber())).toBe(true);
    }
  });
});

describe("sourced ranges by default (SPEC §6.8)", () => {
  it("without a swing each input with a sourced range moves over it, and the others by ±20 %; each row is projectModel at its ends", () => {
    const inputs = { startDate: "2027-01-01", horizonMonths: 24 };
    const t = tornado(inputs, undefined, TODAY);
    expect(t.swing).toBeUndefined();
    const price = t.rows.find((r) => r.key === "btcPriceUsd")!;
    // The sourced bear and bull prices: 68,000 (Phemex, 2026-02-19) and 126,000 (the Oct 2025 high).
    expect([price.basis, price.low.toNumber(), price.high.toNumber()]).toEqual(["sourced range", 68000, 126000]);
    const pue = t.rows.find((r) => r.key === "pue")!;
    expect([pue.low.toNumber(), pue.high.toNumber()]).toEqual([1.03, 1.1]);
    const uptime = t.rows.find((r) => r.key === "uptime")!;
    // No sourced range: ±20 % of 0.97, clamped to the domain (0, 1].
    expect([uptime.basis, uptime.low.toNumber(), uptime.high.toNumber()]).toEqual(["percent", 0.776, 1]);
    expect(price.riskAdjustedNpvHighUsd.eq(projectModel({ ...inputs, btcPriceUsd: 126000, btcPriceAsOf: "2026-01-12" }, TODAY).summary.riskAdjustedNpvUsd)).toBe(true);
  });
});
