/**
 * The one error type core throws on purpose. Anything else escaping core is a bug.
 *
 * | code             | meaning                                               | Excel    |
 * |------------------|-------------------------------------------------------|----------|
 * | INVALID_INPUT    | wrong type, blank required, out of range, wrong size  | #VALUE!  |
 * | NO_SOLUTION      | a well-formed question without an answer              | #NUM!    |
 * | UNKNOWN_NAME     | unknown miner model or preset                         | #N/A     |
 *
 * The mapping to Excel lives in one place: `src/functions/adapt.ts`.
 *
 * Besides its English message, an error about a model input or a JILIN function's argument carries a
 * `detail`: the same facts as data (which input, its allowed range, the value given), one kind per kind
 * of sentence, from which src/i18n/errorSentences.ts writes the message in another language. Details
 * are plain data (strings, numbers, booleans, arrays), so they survive JSON and a worker's postMessage.
 */
export type ModelErrorCode = "INVALID_INPUT" | "NO_SOLUTION" | "UNKNOWN_NAME";

/**
 * A value as a message shows it back (English: `describeValue` and `describeJson`). Numbers keep the
 * text the message shows; text is already cut to 40 characters (with "…").
 */
export type ShownValue =
  /** Excel's blank cell, an omitted argument, a missing JSON value or "". */
  | { readonly type: "blank" }
  /** JSON null. */
  | { readonly type: "null" }
  | { readonly type: "number"; readonly text: string }
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "boolean"; readonly value: boolean }
  /** An Excel range where one value was expected. */
  | { readonly type: "range" }
  /** A JSON list; `length` when the message counts its values. */
  | { readonly type: "list"; readonly length?: number }
  /** A JSON object. */
  | { readonly type: "object" }
  /** Anything else, by its JavaScript type (a function, a bigint …). */
  | { readonly type: "other"; readonly text: string };

/**
 * Which input a message is about: a ModelInputs key (or a JILIN function's parameter name), and
 * inside a structured input the scenario (`scenarios.bear.btcPriceUsd`: key "scenarios", scenario
 * "bear", part "btcPriceUsd"), the position in a list (`capexItems[0].usd`: index 0, part "usd";
 * `hydroShareByMonth[3]`: index 3, April) or the part of an object (`miner.powerW`).
 */
export interface Subject {
  readonly key: string;
  readonly scenario?: string;
  readonly index?: number;
  readonly part?: string;
}

/** A numeric domain as the catalogue writes it: bounds as decimal strings, open or closed. */
export interface Bounds {
  readonly min?: string;
  readonly minOpen?: boolean;
  readonly max?: string;
  readonly maxOpen?: boolean;
  readonly integer?: boolean;
}

/** The settings of a Monte Carlo run that are checked (MonteCarloOptions' names). */
export type MonteCarloSetting = "paths" | "seed" | "btcVolatilityAnnual" | "networkVolatilityAnnual" | "priceHashrateCorrelation" | "btcDriftMonthly";

/** The facts of a ModelError, one kind per kind of sentence. */
export type ErrorDetail =
  /**
   * A number outside its domain (or not whole): "poolFee must be a fraction in [0, 1) (got 2)".
   * `name` is the input as the English message names it, `what` the English words for what it must be.
   */
  | ({ readonly kind: "range"; readonly name: string; readonly subject: Subject; readonly what: string; readonly got: ShownValue } & Bounds)
  /** Not a number where one is expected (text, a list, a blank …), with the domain it should be in. */
  | ({ readonly kind: "notNumber"; readonly name: string; readonly subject: Subject; readonly what: string; readonly got: ShownValue } & Bounds)
  /** Not an ISO date YYYY-MM-DD from 1900 on. */
  | { readonly kind: "date"; readonly subject: Subject; readonly got: ShownValue }
  /** Not true or false. */
  | { readonly kind: "notBoolean"; readonly subject: Subject; readonly got: ShownValue }
  /** A text (a name, a label) that is blank or too long: `minLength` 1 (1 to N characters) or 0 (at most N). */
  | { readonly kind: "textLength"; readonly subject: Subject; readonly minLength: number; readonly maxLength: number; readonly got?: ShownValue }
  /** A key the object does not have: at the top of the inputs (no `where`), or inside `where`. */
  | { readonly kind: "unknownKey"; readonly where?: Subject; readonly key: string; readonly known: readonly string[] }
  /** A preset `name` (given; LOW, BASE, HIGH, NORTHEAST-2023 … are known) that `field` does not have. */
  | { readonly kind: "unknownPreset"; readonly field: string; readonly subject: Subject; readonly name: string; readonly known: readonly string[] }
  /** A miner model `name` that is not in the catalogue. */
  | { readonly kind: "unknownMiner"; readonly field: string; readonly subject: Subject; readonly name: string; readonly known: readonly string[] }
  /** The inputs as a whole are not a JSON object. */
  | { readonly kind: "inputsNotObject"; readonly got: ShownValue }
  /** `miner` is neither a catalogue name nor a custom miner object. */
  | { readonly kind: "minerType"; readonly known: readonly string[]; readonly got: ShownValue }
  /** `capexItems` / `opexItems` is not a list. */
  | { readonly kind: "lineItemsNotList"; readonly subject: Subject; readonly got: ShownValue }
  /** A line item is not an object. */
  | { readonly kind: "lineItemNotObject"; readonly subject: Subject; readonly got: ShownValue }
  /** A line item with both or neither of "usd" and "cny". */
  | { readonly kind: "lineItemCurrency"; readonly subject: Subject }
  /** The hydro profile is not a list of `length` values. */
  | { readonly kind: "profileLength"; readonly subject: Subject; readonly length: number; readonly got: ShownValue }
  /** `scenarios` is not an object. */
  | { readonly kind: "scenariosNotObject"; readonly got: ShownValue }
  /** A scenario name other than bear, base and bull. */
  | { readonly kind: "unknownScenario"; readonly name: string; readonly known: readonly string[] }
  /** One scenario's overrides are not an object. */
  | { readonly kind: "scenarioNotObject"; readonly scenario: string; readonly got: ShownValue }
  /** The start date is not the first day of a month. */
  | { readonly kind: "startNotFirstOfMonth"; readonly subject: Subject; readonly date: string }
  /** The start plus the horizon runs past December 9999. */
  | { readonly kind: "startPastCalendar"; readonly subject: Subject; readonly date: string; readonly horizonMonths: number }
  /** The start lies before block 0, counted back from the halving anchor. */
  | { readonly kind: "startBeforeBlockZero"; readonly subject: Subject; readonly date: string; readonly anchorHeight: string; readonly anchorDate: string }
  /** An as-of date too far from the start month. */
  | { readonly kind: "asOfTooFar"; readonly subject: Subject; readonly date: string; readonly start: string; readonly months: number; readonly maxMonths: number }
  /** Block subsidy plus fees is 0: no BTC is earned, so no price breaks even. */
  | { readonly kind: "noBtcEarned" }
  /** A Monte Carlo setting outside its domain. */
  | ({ readonly kind: "monteCarloSetting"; readonly setting: MonteCarloSetting; readonly got: ShownValue } & Bounds)
  /** The tornado's swing outside (0, 1]. */
  | ({ readonly kind: "tornadoSwing"; readonly got: ShownValue } & Bounds)
  /** The sensitivity grid's size: not an odd whole number from `min` to `max`. */
  | { readonly kind: "gridSize"; readonly min: number; readonly max: number; readonly got: ShownValue }
  // The JILIN functions' own argument errors below: `name` is the parameter as Excel shows it
  // (`power_price_per_kwh`), the same in every language.
  /** A required numeric argument left blank; `what` and the bounds say what it must be. */
  | ({ readonly kind: "blankArgument"; readonly name: string; readonly what: string } & Bounds)
  /** A required date argument left blank. */
  | { readonly kind: "blankDate"; readonly name: string }
  /** A date argument that is neither an Excel date serial in [1, `maxSerial`] nor ISO text. */
  | { readonly kind: "dateArgument"; readonly name: string; readonly maxSerial: number; readonly got: ShownValue }
  /** HYDRO_COST's month: neither a whole month 1..12 nor a date (a serial above 12 up to `maxSerial`, or ISO text). */
  | { readonly kind: "monthArgument"; readonly name: string; readonly maxSerial: number; readonly got: ShownValue }
  /** A range argument of `count` cells given something that is no range. */
  | { readonly kind: "notRange"; readonly name: string; readonly count: number; readonly got: ShownValue }
  /** A range argument of `count` cells given `cells` cells. */
  | { readonly kind: "rangeSize"; readonly name: string; readonly count: number; readonly cells: number }
  /** A blank cell of a range argument: cell `cell` (from 1), January to December when `monthly`. */
  | ({ readonly kind: "blankCell"; readonly name: string; readonly cell: number; readonly monthly?: boolean; readonly what: string } & Bounds)
  /** A cell of a range argument that is not a number in the domain. */
  | ({ readonly kind: "badCell"; readonly name: string; readonly cell: number; readonly monthly?: boolean; readonly what: string; readonly got: ShownValue } & Bounds)
  /** SUBSIDY's date projects to block `height` (negative) from `anchorHeight`. */
  | { readonly kind: "dateBeforeBlockZero"; readonly name: string; readonly date: string; readonly height: string; readonly anchorHeight: string }
  /** MINER's model is no name (a blank, a number …); `example` is a catalogue name. */
  | { readonly kind: "notModelName"; readonly name: string; readonly example: string; readonly got: ShownValue }
  /** An argument that must be one of `options`. */
  | { readonly kind: "oneOf"; readonly name: string; readonly options: readonly string[]; readonly got: ShownValue };

export class ModelError extends Error {
  readonly code: ModelErrorCode;
  /** The parameter (Excel name) or model-input key the error is about, when there is one. */
  readonly field?: string;
  /** The message's facts as data, for writing it in another language. */
  readonly detail?: ErrorDetail;

  constructor(code: ModelErrorCode, message: string, field?: string, detail?: ErrorDetail) {
    super(message);
    this.name = "ModelError";
    this.code = code;
    this.field = field;
    this.detail = detail;
  }
}

export function invalidInput(message: string, field?: string, detail?: ErrorDetail): ModelError {
  return new ModelError("INVALID_INPUT", message, field, detail);
}

export function noSolution(message: string, field?: string, detail?: ErrorDetail): ModelError {
  return new ModelError("NO_SOLUTION", message, field, detail);
}

export function unknownName(message: string, field?: string, detail?: ErrorDetail): ModelError {
  return new ModelError("UNKNOWN_NAME", message, field, detail);
}
