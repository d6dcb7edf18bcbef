/*
 * The model sheet's name: "Model <site name>" made valid and unique under Excel's sheet-name rules,
 * as pure string work (no Office types), so the wizard never asks Excel for a name it refuses.
 *
 * A valid name has 1 to 31 UTF-16 code units, is not blank, contains none of [ ] : * ? / \,
 * neither starts nor ends with an apostrophe and is not "History" (Excel reserves it for change
 * tracking); it also has no control character (C0, DEL, C1) and no lone surrogate, which no sheet
 * tab should hold and an .xlsx file's XML cannot carry faithfully. Excel compares sheet names ignoring
 * case; here two names are the same when they agree after upper- then lower-casing (full Unicode
 * case mapping, no locale tailoring), which also pairs "ß" with "SS" and the Kelvin sign with "K".
 * Excel does not document its folding, so this errs on the side of calling two names the same:
 * a mismatch then costs an unneeded " (2)" rather than a name Excel rejects as taken.
 */

const MAX_UNITS = 31;
/** The sheets of a model: the model sheet, its schedule and its summary, each "<Kind> <site name>". */
export type SheetKind = "model" | "schedule" | "summary";
const PREFIX: Readonly<Record<SheetKind, string>> = { model: "Model ", schedule: "Schedule ", summary: "Summary " };
const FALLBACK: Readonly<Record<SheetKind, string>> = { model: "Jilin model", schedule: "Jilin schedule", summary: "Jilin summary" };
/** The same in Chinese, for a workbook written in Chinese. */
const PREFIX_ZH: Readonly<Record<SheetKind, string>> = { model: "模型 ", schedule: "现金流表 ", summary: "摘要 " };
const FALLBACK_ZH: Readonly<Record<SheetKind, string>> = { model: "吉林模型", schedule: "吉林现金流表", summary: "吉林摘要" };
const RESERVED = ["History"];

const FORBIDDEN = /[[\]:*?/\\]/;
// eslint-disable-next-line no-control-regex -- the pattern exists to find control characters
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// With the u flag a surrogate pair is one code point, so \p{Cs} matches only lone halves.
const LONE_SURROGATE = /\p{Cs}/u;
const EDGE_APOSTROPHE = /^'|'$/;

/** A model sheet's name when none is chosen (the command line's file): "Jilin model", 吉林模型, … */
export function defaultSheetName(kind: SheetKind, lang: "en" | "zh-CN" = "en"): string {
  return (lang === "zh-CN" ? FALLBACK_ZH : FALLBACK)[kind];
}

/** The key under which Excel would consider two sheet names equal (see the header). */
function sameNameKey(name: string): string {
  return name.toUpperCase().toLowerCase();
}

/**
 * Whether Excel accepts `name` as a sheet name (uniqueness aside). Leading, trailing and repeated
 * spaces are allowed: Excel accepts them, `sheetNameFor` merely never produces them.
 */
export function isValidSheetName(name: string): boolean {
  return (
    name.length <= MAX_UNITS &&
    name.trim() !== "" &&
    !FORBIDDEN.test(name) &&
    !CONTROL.test(name) &&
    !LONE_SURROGATE.test(name) &&
    !EDGE_APOSTROPHE.test(name) &&
    !RESERVED.some((r) => sameNameKey(r) === sameNameKey(name))
  );
}

/** Drops whitespace and apostrophes from both ends; removing one can expose the other, so both go together. */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/**
 * `text` with every character Excel refuses replaced and its whitespace tidied, not yet shortened.
 * Lone surrogates become U+FFFD, as a UTF-8 encoder (such as the one writing the .xlsx file) would
 * turn them anyway, and the replacement keeps a visible mark where something was. Forbidden and
 * control characters become spaces so the words around them stay apart; then every run of
 * whitespace (including no-break and ideographic spaces) becomes one ASCII space.
 */
function cleanName(text: string): string {
  const replaced = Array.from(text, (codePoint) => {
    if (LONE_SURROGATE.test(codePoint)) return "\uFFFD";
    return FORBIDDEN.test(codePoint) || CONTROL.test(codePoint) ? " " : codePoint;
  });
  return trimEnds(replaced.join("").replace(/\s+/g, " "));
}

/** The longest start of `text` within `maxUnits` UTF-16 units that does not split a surrogate pair. */
function cutToUnits(text: string, maxUnits: number): string {
  let out = "";
  for (const codePoint of text) {
    if (out.length + codePoint.length > maxUnits) break;
    out += codePoint;
  }
  return out;
}

/**
 * The sheet name for a model of `siteName`: "Model <site name>" cleaned (see `cleanName`) and cut
 * to 31 units, or "Jilin model" when nothing printable is left of the site name (e.g. "???"), then
 * made unique among `existing` by appending " (2)", " (3)", … with the base shortened to fit.
 * The schedule and summary sheets (`kind`) are named the same way: "Schedule <site name>",
 * "Summary <site name>", or "Jilin schedule" and "Jilin summary".
 * Cuts fall on code-point boundaries; a combining mark or the second half of a flag can still be
 * cut off its base character, which leaves a valid, merely odd-looking, name.
 */
export function sheetNameFor(siteName: string, existing: readonly string[], kind: SheetKind = "model", lang: "en" | "zh-CN" = "en"): string {
  const [prefix, fallback] = lang === "zh-CN" ? [PREFIX_ZH, FALLBACK_ZH] : [PREFIX, FALLBACK];
  const base = cleanName(siteName) === "" ? fallback[kind] : cleanName(prefix[kind] + siteName);
  const taken = new Set([...RESERVED, ...existing].map(sameNameKey));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = trimEnds(cutToUnits(base, MAX_UNITS - suffix.length)) + suffix;
    if (!taken.has(sameNameKey(name))) return name;
  }
}
