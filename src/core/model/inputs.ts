import { D, Decimal, ZERO } from "../decimal";
import { invalidInput, type ShownValue, type Subject } from "../errors";
import { boundsOf, checkRange, describeShown, lookupPreset, rangeText, requirement, shownJson, subjectPath, type NumberSpec } from "../params";
import { dateToSerial, parseIsoDate, type CalendarDate, formatIsoDate } from "../excelDate";
import { findMiner } from "../miners";
import { JILIN_PROFILE } from "../hydro";
import { DEGRADATION, FINANCING, MARKET } from "../../data/market";
import { PROTOCOL } from "../../data/protocol";
import { DEFAULT_MINER, MINERS } from "../../data/miners";
import { EMISSION_FACTOR_PRESETS, DEFAULT_GRID_FACTOR_PRESET, DEFAULT_HYDRO_FACTOR } from "../../data/emissions";
import { ENFORCEMENT, SHUTDOWN_PROBABILITY_PRESETS } from "../../data/regulation";
import { PUE_BY_COOLING, type CoolingType } from "../../data/site";
import { MONTH_NAMES } from "../../data/hydro";
import { SCENARIOS } from "../../data/risk";
import { CATALOGUE, NUMBER_SPECS, PARTS, SCENARIO_INPUTS, specOf, type CatalogueKey, type NumericKey } from "./catalogue";

/** A line item of infrastructure capex (USD or CNY) or fixed opex (per month). */
export type LineItem = { readonly label: string; readonly usd: number | string } | { readonly label: string; readonly cny: number | string };

/** A custom miner instead of a catalogue name. `name` is an optional label. */
export interface CustomMiner {
  readonly name?: string;
  readonly hashrateThS: number | string;
  readonly powerW: number | string;
  readonly priceUsdPerTh: number | string;
}

/** The JSON type of a catalogue input: numbers may also be decimal strings, presets are names. */
type JsonOf<K extends string> = K extends "number" | "integer" | "numberOrPreset" ? number | string : K extends "boolean" ? boolean : string;

/**
 * The model's inputs: one JSON object shared by the wizard, the CLI, saved state and the
 * tests. Every key is optional; defaults come from src/data. The scalar keys are the catalogue's
 * (catalogue.ts); numbers may also be given as decimal strings ("0.25") so a JSON file can carry
 * exact values.
 */
export type ModelInputs = { -readonly [E in (typeof CATALOGUE)[number] as E["key"]]?: JsonOf<E["kind"]> } & {
  siteName?: string;
  miner?: string | CustomMiner;
  hydroShareByMonth?: readonly (number | string)[];
  capexItems?: readonly LineItem[];
  opexItems?: readonly LineItem[];
  /** Bear/base/bull overrides. Base defaults to the model itself. */
  scenarios?: Partial<Record<ScenarioName, ScenarioOverrides>>;
};

export const SCENARIO_NAMES = ["bear", "base", "bull"] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];
/** The inputs a scenario can override, from the catalogue. */
export type ScenarioKey = (typeof SCENARIO_INPUTS)[number]["key"];
export const SCENARIO_KEYS: readonly ScenarioKey[] = SCENARIO_INPUTS.map((e) => e.key);
/** How the scenario keys read in the wizard and the sheet (the catalogue's labels and units). */
export const SCENARIO_KEY_LABELS = Object.fromEntries(SCENARIO_INPUTS.map((e) => [e.key, { label: e.label, unit: e.unit }])) as Readonly<
  Record<ScenarioKey, { readonly label: string; readonly unit: string }>
>;
export type ScenarioOverrides = Partial<Record<ScenarioKey, number | string>>;

/** The structured inputs, described by their parts in the catalogue. */
const STRUCTURED_KEYS = ["miner", "hydroShareByMonth", "capexItems", "opexItems", "scenarios"] as const;
/** Every key of ModelInputs: the site's name, the catalogue's scalar inputs and the structured ones. */
export const MODEL_INPUT_KEYS: readonly (keyof ModelInputs)[] = ["siteName", ...CATALOGUE.map((e) => e.key as CatalogueKey), ...STRUCTURED_KEYS];

export interface ResolvedLineItem {
  readonly label: string;
  readonly amount: Decimal;
  readonly currency: "USD" | "CNY";
}

/**
 * Inputs after validation, defaults applied: every numeric catalogue input as an exact Decimal (the
 * horizon as a whole number), plus the resolved structured inputs.
 */
export interface ResolvedInputs extends Readonly<Record<Exclude<NumericKey, "horizonMonths">, Decimal>> {
  readonly siteName: string;
  readonly start: CalendarDate;
  readonly startSerial: number;
  readonly horizonMonths: number;
  readonly minerName: string;
  /** The miner's cooling (a custom miner: air), which sets the default PUE. */
  readonly minerCooling: CoolingType;
  readonly minerHashrateThS: Decimal;
  readonly minerPowerW: Decimal;
  readonly hydroShareByMonth: readonly Decimal[];
  readonly halvingAnchorDate: string;
  readonly halvingAnchorSerial: number;
  /**
   * The dates the BTC price and the network hashrate refer to (ISO), and the whole months from each to
   * the start month (P_t = P_0 (1 + g_P)^(k_P + t − 1); may be 0 or negative).
   */
  readonly btcPriceAsOf: string;
  readonly btcPriceAsOfSerial: number;
  readonly btcPriceMonthsToStart: number;
  readonly networkHashrateAsOf: string;
  readonly networkHashrateAsOfSerial: number;
  readonly networkHashrateMonthsToStart: number;
  /** The line items when given (they then replace the two totals below). */
  readonly capexItems?: readonly ResolvedLineItem[];
  readonly opexItems?: readonly ResolvedLineItem[];
  readonly curtailWhenUnprofitable: boolean;
  /** Each scenario's values of the six scenario keys (bear and bull filled from src/data). */
  readonly scenarios: Readonly<Record<ScenarioName, Readonly<Record<ScenarioKey, Decimal>>>>;
  /** Which scenario values the user gave (the rest are defaults, or the model's own inputs for base). */
  readonly scenarioGiven: Readonly<Record<ScenarioName, readonly ScenarioKey[]>>;
  /** For display: the preset, catalogue entry or record behind a value, by key. */
  readonly provenance: Readonly<Partial<Record<keyof ModelInputs, Provenance>>>;
}

/** Where a value came from, as data: the sheets word it in their language. */
export type Provenance =
  | { readonly kind: "preset"; readonly name: string }
  | { readonly kind: "catalogue"; readonly miner: string; readonly source: string }
  | { readonly kind: "customMiner" }
  /** The user's value in place of the catalogue's. */
  | { readonly kind: "userOverride" }
  /** A sourced record's source, marked when the record is an assumption. */
  | { readonly kind: "record"; readonly source: string; readonly assumption: boolean };

/** Ranges of the numeric keys and parts, from the catalogue (message subjects are the JSON keys themselves). */
export const INPUT_SPECS = {
  ...NUMBER_SPECS,
  hydroShareByMonth: specOf(PARTS.hydroShareByMonth),
  minerHashrateThS: specOf(PARTS.minerHashrateThS),
  minerPowerW: specOf(PARTS.minerPowerW),
  minerPrice: specOf(PARTS.minerPrice),
  lineItemAmount: specOf(PARTS.lineItemAmount),
} satisfies Record<string, NumberSpec>;

/** A number as ModelInputs takes it in a decimal string: optional sign, digits with an optional point, optional exponent. */
export const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A JSON number or decimal string, range-checked; the message names the key. */
export function parseInputNumber(s: NumberSpec, value: unknown): Decimal {
  return num(s, value);
}

/** `subject`: where the value sits, when `s.name` is a path built from it (`capexItems[0].usd`). */
function num(s: NumberSpec, value: unknown, subject: Subject = { key: s.name }): Decimal {
  let d: Decimal | undefined;
  if (typeof value === "number" && Number.isFinite(value)) d = new Decimal(value);
  else if (typeof value === "string" && NUMERIC.test(value.trim())) {
    try {
      d = new Decimal(value.trim());
    } catch {
      d = undefined; // an exponent beyond decimal.js's range: out of every domain
    }
    if (d === undefined || !d.isFinite()) {
      const got = shownJson(value);
      throw invalidInput(`${requirement(s)} (got ${describeShown(got)})`, s.name, { kind: "range", name: s.name, subject, what: s.what, ...boundsOf(s), got });
    }
  }
  if (d === undefined) {
    const got = shownJson(value);
    throw invalidInput(`${s.name} must be ${s.what}${s.integer ? " (a whole number)" : ""}${rangeSuffix(s)} (got ${describeShown(got)})`, s.name, {
      kind: "notNumber",
      name: s.name,
      subject,
      what: s.what,
      ...boundsOf(s),
      got,
    });
  }
  checkRange(s, d, typeof value === "string" ? d : value, subject);
  return d;
}

function rangeSuffix(s: NumberSpec): string {
  const text = rangeText(s);
  return text ? ` ${text}` : "";
}

function numOrPreset(s: NumberSpec, value: unknown, presets: Record<string, { value: string }>, provenance: Record<string, Provenance>, subject: Subject = { key: s.name }): Decimal {
  if (typeof value === "string" && !NUMERIC.test(value.trim())) {
    const record = lookupPreset(s.name, value, presets, subject);
    provenance[s.name] = { kind: "preset", name: value.trim().toUpperCase() };
    return D(record.value);
  }
  return num(s, value, subject);
}

function isoDate(key: string, value: unknown): CalendarDate {
  const d = typeof value === "string" ? parseIsoDate(value) : undefined;
  if (!d || d.year < 1900) {
    const got = shownJson(value);
    throw invalidInput(`${key} must be an ISO date YYYY-MM-DD (got ${describeShown(got)})`, key, { kind: "date", subject: { key }, got });
  }
  return d;
}

/** The longest line-item label (as the site name): long enough for any description, short enough for a cell. */
export const LINE_ITEM_LABEL_MAX = 100;
/** The longest site name. */
const SITE_NAME_MAX = 100;
/** The keys of a custom miner, and the longest name it may carry. */
const CUSTOM_MINER_KEYS = ["hashrateThS", "powerW", "priceUsdPerTh", "name"];
const CUSTOM_MINER_NAME_MAX = 60;

const LINE_ITEM_KEYS = ["label", "usd", "cny"];

function lineItems(key: "capexItems" | "opexItems", value: unknown): ResolvedLineItem[] {
  if (!Array.isArray(value)) {
    const got = shownJson(value);
    throw invalidInput(`${key} must be a list of { "label", "usd" } or { "label", "cny" } (got ${describeShown(got)})`, key, { kind: "lineItemsNotList", subject: { key }, got });
  }
  return value.map((item: unknown, i) => {
    const subject: Subject = { key, index: i };
    const where = subjectPath(subject);
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      const got = shownJson(item);
      throw invalidInput(`${where} must be { "label", "usd" } or { "label", "cny" } (got ${describeShown(got)})`, key, { kind: "lineItemNotObject", subject, got });
    }
    const o = item as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (!LINE_ITEM_KEYS.includes(k)) {
        throw invalidInput(`${where}: unknown key "${k}" (known: ${LINE_ITEM_KEYS.join(", ")})`, key, { kind: "unknownKey", where: subject, key: k, known: LINE_ITEM_KEYS });
      }
    }
    if (typeof o.label !== "string" || o.label.trim() === "" || o.label.length > LINE_ITEM_LABEL_MAX) {
      const label: Subject = { ...subject, part: "label" };
      throw invalidInput(`${subjectPath(label)} must be a text of 1 to ${LINE_ITEM_LABEL_MAX} characters`, key, { kind: "textLength", subject: label, minLength: 1, maxLength: LINE_ITEM_LABEL_MAX });
    }
    const hasUsd = "usd" in o;
    const hasCny = "cny" in o;
    if (hasUsd === hasCny) throw invalidInput(`${where} must have exactly one of "usd" or "cny"`, key, { kind: "lineItemCurrency", subject });
    const currency = hasUsd ? "USD" : "CNY";
    const amountAt: Subject = { ...subject, part: hasUsd ? "usd" : "cny" };
    const amount = num({ ...INPUT_SPECS.lineItemAmount, name: subjectPath(amountAt) }, hasUsd ? o.usd : o.cny, amountAt);
    return { label: o.label.trim(), amount, currency };
  });
}

/** Sum of line items in USD, CNY converted at `cnyPerUsd`. */
export function lineItemsUsd(items: readonly ResolvedLineItem[], cnyPerUsd: Decimal): Decimal {
  let total = ZERO;
  for (const it of items) total = total.plus(it.currency === "USD" ? it.amount : it.amount.div(cnyPerUsd));
  return total;
}

/** The first day of next month (UTC), the default start date. */
export function firstOfNextMonth(today: Date): CalendarDate {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + 1;
  return m === 12 ? { year: y + 1, month: 1, day: 1 } : { year: y, month: m + 1, day: 1 };
}

const d = (r: { value: string }) => D(r.value);

/** Every ResolvedInputs made here (or derived with `resolvedWith`): typed values, never parsed again. */
const RESOLVED = new WeakSet<object>();

/** True for inputs this module resolved (not for an object that merely has the same keys). */
export function isResolvedInputs(x: unknown): x is ResolvedInputs {
  return typeof x === "object" && x !== null && RESOLVED.has(x);
}

/** Resolved inputs with some typed values replaced (a tornado move, a scenario), still resolved. */
export function resolvedWith(inp: ResolvedInputs, patch: Partial<ResolvedInputs>): ResolvedInputs {
  const out = { ...inp, ...patch };
  RESOLVED.add(out);
  return out;
}

/** How far an as-of date may lie from the start month (growth over more months could overflow). */
const MAX_MONTHS_FROM_AS_OF = 120;

/** Excel's last month, December 9999, as a month index (year × 12 + month − 1). */
const LAST_MONTH_INDEX = 9999 * 12 + 11;

/**
 * Validates a ModelInputs object and applies defaults. Unknown keys and out-of-range values throw
 * ModelError (INVALID_INPUT, or UNKNOWN_NAME for an unknown preset or miner) with a message that
 * names the key.
 *
 * @param raw - parsed JSON (anything)
 * @param today - the date that "first day of next month" is relative to (default: now)
 */
export function resolveInputs(raw: unknown, today: Date = new Date()): ResolvedInputs {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const got = shownJson(raw);
    throw invalidInput(`model inputs must be a JSON object (got ${describeShown(got)})`, undefined, { kind: "inputsNotObject", got });
  }
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(MODEL_INPUT_KEYS as readonly string[]).includes(key)) {
      throw invalidInput(`unknown key "${key}"; known keys: ${MODEL_INPUT_KEYS.join(", ")}`, key, { kind: "unknownKey", key, known: MODEL_INPUT_KEYS });
    }
  }
  const has = (k: keyof ModelInputs) => o[k] !== undefined;
  const provenance: Record<string, Provenance> = {};
  const n = (k: keyof typeof INPUT_SPECS & keyof ModelInputs, fallback: Decimal) => (has(k) ? num(INPUT_SPECS[k], o[k]) : fallback);

  const siteName = has("siteName") ? o.siteName : "Jilin site";
  if (typeof siteName !== "string" || siteName.trim() === "" || siteName.length > SITE_NAME_MAX) {
    const got = shownJson(siteName);
    throw invalidInput(`siteName must be a text of 1 to ${SITE_NAME_MAX} characters (got ${describeShown(got)})`, "siteName", {
      kind: "textLength",
      subject: { key: "siteName" },
      minLength: 1,
      maxLength: SITE_NAME_MAX,
      got,
    });
  }

  const start = has("startDate") ? isoDate("startDate", o.startDate) : firstOfNextMonth(today);
  if (start.day !== 1) {
    throw invalidInput(`startDate must be the first day of a month (got "${formatIsoDate(start)}")`, "startDate", { kind: "startNotFirstOfMonth", subject: { key: "startDate" }, date: formatIsoDate(start) });
  }
  const horizonMonths = n("horizonMonths", d(MARKET.horizonMonths)).toNumber();
  if (start.year * 12 + start.month - 1 + horizonMonths - 1 > LAST_MONTH_INDEX) {
    throw invalidInput(`startDate ${formatIsoDate(start)} with horizonMonths ${horizonMonths} runs past December 9999, the last month Excel's calendar holds`, "startDate", {
      kind: "startPastCalendar",
      subject: { key: "startDate" },
      date: formatIsoDate(start),
      horizonMonths,
    });
  }

  let minerName: string;
  let minerCooling: CoolingType = "air";
  let hashrate: Decimal;
  let power: Decimal;
  let price: Decimal;
  const minerValue = has("miner") ? o.miner : DEFAULT_MINER;
  if (typeof minerValue === "string") {
    const m = findMiner(minerValue, "miner");
    minerName = m.name;
    minerCooling = m.cooling;
    hashrate = d(m.hashrateThS);
    power = d(m.powerW);
    price = d(m.priceUsdPerTh);
    provenance.miner = { kind: "catalogue", miner: m.name, source: m.source };
    // The price says whether it is a dated market quote or a tier assumption, and on what basis.
    provenance.minerPriceUsdPerTh = { kind: "record", source: m.priceUsdPerTh.source, assumption: m.priceUsdPerTh.note.startsWith("ASSUMPTION") };
  } else if (typeof minerValue === "object" && minerValue !== null && !Array.isArray(minerValue)) {
    const mo = minerValue as Record<string, unknown>;
    for (const k of Object.keys(mo)) {
      if (!CUSTOM_MINER_KEYS.includes(k)) {
        throw invalidInput(`miner: unknown key "${k}" (known: ${CUSTOM_MINER_KEYS.join(", ")})`, "miner", { kind: "unknownKey", where: { key: "miner" }, key: k, known: CUSTOM_MINER_KEYS });
      }
    }
    if (mo.name !== undefined && (typeof mo.name !== "string" || mo.name.length > CUSTOM_MINER_NAME_MAX)) {
      throw invalidInput(`miner.name must be a text of at most ${CUSTOM_MINER_NAME_MAX} characters`, "miner", {
        kind: "textLength",
        subject: { key: "miner", part: "name" },
        minLength: 0,
        maxLength: CUSTOM_MINER_NAME_MAX,
      });
    }
    minerName = typeof mo.name === "string" && mo.name.trim() !== "" ? mo.name.trim() : "Custom miner";
    hashrate = num(INPUT_SPECS.minerHashrateThS, mo.hashrateThS, { key: "miner", part: "hashrateThS" });
    power = num(INPUT_SPECS.minerPowerW, mo.powerW, { key: "miner", part: "powerW" });
    price = num(INPUT_SPECS.minerPrice, mo.priceUsdPerTh, { key: "miner", part: "priceUsdPerTh" });
    provenance.miner = { kind: "customMiner" };
  } else {
    const known = MINERS.map((m) => m.name);
    const got = shownJson(minerValue);
    throw invalidInput(`miner must be a catalogue name (${known.join(", ")}) or { "hashrateThS", "powerW", "priceUsdPerTh" } (got ${describeShown(got)})`, "miner", {
      kind: "minerType",
      known,
      got,
    });
  }
  if (has("minerPriceUsdPerTh")) {
    price = num(INPUT_SPECS.minerPriceUsdPerTh, o.minerPriceUsdPerTh);
    provenance.minerPriceUsdPerTh = { kind: "userOverride" };
  }

  let profile: readonly Decimal[] = JILIN_PROFILE;
  if (has("hydroShareByMonth")) {
    const p = o.hydroShareByMonth;
    if (!Array.isArray(p) || p.length !== 12) {
      const got: ShownValue = Array.isArray(p) ? { type: "list", length: p.length } : shownJson(p);
      throw invalidInput(`hydroShareByMonth must be a list of 12 fractions, Jan..Dec (got ${describeShown(got)})`, "hydroShareByMonth", {
        kind: "profileLength",
        subject: { key: "hydroShareByMonth" },
        length: 12,
        got,
      });
    }
    profile = p.map((v: unknown, i) => num({ ...INPUT_SPECS.hydroShareByMonth, name: `hydroShareByMonth[${i}] (${MONTH_NAMES[i]})` }, v, { key: "hydroShareByMonth", index: i }));
  }

  const cnyPerUsd = n("cnyPerUsd", d(MARKET.cnyPerUsd));
  const capexItems = has("capexItems") ? lineItems("capexItems", o.capexItems) : undefined;
  const opexItems = has("opexItems") ? lineItems("opexItems", o.opexItems) : undefined;
  const infrastructureCapexUsd = capexItems ? lineItemsUsd(capexItems, cnyPerUsd) : n("infrastructureCapexUsd", d(MARKET.infrastructureCapexUsd));
  const fixedOpexUsdPerMonth = opexItems ? lineItemsUsd(opexItems, cnyPerUsd) : n("fixedOpexUsdPerMonth", d(MARKET.fixedOpexUsdPerMonth));

  const anchorDate = has("halvingAnchorDate") ? isoDate("halvingAnchorDate", o.halvingAnchorDate) : (parseIsoDate(PROTOCOL.halvingAnchorDate.value) as CalendarDate);

  // A market value refers to its as-of date. Given: that date; the value given without one:
  // the start month; the default value: its data record's date.
  const asOf = (dateKey: "btcPriceAsOf" | "networkHashrateAsOf", valueKey: "btcPriceUsd" | "networkHashrateEhS", record: { asOf: string }) => {
    const date = has(dateKey) ? isoDate(dateKey, o[dateKey]) : has(valueKey) ? start : (parseIsoDate(record.asOf.length === 7 ? `${record.asOf}-01` : record.asOf) as CalendarDate);
    const months = start.year * 12 + start.month - (date.year * 12 + date.month);
    if (Math.abs(months) > MAX_MONTHS_FROM_AS_OF) {
      throw invalidInput(`${dateKey} ${formatIsoDate(date)} is ${Math.abs(months)} months from the start ${formatIsoDate(start)}; it must be within ${MAX_MONTHS_FROM_AS_OF} months (ten years)`, dateKey, {
        kind: "asOfTooFar",
        subject: { key: dateKey },
        date: formatIsoDate(date),
        start: formatIsoDate(start),
        months: Math.abs(months),
        maxMonths: MAX_MONTHS_FROM_AS_OF,
      });
    }
    return { iso: formatIsoDate(date), serial: dateToSerial(date.year, date.month, date.day), months };
  };
  const priceAsOf = asOf("btcPriceAsOf", "btcPriceUsd", MARKET.btcPriceUsd);
  const hashrateAsOf = asOf("networkHashrateAsOf", "networkHashrateEhS", MARKET.networkHashrateEhS);

  let curtail = true;
  if (has("curtailWhenUnprofitable")) {
    if (typeof o.curtailWhenUnprofitable !== "boolean") {
      const got = shownJson(o.curtailWhenUnprofitable);
      throw invalidInput(`curtailWhenUnprofitable must be true or false (got ${describeShown(got)})`, "curtailWhenUnprofitable", {
        kind: "notBoolean",
        subject: { key: "curtailWhenUnprofitable" },
        got,
      });
    }
    curtail = o.curtailWhenUnprofitable;
  }

  const shutdown = has("annualShutdownProbability")
    ? numOrPreset(INPUT_SPECS.annualShutdownProbability, o.annualShutdownProbability, SHUTDOWN_PROBABILITY_PRESETS, provenance)
    : (provenance.annualShutdownProbability = { kind: "preset", name: "BASE" }, d(SHUTDOWN_PROBABILITY_PRESETS.BASE));
  const gridFactor = has("gridFactorTPerMwh")
    ? numOrPreset(INPUT_SPECS.gridFactorTPerMwh, o.gridFactorTPerMwh, EMISSION_FACTOR_PRESETS, provenance)
    : (provenance.gridFactorTPerMwh = { kind: "preset", name: DEFAULT_GRID_FACTOR_PRESET }, d(EMISSION_FACTOR_PRESETS[DEFAULT_GRID_FACTOR_PRESET]));
  const hydroFactor = has("hydroFactorTPerMwh")
    ? numOrPreset(INPUT_SPECS.hydroFactorTPerMwh, o.hydroFactorTPerMwh, EMISSION_FACTOR_PRESETS, provenance)
    : d(DEFAULT_HYDRO_FACTOR);

  const base: Record<ScenarioKey, Decimal> = {
    btcPriceUsd: n("btcPriceUsd", d(MARKET.btcPriceUsd)),
    btcPriceGrowthMonthly: n("btcPriceGrowthMonthly", d(MARKET.btcPriceGrowthMonthly)),
    networkHashrateGrowthMonthly: n("networkHashrateGrowthMonthly", d(MARKET.networkHashrateGrowthMonthly)),
    hydroPriceCnyPerKwh: n("hydroPriceCnyPerKwh", d(MARKET.hydroPriceCnyPerKwh)),
    gridPriceCnyPerKwh: n("gridPriceCnyPerKwh", d(MARKET.gridPriceCnyPerKwh)),
    annualShutdownProbability: shutdown,
  };
  const { scenarios, scenarioGiven } = resolveScenarios(has("scenarios") ? o.scenarios : undefined, base);

  const resolved: ResolvedInputs = {
    scenarios,
    scenarioGiven,
    siteName: siteName.trim(),
    start,
    startSerial: dateToSerial(start.year, start.month, 1),
    horizonMonths,
    minerName,
    minerHashrateThS: hashrate,
    minerPowerW: power,
    minerPriceUsdPerTh: price,
    minerCount: n("minerCount", d(MARKET.minerCount)),
    // The default PUE follows the miner's cooling (air 1.10, hydro 1.05, immersion 1.03).
    pue: n("pue", d(PUE_BY_COOLING[minerCooling])),
    minerCooling,
    uptime: n("uptime", d(MARKET.uptime)),
    hashrateDegradationAnnual: n("hashrateDegradationAnnual", d(DEGRADATION)),
    hydroPriceCnyPerKwh: n("hydroPriceCnyPerKwh", d(MARKET.hydroPriceCnyPerKwh)),
    gridPriceCnyPerKwh: n("gridPriceCnyPerKwh", d(MARKET.gridPriceCnyPerKwh)),
    hydroShareByMonth: profile,
    wheelingCnyPerKwh: n("wheelingCnyPerKwh", d(MARKET.wheelingCnyPerKwh)),
    cnyPerUsd,
    btcPriceUsd: n("btcPriceUsd", d(MARKET.btcPriceUsd)),
    btcPriceGrowthMonthly: n("btcPriceGrowthMonthly", d(MARKET.btcPriceGrowthMonthly)),
    networkHashrateEhS: n("networkHashrateEhS", d(MARKET.networkHashrateEhS)),
    networkHashrateGrowthMonthly: n("networkHashrateGrowthMonthly", d(MARKET.networkHashrateGrowthMonthly)),
    feesBtcPerBlock: n("feesBtcPerBlock", d(MARKET.feesBtcPerBlock)),
    poolFee: n("poolFee", d(MARKET.poolFee)),
    halvingAnchorHeight: n("halvingAnchorHeight", d(PROTOCOL.halvingAnchorHeight)),
    halvingAnchorDate: formatIsoDate(anchorDate),
    halvingAnchorSerial: dateToSerial(anchorDate.year, anchorDate.month, anchorDate.day),
    btcPriceAsOf: priceAsOf.iso,
    btcPriceAsOfSerial: priceAsOf.serial,
    btcPriceMonthsToStart: priceAsOf.months,
    networkHashrateAsOf: hashrateAsOf.iso,
    networkHashrateAsOfSerial: hashrateAsOf.serial,
    networkHashrateMonthsToStart: hashrateAsOf.months,
    capexItems,
    opexItems,
    infrastructureCapexUsd,
    fixedOpexUsdPerMonth,
    salvageFraction: n("salvageFraction", d(MARKET.salvageFraction)),
    minerLifeMonths: n("minerLifeMonths", d(MARKET.minerLifeMonths)),
    infrastructureLifeMonths: n("infrastructureLifeMonths", d(MARKET.infrastructureLifeMonths)),
    taxRate: n("taxRate", d(MARKET.taxRate)),
    annualShutdownProbability: shutdown,
    recoveryFraction: n("recoveryFraction", d(MARKET.recoveryFraction)),
    shutdownPenaltyCnyPerKwh: n("shutdownPenaltyCnyPerKwh", d(ENFORCEMENT.shutdownPenaltyCnyPerKwh)),
    penaltyLookbackMonths: n("penaltyLookbackMonths", d(ENFORCEMENT.penaltyLookbackMonths)),
    penaltyTariffCnyPerKwh: n("penaltyTariffCnyPerKwh", d(ENFORCEMENT.penaltyTariffCnyPerKwh)),
    penaltyTariffFromMonth: n("penaltyTariffFromMonth", d(ENFORCEMENT.penaltyTariffFromMonth)),
    discountRateAnnual: n("discountRateAnnual", d(MARKET.discountRateAnnual)),
    debtFraction: n("debtFraction", d(FINANCING.debtFraction)),
    debtRateAnnual: n("debtRateAnnual", d(FINANCING.debtRateAnnual)),
    debtTermMonths: n("debtTermMonths", d(FINANCING.debtTermMonths)),
    curtailWhenUnprofitable: curtail,
    gridFactorTPerMwh: gridFactor,
    hydroFactorTPerMwh: hydroFactor,
    provenance,
  };
  RESOLVED.add(resolved);
  return resolved;
}

function resolveScenarios(raw: unknown, base: Record<ScenarioKey, Decimal>) {
  if (raw !== undefined && (typeof raw !== "object" || raw === null || Array.isArray(raw))) {
    const got = shownJson(raw);
    throw invalidInput(`scenarios must be an object with bear, base and/or bull (got ${describeShown(got)})`, "scenarios", { kind: "scenariosNotObject", got });
  }
  const given = (raw ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!(SCENARIO_NAMES as readonly string[]).includes(name)) {
      throw invalidInput(`scenarios: unknown scenario "${name}" (known: ${SCENARIO_NAMES.join(", ")})`, "scenarios", { kind: "unknownScenario", name, known: SCENARIO_NAMES });
    }
  }
  const scenarios = {} as Record<ScenarioName, Record<ScenarioKey, Decimal>>;
  const scenarioGiven = {} as Record<ScenarioName, ScenarioKey[]>;
  for (const name of SCENARIO_NAMES) {
    const notObject = (value: unknown) => {
      const got = shownJson(value);
      return invalidInput(`scenarios.${name} must be an object of overrides (got ${describeShown(got)})`, "scenarios", { kind: "scenarioNotObject", scenario: name, got });
    };
    if (name in given && (given[name] === null || given[name] === undefined)) throw notObject(given[name]);
    const overrides = given[name] ?? {};
    if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) throw notObject(overrides);
    const values: Record<ScenarioKey, Decimal> = { ...base };
    // Bear takes, per input, the less favourable of its sourced bear value and the base value;
    // bull the more favourable of its sourced bull value and the base (so bear ≤ base ≤ bull in value).
    if (name !== "base") {
      for (const e of SCENARIO_INPUTS) {
        const sourced = d(SCENARIOS[name][e.key]);
        const higherIsBetter = e.favourable === "up";
        const pickHigher = name === "bull" ? higherIsBetter : !higherIsBetter;
        values[e.key] = pickHigher ? Decimal.max(sourced, base[e.key]) : Decimal.min(sourced, base[e.key]);
      }
    }
    scenarioGiven[name] = [];
    for (const [k, v] of Object.entries(overrides as Record<string, unknown>)) {
      if (!(SCENARIO_KEYS as readonly string[]).includes(k)) {
        throw invalidInput(`scenarios.${name}: unknown key "${k}" (known: ${SCENARIO_KEYS.join(", ")})`, "scenarios", {
          kind: "unknownKey",
          where: { key: "scenarios", scenario: name },
          key: k,
          known: SCENARIO_KEYS,
        });
      }
      const key = k as ScenarioKey;
      const at: Subject = { key: "scenarios", scenario: name, part: key };
      const s = { ...INPUT_SPECS[key], name: subjectPath(at) };
      values[key] = key === "annualShutdownProbability" ? numOrPreset(s, v, SHUTDOWN_PROBABILITY_PRESETS, {}, at) : num(s, v, at);
      scenarioGiven[name].push(key);
    }
    scenarios[name] = values;
  }
  return { scenarios, scenarioGiven };
}

