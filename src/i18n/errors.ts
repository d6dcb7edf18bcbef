/*
 * The core's errors in the user's language. English is the core's own message, unchanged; another
 * language writes the whole sentence from the error's detail (src/core/errors.ts) with the resources in
 * errorResources.ts, naming the input by its label (the caller's, or the inputs' labels in RESOURCES)
 * and showing the value given. Number requirements and text lengths use the wording of the sheet's
 * input checks (workbook/inputRules.ts), so the wizard, the sheet and the command line say the same.
 */
import type { Bounds, ErrorDetail, ModelError, ShownValue, Subject } from "../core/errors";
import { rangeText, subjectPath, type NumberSpec } from "../core/params";
import { entryOf, PARTS } from "../core/model/catalogue";
import { SCENARIO_NAMES } from "../core/model/inputs";
import { MONTH_NAMES } from "../data/hydro";
import { ruleMessage, ruleMessageZh, type CellRule } from "../workbook/inputRules";
import { translator, type Language } from "./index";
import { MONTH_NAMES_ZH, UNITS_ZH } from "./sheet.zh-CN";

/**
 * How a caller names an input, or undefined to use the inputs' labels. It is asked first with the
 * whole subject as the English message writes it ("poolFee", "miner.powerW", "capexItems[0].usd",
 * "hydroShareByMonth[3]", "scenarios.bear.btcPriceUsd", or a Monte Carlo setting such as "paths"),
 * then, to name a part of a structured input, with the part's key ("btcPriceUsd", "capexItems").
 * Its answer is used as it is (with a unit if the caller wants one); the inputs' own labels get
 * their unit from the catalogue where a number's range is stated.
 */
export type LabelOf = (key: string) => string | undefined;

type T = (key: string, values?: Record<string, string>) => string;

/** A name, and the catalogue unit to add to it in a sentence about a number. */
interface Named {
  readonly text: string;
  readonly unit?: string;
}

/** The sheet's requirement sentences by language (ruleMessage is the core's English `requirement`). */
const RULE_MESSAGE: Readonly<Record<Language, (label: string, rule: CellRule) => string>> = { en: ruleMessage, "zh-CN": ruleMessageZh };
const MONTHS: Readonly<Record<Language, readonly string[]>> = { en: MONTH_NAMES, "zh-CN": MONTH_NAMES_ZH };
const UNITS: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: {}, "zh-CN": UNITS_ZH };

/** Resource keys of the names of inputs that are not in the catalogue (structured inputs and parts). */
const LABEL_KEYS: Readonly<Record<string, string>> = {
  siteName: "error.label.siteName",
  miner: "error.label.miner",
  "miner.name": "error.label.minerName",
  "miner.hashrateThS": "error.label.minerHashrateThS",
  "miner.powerW": "error.label.minerPowerW",
  "miner.priceUsdPerTh": "input.minerPriceUsdPerTh",
  hydroShareByMonth: "sheet.profile",
  capexItems: "sheet.capexItems",
  opexItems: "sheet.opexItems",
  scenarios: "error.label.scenarios",
};

/** The unit of a catalogue input or part, by key. */
function unitOf(key: string): string | undefined {
  return entryOf(key)?.unit ?? Object.values(PARTS).find((p) => p.key === key)?.unit;
}

/**
 * A ModelError as a message in `lang`: English is the core's message itself; another language is
 * written from the error's detail (or, for an error without one, a sentence that quotes the English).
 *
 * @param labelOf - the caller's names of the inputs (see LabelOf); default: the inputs' labels
 */
export function errorText(e: ModelError, lang: Language, labelOf?: LabelOf): string {
  if (lang === "en") return e.message;
  if (e.detail === undefined) return tr(lang)(`error.fallback.${e.code}`, { message: e.message });
  return detailText(e.detail, lang, labelOf);
}

/**
 * A detail as a whole sentence in `lang`. In English it is the message the core writes for it, with
 * inputs named by their keys; in another language inputs are named by their labels.
 */
export function detailText(d: ErrorDetail, lang: Language, labelOf?: LabelOf): string {
  const t = tr(lang);
  const english = lang === "en";
  const list = (items: readonly string[]) => items.join(t("error.listSeparator"));
  const got = (v: ShownValue) => shown(t, v);
  /** A subject's name: its key path in English, its label elsewhere (with its unit when `withUnit`). */
  const name = (s: Subject, withUnit = false) => (english ? subjectPath(s) : unitAdded(t, lang, nameOf(t, lang, s, labelOf), withUnit));
  /** A plain key's name (a scalar input, a setting). */
  const keyName = (key: string, resourceKey: string) => (english ? key : (labelOf?.(key) ?? t(resourceKey)));
  const requirement = (label: string, spec: NumberSpec) => RULE_MESSAGE[lang](label, { kind: "number", spec });

  switch (d.kind) {
    case "range":
    case "notNumber": {
      const { kind: _kind, name: englishName, subject, what, got: _got, ...bounds } = d;
      const label = english ? englishName : name(subject, true);
      return t(`error.${d.kind}`, { requirement: requirement(label, { name: label, what, ...bounds }), got: got(d.got) });
    }
    case "date":
      return t("error.date", { name: name(d.subject), got: got(d.got) });
    case "notBoolean":
      return t("error.notBoolean", { name: name(d.subject), got: got(d.got) });
    case "textLength": {
      const label = name(d.subject);
      const message = d.minLength >= 1 ? RULE_MESSAGE[lang](label, { kind: "text", maxLength: d.maxLength }) : t("error.textMax", { name: label, max: String(d.maxLength) });
      return d.got === undefined ? message : t("error.withGot", { message, got: got(d.got) });
    }
    case "unknownKey":
      return d.where === undefined
        ? t("error.unknownKey", { key: d.key, known: list(d.known) })
        : t("error.unknownKeyIn", { where: name(d.where), key: d.key, known: list(d.known) });
    case "unknownPreset":
      return t("error.unknownPreset", { name: english ? d.field : name(d.subject), preset: d.name, known: list(d.known) });
    case "unknownMiner":
      return t("error.unknownMiner", { name: english ? d.field : name(d.subject), model: d.name, known: list(d.known) });
    case "inputsNotObject":
      return t("error.inputsNotObject", { got: got(d.got) });
    case "minerType":
      return t("error.minerType", { name: name({ key: "miner" }), known: list(d.known), got: got(d.got) });
    case "lineItemsNotList":
    case "lineItemNotObject":
    case "lineItemCurrency":
      return t(`error.${d.kind}`, { name: name(d.subject), ...(d.kind !== "lineItemCurrency" && { got: got(d.got) }) });
    case "profileLength":
      return t("error.profileLength", { name: name(d.subject), length: String(d.length), got: got(d.got) });
    case "scenariosNotObject":
      return t("error.scenariosNotObject", { name: name({ key: "scenarios" }), got: got(d.got) });
    case "unknownScenario":
      return t("error.unknownScenario", { name: name({ key: "scenarios" }), scenario: d.name, known: list(d.known) });
    case "scenarioNotObject":
      return t("error.scenarioNotObject", { name: name({ key: "scenarios", scenario: d.scenario }), got: got(d.got) });
    case "startNotFirstOfMonth":
      return t("error.startNotFirstOfMonth", { name: name(d.subject), date: d.date });
    case "startPastCalendar":
      return t("error.startPastCalendar", { name: name(d.subject), date: d.date, horizon: keyName("horizonMonths", "input.horizonMonths"), months: String(d.horizonMonths) });
    case "startBeforeBlockZero":
      return t("error.startBeforeBlockZero", {
        name: name(d.subject),
        date: d.date,
        heightName: keyName("halvingAnchorHeight", "input.halvingAnchorHeight"),
        height: d.anchorHeight,
        anchorDate: d.anchorDate,
      });
    case "asOfTooFar":
      return t("error.asOfTooFar", { name: name(d.subject), date: d.date, start: d.start, months: String(d.months), max: String(d.maxMonths) });
    case "noBtcEarned":
      return t("error.noBtcEarned");
    case "monteCarloSetting": {
      const { kind: _kind, setting, got: _got, ...bounds } = d;
      return t(`error.monteCarlo.${setting}`, { name: keyName(setting, `error.setting.${setting}`), range: rangeWords(t, bounds), got: got(d.got) });
    }
    case "tornadoSwing": {
      const { kind: _kind, got: _got, ...bounds } = d;
      return t("error.tornadoSwing", { range: rangeWords(t, bounds), got: got(d.got) });
    }
    case "gridSize":
      return t("error.gridSize", { min: String(d.min), max: String(d.max), got: got(d.got) });
  }
}

function tr(lang: Language): T {
  return translator(lang) as unknown as T;
}

/** A domain in words: "in [0, 1)" / "范围 [0, 1)"; a one-sided bound in symbols ("> −1", "≥ 0"). */
function rangeWords(t: T, b: Bounds): string {
  const text = rangeText({ name: "", what: "", ...b });
  return text.startsWith("in ") ? t("error.interval", { interval: text.slice(3) }) : text;
}

/** A value given, as the language shows it back; numbers and TRUE/FALSE as they are. */
function shown(t: T, v: ShownValue): string {
  switch (v.type) {
    case "number":
      return v.text;
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    case "text":
    case "other":
      return t(`error.value.${v.type}`, { text: v.text });
    case "list":
      return v.length === undefined ? t("error.value.list") : t("error.value.listOf", { length: String(v.length) });
    default:
      return t(`error.value.${v.type}`);
  }
}

/** A name with its unit added (the unit in the language's words), when asked and known. */
function unitAdded(t: T, lang: Language, n: Named, withUnit: boolean): string {
  if (!withUnit || n.unit === undefined) return n.text;
  const unit = UNITS[lang][n.unit] ?? n.unit;
  return unit === "" ? n.text : t("error.withUnit", { name: n.text, unit });
}

/** An input's or part's own label: the caller's, else the catalogue's in the language (with its unit). */
function labelFor(t: T, key: string, labelOf: LabelOf | undefined): Named {
  const given = labelOf?.(key);
  if (given !== undefined) return { text: given };
  const resourceKey = entryOf(key) !== undefined ? `input.${key}` : LABEL_KEYS[key];
  return resourceKey === undefined ? { text: key } : { text: t(resourceKey), unit: unitOf(key) };
}

/** A subject's name in a language other than English: the caller's name of it, or one composed from its parts' labels. */
function nameOf(t: T, lang: Language, s: Subject, labelOf: LabelOf | undefined): Named {
  const whole = labelOf?.(subjectPath(s));
  if (whole !== undefined) return { text: whole };
  if (s.scenario !== undefined) {
    const scenario = (SCENARIO_NAMES as readonly string[]).includes(s.scenario) ? t(`report.scenarios.${s.scenario}`) : s.scenario;
    if (s.part === undefined) return { text: t("error.subject.scenario", { scenario }) };
    const part = labelFor(t, s.part, labelOf);
    return { text: t("error.subject.scenarioInput", { scenario, name: part.text }), unit: part.unit };
  }
  if (s.index !== undefined) {
    const whole = labelFor(t, s.key, labelOf);
    if (s.key === "hydroShareByMonth") return { text: t("error.subject.month", { name: whole.text, month: MONTHS[lang][s.index] ?? String(s.index + 1) }), unit: whole.unit };
    const n = String(s.index + 1);
    if (s.part === undefined) return { text: t("error.subject.item", { name: whole.text, n }) };
    if (s.part === "label") return { text: t("error.subject.itemLabel", { name: whole.text, n }) };
    return { text: t("error.subject.itemAmount", { name: whole.text, n, currency: s.part.toUpperCase() }) };
  }
  return labelFor(t, s.part === undefined ? s.key : `${s.key}.${s.part}`, labelOf);
}
