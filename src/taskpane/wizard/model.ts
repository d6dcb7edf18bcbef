/*
 * The wizard's model, without any UI: the steps, the fields (label, unit, default and its source),
 * the conversion of what the user typed into ModelInputs, and validation with core's messages.
 * The React components only render this.
 */
import { D, Decimal } from "../../core/decimal";
import { MARKET } from "../../data/market";
import { ModelError } from "../../core/errors";
import { INPUT_SPECS, parseInputNumber, resolveInputs, type LineItem, type ModelInputs } from "../../core/model/inputs";
import { entryOf, PARTS, type CatalogueKey } from "../../core/model/catalogue";
import type { NumberSpec } from "../../core/params";
import { DEFAULT_MINER, MINERS } from "../../data/miners";
import { JILIN_HYDRO_SHARE_BY_MONTH, MONTH_NAMES } from "../../data/hydro";
import { EMISSION_FACTOR_PRESETS, DEFAULT_GRID_FACTOR_PRESET } from "../../data/emissions";
import { ENFORCEMENT_PRESETS, SHUTDOWN_PROBABILITY_PRESETS } from "../../data/regulation";
import { PUE_BY_COOLING, SITE_DEFAULTS, type CoolingType } from "../../data/site";
import { SCENARIOS, TORNADO_DEFAULT_SWING } from "../../data/risk";
import { SCENARIO_KEYS, SCENARIO_KEY_LABELS } from "../../core/model/inputs";
import type { DataRecord } from "../../data/record";
import { asJsonNumber, readDate, readMonth, readNumber, type Typed } from "./typed";

export type StepId = "site" | "fleet" | "power" | "market" | "risk" | "finance" | "review";

export const STEPS: readonly { id: StepId; title: string; intro: string }[] = [
  { id: "site", title: "Site", intro: "Where and how long, and what the site costs to build and run. Line items in CNY are converted at the exchange rate of the Power step." },
  { id: "fleet", title: "Fleet", intro: "The machines: pick a model from the catalogue or enter your own." },
  { id: "power", title: "Power", intro: "Hydro when the rivers run, grid power when they freeze. The monthly hydro shares set the blend." },
  { id: "market", title: "Market", intro: "Bitcoin price and network hashrate at the start, and how they grow each month." },
  { id: "risk", title: "Risk", intro: "The chance of a forced shutdown each year, and what you keep if it happens." },
  { id: "finance", title: "Finance", intro: "Discounting, tax, depreciation and salvage, and the debt that funds part of the capex." },
  { id: "review", title: "Review", intro: "The headline results, computed before anything is written to your workbook." },
];

/** How a field is typed in: a number, free text, or a month (YYYY-MM). */
export type FieldKind = "number" | "text" | "month" | "date";

export interface FieldDef {
  readonly key: string;
  readonly step: StepId;
  readonly label: string;
  readonly unit: string;
  readonly kind: FieldKind;
  /** The default shown (and used when the field is left blank). */
  readonly defaultValue: string;
  /** Where the default comes from, for the help line. */
  readonly source: string;
  readonly help?: string;
}

const src = (r: DataRecord) => `${r.note.startsWith("ASSUMPTION") ? "Assumption. " : ""}${r.source} (${r.asOf})`;

function nextMonth(today: Date): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + 1;
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * The wizard's step layout: which catalogue input goes on which step (its label, unit, default and
 * source come from the input catalogue), plus the wizard's own fields (site line items, the custom
 * miner's figures, the custom shutdown probability, the tornado swing and the scenario overrides).
 */
const LAYOUT: Readonly<Record<Exclude<StepId, "review">, readonly (CatalogueKey | { own: string })[]>> = {
  site: ["horizonMonths", { own: "siteLineItems" }, "pue"],
  fleet: ["minerCount", "minerPriceUsdPerTh", { own: "customMiner" }, "uptime", "hashrateDegradationAnnual"],
  power: ["hydroPriceCnyPerKwh", "gridPriceCnyPerKwh", "wheelingCnyPerKwh", "cnyPerUsd", "gridFactorTPerMwh", "hydroFactorTPerMwh"],
  market: ["btcPriceUsd", "btcPriceAsOf", "btcPriceGrowthMonthly", "networkHashrateEhS", "networkHashrateAsOf", "networkHashrateGrowthMonthly", "feesBtcPerBlock", "poolFee", "halvingAnchorHeight", "halvingAnchorDate"],
  risk: [{ own: "customShutdownProbability" }, "recoveryFraction", "shutdownPenaltyCnyPerKwh", "penaltyLookbackMonths", "penaltyTariffCnyPerKwh", "penaltyTariffFromMonth", { own: "tornadoSwing" }, { own: "scenarios" }],
  finance: ["discountRateAnnual", "taxRate", "salvageFraction", "minerLifeMonths", "infrastructureLifeMonths", "debtFraction", "debtRateAnnual", "debtTermMonths"],
};

/** The Finance step's debt section: these fields go under their own heading. */
export const DEBT_KEYS: readonly CatalogueKey[] = ["debtFraction", "debtRateAnnual", "debtTermMonths"];

/**
 * Catalogue inputs set by a control of their own rather than a text field: the first month (Site),
 * the line items (Site; they replace the two totals), the shutdown presets (Risk) and switching off
 * unprofitable months (Finance).
 */
export const OWN_CONTROLS: Readonly<Partial<Record<CatalogueKey, { step: StepId; control: string }>>> = {
  startDate: { step: "site", control: "the First month field (YYYY-MM)" },
  infrastructureCapexUsd: { step: "site", control: "the infrastructure capex line items" },
  fixedOpexUsdPerMonth: { step: "site", control: "the fixed opex line items" },
  annualShutdownProbability: { step: "risk", control: "the shutdown presets and Custom" },
  curtailWhenUnprofitable: { step: "finance", control: "the Switch off unprofitable months switch" },
};

/** Extra help under some catalogue fields (the unit and source come from the catalogue). */
const HELP: Partial<Record<CatalogueKey, string>> = {
  horizonMonths: "1 to 120 months",
  pue: "facility power / IT power; its default follows the cooling type",
  minerPriceUsdPerTh: "blank: the catalogue price",
  uptime: "0.97 = 97 %",
  poolFee: "0.025 = 2.5 %",
  gridFactorTPerMwh: "or a preset: JILIN-2022, NORTHEAST-2023, CHINA-2023, COAL-LCA",
  hydroFactorTPerMwh: `0 location-based; HYDRO-LCA (${EMISSION_FACTOR_PRESETS["HYDRO-LCA"].value}) for a lifecycle view`,
  halvingAnchorHeight: "block heights are projected from here at 144 per day",
  recoveryFraction: "0 when machines are seized; a share of their value when they are moved abroad",
  shutdownPenaltyCnyPerKwh: "charged at a shutdown on the energy of the months billed back",
  penaltyLookbackMonths: "the months before a shutdown whose energy is billed",
  penaltyTariffCnyPerKwh: "added to every kWh from its month on",
  penaltyTariffFromMonth: "1 = from the first month",
  discountRateAnnual: "do not also load it for the shutdown risk modelled explicitly",
  debtFraction: "0 = no debt; 0.6 = 60 % of the capex borrowed at the start (at most 90 %)",
  debtRateAnnual: "compounded monthly: (1 + rate)^(1/12) − 1 a month",
  debtTermMonths: "level monthly payments; repaid in full at the horizon if the term is longer",
};

/** The field table: the layout's catalogue inputs and the wizard's own fields, in step order. */
export function fieldDefs(today: Date = new Date()): readonly FieldDef[] {
  const f = (key: string, step: StepId, label: string, unit: string, rec: DataRecord | string, help?: string, kind: FieldKind = "number"): FieldDef => ({
    key, step, label, unit, kind, defaultValue: typeof rec === "string" ? rec : rec.value, source: typeof rec === "string" ? "" : src(rec), help,
  });
  const fromCatalogue = (key: CatalogueKey, step: StepId): FieldDef => {
    const e = entryOf(key)!;
    const record = "record" in e ? e.record : undefined;
    const kind: FieldKind = e.kind === "date" ? "date" : "number";
    if (key === "pue") return f(key, step, e.label, e.unit, PUE_BY_COOLING.air, HELP[key], kind);
    if (key === "gridFactorTPerMwh") return f(key, step, e.label, e.unit, EMISSION_FACTOR_PRESETS[DEFAULT_GRID_FACTOR_PRESET], HELP[key], kind);
    if (key === "btcPriceAsOf" || key === "networkHashrateAsOf") {
      const value = entryOf(key === "btcPriceAsOf" ? "btcPriceUsd" : "networkHashrateEhS")!;
      const rec = "record" in value ? value.record! : undefined;
      return { ...f(key, step, e.label, "YYYY-MM-DD", rec?.asOf ?? "", `the date the ${value.label.toLowerCase()} refers to; it grows to the start at its monthly rate. Blank: the default's date, or today when you type a value`, kind), source: "the default's date" };
    }
    return f(key, step, e.label, e.unit, record ?? "", HELP[key], kind);
  };
  const own: Record<string, (step: StepId) => FieldDef[]> = {
    siteLineItems: (step) => [
      f("gridConnectionCny", step, "Grid connection and substation", "CNY", SITE_DEFAULTS.gridConnectionCny),
      f("coolingCapexUsd", step, "Cooling plant", "USD", SITE_DEFAULTS.coolingCapexUsd),
      f("buildingsLandCny", step, "Buildings and land", "CNY", SITE_DEFAULTS.buildingsLandCny),
      f("connectivityUsd", step, "Connectivity", "USD", SITE_DEFAULTS.connectivityUsd),
      f("staffHeadcount", step, "Staff", "people", SITE_DEFAULTS.staffHeadcount),
      f("staffSalaryCnyPerMonth", step, "Salary per person", "CNY per month", SITE_DEFAULTS.staffSalaryCnyPerMonth),
      f("landLeaseCnyPerMonth", step, "Land lease", "CNY per month", SITE_DEFAULTS.landLeaseCnyPerMonth),
      f("maintenanceUsdPerMonth", step, "Maintenance", "USD per month", SITE_DEFAULTS.maintenanceUsdPerMonth),
    ],
    customMiner: (step) => [
      f("customHashrateThS", step, PARTS.minerHashrateThS.label, `${PARTS.minerHashrateThS.unit} per machine`, "", "custom miner"),
      f("customPowerW", step, PARTS.minerPowerW.label, `${PARTS.minerPowerW.unit} per machine`, "", "custom miner"),
      f("customPriceUsdPerTh", step, PARTS.minerPrice.label, PARTS.minerPrice.unit, "", "custom miner"),
    ],
    customShutdownProbability: (step) => [f("customShutdownProbability", step, "Custom shutdown probability", entryOf("annualShutdownProbability")!.unit, "", "used when the preset is Custom")],
    tornadoSwing: (step) => [{ ...f("tornadoSwing", step, "Tornado swing", "fraction (0.2 = ±20 %)", "", `blank: each input over its sourced low–high range (±${Number(TORNADO_DEFAULT_SWING.value) * 100} % where none is sourced); a value moves every input by ± that share`), source: "" }],
    scenarios: (step) =>
      (["bear", "bull"] as const).flatMap((name) =>
        SCENARIO_KEYS.map((k) => f(`scenario.${name}.${k}`, step, `${name === "bear" ? "Bear" : "Bull"}: ${SCENARIO_KEY_LABELS[k].label}`, k === "annualShutdownProbability" ? `${SCENARIO_KEY_LABELS[k].unit} or LOW/BASE/HIGH` : SCENARIO_KEY_LABELS[k].unit, SCENARIOS[name][k])),
      ),
  };
  const fields: FieldDef[] = [
    { ...f("siteName", "site", "Site name", "text", "Jilin site", undefined, "text"), source: "names the new sheets" },
    { ...f("startDate", "site", entryOf("startDate")!.label, "YYYY-MM", nextMonth(today), undefined, "month"), source: "next month" },
  ];
  for (const [step, items] of Object.entries(LAYOUT) as [StepId, (typeof LAYOUT)["site"]][]) {
    for (const item of items) fields.push(...(typeof item === "string" ? [fromCatalogue(item, step)] : own[item.own]!(step)));
  }
  return fields;
}

export const RISK_PRESETS: readonly { id: "LOW" | "BASE" | "HIGH"; explanation: string }[] = [
  { id: "LOW", explanation: `${Number(SHUTDOWN_PROBABILITY_PRESETS.LOW.value) * 100} % a year: a small, low-profile site behind its own hydro.` },
  { id: "BASE", explanation: `${Number(SHUTDOWN_PROBABILITY_PRESETS.BASE.value) * 100} % a year: the base case.` },
  { id: "HIGH", explanation: `${Number(SHUTDOWN_PROBABILITY_PRESETS.HIGH.value) * 100} % a year: a large, visible farm or one on state-owned power.` },
];
/**
 * The enforcement outcomes the sources record, as one-click settings of the Risk step's fields, each
 * with its source and date. Relocation abroad has no sourced share: the user types it.
 */
export const ENFORCEMENT_OUTCOMES: readonly { id: string; label: string; source: string; apply: (set: (key: string, value: string) => void) => void; focus?: string }[] = [
  { id: "seizure", label: "Seizure: nothing recovered", source: "Machines confiscated at the 2021 closures (recovered share 0).", apply: (set) => set("recoveryFraction", "0") },
  { id: "relocation", label: "Relocation abroad: type the share recovered", source: "Miners moved abroad after May 2021; no published share of value kept, so the share is yours to set.", apply: () => undefined, focus: "field-recoveryFraction" },
  { id: "backpay", label: `Back-pay, Inner Mongolia 2022: CNY ${ENFORCEMENT_PRESETS.innerMongoliaBackPay.value}/kWh`, source: `${ENFORCEMENT_PRESETS.innerMongoliaBackPay.source} (${ENFORCEMENT_PRESETS.innerMongoliaBackPay.asOf})`, apply: (set) => set("shutdownPenaltyCnyPerKwh", ENFORCEMENT_PRESETS.innerMongoliaBackPay.value) },
  { id: "tariffIm", label: `Differential tariff, Inner Mongolia 2022: +CNY ${ENFORCEMENT_PRESETS.innerMongoliaTariff.value}/kWh`, source: `${ENFORCEMENT_PRESETS.innerMongoliaTariff.source} (${ENFORCEMENT_PRESETS.innerMongoliaTariff.asOf})`, apply: (set) => set("penaltyTariffCnyPerKwh", ENFORCEMENT_PRESETS.innerMongoliaTariff.value) },
  { id: "tariffHainan", label: `Differential tariff, Hainan: +CNY ${ENFORCEMENT_PRESETS.hainanTariff.value}/kWh`, source: `${ENFORCEMENT_PRESETS.hainanTariff.source} (${ENFORCEMENT_PRESETS.hainanTariff.asOf})`, apply: (set) => set("penaltyTariffCnyPerKwh", ENFORCEMENT_PRESETS.hainanTariff.value) },
];

export const RISK_NOTE =
  "No published estimate of shutdown risk exists; the presets are assumptions anchored on the 2021 campaign (China's hashrate to zero in six weeks) and the covert share since (~21 % in 2022, ~14 % in 2025).";

export const LEGAL_NOTICE =
  "Bitcoin mining has been prohibited in mainland China since 2021 (State Council, 21 May 2021; NDRC notice 发改运行〔2021〕1283号 of 24 September 2021). This tool quantifies the economics and the enforcement risk for analysis. It is not legal advice.";

export interface WizardState {
  /** What the user typed, by field key; "" means the default. */
  readonly values: Readonly<Record<string, string>>;
  /** A catalogue name or "custom". */
  readonly minerChoice: string;
  readonly cooling: CoolingType;
  /** 12 shares as typed. */
  readonly profile: readonly string[];
  readonly riskPreset: "LOW" | "BASE" | "HIGH" | "custom";
  readonly curtail: boolean;
  /**
   * Inputs edited in the model sheet that have no wizard field: line-item lists and base-scenario
   * overrides. They are used as they stand until the user edits the corresponding fields.
   */
  readonly sheet?: { readonly capexItems?: readonly LineItem[]; readonly opexItems?: readonly LineItem[]; readonly base?: Readonly<Record<string, unknown>>; readonly minerName?: string };
  /** Build with native Excel formulas only, so the model works without the add-in. */
  readonly portable?: boolean;
  /** The language the sheets are written in (default: Office's display language, else English); kept by Rebuild. */
  readonly sheetLang?: "en" | "zh-CN";
  /** The Summary sheet's reporting currency (default USD); the model computes in USD either way. */
  readonly summaryCurrency?: "USD" | "CNY";
}

export function initialState(): WizardState {
  return {
    values: {},
    minerChoice: DEFAULT_MINER,
    cooling: "air",
    profile: JILIN_HYDRO_SHARE_BY_MONTH.map((r) => r.value),
    riskPreset: "BASE",
    curtail: true,
  };
}

export const JILIN_PROFILE_STRINGS = JILIN_HYDRO_SHARE_BY_MONTH.map((r) => r.value);
export { MONTH_NAMES, MINERS };

/** Whether a field holds a fraction, so that "25%" means 0.25 there. */
const isFraction = (def: FieldDef | undefined) => def !== undefined && /fraction/.test(def.unit);

/** What was typed into a field, read forgivingly (thousands separators, percentages, months); see typed.ts. */
export function typedValue(state: WizardState, key: string, defs = fieldDefs()): Typed {
  const raw = (state.values[key] ?? "").trim();
  const def = defs.find((d) => d.key === key);
  if (raw === "" || def === undefined) return { kind: "other", value: raw };
  if (def.kind === "month") return { kind: "other", value: readMonth(raw) };
  if (def.kind === "date") return { kind: "other", value: readDate(raw) };
  if (def.kind === "number") return readNumber(raw, isFraction(def));
  return { kind: "other", value: raw };
}

/**
 * Site items whose defaults scale with the fleet's power (the salary is per person and does not). The
 * defaults are for the default fleet, 274 Antminer S21 XP at 3,645 W (0.999 MW); a fleet of P watts gets
 * P / 998,730 times each (staff rounded to whole people, at least one; amounts to whole CNY or USD).
 */
export const FLEET_SCALED_KEYS: readonly string[] = ["gridConnectionCny", "coolingCapexUsd", "buildingsLandCny", "connectivityUsd", "staffHeadcount", "landLeaseCnyPerMonth", "maintenanceUsdPerMonth"];
const DEFAULT_FLEET_W = D(MARKET.minerCount.value).times(MINERS.find((m) => m.name === DEFAULT_MINER)!.powerW.value);

/** The fleet's power at the wall (W) as the wizard stands, or undefined while its fields are not valid numbers. */
export function fleetPowerW(state: WizardState, defs = fieldDefs()): Decimal | undefined {
  try {
    const count = D(valueOf(state, "minerCount", defs));
    const power = state.minerChoice === "custom" ? D(valueOf(state, "customPowerW", defs)) : D(MINERS.find((m) => m.name === state.minerChoice)?.powerW.value ?? "NaN");
    const w = count.times(power);
    return w.isFinite() && w.gt(0) ? w : undefined;
  } catch {
    return undefined;
  }
}

/** The default of a site item for the fleet as it stands (see FLEET_SCALED_KEYS); other fields: their fixed default. */
export function siteDefault(state: WizardState, key: string, defs = fieldDefs()): string {
  const base = defs.find((d) => d.key === key)?.defaultValue ?? "";
  if (!FLEET_SCALED_KEYS.includes(key)) return base;
  const w = fleetPowerW(state, defs);
  if (w === undefined) return base;
  const scaled = D(base).times(w).div(DEFAULT_FLEET_W);
  return key === "staffHeadcount" ? Decimal.max(1, scaled.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)).toString() : scaled.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString();
}

/**
 * A field as the pane shows it for the wizard as it stands: its default (PUE by the cooling type, site
 * items scaled with the fleet) and, for the site items, a help line that says so with the fleet's size.
 */
export function fieldAsShown(state: WizardState, key: string, defs = fieldDefs()): { def: FieldDef; defaultValue: string } {
  const found = defs.find((d) => d.key === key) as FieldDef;
  if (key === "pue") return { def: found, defaultValue: PUE_BY_COOLING[state.cooling].value };
  if (!FLEET_SCALED_KEYS.includes(key)) return { def: found, defaultValue: found.defaultValue };
  const w = fleetPowerW(state, defs);
  const help = `scales with the fleet's power (defaults are for the 0.999 MW default fleet)${w ? `; your fleet: ${w.div(1e6).toDecimalPlaces(3).toString()} MW` : ""}`;
  return { def: { ...found, help }, defaultValue: siteDefault(state, key, defs) };
}

/** The value of a field: what was typed (read as typedValue does), or its default (PUE follows the cooling type; site items scale with the fleet). */
export function valueOf(state: WizardState, key: string, defs = fieldDefs()): string {
  const t = typedValue(state, key, defs);
  const typed = t.kind === "error" ? (state.values[key] ?? "").trim() : t.value;
  if (typed !== "") return typed;
  if (key === "pue") return PUE_BY_COOLING[state.cooling].value;
  if (FLEET_SCALED_KEYS.includes(key)) return siteDefault(state, key, defs);
  return defs.find((d) => d.key === key)?.defaultValue ?? "";
}

const COOLING_LABEL: Record<CoolingType, string> = { air: "air", hydro: "hydro (water blocks)", immersion: "immersion" };

/** The site's line items (capexItems / opexItems). */
export function lineItems(state: WizardState, defs = fieldDefs()): { capexItems: LineItem[]; opexItems: LineItem[] } {
  const v = (k: string) => valueOf(state, k, defs);
  const headcount = v("staffHeadcount");
  const salary = v("staffSalaryCnyPerMonth");
  let staffCny: string = "";
  try {
    staffCny = D(headcount).times(D(salary)).toString();
  } catch {
    staffCny = `${headcount} x ${salary}`; // invalid: core rejects it with its message
  }
  const n = (k: string) => asJsonNumber(v(k));
  return {
    capexItems: [
      { label: "Grid connection and substation", cny: n("gridConnectionCny") },
      { label: `Cooling plant (${COOLING_LABEL[state.cooling]})`, usd: n("coolingCapexUsd") },
      { label: "Buildings and land", cny: n("buildingsLandCny") },
      { label: "Connectivity", usd: n("connectivityUsd") },
    ],
    opexItems: [
      { label: `Staff: ${headcount} x CNY ${salary} per month`, cny: asJsonNumber(staffCny) },
      { label: "Land lease", cny: n("landLeaseCnyPerMonth") },
      { label: "Maintenance", usd: n("maintenanceUsdPerMonth") },
    ],
  };
}

/** The ModelInputs keys typed into a field of their own: the site name and the catalogue inputs of the layout. */
const MODEL_KEYS_FROM_FIELDS: readonly string[] = ["siteName", ...Object.values(LAYOUT).flat().filter((x): x is CatalogueKey => typeof x === "string")];

/** The wizard's state as ModelInputs: what the CLI, the plan and saved state use. */
export function toModelInputs(state: WizardState, today: Date = new Date()): ModelInputs {
  const defs = fieldDefs(today);
  const out: Record<string, unknown> = {};
  // Only what the user typed: an untouched field falls back to the model's sourced default, so the
  // sheet's "Source / note" column still cites it. PUE follows the cooling type when not typed.
  for (const k of MODEL_KEYS_FROM_FIELDS) {
    if ((state.values[k] ?? "").trim() !== "") out[k] = k === "siteName" ? valueOf(state, k, defs) : asJsonNumber(valueOf(state, k, defs));
  }
  if (out.pue === undefined) out.pue = asJsonNumber(valueOf(state, "pue", defs));
  // A market value typed without its as-of date is as of today (the wizard asks for both).
  for (const [value, date] of [["btcPriceUsd", "btcPriceAsOf"], ["networkHashrateEhS", "networkHashrateAsOf"]] as const) {
    if (out[value] !== undefined && out[date] === undefined) out[date] = today.toISOString().slice(0, 10);
  }
  out.startDate = `${valueOf(state, "startDate", defs)}-01`;
  if (state.minerChoice === "custom") {
    out.miner = {
      name: state.sheet?.minerName ?? "Custom miner",
      hashrateThS: asJsonNumber(valueOf(state, "customHashrateThS", defs)),
      powerW: asJsonNumber(valueOf(state, "customPowerW", defs)),
      priceUsdPerTh: asJsonNumber(valueOf(state, "customPriceUsdPerTh", defs)),
    };
    delete out.minerPriceUsdPerTh;
  } else {
    out.miner = state.minerChoice;
  }
  const items = lineItems(state, defs);
  out.capexItems = state.sheet?.capexItems ?? items.capexItems;
  out.opexItems = state.sheet?.opexItems ?? items.opexItems;
  const profile = state.profile.map((s) => profileValue(s));
  const sameAsDefault = (v: string, i: number) => {
    try {
      return D(v).eq(JILIN_PROFILE_STRINGS[i] as string);
    } catch {
      return false;
    }
  };
  if (profile.some((v, i) => v === "" || !sameAsDefault(v, i))) out.hydroShareByMonth = profile.map(asJsonNumber);
  out.annualShutdownProbability = state.riskPreset === "custom" ? asJsonNumber(valueOf(state, "customShutdownProbability", defs)) : state.riskPreset;
  out.curtailWhenUnprofitable = state.curtail;
  const scenarios: Record<string, Record<string, number | string>> = {};
  for (const name of ["bear", "bull"] as const) {
    for (const k of SCENARIO_KEYS) {
      const key = `scenario.${name}.${k}`;
      if ((state.values[key] ?? "").trim() !== "") (scenarios[name] ??= {})[k] = asJsonNumber(valueOf(state, key, defs));
    }
  }
  if (state.sheet?.base) scenarios.base = { ...state.sheet.base } as Record<string, string>;
  if (Object.keys(scenarios).length > 0) out.scenarios = scenarios;
  // Numbers are JSON numbers where the number is exactly the decimal typed, else decimal strings (exact).
  return out as ModelInputs;
}

function messageOf(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof ModelError) return e.message;
    throw e;
  }
}

const WHOLE: NumberSpec = { name: "staffHeadcount", what: "a number of people", min: "0", integer: true };
const AMOUNT = (name: string): NumberSpec => ({ ...INPUT_SPECS.lineItemAmount, name });

/**
 * A core message about a field, named as the user reads the field: a leading input key
 * ("gridConnectionCny must be …", "miner.hashrateThS must be …") becomes its label and unit.
 */
function labelled(def: FieldDef | undefined, message: string | undefined): string | undefined {
  if (message === undefined || def === undefined) return message;
  const name = `${def.label}${def.unit && def.kind !== "text" ? ` (${def.unit})` : ""}`;
  return message.replace(/^(?:[a-z]+[A-Z][\w]*|[a-z]\w*(?:\.\w+)+)(?=\s)/, name);
}

/** The message for one field (the core's, named by the field's label and unit), or undefined when it is valid. */
export function validateField(state: WizardState, key: string, today: Date = new Date()): string | undefined {
  const defs = fieldDefs(today);
  const def = defs.find((d) => d.key === key);
  const typed = typedValue(state, key, defs);
  if (typed.kind === "error") return labelled(def, `${key} ${typed.message}`);
  return labelled(def, coreMessage(state, key, defs));
}

function coreMessage(state: WizardState, key: string, defs: readonly FieldDef[]): string | undefined {
  const v = valueOf(state, key, defs);
  switch (key) {
    case "startDate":
      return messageOf(() => resolveInputs({ startDate: /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v }));
    case "gridConnectionCny":
    case "coolingCapexUsd":
    case "buildingsLandCny":
    case "connectivityUsd":
    case "staffSalaryCnyPerMonth":
    case "landLeaseCnyPerMonth":
    case "maintenanceUsdPerMonth":
      return messageOf(() => parseInputNumber(AMOUNT(key), v));
    case "staffHeadcount":
      return messageOf(() => parseInputNumber(WHOLE, v));
    case "tornadoSwing":
      if (v === "") return undefined; // blank: sourced ranges
      return messageOf(() => parseInputNumber({ name: "tornadoSwing", what: "a fraction", min: "0", minOpen: true, max: "1" }, v));
    case "customHashrateThS":
    case "customPowerW":
    case "customPriceUsdPerTh": {
      if (state.minerChoice !== "custom") return undefined;
      const spec = { customHashrateThS: INPUT_SPECS.minerHashrateThS, customPowerW: INPUT_SPECS.minerPowerW, customPriceUsdPerTh: INPUT_SPECS.minerPrice }[key];
      return v === "" ? `${spec.name} is required for a custom miner` : messageOf(() => parseInputNumber(spec, v));
    }
    case "customShutdownProbability":
      if (state.riskPreset !== "custom") return undefined;
      return v === "" ? "annualShutdownProbability is required for a custom risk" : messageOf(() => resolveInputs({ annualShutdownProbability: v }));
    default: {
      if (v === "") return undefined;
      const scenario = /^scenario\.(bear|bull)\.(\w+)$/.exec(key);
      if (scenario) return messageOf(() => resolveInputs({ scenarios: { [scenario[1]!]: { [scenario[2]!]: v } } }));
      return messageOf(() => resolveInputs({ [key]: v }));
    }
  }
}

/** A profile cell as the core reads it: a percentage ("20%") is a fraction there. */
function profileValue(cell: string): string {
  const t = readNumber(cell, true);
  return t.kind === "error" ? cell.trim() : t.value;
}

/** Messages for a profile cell (index 0..11). */
export function validateProfileCell(state: WizardState, index: number): string | undefined {
  const name = `${MONTH_NAMES[index]} hydro share`;
  const t = readNumber(state.profile[index] ?? "", true);
  if (t.kind === "error") return `${name} ${t.message}`;
  return messageOf(() => parseInputNumber({ ...INPUT_SPECS.hydroShareByMonth, name }, profileValue(state.profile[index] ?? "")));
}

/** Every message of a step, by field key (profile cells as `profile.0`..`profile.11`). */
export function validateStep(state: WizardState, step: StepId, today: Date = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const d of fieldDefs(today)) {
    if (d.step !== step) continue;
    const m = validateField(state, d.key, today);
    if (m) errors[d.key] = m;
  }
  if (step === "power") {
    for (let i = 0; i < 12; i++) {
      const m = validateProfileCell(state, i);
      if (m) errors[`profile.${i}`] = m;
    }
  }
  if (step === "review") {
    const m = messageOf(() => resolveInputs(toModelInputs(state, today), today));
    if (m) errors.model = m;
  }
  return errors;
}

/** Site fields whose edit replaces the line items read from the sheet. */
export const CAPEX_FIELDS = ["gridConnectionCny", "coolingCapexUsd", "buildingsLandCny", "connectivityUsd"];
export const OPEX_FIELDS = ["staffHeadcount", "staffSalaryCnyPerMonth", "landLeaseCnyPerMonth", "maintenanceUsdPerMonth"];

/** Typing a field drops the sheet's line items it stands for (the wizard's items replace them). */
export function withTyped(state: WizardState, key: string, value: string): WizardState {
  const next: WizardState = { ...state, values: { ...state.values, [key]: value } };
  if (!state.sheet) return next;
  const sheet = { ...state.sheet };
  if (CAPEX_FIELDS.includes(key)) delete sheet.capexItems;
  if (OPEX_FIELDS.includes(key)) delete sheet.opexItems;
  return { ...next, sheet };
}

const text = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v));

/**
 * The wizard with the model sheet's values in place of the saved ones: each changed input goes into
 * its field (so the user sees and can edit it); line items and base-scenario overrides, which have no
 * field, are carried as they stand in the sheet.
 */
export function applySheetInputs(state: WizardState, inputs: ModelInputs, changedKeys: readonly string[]): WizardState {
  const values: Record<string, string> = { ...state.values };
  let next: WizardState = state;
  const sheet: { capexItems?: readonly LineItem[]; opexItems?: readonly LineItem[]; base?: Record<string, unknown>; minerName?: string } = { ...state.sheet };
  const o = inputs as Record<string, unknown>;
  for (const key of new Set(changedKeys)) {
    if ((MODEL_KEYS_FROM_FIELDS as readonly string[]).includes(key)) {
      values[key] = text(o[key]);
    } else if (key === "startDate") {
      const iso = text(o.startDate);
      values.startDate = /^\d{4}-\d{2}-01$/.test(iso) ? iso.slice(0, 7) : iso;
    } else if (key === "miner") {
      const m = inputs.miner;
      if (typeof m === "string") {
        next = { ...next, minerChoice: m };
      } else if (m) {
        next = { ...next, minerChoice: "custom" };
        if (m.name !== undefined && m.name !== "Custom miner") sheet.minerName = m.name;
        values.customHashrateThS = text(m.hashrateThS);
        values.customPowerW = text(m.powerW);
        values.customPriceUsdPerTh = text(m.priceUsdPerTh);
      }
    } else if (key === "hydroShareByMonth") {
      next = { ...next, profile: (inputs.hydroShareByMonth ?? []).map(text) };
    } else if (key === "curtailWhenUnprofitable" && typeof inputs.curtailWhenUnprofitable === "boolean") {
      next = { ...next, curtail: inputs.curtailWhenUnprofitable };
    } else if (key === "annualShutdownProbability") {
      const v = text(o.annualShutdownProbability);
      const preset = (["LOW", "BASE", "HIGH"] as const).find((p) => (v.trim() !== "" && Number(SHUTDOWN_PROBABILITY_PRESETS[p].value) === Number(v)) || v.toUpperCase() === p);
      next = { ...next, riskPreset: preset ?? "custom" };
      if (!preset) values.customShutdownProbability = v;
    } else if (key === "capexItems" || key === "opexItems") {
      sheet[key] = inputs[key];
    } else if (key.startsWith("scenarios.")) {
      const [, name, k] = key.split(".") as [string, string, string];
      const v = (inputs.scenarios as Record<string, Record<string, unknown>> | undefined)?.[name]?.[k];
      if (name === "base") (sheet.base ??= {})[k] = v;
      else values[`scenario.${name}.${k}`] = text(v);
    }
  }
  const hasSheet = Object.values(sheet).some((v) => v !== undefined);
  return { ...next, values, ...(hasSheet ? { sheet } : {}) };
}

/**
 * The ModelInputs keys (and `scenarios.<name>.<key>` for scenario values) whose value differs between
 * two sets of inputs: what a new reading of the sheet changed since the last one.
 */
export function changedKeys(before: ModelInputs, after: ModelInputs): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (k === "scenarios") {
      const sa = (a.scenarios ?? {}) as Record<string, Record<string, unknown>>;
      const sb = (b.scenarios ?? {}) as Record<string, Record<string, unknown>>;
      for (const name of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
        for (const key of new Set([...Object.keys(sa[name] ?? {}), ...Object.keys(sb[name] ?? {})])) {
          if (JSON.stringify(sa[name]?.[key]) !== JSON.stringify(sb[name]?.[key])) out.push(`scenarios.${name}.${key}`);
        }
      }
    } else if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) {
      out.push(k);
    }
  }
  return out;
}
