/*
 * Reading Excel's arguments: blanks, numbers, Decimals, text, booleans and ranges as the JILIN
 * functions receive them, checked against their NumberSpecs (src/core/params.ts) so that every
 * message names the parameter, its unit and its range. Core only ever sees the values read here.
 */
import { D, Decimal } from "../core/decimal";
import { invalidInput } from "../core/errors";
import { boundsOf, checkRange, type Compiled, compile, describeShown, lookupPreset, type NumberSpec, rangeText, requirement, shownValue } from "../core/params";
import { isoToSerial, MAX_EXCEL_SERIAL } from "../core/excelDate";
import type { DataRecord } from "../data/record";
import { MONTH_NAMES } from "../data/hydro";

/** A blank cell or an omitted argument: Excel passes null, a test may pass undefined or "". */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * Doubles already converted to Decimal, shared because Decimals are immutable. A worksheet passes
 * the same constants (a power price, a network hashrate) to thousands of cells; parsing each once
 * is the largest saving available to a call. Bounded: cleared when full.
 */
const PARSED = new Map<number, Decimal>();
const PARSED_LIMIT = 1024;

function decimalOf(value: number): Decimal {
  let d = PARSED.get(value);
  if (d === undefined) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    d = new Decimal(value);
    PARSED.set(value, d);
  }
  return d;
}

/**
 * Reads one numeric argument: blank → default (or an error when required); anything but a finite
 * number → INVALID_INPUT; then the range. Strings and booleans are rejected on purpose: a text
 * cell must never be read as a number behind the user's back.
 */
export function readNumber(spec: NumberSpec, value: unknown): Decimal {
  const c = compile(spec);
  if (isBlank(value)) {
    if (c.default !== undefined) return c.default;
    throw invalidInput(
      `${spec.name} is required: ${spec.what}${spec.integer ? " (a whole number)" : ""} ${rangeText(spec)} (the argument is blank)`,
      spec.name,
      { kind: "blankArgument", name: spec.name, what: spec.what, ...boundsOf(spec) },
    );
  }
  let d: Decimal;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw notANumber(spec, value);
    if (fitsIntegerBounds(spec, c, value)) return decimalOf(value);
    d = decimalOf(value);
  } else if (value instanceof Decimal) {
    if (!value.isFinite()) throw notANumber(spec, value);
    d = value;
  } else {
    throw notANumber(spec, value);
  }
  checkRange(spec, d, value);
  return d;
}

/** INVALID_INPUT for an argument that is no finite number, with the spec's requirement (and as detail). */
function notANumber(spec: NumberSpec, value: unknown) {
  const got = shownValue(value);
  return invalidInput(`${requirement(spec)} (got ${describeShown(got)})`, spec.name, { kind: "notNumber", name: spec.name, subject: { key: spec.name }, what: spec.what, ...boundsOf(spec), got });
}

/**
 * True when a double is within bounds that are integers (checked exactly on doubles), so no Decimal
 * comparison is needed; false means "check with Decimals" (a violation or non-integer bounds).
 */
function fitsIntegerBounds(spec: NumberSpec, c: Compiled, value: number): boolean {
  if (spec.integer === true && !Number.isInteger(value)) return false;
  if (spec.min !== undefined) {
    if (c.minNumber === undefined || (spec.minOpen ? value <= c.minNumber : value < c.minNumber)) return false;
  }
  if (spec.max !== undefined) {
    if (c.maxNumber === undefined || (spec.maxOpen ? value >= c.maxNumber : value > c.maxNumber)) return false;
  }
  return true;
}

/**
 * Reads a parameter that takes a number or a preset name (case-insensitive). An unknown name is
 * UNKNOWN_NAME (#N/A) with the list of known names; a number goes through `readNumber`.
 */
export function readNumberOrPreset(
  spec: NumberSpec,
  value: unknown,
  presets: Readonly<Record<string, DataRecord>>,
): Decimal {
  if (typeof value === "string" && value.trim() !== "") {
    const record = lookupPreset(spec.name, value, presets);
    return D(record.value);
  }
  return readNumber(spec, value);
}

/**
 * Reads a range argument of exactly `count` numbers. Accepts what Excel passes (`number[][]`, read
 * in row-major order, so a row, a column or a block all work) or a flat array. `monthly`: the cells
 * are January to December, and a message names the month of a bad cell.
 */
export function readRange(spec: NumberSpec, value: unknown, count: number, monthly = false): Decimal[] {
  const name = spec.name;
  if (!Array.isArray(value)) {
    const got = shownValue(value);
    throw invalidInput(`${name} must be a range of exactly ${count} cells (got ${describeShown(got)})`, name, { kind: "notRange", name, count, got });
  }
  const cells: unknown[] = [];
  for (const row of value as unknown[]) {
    if (Array.isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  if (cells.length !== count) {
    throw invalidInput(`${name} must be a range of exactly ${count} cells (got ${cells.length})`, name, { kind: "rangeSize", name, count, cells: cells.length });
  }
  const domain = { what: spec.what, ...boundsOf(spec) };
  return cells.map((cell, i) => {
    const where = monthly ? `${MONTH_NAMES[i]} (cell ${i + 1})` : `cell ${i + 1}`;
    const at = { name, cell: i + 1, ...(monthly && { monthly }) };
    if (isBlank(cell)) {
      throw invalidInput(`${name}: ${where} is blank; every cell must be ${spec.what} ${rangeText(spec)}`, name, { kind: "blankCell", ...at, ...domain });
    }
    try {
      return readNumber({ ...spec, default: undefined }, cell);
    } catch {
      const got = shownValue(cell);
      throw invalidInput(`${name}: ${where} must be ${spec.what} ${rangeText(spec)} (got ${describeShown(got)})`, name, { kind: "badCell", ...at, ...domain, got });
    }
  });
}

/**
 * Reads a date argument: an Excel serial in [1, 2958465] (fractions are a time of day) or ISO text
 * `YYYY-MM-DD`. Blank → `defaultSerial`, or an error when there is none.
 */
export function readDateSerial(name: string, value: unknown, defaultSerial?: number): number {
  if (isBlank(value)) {
    if (defaultSerial !== undefined) return defaultSerial;
    throw invalidInput(`${name} is required: a date (an Excel date serial or text YYYY-MM-DD) (the argument is blank)`, name, { kind: "blankDate", name });
  }
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 1 && value < MAX_EXCEL_SERIAL + 1) return value;
  } else if (typeof value === "string") {
    const serial = isoToSerial(value);
    if (serial !== undefined && serial >= 1 && serial <= MAX_EXCEL_SERIAL) return serial;
  }
  const got = shownValue(value);
  throw invalidInput(
    `${name} must be a date (an Excel date serial in [1, ${MAX_EXCEL_SERIAL}] or text YYYY-MM-DD) (got ${describeShown(got)})`,
    name,
    { kind: "dateArgument", name, maxSerial: MAX_EXCEL_SERIAL, got },
  );
}
