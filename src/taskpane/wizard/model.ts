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
import { translator, type Language } from "../../i18n";
import { PANE_EN, PANE_ZH } from "../../i18n/paneResources";
import { PART_LABELS_ZH, UNITS_ZH } from "../../i18n/sheet.zh-CN";
import { errorText } from "../../i18n/errors";
import { sourceIn } from "../../i18n/sources.zh-CN";
import { monthNames } from "../../i18n/language";

export type StepId = "site" | "fleet" | "power" | "market" | "risk" | "finance" | "review";

const STEP_IDS: readonly StepId[] = ["site", "fleet", "power", "market", "risk", "finance", "review"];

/** The wizard's steps with their titles and introductions in a language. */
export function stepsIn(lang: Language): readonly { id: StepId; title: string; intro: string }[] {
  const t = translator(lang);
  return STEP_IDS.map((id) => ({ id, title: t(`pane.steps.${id}.title`), intro: t(`pane.steps.${id}.intro`) }));
}

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
  /** The input is a fraction, so that "25%" means 0.25 there. */
  readonly fraction?: boolean;
}

/** A default's source for the help line: the publisher and title as published, marked when it is an assumption. */
function src(r: DataRecord, lang: Language): string {
  const t = translator(lang);
  const sourced = t("pane.field.sourced", { source: sourceIn(r.source, lang), asOf: r.asOf });
  return r.note.startsWith("ASSUMPTION") ? t("pane.field.assumption", { source: sourced }) : sourced;
}

/** A unit as the pane shows it in a language (codes such as USD, TH/s and CNY/kWh stay). */
export function unitIn(unit: string, lang: Language): string {
  if (lang === "en") return unit;
  return (PANE_ZH.units as Record<string, string>)[unit] ?? UNITS_ZH[unit] ?? unit;
}

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

/** The catalogue fields with extra help under them (the unit and source come from the catalogue). */
const HELP_KEYS = Object.keys(PANE_EN.help) as CatalogueKey[];
const helpOf = (key: CatalogueKey, lang: Language): string | undefined =>
  HELP_KEYS.includes(key) ? translator(lang)(`pane.help.${key}`, { value: EMISSION_FACTOR_PRESETS["HYDRO-LCA"].value }) : undefined;

/** The field table: the layout's catalogue inputs and the wizard's own fields, in step order, labelled in a language. */
export function fieldDefs(today: Date = new Date(), lang: Language = "en"): readonly FieldDef[] {
  const t = translator(lang);
  const zh = lang === "zh-CN";
  /** A field; `unit` is the English unit (it tells a fraction), `shownUnit` the unit shown when it is not simply that unit translated. */
  const f = (key: string, step: StepId, label: string, unit: string, rec: DataRecord | string, help?: string, kind: FieldKind = "number", shownUnit?: string): FieldDef => ({
    key, step, label, unit: shownUnit ?? unitIn(unit, lang), kind, defaultValue: typeof rec === "string" ? rec : rec.value, source: typeof rec === "string" ? "" : src(rec, lang), help, fraction: /fraction/.test(unit),
  });
  const inputLabel = (key: CatalogueKey) => (zh ? t(`input.${key}`) : entryOf(key)!.label);
  const fromCatalogue = (key: CatalogueKey, step: StepId): FieldDef => {
    const e = entryOf(key)!;
    const record = "record" in e ? e.record : undefined;
    const kind: FieldKind = e.kind === "date" ? "date" : "number";
    const label = inputLabel(key);
    if (key === "pue") return f(key, step, label, e.unit, PUE_BY_COOLING.air, helpOf(key, lang), kind);
    if (key === "gridFactorTPerMwh") return f(key, step, label, e.unit, EMISSION_FACTOR_PRESETS[DEFAULT_GRID_FACTOR_PRESET], helpOf(key, lang), kind);
    if (key === "btcPriceAsOf" || key === "networkHashrateAsOf") {
      const valueKey = key === "btcPriceAsOf" ? "btcPriceUsd" : "networkHashrateEhS";
      const value = entryOf(valueKey)!;
      const rec = "record" in value ? value.record! : undefined;
      const what = zh ? inputLabel(valueKey) : value.label.toLowerCase();
      return { ...f(key, step, label, e.unit, rec?.asOf ?? "", t("pane.own.asOfHelp", { what }), kind, "YYYY-MM-DD"), source: t("pane.own.defaultsDate") };
    }
    return f(key, step, label, e.unit, record ?? "", helpOf(key, lang), kind);
  };
  const part = (p: keyof typeof PARTS, zhKey: string) => (zh ? PART_LABELS_ZH[zhKey] ?? t("input.minerPriceUsdPerTh") : PARTS[p].label);
  const own: Record<string, (step: StepId) => FieldDef[]> = {
    siteLineItems: (step) =>
      (["gridConnectionCny", "coolingCapexUsd", "buildingsLandCny", "connectivityUsd", "staffHeadcount", "staffSalaryCnyPerMonth", "landLeaseCnyPerMonth", "maintenanceUsdPerMonth"] as const).map((key) => {
        const unit = { gridConnectionCny: "CNY", coolingCapexUsd: "USD", buildingsLandCny: "CNY", connectivityUsd: "USD", staffHeadcount: "people", staffSalaryCnyPerMonth: "CNY per month", landLeaseCnyPerMonth: "CNY per month", maintenanceUsdPerMonth: "USD per month" }[key];
        return f(key, step, t(`pane.own.${key}`), unit, SITE_DEFAULTS[key]);
      }),
    customMiner: (step) => [
      f("customHashrateThS", step, part("minerHashrateThS", "MinerHashrateThS"), PARTS.minerHashrateThS.unit, "", t("pane.own.customMiner"), "number", t("pane.own.perMachine", { unit: PARTS.minerHashrateThS.unit })),
      f("customPowerW", step, part("minerPowerW", "MinerPowerW"), PARTS.minerPowerW.unit, "", t("pane.own.customMiner"), "number", t("pane.own.perMachine", { unit: PARTS.minerPowerW.unit })),
      f("customPriceUsdPerTh", step, part("minerPrice", "MinerPrice"), PARTS.minerPrice.unit, "", t("pane.own.customMiner")),
    ],
    customShutdownProbability: (step) => [f("customShutdownProbability", step, t("pane.own.customShutdownProbability"), entryOf("annualShutdownProbability")!.unit, "", t("pane.own.customShutdownHelp"))],
    tornadoSwing: (step) => [{ ...f("tornadoSwing", step, t("pane.own.tornadoSwing"), "fraction", "", t("pane.own.tornadoHelp", { percent: Number(TORNADO_DEFAULT_SWING.value) * 100 }), "number", t("pane.own.tornadoUnit")), source: "" }],
    scenarios: (step) =>
      (["bear", "bull"] as const).flatMap((name) =>
        SCENARIO_KEYS.map((k) => {
          const unit = SCENARIO_KEY_LABELS[k].unit;
          const shown = k === "annualShutdownProbability" ? t("pane.own.presetUnit", { unit: unitIn(unit, lang) }) : undefined;
          return f(`scenario.${name}.${k}`, step, t(`pane.own.scenario.${name}`, { label: zh ? inputLabel(k) : SCENARIO_KEY_LABELS[k].label }), unit, SCENARIOS[name][k], undefined, "number", shown);
        }),
      ),
  };
  const fields: FieldDef[] = [
    { ...f("siteName", "site", t("pane.own.siteName"), "text", PANE_EN.own.defaultSite, undefined, "text"), source: t("pane.own.namesSheets") },
    { ...f("startDate", "site", inputLabel("startDate"), "YYYY-MM", nextMonth(today), undefined, "month"), source: t("pane.own.nextMonth") },
  ];
  for (const [step, items] of Object.entries(LAYOUT) as [StepId, (typeof LAYOUT)["site"]][]) {
    for (const item of items) fields.push(...(typeof item === "string" ? [fromCatalogue(item, step)] : own[item.own]!(step)));
  }
  return fields;
}

/** The shutdown presets with what each stands for, in a language. */
export function riskPresets(lang: Language): readonly { id: "LOW" | "BASE" | "HIGH"; explanation: string }[] {
  const t = translator(lang);
  return (["LOW", "BASE", "HIGH"] as const).map((id) => ({ id, explanation: t(`pane.risk.presets.${id}`, { percent: Number(SHUTDOWN_PROBABILITY_PRESETS[id].value) * 100 }) }));
}

/**
 * The enforcement outcomes the sources record, as one-click settings of the Risk step's fields, each
 * with its source and date. Relocation abroad has no sourced share: the user types it.
 */
export function enforcementOutcomes(lang: Language): readonly { id: string; label: string; source: string; apply: (set: (key: string, value: string) => void) => void; focus?: string }[] {
  const t = translator(lang);
  const sourced = (r: DataRecord) => t("pane.field.sourced", { source: sourceIn(r.source, lang), asOf: r.asOf });
  const { innerMongoliaBackPay, innerMongoliaTariff, hainanTariff } = ENFORCEMENT_PRESETS;
  return [
    { id: "seizure", label: t("pane.risk.outcomes.seizure"), source: t("pane.risk.outcomes.seizureSource"), apply: (set) => set("recoveryFraction", "0") },
    { id: "relocation", label: t("pane.risk.outcomes.relocation"), source: t("pane.risk.outcomes.relocationSource"), apply: () => undefined, focus: "field-recoveryFraction" },
    { id: "backpay", label: t("pane.risk.outcomes.backpay", { value: innerMongoliaBackPay.value }), source: sourced(innerMongoliaBackPay), apply: (set) => set("shutdownPenaltyCnyPerKwh", innerMongoliaBackPay.value) },
    { id: "tariffIm", label: t("pane.risk.outcomes.tariffIm", { value: innerMongoliaTariff.value }), source: sourced(innerMongoliaTariff), apply: (set) => set("penaltyTariffCnyPerKwh", innerMongoliaTariff.value) },
    { id: "tariffHainan", label: t("pane.risk.outcomes.tariffHainan", { value: hainanTariff.value }), source: sourced(hainanTariff), apply: (set) => set("penaltyTariffCnyPerKwh", hainanTariff.value) },
  ];
}


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

/** A new wizard with every default (its sheets' language follows the pane's until chosen on Review). */
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
export { MINERS };


/** What was typed into a field, read forgivingly (thousands separators, percentages, months); see typed.ts. */
export function typedValue(state: WizardState, key: string, defs = fieldDefs()): Typed {
  const raw = (state.values[key] ?? "").trim();
  const def = defs.find((d) => d.key === key);
  if (raw === "" || def === undefined) return { kind: "other", value: raw };
  if (def.kind === "month") return { kind: "other", value: readMonth(raw) };
  if (def.kind === "date") return { kind: "other", value: readDate(raw) };
  if (def.kind === "number") return readNumber(raw, def.fraction === true);
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

/** The site's default name in the language of its sheets ("Jilin site", "吉林矿场"). */
const defaultSiteName = (state: WizardState) => translator(state.sheetLang ?? "en")("pane.own.defaultSite");

/**
 * The default of a site item for the fleet as it stands (see FLEET_SCALED_KEYS), and of the site's
 * name in the sheets' language; other fields: their fixed default.
 */
export function siteDefault(state: WizardState, key: string, defs = fieldDefs()): string {
  if (key === "siteName") return defaultSiteName(state);
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
export function fieldAsShown(state: WizardState, key: string, defs = fieldDefs(), lang: Language = "en"): { def: FieldDef; defaultValue: string } {
  const found = defs.find((d) => d.key === key) as FieldDef;
  if (key === "pue") return { def: found, defaultValue: PUE_BY_COOLING[state.cooling].value };
  if (key === "siteName") return { def: found, defaultValue: defaultSiteName(state) };
  if (!FLEET_SCALED_KEYS.includes(key)) return { def: found, defaultValue: found.defaultValue };
  const w = fleetPowerW(state, defs);
  const t = translator(lang);
  const help = w ? t("pane.own.fleetScaledYours", { mw: w.div(1e6).toDecimalPlaces(3).toString() }) : t("pane.own.fleetScaled");
  return { def: { ...found, help }, defaultValue: siteDefault(state, key, defs) };
}

/** The value of a field: what was typed (read as typedValue does), or its default (PUE follows the cooling type; site items scale with the fleet). */
export function valueOf(state: WizardState, key: string, defs = fieldDefs()): string {
  const t = typedValue(state, key, defs);
  const typed = t.kind === "error" ? (state.values[key] ?? "").trim() : t.value;
  if (typed !== "") return typed;
  if (key === "pue") return PUE_BY_COOLING[state.cooling].value;
  if (key === "siteName" || FLEET_SCALED_KEYS.includes(key)) return siteDefault(state, key, defs);
  return defs.find((d) => d.key === key)?.defaultValue ?? "";
}

/** The site's line items (capexItems / opexItems), labelled in the language of the sheets they are written to. */
export function lineItems(state: WizardState, defs = fieldDefs()): { capexItems: LineItem[]; opexItems: LineItem[] } {
  const t = translator(state.sheetLang ?? "en");
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
      { label: t("pane.lineItems.gridConnection"), cny: n("gridConnectionCny") },
      { label: t("pane.lineItems.cooling", { cooling: t(`pane.lineItems.coolingType.${state.cooling}`) }), usd: n("coolingCapexUsd") },
      { label: t("pane.lineItems.buildings"), cny: n("buildingsLandCny") },
      { label: t("pane.lineItems.connectivity"), usd: n("connectivityUsd") },
    ],
    opexItems: [
      { label: t("pane.lineItems.staff", { headcount, salary }), cny: asJsonNumber(staffCny) },
      { label: t("pane.lineItems.landLease"), cny: n("landLeaseCnyPerMonth") },
      { label: t("pane.lineItems.maintenance"), usd: n("maintenanceUsdPerMonth") },
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
  // The model's own default name is English; a Chinese workbook gets its Chinese one.
  if (out.siteName === undefined && (state.sheetLang ?? "en") !== "en") out.siteName = defaultSiteName(state);
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

function errorOf(f: () => unknown): ModelError | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
}

const WHOLE: NumberSpec = { name: "staffHeadcount", what: "a number of people", min: "0", integer: true };
const AMOUNT = (name: string): NumberSpec => ({ ...INPUT_SPECS.lineItemAmount, name });

/** What is wrong with a field: the core's error, or a value the wizard needs that is blank. */
type Problem = { readonly kind: "error"; readonly error: ModelError } | { readonly kind: "required"; readonly which: "miner" | "risk"; readonly name: string };
const problemOf = (e: ModelError | undefined): Problem | undefined => (e ? { kind: "error", error: e } : undefined);

/** A field's name as the user reads it: its label and unit ("Horizon (months)", "期限（个月）"). */
export function fieldName(def: FieldDef, lang: Language = "en"): string {
  if (!def.unit || def.kind === "text") return def.label;
  return lang === "zh-CN" ? `${def.label}（${def.unit}）` : `${def.label} (${def.unit})`;
}

/**
 * A problem with a field in words, naming the field as the user reads it: in English the core's message
 * with its leading input key ("gridConnectionCny must be …", "miner.hashrateThS must be …") replaced by
 * the label and unit; in Chinese the sentence made from the error's details with that name.
 */
function described(def: FieldDef | undefined, problem: Problem | undefined, lang: Language): string | undefined {
  if (problem === undefined) return undefined;
  const name = def ? fieldName(def, lang) : undefined;
  if (problem.kind === "required") {
    return translator(lang)(problem.which === "miner" ? "pane.typed.requiredMiner" : "pane.typed.requiredRisk", { name: name ?? problem.name });
  }
  if (lang !== "en") return errorText(problem.error, lang, name === undefined ? undefined : () => name);
  if (name === undefined) return problem.error.message;
  const { field, message } = problem.error;
  if (field && message.startsWith(`${field} `)) return name + message.slice(field.length);
  return message.replace(/^(?:[a-z]+[A-Z][\w]*|[a-z]\w*(?:\.\w+)+)(?=\s)/, name);
}

/** A message of the wizard's own reading of what was typed (a decimal comma, a misplaced %), naming the field. */
function typedMessage(name: string, typed: Extract<Typed, { kind: "error" }>, lang: Language): string {
  if (lang === "en") return `${name} ${typed.message}`;
  const t = translator(lang);
  return t("pane.typed.named", { name, message: t(`pane.typed.${typed.code}`, { raw: typed.raw }) });
}

/** The message for one field (the core's, named by the field's label and unit), or undefined when it is valid. */
export function validateField(state: WizardState, key: string, today: Date = new Date(), lang: Language = "en"): string | undefined {
  const defs = fieldDefs(today, lang);
  const def = defs.find((d) => d.key === key);
  const typed = typedValue(state, key, defs);
  if (typed.kind === "error") return typedMessage(def ? fieldName(def, lang) : key, typed, lang);
  return described(def, coreProblem(state, key, defs), lang);
}

function coreProblem(state: WizardState, key: string, defs: readonly FieldDef[]): Problem | undefined {
  const v = valueOf(state, key, defs);
  switch (key) {
    case "startDate":
      return problemOf(errorOf(() => resolveInputs({ startDate: /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v })));
    case "gridConnectionCny":
    case "coolingCapexUsd":
    case "buildingsLandCny":
    case "connectivityUsd":
    case "staffSalaryCnyPerMonth":
    case "landLeaseCnyPerMonth":
    case "maintenanceUsdPerMonth":
      return problemOf(errorOf(() => parseInputNumber(AMOUNT(key), v)));
    case "staffHeadcount":
      return problemOf(errorOf(() => parseInputNumber(WHOLE, v)));
    case "tornadoSwing":
      if (v === "") return undefined; // blank: sourced ranges
      return problemOf(errorOf(() => parseInputNumber({ name: "tornadoSwing", what: "a fraction", min: "0", minOpen: true, max: "1" }, v)));
    case "customHashrateThS":
    case "customPowerW":
    case "customPriceUsdPerTh": {
      if (state.minerChoice !== "custom") return undefined;
      const spec = { customHashrateThS: INPUT_SPECS.minerHashrateThS, customPowerW: INPUT_SPECS.minerPowerW, customPriceUsdPerTh: INPUT_SPECS.minerPrice }[key];
      return v === "" ? { kind: "required", which: "miner", name: spec.name } : problemOf(errorOf(() => parseInputNumber(spec, v)));
    }
    case "customShutdownProbability":
      if (state.riskPreset !== "custom") return undefined;
      return v === "" ? { kind: "required", which: "risk", name: "annualShutdownProbability" } : problemOf(errorOf(() => resolveInputs({ annualShutdownProbability: v })));
    default: {
      if (v === "") return undefined;
      const scenario = /^scenario\.(bear|bull)\.(\w+)$/.exec(key);
      if (scenario) return problemOf(errorOf(() => resolveInputs({ scenarios: { [scenario[1]!]: { [scenario[2]!]: v } } })));
      return problemOf(errorOf(() => resolveInputs({ [key]: v })));
    }
  }
}

/** A profile cell as the core reads it: a percentage ("20%") is a fraction there. */
function profileValue(cell: string): string {
  const t = readNumber(cell, true);
  return t.kind === "error" ? cell.trim() : t.value;
}

/** Messages for a profile cell (index 0..11). */
export function validateProfileCell(state: WizardState, index: number, lang: Language = "en"): string | undefined {
  const name = translator(lang)("pane.power.monthShare", { month: monthNames(lang)[index] });
  const t = readNumber(state.profile[index] ?? "", true);
  if (t.kind === "error") return typedMessage(name, t, lang);
  const e = errorOf(() => parseInputNumber({ ...INPUT_SPECS.hydroShareByMonth, name: `${MONTH_NAMES[index]} hydro share` }, profileValue(state.profile[index] ?? "")));
  if (e === undefined) return undefined;
  return lang === "en" ? e.message : errorText(e, lang, () => name);
}

/** Every message of a step, by field key (profile cells as `profile.0`..`profile.11`). */
export function validateStep(state: WizardState, step: StepId, today: Date = new Date(), lang: Language = "en"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const d of fieldDefs(today)) {
    if (d.step !== step) continue;
    const m = validateField(state, d.key, today, lang);
    if (m) errors[d.key] = m;
  }
  if (step === "power") {
    for (let i = 0; i < 12; i++) {
      const m = validateProfileCell(state, i, lang);
      if (m) errors[`profile.${i}`] = m;
    }
  }
  if (step === "review") {
    const e = errorOf(() => resolveInputs(toModelInputs(state, today), today));
    if (e) errors.model = lang === "en" ? e.message : errorText(e, lang);
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
