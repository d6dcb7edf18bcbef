/* The tornado: each row equals projectModel run on the moved input directly, and rows sort by swing. */
import { tornado, TORNADO_VARIABLES } from "../../../src/core/risk/tornado";
import { projectModel } from "../../../src/core/model/project";

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
