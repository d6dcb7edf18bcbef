/*
 * Excel's rules for the preview's Excel stand-in: which sheet names Excel refuses, and what Excel
 * (en-US) makes of a string written into a cell. Written independently of the add-in (nothing here
 * imports src/), so the preview catches the add-in breaking a rule instead of repeating its mistakes.
 */

const MAX_SHEET_NAME_UNITS = 31;
const FORBIDDEN_IN_SHEET_NAMES = "[]:*?/\\";

/**
 * The key under which two sheet names count as one. Excel ignores case but does not document its
 * folding; upper- then lower-casing (full Unicode mapping, no locale tailoring) approximates
 * Unicode case folding and errs on the strict side: "ß" matches "SS", the Kelvin sign matches "K".
 */
function sheetNameKey(name: string): string {
  return name.toUpperCase().toLowerCase();
}

function hex(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Why Excel would refuse `name` as a sheet name, or undefined when it would accept it. */
function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "it is blank";
  if (name.length > MAX_SHEET_NAME_UNITS) return `it is ${name.length} characters long; the limit is ${MAX_SHEET_NAME_UNITS}`;
  if (name.startsWith("'") || name.endsWith("'")) return "it begins or ends with an apostrophe";
  if (sheetNameKey(name) === sheetNameKey("History")) return "it matches History, a name Excel reserves";
  for (let i = 0; i < name.length; i++) {
    const char = name.charAt(i);
    const unit = name.charCodeAt(i);
    if (FORBIDDEN_IN_SHEET_NAMES.includes(char)) return `it contains ${char}`;
    // C0 controls, DEL and C1 controls: XML 1.0 (an .xlsx is XML) cannot hold C0 controls, and
    // Excel's own UI offers no way to type any of them into a sheet tab.
    if (unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f)) return `it contains the control character ${hex(unit)}`;
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    const next = name.charCodeAt(i + 1); // NaN past the end
    if (high && next >= 0xdc00 && next <= 0xdfff) i++; // a surrogate pair: one character
    else if (high || low) return `it contains the unpaired surrogate ${hex(unit)}`;
  }
  return undefined;
}

/**
 * Throws what Excel reports when asked to add a sheet called `name` next to `existing`: an
 * invalid name (too long, a forbidden or control character, an unpaired surrogate, an apostrophe
 * at either end, blank, or "History"), or one that differs from an existing sheet's only in case.
 */
export function checkSheetName(name: string, existing: readonly string[]): void {
  const problem = sheetNameProblem(name);
  if (problem !== undefined) throw new Error(`The sheet name "${name}" is not valid: ${problem}.`);
  const key = sheetNameKey(name);
  if (existing.some((other) => sheetNameKey(other) === key)) throw new Error(`A sheet named "${name}" already exists.`);
}

export type TypedValue =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "formula"; value: string };

/** The error values Excel recognises when they are typed as constants. */
const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

/** Excel's largest typed number (its specifications and limits); anything larger stays text. */
const MAX_TYPED_NUMBER = 9.99999999999999e307;

/**
 * A number as Excel en-US reads it: an optional sign, an optional "$", digits (grouped by commas
 * in threes, or not grouped at all), an optional decimal part, an optional exponent and an optional
 * trailing "%". Captures: sign, mantissa, exponent, percent.
 */
const NUMBER = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)(?:e([+-]?\d+))?(%?)$/i;

/** Year-first dates: 2026-01-02, 2026/1/2 (one separator throughout). */
const YEAR_FIRST_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
/** Month-first dates, the en-US order: 1/2/2026 is January 2 (also 1-2-2026). */
const MONTH_FIRST_DATE = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;

const MS_PER_DAY = 86_400_000;

/** Upper-cases a-z only, so look-alikes such as "ſ" (long s, upper-cased "S") do not pass as TRUE or FALSE. */
function asciiUpper(text: string): string {
  return text.replace(/[a-z]/g, (c) => c.toUpperCase());
}

function parseNumber(text: string): number | undefined {
  // Accounting style: "(3)" is -3. The bracketed part must be unsigned: "(-3)" stays text.
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) {
    const inner = bracketed[1] ?? "";
    const value = /^[+-]/.test(inner) ? undefined : parseNumber(inner);
    return value === undefined ? undefined : 0 - value; // 0 - 0 is 0; -0 would be a negative zero
  }
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const [, sign = "", mantissa = "", exponent = "0", percent = ""] = m;
  if (!/\d/.test(mantissa)) return undefined; // "$", ".", "%" alone are text
  // Shift the exponent for "%" rather than dividing by 100, so "1.1%" is the double nearest 0.011.
  const power = Number(exponent) - (percent === "%" ? 2 : 0);
  const value = Number(`${sign}${mantissa.replace(/,/g, "")}e${power}`);
  if (Math.abs(value) > MAX_TYPED_NUMBER) return undefined;
  return Object.is(value, -0) ? 0 : value; // Excel has no negative zero
}

/**
 * The 1900-system serial of a date, or undefined when Excel has no such date. Serial 1 is
 * 1900-01-01; Excel keeps Lotus 1-2-3's fictitious 1900-02-29 as serial 60, so real dates from
 * 1900-03-01 on are one more than their day count from 1899-12-31.
 */
function dateSerial(year: number, month: number, day: number): number | undefined {
  if (year === 1900 && month === 2 && day === 29) return 60;
  if (year < 1900) return undefined; // the 1900 system starts there; the regexes cap years at 9999
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined; // e.g. 2/30, month 13
  const days = (time - Date.UTC(1899, 11, 31)) / MS_PER_DAY;
  return days >= 60 ? days + 1 : days;
}

function parseDate(text: string): number | undefined {
  const ymd = YEAR_FIRST_DATE.exec(text);
  if (ymd) return dateSerial(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]));
  const mdy = MONTH_FIRST_DATE.exec(text);
  if (mdy) return dateSerial(Number(mdy[4]), Number(mdy[1]), Number(mdy[3]));
  return undefined;
}

/** A boolean, error, number or date constant, recognised as Excel does after dropping surrounding spaces. */
function constantValue(text: string): TypedValue | undefined {
  // Excel ignores spaces around a typed number (" 12 " is 12); assumed the same for the others.
  const trimmed = text.replace(/^ +| +$/g, "");
  const upper = asciiUpper(trimmed);
  // Excel's parser knows the boolean and error keywords in any case and stores them upper-cased.
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  const error = ERROR_LITERALS.find((e) => e === upper);
  if (error !== undefined) return { kind: "error", value: error };
  // A date is just a number in Excel (its serial), so both come back as kind "number".
  const number = parseNumber(trimmed) ?? parseDate(trimmed);
  return number === undefined ? undefined : { kind: "number", value: number };
}

/**
 * What Excel (en-US) stores for `text` written as a constant through `range.values` or
 * `range.formulas`, or typed into a cell. In order:
 *   - "=…" is a formula, as written (a leading space makes it text: Excel does not skip it).
 *   - A leading apostrophe marks text; the one apostrophe is not part of the value.
 *   - TRUE/FALSE in any case is a boolean; #N/A, #VALUE!, … in any case is that error.
 *   - Numbers: "1e5", "0001", "1,234.5", "-3", "+5", "(3)" (-3), "50%" (0.5), "$1,000", " 12 ".
 *     Beyond 9.99999999999999E+307 it stays text. Excel also keeps only 15 significant digits;
 *     that truncation is not modelled.
 *   - Dates 2026-01-02, 2026/1/2 and 1/2/2026 (month first) are their date serials; Excel also
 *     gives the cell a date format, which this does not report.
 *   - Anything else that starts with "+" or "-" and has more after it is a formula to Excel (the
 *     Lotus habit; the Range.values documentation says so): "-capex" becomes =-capex, which Excel
 *     evaluates to #NAME? or refuses. The value returned is the formula Excel would store, "=" + text.
 *     A "+" or "-" followed by a number is that number (above), as when typed.
 *   - Everything else is text, "" included.
 * Not covered (all text here, though Excel converts them): times, month names ("Jan 2, 2026"),
 * two-part and two-digit-year dates ("1/2", "1/2/26"), fractions ("1 1/2").
 */
export function typedValue(text: string): TypedValue {
  // "=" is how every formula starts; checked first, so "=TRUE" is a formula, not a boolean.
  if (text.startsWith("=")) return { kind: "formula", value: text };
  // The apostrophe is Excel's "keep this as text" prefix, so "'1/2" and "'=x" stay as written.
  if (text.startsWith("'")) return { kind: "text", value: text.slice(1) };
  const constant = constantValue(text);
  if (constant !== undefined) return constant;
  // Lotus 1-2-3 users start formulas with + or -; Excel still reads them so once no constant fits.
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) return { kind: "formula", value: `=${text}` };
  return { kind: "text", value: text };
}
