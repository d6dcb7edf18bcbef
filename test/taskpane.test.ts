/* The wizard's model without a browser: ModelInputs assembly, defaults, validation, saved state. */
import { applySheetInputs, changedKeys, fieldAsShown, initialState, toModelInputs, validateStep, validateField, lineItems, withTyped, type WizardState } from "../src/taskpane/wizard/model";
import { parseSaved, serializeSaved, SCHEMA_VERSION } from "../src/taskpane/savedState";
import { resolveInputs } from "../src/core/model/inputs";
import { SITE_DEFAULTS } from "../src/data/site";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const withValues = (values: Record<string, string>, extra: Partial<WizardState> = {}): WizardState => ({ ...initialState(), ...extra, values });

describe("toModelInputs", () => {
  it("sends only what the user typed, plus start, line items, profile, risk and the cooling's PUE", () => {
    const inputs = toModelInputs(initialState(), TODAY) as Record<string, unknown>;
    expect(Object.keys(inputs).sort()).toEqual(
      ["annualShutdownProbability", "capexItems", "curtailWhenUnprofitable", "miner", "opexItems", "pue", "startDate"].sort(),
    );
    expect(inputs.startDate).toBe("2026-12-01");
    expect(inputs.pue).toBe(1.1); // air cooling; numbers go out as JSON numbers
    const r = resolveInputs(inputs, TODAY);
    // The default line items add up to the model's default totals at 7.12 CNY/USD.
    expect(r.infrastructureCapexUsd.toString()).toBe("250000");
    expect(r.fixedOpexUsdPerMonth.toString()).toBe("3000");
  });

  it("builds the staff line item from headcount × salary, and a custom miner", () => {
    const s = withValues({ staffHeadcount: "3", staffSalaryCnyPerMonth: "6000", customHashrateThS: "250", customPowerW: "3500", customPriceUsdPerTh: "15" }, { minerChoice: "custom", cooling: "immersion" });
    expect(lineItems(s).opexItems[0]).toEqual({ label: "Staff: 3 x CNY 6000 per month", cny: 18000 });
    const inputs = toModelInputs(s, TODAY) as Record<string, unknown>;
    expect(inputs.miner).toEqual({ name: "Custom miner", hashrateThS: 250, powerW: 3500, priceUsdPerTh: 15 });
    expect(inputs.pue).toBe(1.03);
    expect((inputs.capexItems as { label: string }[])[1]!.label).toBe("Cooling plant (immersion)");
  });
});

describe("validation with core's messages", () => {
  it("names the field by its label and unit, and the range", () => {
    expect(validateField(withValues({ poolFee: "2" }), "poolFee", TODAY)).toBe("Pool fee (fraction) must be a fraction in [0, 1) (got 2)");
    expect(validateField(withValues({ staffHeadcount: "2.5" }), "staffHeadcount", TODAY)).toBe("Staff (people) must be a number of people (a whole number) ≥ 0 (got 2.5)");
    expect(validateField(withValues({ gridConnectionCny: "abc" }), "gridConnectionCny", TODAY)).toBe('Grid connection and substation (CNY) must be an amount in [0, 1000000000000] (got text "abc")');
    expect(validateField(withValues({ startDate: "March" }), "startDate", TODAY)).toBe('Start (first month) (YYYY-MM) must be an ISO date YYYY-MM-DD (got text "March")');
    expect(validateField(initialState(), "poolFee", TODAY)).toBeUndefined();
  });
  it("requires the custom miner's figures only for a custom miner", () => {
    expect(validateStep(initialState(), "fleet", TODAY)).toEqual({});
    expect(Object.keys(validateStep({ ...initialState(), minerChoice: "custom" }, "fleet", TODAY)).sort()).toEqual(["customHashrateThS", "customPowerW", "customPriceUsdPerTh"]);
  });
  it("checks each month of the profile", () => {
    const s = { ...initialState(), profile: initialState().profile.map((p, i) => (i === 2 ? "x" : p)) };
    expect(validateStep(s, "power", TODAY)).toEqual({ "profile.2": 'Mar hydro share must be a fraction in [0, 1] (got text "x")' });
  });
});

describe("saved state", () => {
  const marker = `_JilinMiningModel_${"ab".repeat(16)}`;
  const companions = [
    { role: "schedule" as const, sheetId: "{00000002-7A1B}", marker: `${marker}_Schedule` },
    { role: "summary" as const, sheetId: "{00000003-7A1B}", marker: `${marker}_Summary` },
  ];
  const identity = { sheetId: "{00000001-7A1B}", marker, namePrefix: "JM_", names: ["JM_Pue", "JM_NpvUsd"], companions };
  const good = { wizard: initialState(), inputs: { startDate: "2027-01-01" }, sheetName: "Model Jilin site", identity, builtAt: "2026-11-30T00:00:00Z" };
  it("round-trips", () => {
    const parsed = parseSaved(serializeSaved(good));
    expect(parsed).toEqual({ kind: "ok", saved: { schemaVersion: SCHEMA_VERSION, ...good } });
    expect(parseSaved(null)).toEqual({ kind: "none" });
  });
  it.each([
    ["{oops", /not valid JSON/],
    [JSON.stringify({ schemaVersion: 4 }), /saved by a newer version of Jilin Mining Model \(schema 4; this version reads 3\)/],
    // The previous version's one-sheet model: left as it is; a new model is built beside it.
    [JSON.stringify({ ...good, schemaVersion: 2, identity: { ...identity, companions: undefined } }), /built by an earlier version of Jilin Mining Model as one sheet.*Build a new model; the old sheet is left as it is/],
    [JSON.stringify({ schemaVersion: 0 }), /unknown schema 0/],
    // An earlier version's state names a sheet and a prefix only: never trusted to find the model.
    [JSON.stringify({ schemaVersion: 1, wizard: initialState(), inputs: {}, sheetName: "Budget", namePrefix: "", builtAt: "2026-01-01" }), /earlier version of Jilin Mining Model.*Build a new model; the old sheet is left as it is/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, wizard: { values: {} } }), /wizard's inputs are incomplete/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, inputs: { poolFee: 7 } }), /poolFee must be a fraction/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, namePrefix: "" } }), /sheet and names it built are not recorded/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, names: ["TaxRate"] } }), /sheet and names it built are not recorded/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, marker: "Budget_Total" } }), /sheet and names it built are not recorded/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, sheetId: "" } }), /sheet and names it built are not recorded/],
    // The schedule and summary sheets must be recorded, each with the marker derived from the model's.
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, companions: undefined } }), /sheet and names it built are not recorded/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, companions: [companions[0]] } }), /sheet and names it built are not recorded/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, companions: [companions[0], { ...companions[1], marker: "_JilinMiningModel_other_Summary" }] } }), /sheet and names it built are not recorded/],
    [JSON.stringify({ ...good, schemaVersion: SCHEMA_VERSION, identity: { ...identity, companions: [companions[0], { ...companions[1], sheetId: identity.sheetId }] } }), /sheet and names it built are not recorded/],
  ])("reports %s as unusable", (raw, message) => {
    const r = parseSaved(raw);
    expect(r.kind).toBe("unusable");
    expect((r as { message: string }).message).toMatch(message);
  });
});

describe("sheet values in the wizard", () => {
  it("puts each changed input into its field and carries line items as they stand", () => {
    const items = [{ label: "Substation", cny: 800000 }];
    const s = applySheetInputs(initialState(), { btcPriceUsd: 120000, miner: { hashrateThS: 300, powerW: 3500, priceUsdPerTh: 20 }, annualShutdownProbability: 0.5, capexItems: items, startDate: "2027-03-01" }, ["btcPriceUsd", "miner", "annualShutdownProbability", "capexItems", "startDate"]);
    expect(s.values).toMatchObject({ btcPriceUsd: "120000", customHashrateThS: "300", customPowerW: "3500", customPriceUsdPerTh: "20", startDate: "2027-03" });
    expect(s.minerChoice).toBe("custom");
    expect(s.riskPreset).toBe("HIGH");
    const inputs = toModelInputs(s, TODAY) as Record<string, unknown>;
    expect(inputs.capexItems).toEqual(items);
    expect(inputs.btcPriceUsd).toBe(120000);
    // Typing a capex field replaces the sheet's line items with the wizard's.
    expect((toModelInputs(withTyped(s, "gridConnectionCny", "1000"), TODAY) as Record<string, unknown>).capexItems).not.toEqual(items);
  });
});

describe("merging new sheet readings", () => {
  it("an input typed back to its saved value in the sheet is a change since the last reading", () => {
    // Saved 91,132; the sheet said 120,000 at the last reading; now it says 91,132 again.
    expect(changedKeys({ btcPriceUsd: 120000 }, {})).toEqual(["btcPriceUsd"]);
    expect(changedKeys({ btcPriceUsd: 120000, poolFee: 0.02 }, { btcPriceUsd: 120000, poolFee: 0.02 })).toEqual([]);
    expect(changedKeys({ scenarios: { bear: { btcPriceUsd: 1 } } }, { scenarios: { bear: { btcPriceUsd: 2 }, base: { poolFee: 1 } } } as never).sort()).toEqual(["scenarios.base.poolFee", "scenarios.bear.btcPriceUsd"]);
    const s = applySheetInputs({ ...initialState(), values: { btcPriceUsd: "120000" } }, {}, changedKeys({ btcPriceUsd: 120000 }, {}));
    expect(s.values.btcPriceUsd).toBe("");
  });
});

describe("scenario overrides in the wizard", () => {
  it("sends only typed overrides and validates them with core's messages", () => {
    const s = withValues({ "scenario.bear.btcPriceUsd": "60000", "scenario.bull.annualShutdownProbability": "LOW" });
    expect((toModelInputs(s, TODAY) as Record<string, unknown>).scenarios).toEqual({ bear: { btcPriceUsd: 60000 }, bull: { annualShutdownProbability: "LOW" } });
    expect((toModelInputs(initialState(), TODAY) as Record<string, unknown>).scenarios).toBeUndefined();
    expect(validateField(withValues({ "scenario.bull.gridPriceCnyPerKwh": "-2" }), "scenario.bull.gridPriceCnyPerKwh", TODAY)).toBe("Bull: Grid power price (CNY/kWh) must be a price in CNY/kWh in [0, 10] (got -2)");
    expect(validateStep(initialState(), "risk", TODAY)).toEqual({});
  });
});

describe("what finance users type", () => {
  it("reads thousands separators, percentages on fractions, and months with or without a day", () => {
    const s = withValues({ gridConnectionCny: "3,560,000", connectivityUsd: "12 500", taxRate: "25%", poolFee: "2.5 %", btcPriceUsd: "98,000.50", startDate: "2027-01-01" });
    for (const key of Object.keys(s.values)) expect([key, validateField(s, key, TODAY)]).toEqual([key, undefined]);
    const inputs = toModelInputs(s, TODAY) as Record<string, unknown>;
    expect(inputs.startDate).toBe("2027-01-01");
    expect([inputs.taxRate, inputs.poolFee, inputs.btcPriceUsd]).toEqual([0.25, 0.025, 98000.5]);
    expect((toModelInputs(withValues({ minerCount: "1,200" }), TODAY) as Record<string, unknown>).minerCount).toBe(1200);
    expect((inputs.capexItems as { cny?: unknown; usd?: unknown }[]).map((i) => i.cny ?? i.usd)).toEqual([3560000, Number(SITE_DEFAULTS.coolingCapexUsd.value), Number(SITE_DEFAULTS.buildingsLandCny.value), 12500]);
    // 25 % of 1 is exact in decimals: the core gets 0.25, not 0.25000000000000001.
    expect(resolveInputs(inputs, TODAY).taxRate.toString()).toBe("0.25");
    expect(toModelInputs(withValues({ startDate: "2027-3" }), TODAY).startDate).toBe("2027-03-01");
  });

  it("refuses what it cannot read without guessing, naming the field", () => {
    expect(validateField(withValues({ btcPriceUsd: "25%" }), "btcPriceUsd", TODAY)).toBe('BTC price at start (USD) is not a percentage: type the number itself (got "25%")');
    expect(validateField(withValues({ taxRate: "0,25" }), "taxRate", TODAY)).toBe('Tax rate (fraction) takes a point for decimals, not a comma (got "0,25")');
    expect(validateField(withValues({ btcPriceUsd: "98,0" }), "btcPriceUsd", TODAY)).toMatch(/^BTC price at start \(USD\) takes a point for decimals/);
    expect(validateField(withValues({ taxRate: "abc%" }), "taxRate", TODAY)).toBe('Tax rate (fraction) must be a number before the % sign (got "abc%")');
    // A day other than the first is the core's to refuse, named by the field.
    expect(validateField(withValues({ startDate: "2027-01-15" }), "startDate", TODAY)).toMatch(/^Start \(first month\) \(YYYY-MM\) must be the first day of a month/);
  });

  it("takes percentages in the hydro profile and sends it as numbers", () => {
    const s = { ...initialState(), profile: initialState().profile.map((p, i) => (i === 0 ? "20%" : p)) };
    expect(validateStep(s, "power", TODAY)).toEqual({});
    expect((toModelInputs(s, TODAY) as Record<string, unknown>).hydroShareByMonth).toEqual(expect.arrayContaining([0.2]));
  });

  it("the JSON for the command line carries numbers as numbers", () => {
    const json = JSON.stringify(toModelInputs(withValues({ minerCount: "400", btcPriceUsd: "98000" }), TODAY));
    expect(json).toContain('"minerCount":400');
    expect(json).toContain('"btcPriceUsd":98000');
    expect(json).not.toMatch(/"(cny|usd|pue)":"/);
  });
});

describe("site costs scale with the fleet", () => {
  it("an 840-miner fleet (3.06 MW) scales every default site item by 840 / 274; the salary and typed values stay", () => {
    // Same miner (S21 XP, 3,645 W), so the ratio is 840 / 274 = 3.0657: 712,000 × 840 / 274 = 2,182,773.7 → 2,182,774;
    // 60,000 → 183,942; 356,000 → 1,091,387; 40,000 → 122,628; 2 staff → 6.13 → 6; lease 3,560 → 10,914; maintenance 1,000 → 3,066.
    const s = withValues({ minerCount: "840", connectivityUsd: "50000" });
    const items = lineItems(s);
    expect(items.capexItems.map((i) => ("cny" in i ? i.cny : i.usd))).toEqual([2182774, 183942, 1091387, 50000]);
    expect(items.opexItems).toEqual([
      { label: "Staff: 6 x CNY 5340 per month", cny: 32040 },
      { label: "Land lease", cny: 10914 },
      { label: "Maintenance", usd: 3066 },
    ]);
  });

  it("a custom miner's power counts, and a fleet still being typed leaves the defaults as they are", () => {
    // 100 machines of 9,987.3 W = 998,730 W: the default fleet's power, so the defaults are unchanged.
    const same = withValues({ minerCount: "100", customHashrateThS: "500", customPowerW: "9987.3", customPriceUsdPerTh: "15" }, { minerChoice: "custom" });
    expect(lineItems(same).capexItems[0]).toEqual({ label: "Grid connection and substation", cny: 712000 });
    expect(lineItems(withValues({ minerCount: "abc" })).capexItems[0]).toEqual({ label: "Grid connection and substation", cny: 712000 });
  });
});

describe("fields as the pane shows them", () => {
  it("a site item's default and help follow the fleet; PUE's default follows the cooling", () => {
    const shown = fieldAsShown(withValues({ minerCount: "840" }), "gridConnectionCny");
    expect(shown.defaultValue).toBe("2182774");
    // 840 × 3,645 W = 3,061,800 W
    expect(shown.def.help).toBe("scales with the fleet's power (defaults are for the 0.999 MW default fleet); your fleet: 3.062 MW");
    expect(fieldAsShown({ ...initialState(), cooling: "immersion" }, "pue").defaultValue).toBe("1.03");
  });
});
