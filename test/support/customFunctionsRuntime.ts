/*
 * The part of Excel's custom-functions runtime that our adapters touch: `CustomFunctions.Error` and
 * `CustomFunctions.ErrorCode` with the values Excel defines (custom-functions-runtime typings,
 * CustomFunctionsRuntime 1.2). Installed as a global for every Jest test, as Excel does.
 */
export const ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidName: "#NAME?",
  invalidNumber: "#NUM!",
  invalidReference: "#REF!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  nullReference: "#NULL!",
} as const;

export class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

export function makeRuntime(associate?: (id: string, fn: (...args: unknown[]) => unknown) => void) {
  return {
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associate: associate ?? (() => undefined),
  };
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeRuntime();
