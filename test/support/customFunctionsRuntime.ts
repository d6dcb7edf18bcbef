/*
 * The part of Excel's custom-functions runtime that our adapters touch: `CustomFunctions.Error` and
 * `CustomFunctions.ErrorCode` (shared with the preview host). Installed as a global for every Jest
 * test, as Excel does.
 */
import { CustomFunctionsError, ERROR_CODES } from "../../preview/customFunctionsErrors";

export { CustomFunctionsError, ERROR_CODES };

export function makeRuntime(associate?: (id: string, fn: (...args: unknown[]) => unknown) => void) {
  return {
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associate: associate ?? (() => undefined),
  };
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeRuntime();
