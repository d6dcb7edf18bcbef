/*
 * The core's errors in the user's language. English is the core's own message, unchanged; another
 * language writes the whole sentence from the error's detail (src/core/errors.ts) with the sentences of
 * errorSentences.ts, naming the input by its label (the caller's, or the inputs' labels in RESOURCES)
 * and showing the value given. Number requirements and text lengths use the wording of the sheet's
 * input checks (ruleMessages.ts), so the wizard, the sheet and the command line say the same.
 */
import type { ErrorDetail, ModelError, Subject } from "../core/errors";
import { subjectPath } from "../core/params";
import { entryOf, PARTS } from "../core/model/catalogue";
import { SCENARIO_NAMES } from "../core/model/inputs";
import { detailSentence, messageText, type Naming } from "./errorSentences";
import { translator, type Language } from "./index";
import { UNITS_ZH } from "./sheet.zh-CN";
import { monthNames } from "./language";

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
  return messageText(e, lang, labels(lang, labelOf));
}

/**
 * A detail as a whole sentence in `lang`. In English it is the message the core writes for it, with
 * inputs named by their keys; in another language inputs are named by their labels.
 */
export function detailText(d: ErrorDetail, lang: Language, labelOf?: LabelOf): string {
  return detailSentence(d, lang, labels(lang, labelOf));
}

/** Inputs named by their labels in `lang`: the caller's, else the catalogue's (with units where a range is stated). */
function labels(lang: Language, labelOf: LabelOf | undefined): Naming {
  // Looked up when a name is asked for: an English message needs none.
  const t: T = (key, values) => (translator(lang) as unknown as T)(key, values);
  return {
    subject: (s, withUnit) => unitAdded(t, lang, nameOf(t, lang, s, labelOf), withUnit),
    key: (key, resourceKey) => labelOf?.(key) ?? t(resourceKey),
  };
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
    if (s.key === "hydroShareByMonth") return { text: t("error.subject.month", { name: whole.text, month: monthNames(lang)[s.index] ?? String(s.index + 1) }), unit: whole.unit };
    const n = String(s.index + 1);
    if (s.part === undefined) return { text: t("error.subject.item", { name: whole.text, n }) };
    if (s.part === "label") return { text: t("error.subject.itemLabel", { name: whole.text, n }) };
    return { text: t("error.subject.itemAmount", { name: whole.text, n, currency: s.part.toUpperCase() }) };
  }
  return labelFor(t, s.part === undefined ? s.key : `${s.key}.${s.part}`, labelOf);
}
