/*
 * Excel's custom-functions error surface, as the runtime defines it (custom-functions-runtime
 * typings, CustomFunctionsRuntime 1.2): used by the preview's runtime and by the tests.
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
