import { D, Decimal } from "./decimal";
import { invalidInput, unknownName } from "./errors";
import type { DataRecord } from "../data/record";

/**
 * The contract of one numeric parameter, declared as data (HyperFormula-style `minValue`,
 * `defaultValue`): its Excel name, what it is, its range and its default. Every function reads its
 * arguments through these specs, so messages, ranges and defaults live in one table per function.
 */
export interface NumberSpec {
  /** The name Excel shows, with its unit: `power_price_per_kwh`. */
  readonly name: string;
  /** What the value is, for messages: "a fraction", "a number in J/TH". */
  readonly what: string;
  readonly min?: string;
  /** true: the minimum itself is excluded (> min). */
  readonly minOpen?: boolean;
  readonly max?: string;
  /** true: the maximum itself is excluded (< max). */
  readonly maxOpen?: boolean;
  readonly integer?: boolean;
  /** Default as a decimal string; absent means the argument is required. */
  readonly default?: string;
}

/** "in [0, 1)", "> 0", "≥ 1": the allowed range as users read it. */
export function rangeText(spec: NumberSpec): string {
  const { min, max } = spec;
  if (min !== undefined && max !== undefined) {
    return `in ${spec.minOpen ? "(" : "["}${min}, ${max}${spec.maxOpen ? ")" : "]"}`;
  }
  if (min !== undefined) return `${spec.minOpen ? ">" : "≥"} ${min}`;
  if (max !== undefined) return `${spec.maxOpen ? "<" : "≤"} ${max}`;
  return "";
}

/** How a bad argument is shown in a message: `1.5`, `text "abc"`, `TRUE`, `a range`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "a blank";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `text "${[...value].length > 40 ? [...value].slice(0, 40).join("") + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return "a range";
  if (value instanceof Decimal) return value.toString();
  return typeof value;
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A spec's bounds and default parsed once: reading an argument must not re-parse its contract.
 * `minNumber`/`maxNumber` are set when a bound is an integer, so a double argument can be checked
 * against it exactly without building a Decimal first.
 */
interface Compiled {
  readonly min?: Decimal;
  readonly max?: Decimal;
  readonly minNumber?: number;
  readonly maxNumber?: number;
  readonly default?: Decimal;
}
const compiled = new WeakMap<NumberSpec, Compiled>();

function compile(spec: NumberSpec): Compiled {
  let c = compiled.get(spec);
  if (!c) {
    const exact = (b?: string) => (b !== undefined && /^-?\d{1,15}$/.test(b) ? Number(b) : undefined);
    c = {
      min: spec.min === undefined ? undefined : D(spec.min),
      max: spec.max === undefined ? undefined : D(spec.max),
      minNumber: exact(spec.min),
      maxNumber: exact(spec.max),
      default: spec.default === undefined ? undefined : D(spec.default),
    };
    compiled.set(spec, c);
  }
  return c;
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

/** "pool_fee must be a fraction in [0, 1)": what a value of this spec must be, without the value. */
export function requirement(spec: NumberSpec): string {
  return `${spec.name} must be ${spec.what}${spec.integer ? " (a whole number)" : ""} ${rangeText(spec)}`.trimEnd();
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
    );
  }
  let d: Decimal;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidInput(`${requirement(spec)} (got ${describeValue(value)})`, spec.name);
    if (fitsIntegerBounds(spec, c, value)) return decimalOf(value);
    d = decimalOf(value);
  } else if (value instanceof Decimal) {
    if (!value.isFinite()) throw invalidInput(`${requirement(spec)} (got ${value.toString()})`, spec.name);
    d = value;
  } else {
    throw invalidInput(`${requirement(spec)} (got ${describeValue(value)})`, spec.name);
  }
  checkRange(spec, d, value);
  return d;
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

export function checkRange(spec: NumberSpec, d: Decimal, shown: unknown = d): void {
  const { min, max } = compile(spec);
  const bad =
    (min !== undefined && (spec.minOpen ? d.lte(min) : d.lt(min))) ||
    (max !== undefined && (spec.maxOpen ? d.gte(max) : d.gt(max))) ||
    (spec.integer === true && !d.isInteger());
  if (bad) throw invalidInput(`${requirement(spec)} (got ${describeValue(shown)})`, spec.name);
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

export function lookupPreset<T>(field: string, name: string, presets: Readonly<Record<string, T>>): T {
  const key = name.trim().toUpperCase();
  for (const known of Object.keys(presets)) {
    if (known.toUpperCase() === key) return presets[known] as T;
  }
  throw unknownName(
    `${field}: unknown preset "${name.trim()}"; known presets: ${Object.keys(presets).join(", ")}`,
    field,
  );
}

/**
 * Reads a range argument of exactly `count` numbers. Accepts what Excel passes (`number[][]`, read
 * in row-major order, so a row, a column or a block all work) or a flat array from core callers.
 */
export function readRange(spec: NumberSpec, value: unknown, count: number, labels?: readonly string[]): Decimal[] {
  if (!Array.isArray(value)) {
    throw invalidInput(`${spec.name} must be a range of exactly ${count} cells (got ${describeValue(value)})`, spec.name);
  }
  const cells: unknown[] = [];
  for (const row of value as unknown[]) {
    if (Array.isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  if (cells.length !== count) {
    throw invalidInput(`${spec.name} must be a range of exactly ${count} cells (got ${cells.length})`, spec.name);
  }
  return cells.map((cell, i) => {
    const where = labels ? `${labels[i]} (cell ${i + 1})` : `cell ${i + 1}`;
    if (isBlank(cell)) {
      throw invalidInput(`${spec.name}: ${where} is blank; every cell must be ${spec.what} ${rangeText(spec)}`, spec.name);
    }
    try {
      return readNumber({ ...spec, default: undefined }, cell);
    } catch {
      throw invalidInput(
        `${spec.name}: ${where} must be ${spec.what} ${rangeText(spec)} (got ${describeValue(cell)})`,
        spec.name,
      );
    }
  });
}
