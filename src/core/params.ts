/*
 * Parameter contracts (NumberSpec) and their range checks, shared by the model's input validation
 * (model/inputs.ts) and the JILIN functions' argument reading (src/functions/params.ts).
 */
import { D, Decimal } from "./decimal";
import { invalidInput, unknownName, type Bounds, type ShownValue, type Subject } from "./errors";

/**
 * The contract of one numeric parameter, declared as data (HyperFormula-style `minValue`,
 * `defaultValue`): its Excel name, what it is, its range and its default. The JILIN functions read
 * their arguments through these specs (src/functions/params.ts) and the model checks its inputs
 * against them, so messages, ranges and defaults live in one table per function.
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
  return describeShown(shownValue(value));
}

/** A value as messages show it back, as data (Excel's view: "" and null are blanks, an array is a range). */
export function shownValue(value: unknown): ShownValue {
  if (value === null || value === undefined || value === "") return { type: "blank" };
  if (typeof value === "number") return { type: "number", text: String(value) };
  if (typeof value === "string") return { type: "text", text: [...value].length > 40 ? [...value].slice(0, 40).join("") + "…" : value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (Array.isArray(value)) return { type: "range" };
  if (value instanceof Decimal) return { type: "number", text: value.toString() };
  return { type: "other", text: typeof value };
}

/** A JSON value as messages show it back: null, a list and an object are named as such. */
export function shownJson(value: unknown): ShownValue {
  if (value === null) return { type: "null" };
  if (typeof value === "object") return Array.isArray(value) ? { type: "list" } : { type: "object" };
  return shownValue(value);
}

/** A shown value in English words. */
export function describeShown(s: ShownValue): string {
  switch (s.type) {
    case "blank":
      return "a blank";
    case "null":
      return "null";
    case "number":
    case "other":
      return s.text;
    case "text":
      return `text "${s.text}"`;
    case "boolean":
      return s.value ? "TRUE" : "FALSE";
    case "range":
      return "a range";
    case "list":
      return s.length === undefined ? "a list" : `${s.length} values`;
    case "object":
      return "an object";
  }
}

/** A subject as the English messages write it: `poolFee`, `capexItems[0].usd`, `scenarios.bear.btcPriceUsd`. */
export function subjectPath(s: Subject): string {
  return `${s.key}${s.scenario === undefined ? "" : `.${s.scenario}`}${s.index === undefined ? "" : `[${s.index}]`}${s.part === undefined ? "" : `.${s.part}`}`;
}

/** A spec's domain as error detail (only the bounds it has). */
export function boundsOf(spec: NumberSpec): Bounds {
  return {
    ...(spec.min !== undefined && { min: spec.min }),
    ...(spec.minOpen === true && { minOpen: true }),
    ...(spec.max !== undefined && { max: spec.max }),
    ...(spec.maxOpen === true && { maxOpen: true }),
    ...(spec.integer === true && { integer: true }),
  };
}

/**
 * A spec's bounds and default parsed once: reading an argument must not re-parse its contract.
 * `minNumber`/`maxNumber` are set when a bound is an integer, so a double argument can be checked
 * against it exactly without building a Decimal first.
 */
export interface Compiled {
  readonly min?: Decimal;
  readonly max?: Decimal;
  readonly minNumber?: number;
  readonly maxNumber?: number;
  readonly default?: Decimal;
}
const compiled = new WeakMap<NumberSpec, Compiled>();

export function compile(spec: NumberSpec): Compiled {
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

/** "pool_fee must be a fraction in [0, 1)": what a value of this spec must be, without the value. */
export function requirement(spec: NumberSpec): string {
  return `${spec.name} must be ${spec.what}${spec.integer ? " (a whole number)" : ""} ${rangeText(spec)}`.trimEnd();
}

/**
 * Throws INVALID_INPUT naming the spec's requirement when `d` is out of range (or not whole).
 * `subject` says where the value sits when the spec's name is a path (`capexItems[0].usd`).
 */
export function checkRange(spec: NumberSpec, d: Decimal, shown: unknown = d, subject: Subject = { key: spec.name }): void {
  const { min, max } = compile(spec);
  const bad =
    (min !== undefined && (spec.minOpen ? d.lte(min) : d.lt(min))) ||
    (max !== undefined && (spec.maxOpen ? d.gte(max) : d.gt(max))) ||
    (spec.integer === true && !d.isInteger());
  if (bad) {
    const got = shownValue(shown);
    throw invalidInput(`${requirement(spec)} (got ${describeShown(got)})`, spec.name, { kind: "range", name: spec.name, subject, what: spec.what, ...boundsOf(spec), got });
  }
}

/** The preset called `name` (case-insensitive); UNKNOWN_NAME (#N/A) lists the known names. */
export function lookupPreset<T>(field: string, name: string, presets: Readonly<Record<string, T>>, subject: Subject = { key: field }): T {
  const key = name.trim().toUpperCase();
  for (const known of Object.keys(presets)) {
    if (known.toUpperCase() === key) return presets[known] as T;
  }
  const names = Object.keys(presets);
  throw unknownName(`${field}: unknown preset "${name.trim()}"; known presets: ${names.join(", ")}`, field, {
    kind: "unknownPreset",
    field,
    subject,
    name: name.trim(),
    known: names,
  });
}
