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
 */
export type ModelErrorCode = "INVALID_INPUT" | "NO_SOLUTION" | "UNKNOWN_NAME";

export class ModelError extends Error {
  readonly code: ModelErrorCode;
  /** The parameter (Excel name) or model-input key the error is about, when there is one. */
  readonly field?: string;

  constructor(code: ModelErrorCode, message: string, field?: string) {
    super(message);
    this.name = "ModelError";
    this.code = code;
    this.field = field;
  }
}

export function invalidInput(message: string, field?: string): ModelError {
  return new ModelError("INVALID_INPUT", message, field);
}

export function noSolution(message: string, field?: string): ModelError {
  return new ModelError("NO_SOLUTION", message, field);
}

export function unknownName(message: string, field?: string): ModelError {
  return new ModelError("UNKNOWN_NAME", message, field);
}
