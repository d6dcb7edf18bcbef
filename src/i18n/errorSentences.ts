/*
 * The sentence of each kind of ModelError detail (src/core/errors.ts) in a language, from the texts of
 * errorResources.ts. How a sentence names an input is the caller's (Naming): errors.ts names model inputs
 * by their labels; without a Naming, inputs and parameters keep the names the English message gives them,
 * which is how the JILIN functions name their parameters in every language. This module carries neither
 * i18next nor the other texts, so the custom functions' bundle can include it.
 */
import type { Bounds, ErrorDetail, ModelError, ShownValue, Subject } from "../core/errors";
import { rangeText, subjectPath, type NumberSpec } from "../core/params";
import { ruleMessage, ruleMessageZh, type CellRule } from "./ruleMessages";
import { en, zhCN } from "./errorResources";
import type { Language } from "./resources";
import { monthNames } from "./language";

/** How a sentence in a language other than English names what it is about. */
export interface Naming {
  /** A subject (an input or a part of one); `withUnit` in a sentence that states a number's range. */
  readonly subject: (s: Subject, withUnit: boolean) => string;
  /** A plain key (a scalar input, a Monte Carlo setting); `resourceKey` is its label's key among RESOURCES' texts. */
  readonly key: (key: string, resourceKey: string) => string;
}

/** Names as the English message writes them: key paths and keys, a JILIN function's parameter names. */
const AS_WRITTEN: Naming = { subject: (s) => subjectPath(s), key: (key) => key };

type Say = (key: string, values?: Readonly<Record<string, string>>) => string;

const TEXTS: Readonly<Record<Language, typeof en>> = { en, "zh-CN": zhCN };
/** The sheet's requirement sentences by language (ruleMessage is the core's English `requirement`). */
const RULE_MESSAGE: Readonly<Record<Language, (label: string, rule: CellRule) => string>> = { en: ruleMessage, "zh-CN": ruleMessageZh };

/**
 * A text of errorResources.ts in `lang` (a dotted key below `error`), with its placeholders filled in
 * once, as i18next does: a value that itself looks like a placeholder is shown as it is, and a missing
 * text is its key.
 */
function sayIn(lang: Language): Say {
  return (key, values = {}) => {
    const text = key.split(".").reduce<unknown>((node, part) => (node as Readonly<Record<string, unknown>> | undefined)?.[part], TEXTS[lang]);
    return typeof text === "string" ? text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder) : key;
  };
}

/**
 * A ModelError as a message in `lang`: English is the core's message itself; another language is
 * written from the error's detail (or, for an error without one, a sentence that quotes the English).
 */
export function messageText(e: ModelError, lang: Language, naming?: Naming): string {
  if (lang === "en") return e.message;
  if (e.detail === undefined) return sayIn(lang)(`fallback.${e.code}`, { message: e.message });
  return detailSentence(e.detail, lang, naming);
}

/**
 * A detail as a whole sentence in `lang`. In English it is the message the core writes for it, byte for
 * byte; in another language inputs are named by `naming` (default: as the English message names them).
 */
export function detailSentence(d: ErrorDetail, lang: Language, naming: Naming = AS_WRITTEN): string {
  const say = sayIn(lang);
  const english = lang === "en";
  const names = english ? AS_WRITTEN : naming;
  const list = (items: readonly string[]) => items.join(say("listSeparator"));
  const got = (v: ShownValue) => shown(say, v);
  const name = (s: Subject, withUnit = false) => names.subject(s, withUnit);
  const requirement = (label: string, spec: NumberSpec) => RULE_MESSAGE[lang](label, { kind: "number", spec });
  /** What a number must be, in the words the sheet puts after a name ("必须是数值，> 0"): for a sentence that names it first. */
  const mustBe = (spec: NumberSpec) => requirement("", spec);

  switch (d.kind) {
    case "range":
    case "notNumber": {
      const { kind: _kind, name: englishName, subject, what, got: _got, ...bounds } = d;
      const label = english ? englishName : name(subject, true);
      return say(d.kind, { requirement: requirement(label, { name: label, what, ...bounds }), got: got(d.got) });
    }
    case "date":
      return say("date", { name: name(d.subject), got: got(d.got) });
    case "notBoolean":
      return say("notBoolean", { name: name(d.subject), got: got(d.got) });
    case "textLength": {
      const label = name(d.subject);
      const message = d.minLength >= 1 ? RULE_MESSAGE[lang](label, { kind: "text", maxLength: d.maxLength }) : say("textMax", { name: label, max: String(d.maxLength) });
      return d.got === undefined ? message : say("withGot", { message, got: got(d.got) });
    }
    case "unknownKey":
      return d.where === undefined
        ? say("unknownKey", { key: d.key, known: list(d.known) })
        : say("unknownKeyIn", { where: name(d.where), key: d.key, known: list(d.known) });
    case "unknownPreset":
      return say("unknownPreset", { name: english ? d.field : name(d.subject), preset: d.name, known: list(d.known) });
    case "unknownMiner":
      return say("unknownMiner", { name: english ? d.field : name(d.subject), model: d.name, known: list(d.known) });
    case "inputsNotObject":
      return say("inputsNotObject", { got: got(d.got) });
    case "minerType":
      return say("minerType", { name: name({ key: "miner" }), known: list(d.known), got: got(d.got) });
    case "lineItemsNotList":
    case "lineItemNotObject":
    case "lineItemCurrency":
      return say(d.kind, { name: name(d.subject), ...(d.kind !== "lineItemCurrency" && { got: got(d.got) }) });
    case "profileLength":
      return say("profileLength", { name: name(d.subject), length: String(d.length), got: got(d.got) });
    case "scenariosNotObject":
      return say("scenariosNotObject", { name: name({ key: "scenarios" }), got: got(d.got) });
    case "unknownScenario":
      return say("unknownScenario", { name: name({ key: "scenarios" }), scenario: d.name, known: list(d.known) });
    case "scenarioNotObject":
      return say("scenarioNotObject", { name: name({ key: "scenarios", scenario: d.scenario }), got: got(d.got) });
    case "startNotFirstOfMonth":
      return say("startNotFirstOfMonth", { name: name(d.subject), date: d.date });
    case "startPastCalendar":
      return say("startPastCalendar", { name: name(d.subject), date: d.date, horizon: names.key("horizonMonths", "input.horizonMonths"), months: String(d.horizonMonths) });
    case "startBeforeBlockZero":
      return say("startBeforeBlockZero", {
        name: name(d.subject),
        date: d.date,
        heightName: names.key("halvingAnchorHeight", "input.halvingAnchorHeight"),
        height: d.anchorHeight,
        anchorDate: d.anchorDate,
      });
    case "asOfTooFar":
      return say("asOfTooFar", { name: name(d.subject), date: d.date, start: d.start, months: String(d.months), max: String(d.maxMonths) });
    case "noBtcEarned":
      return say("noBtcEarned");
    case "monteCarloSetting": {
      const { kind: _kind, setting, got: _got, ...bounds } = d;
      return say(`monteCarlo.${setting}`, { name: names.key(setting, `error.setting.${setting}`), range: rangeWords(say, bounds), got: got(d.got) });
    }
    case "tornadoSwing": {
      const { kind: _kind, got: _got, ...bounds } = d;
      return say("tornadoSwing", { range: rangeWords(say, bounds), got: got(d.got) });
    }
    case "gridSize":
      return say("gridSize", { min: String(d.min), max: String(d.max), got: got(d.got) });
    // A function's argument details carry the parameter's name, `what` and domain: they serve as its NumberSpec.
    case "blankArgument":
      return say("blankArgument", { name: d.name, what: english ? `${d.what}${d.integer ? " (a whole number)" : ""} ${rangeText(d)}` : mustBe(d) });
    case "blankDate":
      return say("blankDate", { name: d.name });
    case "dateArgument":
    case "monthArgument":
      return say(d.kind, { name: d.name, max: String(d.maxSerial), got: got(d.got) });
    case "notRange":
      return say("notRange", { name: d.name, count: String(d.count), got: got(d.got) });
    case "rangeSize":
      return say("rangeSize", { name: d.name, count: String(d.count), cells: String(d.cells) });
    case "blankCell":
    case "badCell": {
      const n = String(d.cell);
      const cell = d.monthly === true ? say("cell.month", { month: monthNames(lang)[d.cell - 1] ?? n, n }) : say("cell.plain", { n });
      const what = english ? `${d.what} ${rangeText(d)}` : mustBe(d);
      return say(d.kind, { name: d.name, cell, what, ...(d.kind === "badCell" && { got: got(d.got) }) });
    }
    case "dateBeforeBlockZero":
      return say("dateBeforeBlockZero", { name: d.name, date: d.date, height: d.height, anchorHeight: d.anchorHeight });
    case "notModelName":
      return say("notModelName", { name: d.name, example: d.example, got: got(d.got) });
    case "oneOf":
      return say("oneOf", { name: d.name, options: list(d.options), got: got(d.got) });
  }
}

/** A domain in words: "in [0, 1)" / "范围 [0, 1)"; a one-sided bound in symbols ("> −1", "≥ 0"). */
function rangeWords(say: Say, b: Bounds): string {
  const text = rangeText({ name: "", what: "", ...b });
  return text.startsWith("in ") ? say("interval", { interval: text.slice(3) }) : text;
}

/** A value given, as the language shows it back; numbers and TRUE/FALSE as they are. */
function shown(say: Say, v: ShownValue): string {
  switch (v.type) {
    case "number":
      return v.text;
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    case "text":
    case "other":
      return say(`value.${v.type}`, { text: v.text });
    case "list":
      return v.length === undefined ? say("value.list") : say("value.listOf", { length: String(v.length) });
    default:
      return say(`value.${v.type}`);
  }
}
