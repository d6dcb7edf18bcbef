/*
 * What finance users type, read forgivingly and exactly: thousands separators ("3,560,000",
 * "3 560 000"), percentages where the input is a fraction ("25%" → 0.25, "2.5 %" → 0.025), and months
 * as "2027-01" or "2027-01-01". The result is a plain decimal string (exact, as the core reads it) or
 * a message in words; anything else (a preset name, a typo) is passed on for the core to judge.
 */
import { D } from "../../core/decimal";
import { NUMERIC } from "../../core/model/inputs";
import { translator } from "../../i18n";

/** A number as the core reads it (its own pattern). */
const PLAIN = NUMERIC;
/** Digits grouped in threes by commas: 3,560,000 or 1,234.5. */
const COMMA_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** Digits grouped in threes by spaces (ordinary, no-break, thin or narrow no-break): 3 560 000. */
const SPACE_GROUPED = /^[+-]?\d{1,3}([ \u00a0\u2009\u202f]\d{3})+(\.\d*)?$/;
/** A decimal comma ("1,5", "12,75", "3,14159"): not a thousands separator, so refused with advice. */
const DECIMAL_COMMA = /^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$/;

export type Typed =
  | { readonly kind: "number"; readonly value: string }
  | { readonly kind: "other"; readonly value: string }
  | { readonly kind: "error"; readonly code: TypedErrorCode; readonly raw: string; readonly message: string };

/** What the wizard cannot read as typed: a decimal comma, a % after no number, a % where the input is no fraction. */
export type TypedErrorCode = "decimalComma" | "beforePercent" | "notPercent";

const typedError = (code: TypedErrorCode, raw: string): Typed => ({ kind: "error", code, raw, message: translator("en")(`pane.typed.${code}`, { raw }) });

/**
 * Reads a typed number.
 *
 * @param raw - what was typed
 * @param fraction - whether the input is a fraction, so that a percentage means value / 100
 * @returns the plain decimal string, the text unchanged when it is no number at all (a preset name),
 *   or a message for a number the field cannot take in that form
 */
export function readNumber(raw: string, fraction: boolean): Typed {
  let s = raw.trim();
  if (s === "") return { kind: "other", value: "" };
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (/^[+-]?0,/.test(s)) return typedError("decimalComma", raw.trim());
  if (COMMA_GROUPED.test(s)) s = s.replace(/,/g, "");
  else if (SPACE_GROUPED.test(s)) s = s.replace(/[ \u00a0\u2009\u202f]/g, "");
  else if (DECIMAL_COMMA.test(s)) return typedError("decimalComma", raw.trim());
  if (!PLAIN.test(s)) return percent ? typedError("beforePercent", raw.trim()) : { kind: "other", value: raw.trim() };
  if (percent) {
    if (!fraction) return typedError("notPercent", raw.trim());
    return { kind: "number", value: D(s).div(100).toString() };
  }
  return { kind: "number", value: s };
}

/**
 * Reads a typed month for a first-of-month field: "2027-01", "2027-1" or "2027-01-01" → "2027-01".
 * Another day of the month, or anything else, is passed on unchanged for the core's message.
 */
export function readMonth(raw: string): string {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (!m || (m[3] !== undefined && Number(m[3]) !== 1)) return s;
  return `${m[1]}-${m[2]!.padStart(2, "0")}`;
}

/** Reads a typed date: "2026-01-12", "2026-1-5", or a month "2026-01" (its first day) → "YYYY-MM-DD". */
export function readDate(raw: string): string {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (!m) return s;
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${(m[3] ?? "1").padStart(2, "0")}`;
}

/** A plain decimal string as a JSON number when the number is exactly that decimal; else the string (exact). */
export function asJsonNumber(value: string): number | string {
  if (!PLAIN.test(value)) return value;
  const n = Number(value);
  return Number.isFinite(n) && D(n).eq(D(value)) ? n : value;
}

/** A default for display: thousands separated ("712,000"), fractions as they are ("0.025"). */
export function formatDefault(value: string): string {
  if (!PLAIN.test(value)) return value;
  const [int, frac] = value.replace(/^\+/, "").split(".") as [string, string | undefined];
  if (/[eE]/.test(value) || int.replace("-", "").length < 4) return value;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
