/*
 * The two-way sensitivity grid: axes by hand from the sourced bear/bull values, and every cell equal to
 * projectModel on inputs moved independently (through the JSON inputs, with the market figures' dates
 * kept), the centre equal to the model itself.
 */
import { D } from "../../../src/core/decimal";
import { axis, sensitivityGrid } from "../../../src/core/risk/grid";
import { projectModel } from "../../../src/core/model/project";
import { resolveInputs } from "../../../src/core/model/inputs";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const nums = (xs: readonly { toNumber(): number }[]) => xs.map((x) => x.toNumber());

describe("the axes", () => {
  it("the BTC price from the bear 68,000 through the input 91,132 to the bull 126,000", () => {
    // Below: 91,132 − k/3 × (91,132 − 68,000) = 91,132 − k × 7,710.67; above: 91,132 + k/3 × 34,868 = + k × 11,622.67.
    const a = nums(axis("btcPriceUsd", D(91132), 7));
    const expected = [68000, 91132 - 2 * 23132 / 3, 91132 - 23132 / 3, 91132, 91132 + 34868 / 3, 91132 + 2 * 34868 / 3, 126000];
    a.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(1e-9));
  });

  it("the grid tariff over 0.45–0.65 around 0.55; an input past an end steps ±20 % on that side", () => {
    expect(nums(axis("gridPriceCnyPerKwh", D("0.55"), 5))).toEqual([0.45, 0.5, 0.55, 0.6, 0.65]);
    // 0.8 lies above the bull-to-bear range 0.45–0.65: the upper side steps to 0.8 × 1.2 = 0.96.
    expect(nums(axis("gridPriceCnyPerKwh", D("0.8"), 5))).toEqual([0.45, 0.625, 0.8, 0.88, 0.96]);
  });
});

describe("sensitivityGrid", () => {
  const inputs = { startDate: "2027-01-01", horizonMonths: 24, taxRate: 0.25, btcPriceGrowthMonthly: 0.01 };
  const g = sensitivityGrid(inputs, 7, TODAY);
  const base = resolveInputs(inputs, TODAY);

  it("is 7 × 7 and its centre is the model itself", () => {
    expect(g.npvUsd).toHaveLength(7);
    for (const row of g.npvUsd) expect(row).toHaveLength(7);
    const p = projectModel(inputs, TODAY);
    expect(g.npvUsd[3]![3]!.eq(p.summary.npvUsd)).toBe(true);
    expect(g.riskAdjustedNpvUsd[3]![3]!.eq(p.summary.riskAdjustedNpvUsd)).toBe(true);
  });

  it("every cell equals projectModel on the moved inputs", () => {
    for (let i = 0; i < 7; i++) {
      for (let j = 0; j < 7; j++) {
        const moved = {
          ...inputs,
          btcPriceUsd: g.btcPricesUsd[i]!.toString(),
          btcPriceAsOf: base.btcPriceAsOf, // the same dated figure, moved
          hydroPriceCnyPerKwh: g.hydroPricesCnyPerKwh[j]!.toString(),
          gridPriceCnyPerKwh: g.gridPricesCnyPerKwh[j]!.toString(),
        };
        const s = projectModel(moved, TODAY).summary;
        expect([i, j, g.npvUsd[i]![j]!.eq(s.npvUsd), g.riskAdjustedNpvUsd[i]![j]!.eq(s.riskAdjustedNpvUsd)]).toEqual([i, j, true, true]);
      }
    }
  });

  it("NPV rises with the BTC price and falls with the power price", () => {
    for (let j = 0; j < 7; j++) for (let i = 1; i < 7; i++) expect(g.npvUsd[i]![j]!.gte(g.npvUsd[i - 1]![j]!)).toBe(true);
    for (let i = 0; i < 7; i++) for (let j = 1; j < 7; j++) expect(g.npvUsd[i]![j]!.lte(g.npvUsd[i]![j - 1]!)).toBe(true);
  });

  it("refuses a size that is not an odd whole number from 3 to 15", () => {
    for (const size of [2, 4, 17, 1, 7.5]) expect(() => sensitivityGrid(inputs, size, TODAY)).toThrow(/odd whole number from 3 to 15/);
  });
});
