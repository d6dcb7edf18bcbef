/*
 * Parameter contracts (NumberSpec) and their range checks, shared by the model's input validation
 * (model/inputs.ts) and the JILIN functions' argument reading (src/functions/params.ts).
 */
import { D, Decimal } from "./decimal";
import { invalidInput, unknownName } from "./errors";

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
  if (value === null || value === undefined || value === "") return "a blank";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `text "${[...value].length > 40 ? [...value].slice(0, 40).join("") + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return "a range";
  if (value instanceof Decimal) return value.toString();
  return typeof value;
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

/** Throws INVALID_INPUT naming the spec's requirement when `d` is out of range (or not whole). */
export function checkRange(spec: NumberSpec, d: Decimal, shown: unknown = d): void {
  const { min, max } = compile(spec);
  const bad =
    (min !== undefined && (spec.minOpen ? d.lte(min) : d.lt(min))) ||
    (max !== undefined && (spec.maxOpen ? d.gte(max) : d.gt(max))) ||
    (spec.integer === true && !d.isInteger());
  if (bad) throw invalidInput(`${requirement(spec)} (got ${describeValue(shown)})`, spec.name);
}

/** The preset called `name` (case-insensitive); UNKNOWN_NAME (#N/A) lists the known names. */
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
