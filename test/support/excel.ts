import { CustomFunctionsError } from "./customFunctionsRuntime";

/** What a cell shows for a custom-function result: the number, or the error code. */
export function cell(result: unknown): number | string {
  if (result instanceof CustomFunctionsError) return result.code;
  if (typeof result === "number") return result;
  throw new Error(`not a cell value: ${String(result)}`);
}

export function errorOf(result: unknown): CustomFunctionsError {
  if (!(result instanceof CustomFunctionsError)) throw new Error(`expected an Excel error, got ${String(result)}`);
  return result;
}

/** |actual − expected| ≤ tolerance × |expected| (or absolute when expected is 0). */
export function expectClose(actual: unknown, expected: number, relTolerance = 1e-12): void {
  if (typeof actual !== "number") throw new Error(`expected a number, got ${String(actual)}`);
  const scale = Math.abs(expected) > 0 ? Math.abs(expected) : 1;
  const err = Math.abs(actual - expected) / scale;
  if (!(err <= relTolerance)) {
    throw new Error(`expected ${expected} within ${relTolerance} relative, got ${actual} (rel. error ${err})`);
  }
}
