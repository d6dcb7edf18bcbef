/* ModelInputs validation: unknown keys and out-of-range values are rejected with the key named. */
import { resolveInputs, firstOfNextMonth, MODEL_INPUT_KEYS } from "../../../src/core/model/inputs";
import { ModelError } from "../../../src/core/errors";

function rejection(raw: unknown): ModelError {
  try {
    resolveInputs(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error("expected a rejection");
}

describe("resolveInputs", () => {
  it("applies SPEC §5 defaults", () => {
    const r = resolveInputs({}, new Date(Date.UTC(2026, 10, 30)));
    expect(r.start).toEqual({ year: 2026, month: 12, day: 1 });
    expect(r.horizonMonths).toBe(36);
    expect(r.minerName).toBe("Antminer S21 XP");
    expect([r.minerHashrateThS, r.minerPowerW, r.minerPriceUsdPerTh, r.minerCount].map(String)).toEqual(["270", "3645", "25.7", "274"]);
    expect([r.pue, r.uptime, r.hydroPriceCnyPerKwh, r.gridPriceCnyPerKwh, r.wheelingCnyPerKwh, r.cnyPerUsd].map(String)).toEqual(["1.1", "0.97", "0.25", "0.55", "0", "7.12"]); // PUE: the air-cooled S21 XP's 1.10 (SPEC §6.7)
    expect([r.btcPriceUsd, r.btcPriceGrowthMonthly, r.networkHashrateEhS, r.networkHashrateGrowthMonthly, r.feesBtcPerBlock, r.poolFee].map(String)).toEqual(["91132", "0", "1061.28", "0.02", "0.0173", "0.025"]);
    expect([r.halvingAnchorHeight.toString(), r.halvingAnchorDate]).toEqual(["935424", "2026-02-07"]);
    expect([r.infrastructureCapexUsd, r.fixedOpexUsdPerMonth, r.salvageFraction, r.minerLifeMonths, r.infrastructureLifeMonths, r.taxRate].map(String)).toEqual(["250000", "3000", "0.1", "36", "120", "0"]);
    expect([r.annualShutdownProbability, r.recoveryFraction, r.discountRateAnnual, r.gridFactorTPerMwh, r.hydroFactorTPerMwh].map(String)).toEqual(["0.25", "0", "0.15", "0.5122", "0"]);
    expect(r.curtailWhenUnprofitable).toBe(true);
    expect(r.hydroShareByMonth.map(Number)).toEqual([0.11, 0.1, 0.21, 0.91, 0.92, 1, 1, 1, 1, 0.65, 0.29, 0.19]);
  });

  it("defaults the start to the first day of next month", () => {
    expect(firstOfNextMonth(new Date(Date.UTC(2026, 11, 15)))).toEqual({ year: 2027, month: 1, day: 1 });
    expect(firstOfNextMonth(new Date(Date.UTC(2026, 0, 31)))).toEqual({ year: 2026, month: 2, day: 1 });
  });

  it("rejects unknown keys, naming them", () => {
    const e = rejection({ btcPrice: 90000 });
    expect(e.message).toMatch(/^unknown key "btcPrice"; known keys: siteName, startDate/);
    expect(e.field).toBe("btcPrice");
    expect(rejection({ miner: { hashrateThS: 100, powerW: 3000, priceUsdPerTh: 10, colour: "red" } }).message).toMatch(/miner: unknown key "colour"/);
    expect(rejection([]).message).toMatch(/must be a JSON object/);
  });

  it.each([
    [{ horizonMonths: 121 }, "horizonMonths must be a number of months (a whole number) in [1, 120] (got 121)"],
    [{ horizonMonths: 12.5 }, "horizonMonths must be a number of months (a whole number) in [1, 120] (got 12.5)"],
    [{ poolFee: 1 }, "poolFee must be a fraction in [0, 1) (got 1)"],
    [{ uptime: 0 }, "uptime must be a fraction in (0, 1] (got 0)"],
    [{ pue: 0.9 }, "pue must be a PUE ratio in [1, 3] (got 0.9)"],
    [{ minerCount: 0 }, "minerCount must be a number of machines (a whole number) in [1, 10000000] (got 0)"],
    [{ cnyPerUsd: 0 }, "cnyPerUsd must be an exchange rate in CNY per USD in [0.01, 1000] (got 0)"],
    [{ btcPriceUsd: "lots" }, 'btcPriceUsd must be a price in USD in [0, 1000000000] (got text "lots")'],
    [{ startDate: "2027-01-15" }, 'startDate must be the first day of a month (got "2027-01-15")'],
    [{ startDate: "next month" }, 'startDate must be an ISO date YYYY-MM-DD (got text "next month")'],
    [{ curtailWhenUnprofitable: "yes" }, 'curtailWhenUnprofitable must be true or false (got text "yes")'],
    [{ hydroShareByMonth: [0.5, 0.5] }, "hydroShareByMonth must be a list of 12 fractions, Jan..Dec (got 2 values)"],
    [{ capexItems: [{ label: "Substation", usd: 1, cny: 2 }] }, 'capexItems[0] must have exactly one of "usd" or "cny"'],
  ])("%j → %s", (raw, message) => {
    expect(rejection(raw).message).toBe(message);
  });

  it("names the month of a bad profile value and the key of a bad preset", () => {
    const profile = [0.1, 0.1, 0.2, 0.9, 0.9, 1, 1, 1.2, 1, 0.6, 0.3, 0.2];
    expect(rejection({ hydroShareByMonth: profile }).message).toBe("hydroShareByMonth[7] (Aug) must be a fraction in [0, 1] (got 1.2)");
    const e = rejection({ annualShutdownProbability: "EXTREME" });
    expect(e.code).toBe("UNKNOWN_NAME");
    expect(e.message).toBe('annualShutdownProbability: unknown preset "EXTREME"; known presets: LOW, BASE, HIGH');
    expect(rejection({ miner: "Antminer S99" }).message).toMatch(/^miner: unknown miner "Antminer S99"; known models: Antminer S19j Pro/);
  });

  it("accepts presets, decimal strings, custom miners and line items", () => {
    const r = resolveInputs({
      annualShutdownProbability: "high",
      gridFactorTPerMwh: "jilin-2022",
      hydroFactorTPerMwh: "HYDRO-LCA",
      btcPriceUsd: "95000.5",
      miner: { hashrateThS: 200, powerW: 3500, priceUsdPerTh: "14.5" },
      capexItems: [{ label: "Substation", cny: 712000 }, { label: "Cooling", usd: 50000 }],
      opexItems: [{ label: "Staff: 4 x CNY 8,900", cny: 35600 }],
    });
    expect([r.annualShutdownProbability, r.gridFactorTPerMwh, r.hydroFactorTPerMwh, r.btcPriceUsd].map(String)).toEqual(["0.5", "0.4932", "0.024", "95000.5"]);
    expect(r.minerName).toBe("Custom miner");
    expect(r.infrastructureCapexUsd.toString()).toBe("150000"); // 712,000 / 7.12 + 50,000
    expect(r.fixedOpexUsdPerMonth.toString()).toBe("5000"); // 35,600 / 7.12
  });

  it("lists every SPEC §5 key, plus the scenarios extension", () => {
    // The catalogue's scalar inputs (with the two as-of dates, the four enforcement inputs, the degradation and the three of debt) and the six structured keys.
    expect(MODEL_INPUT_KEYS).toHaveLength(46);
    expect(MODEL_INPUT_KEYS[MODEL_INPUT_KEYS.length - 1]).toBe("scenarios");
  });

  it("fills bear and bull from the sourced defaults and validates overrides", () => {
    const r = resolveInputs({ btcPriceUsd: 80000, scenarios: { bull: { btcPriceUsd: 150000, annualShutdownProbability: "LOW" } } });
    expect(r.scenarios.base.btcPriceUsd.toString()).toBe("80000");
    expect(r.scenarios.bear.btcPriceUsd.toString()).toBe("68000");
    expect(r.scenarios.bull.btcPriceUsd.toString()).toBe("150000");
    expect(r.scenarios.bull.annualShutdownProbability.toString()).toBe("0.1");
    expect(r.scenarioGiven.bull).toEqual(["btcPriceUsd", "annualShutdownProbability"]);
    expect(rejection({ scenarios: { crash: {} } }).message).toBe('scenarios: unknown scenario "crash" (known: bear, base, bull)');
    expect(rejection({ scenarios: { bear: { pue: 2 } } }).message).toMatch(/^scenarios.bear: unknown key "pue"/);
    expect(rejection({ scenarios: { bear: { poolFee: 0.5 } } }).message).toMatch(/unknown key "poolFee"/);
    expect(rejection({ scenarios: { bull: { gridPriceCnyPerKwh: -1 } } }).message).toBe("scenarios.bull.gridPriceCnyPerKwh must be a price in CNY/kWh in [0, 10] (got -1)");
  });
});
