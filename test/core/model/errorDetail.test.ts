/*
 * Every error on the model-input path carries its facts as data (ModelError.detail), so another
 * language can write the message: checked on random bad configs (fast-check) and, kind by kind, on
 * hand-picked ones. A detail is plain data: it survives JSON (a worker's postMessage) unchanged.
 */
import fc from "fast-check";
import { ModelError, type ErrorDetail } from "../../../src/core/errors";
import { MODEL_INPUT_KEYS, SCENARIO_KEYS, resolveInputs } from "../../../src/core/model/inputs";
import { projectModel } from "../../../src/core/model/project";
import { caught, thrown } from "../../support/thrown";

const TODAY = new Date(Date.UTC(2026, 10, 30));


/** A JSON-ish value that is often wrong for whatever key it lands on. */
const badValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e13 }),
  fc.string({ maxLength: 60 }),
  fc.constantFrom("", " ", "LOW", "EXTREME", "abc", "95%", "1e999999999999999", "-0.5", "2026-12-15", "2026-12-01", "9999-01-01", "1899-12-31", "2000-01-01", true, false, null),
  fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 14 }),
);
const lineItem = fc.oneof(badValue, fc.record({ label: fc.oneof(fc.string({ maxLength: 120 }), badValue), usd: badValue, cny: badValue, eur: badValue }, { requiredKeys: [] }));
const scenarioOverrides = fc.oneof(badValue, fc.dictionary(fc.constantFrom(...SCENARIO_KEYS, "pue"), badValue, { maxKeys: 3 }));
/** Mostly valid configs with one or a few wrong values, down to the parts of the structured inputs. */
const badConfig = fc.oneof(
  badValue,
  fc.dictionary(fc.oneof(fc.constantFrom(...MODEL_INPUT_KEYS), fc.string({ maxLength: 8 })), badValue, { maxKeys: 3 }),
  fc.record(
    {
      miner: fc.oneof(badValue, fc.constantFrom("Antminer S21 XP", "Antminer S99"), fc.record({ hashrateThS: badValue, powerW: badValue, priceUsdPerTh: badValue, name: badValue, colour: badValue }, { requiredKeys: [] })),
      hydroShareByMonth: fc.oneof(badValue, fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), badValue), { minLength: 12, maxLength: 12 })),
      capexItems: fc.oneof(badValue, fc.array(lineItem, { maxLength: 3 })),
      opexItems: fc.oneof(badValue, fc.array(lineItem, { maxLength: 3 })),
      scenarios: fc.oneof(badValue, fc.dictionary(fc.oneof(fc.constantFrom("bear", "base", "bull"), fc.string({ maxLength: 6 })), scenarioOverrides, { maxKeys: 3 })),
      startDate: badValue,
      btcPriceAsOf: badValue,
      curtailWhenUnprofitable: badValue,
      siteName: badValue,
    },
    { requiredKeys: [] },
  ),
);

describe("ModelError.detail on the model-input path", () => {
  it("every error resolveInputs throws on a random bad config is a ModelError with a plain-data detail", () => {
    fc.assert(
      fc.property(badConfig, (raw) => {
        const error = caught(() => resolveInputs(raw, TODAY));
        if (error === undefined) return;
        expect(error).toBeInstanceOf(ModelError);
        const detail = (error as ModelError).detail;
        expect(detail).toBeDefined();
        expect(JSON.parse(JSON.stringify(detail))).toEqual(detail);
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, unknown, Partial<ErrorDetail>]>([
    ["a number out of range", { poolFee: 2 }, { kind: "range", name: "poolFee", subject: { key: "poolFee" }, min: "0", max: "1", maxOpen: true, got: { type: "number", text: "2" } }],
    ["a whole number that is not whole", { minerCount: 2.5 }, { kind: "range", subject: { key: "minerCount" }, min: "1", max: "10000000", integer: true }],
    ["a month of the profile", { hydroShareByMonth: [0, 0, 0, 1.5, 0, 0, 0, 0, 0, 0, 0, 0] }, { kind: "range", name: "hydroShareByMonth[3] (Apr)", subject: { key: "hydroShareByMonth", index: 3 } }],
    ["a line item's amount", { capexItems: [{ label: "x", usd: 1 }, { label: "y", cny: -1 }] }, { kind: "range", name: "capexItems[1].cny", subject: { key: "capexItems", index: 1, part: "cny" } }],
    ["a scenario's value", { scenarios: { bull: { btcPriceUsd: -1 } } }, { kind: "range", name: "scenarios.bull.btcPriceUsd", subject: { key: "scenarios", scenario: "bull", part: "btcPriceUsd" } }],
    ["a custom miner's part", { miner: { hashrateThS: 100, powerW: 0, priceUsdPerTh: 10 } }, { kind: "range", subject: { key: "miner", part: "powerW" }, minOpen: true }],
    ["text for a number", { uptime: "95%" }, { kind: "notNumber", subject: { key: "uptime" }, got: { type: "text", text: "95%" } }],
    ["null for a number", { uptime: null }, { kind: "notNumber", got: { type: "null" } }],
    ["an exponent beyond every domain", { btcPriceUsd: "1e99999999999999999" }, { kind: "range", got: { type: "text", text: "1e99999999999999999" } }],
    ["a bad date", { halvingAnchorDate: "20/04/2024" }, { kind: "date", subject: { key: "halvingAnchorDate" }, got: { type: "text", text: "20/04/2024" } }],
    ["a non-boolean", { curtailWhenUnprofitable: "yes" }, { kind: "notBoolean", subject: { key: "curtailWhenUnprofitable" } }],
    ["a blank site name", { siteName: " " }, { kind: "textLength", subject: { key: "siteName" }, minLength: 1, maxLength: 100, got: { type: "text", text: " " } }],
    ["a long miner name", { miner: { name: "n".repeat(61), hashrateThS: 1, powerW: 1, priceUsdPerTh: 1 } }, { kind: "textLength", subject: { key: "miner", part: "name" }, minLength: 0, maxLength: 60 }],
    ["a blank item label", { opexItems: [{ label: "", usd: 1 }] }, { kind: "textLength", subject: { key: "opexItems", index: 0, part: "label" } }],
    ["an unknown key", { colour: "red" }, { kind: "unknownKey", key: "colour", known: [...MODEL_INPUT_KEYS] }],
    ["an unknown key of a custom miner", { miner: { hashrateThS: 1, powerW: 1, priceUsdPerTh: 1, colour: 1 } }, { kind: "unknownKey", where: { key: "miner" }, key: "colour" }],
    ["an unknown key of a scenario", { scenarios: { bear: { pue: 1.2 } } }, { kind: "unknownKey", where: { key: "scenarios", scenario: "bear" }, key: "pue", known: [...SCENARIO_KEYS] }],
    ["an unknown key of a line item", { capexItems: [{ label: "x", eur: 1 }] }, { kind: "unknownKey", where: { key: "capexItems", index: 0 }, key: "eur", known: ["label", "usd", "cny"] }],
    ["an unknown preset", { annualShutdownProbability: "extreme" }, { kind: "unknownPreset", field: "annualShutdownProbability", name: "extreme", known: ["LOW", "BASE", "HIGH"] }],
    ["an unknown preset in a scenario", { scenarios: { bear: { annualShutdownProbability: "MAX" } } }, { kind: "unknownPreset", subject: { key: "scenarios", scenario: "bear", part: "annualShutdownProbability" } }],
    ["an unknown miner", { miner: " Antminer S99 " }, { kind: "unknownMiner", field: "miner", name: "Antminer S99" }],
    ["inputs that are not an object", [1], { kind: "inputsNotObject", got: { type: "list" } }],
    ["a miner of the wrong type", { miner: 5 }, { kind: "minerType", got: { type: "number", text: "5" } }],
    ["line items that are not a list", { capexItems: { label: "x" } }, { kind: "lineItemsNotList", subject: { key: "capexItems" }, got: { type: "object" } }],
    ["a line item that is not an object", { opexItems: ["rent"] }, { kind: "lineItemNotObject", subject: { key: "opexItems", index: 0 } }],
    ["a line item in two currencies", { capexItems: [{ label: "x", usd: 1, cny: 7 }] }, { kind: "lineItemCurrency", subject: { key: "capexItems", index: 0 } }],
    ["a profile of 11 months", { hydroShareByMonth: Array(11).fill(0.5) }, { kind: "profileLength", length: 12, got: { type: "list", length: 11 } }],
    ["scenarios that are not an object", { scenarios: "bear" }, { kind: "scenariosNotObject" }],
    ["an unknown scenario", { scenarios: { worst: {} } }, { kind: "unknownScenario", name: "worst", known: ["bear", "base", "bull"] }],
    ["a scenario that is not an object", { scenarios: { bull: null } }, { kind: "scenarioNotObject", scenario: "bull", got: { type: "null" } }],
    ["a start that is not the first of a month", { startDate: "2026-12-15" }, { kind: "startNotFirstOfMonth", date: "2026-12-15" }],
    ["a start whose horizon runs past 9999", { startDate: "9999-06-01", horizonMonths: 12 }, { kind: "startPastCalendar", date: "9999-06-01", horizonMonths: 12 }],
    ["an as-of date too far from the start", { startDate: "2026-12-01", networkHashrateAsOf: "2010-01-01" }, { kind: "asOfTooFar", subject: { key: "networkHashrateAsOf" }, date: "2010-01-01", start: "2026-12-01", months: 203, maxMonths: 120 }],
  ])("%s", (_what, raw, expected) => {
    expect(thrown(() => resolveInputs(raw, TODAY)).detail).toMatchObject(expected);
  });

  it("a start before block 0 (found by the projection)", () => {
    const e = thrown(() => projectModel({ startDate: "2000-01-01", btcPriceAsOf: "2000-01-01", networkHashrateAsOf: "2000-01-01" }, TODAY));
    expect(e.detail).toEqual({ kind: "startBeforeBlockZero", subject: { key: "startDate" }, date: "2000-01-01", anchorHeight: "935424", anchorDate: "2026-02-07" });
  });
});
