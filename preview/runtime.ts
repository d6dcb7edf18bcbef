/*
 * Loaded first on the preview page: the CustomFunctions runtime that dist/functions.js registers
 * into (as Excel's runtime would), so the preview's spreadsheet engine calls the shipped functions.
 */
type Fn = (...args: unknown[]) => unknown;

class CustomFunctionsError {
  constructor(readonly code: string, readonly message?: string) {}
}

const registry = new Map<string, Fn>();

(window as unknown as Record<string, unknown>).CustomFunctions = {
  associate: (id: string, fn: Fn) => void registry.set(id.toUpperCase(), fn),
  Error: CustomFunctionsError,
  ErrorCode: {
    divisionByZero: "#DIV/0!",
    invalidName: "#NAME?",
    invalidNumber: "#NUM!",
    invalidReference: "#REF!",
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    nullReference: "#NULL!",
  },
};
(window as unknown as Record<string, unknown>).__customFunctionsRegistry = registry;
