/*
 * Loaded first on the preview page: the CustomFunctions runtime that dist/functions.js registers
 * into (as Excel's runtime would), so the preview's spreadsheet engine calls the shipped functions.
 */
import { CustomFunctionsError, ERROR_CODES } from "./customFunctionsErrors";

type Fn = (...args: unknown[]) => unknown;

const registry = new Map<string, Fn>();

(window as unknown as Record<string, unknown>).CustomFunctions = {
  associate: (id: string, fn: Fn) => void registry.set(id.toUpperCase(), fn),
  Error: CustomFunctionsError,
  ErrorCode: ERROR_CODES,
};
(window as unknown as Record<string, unknown>).__customFunctionsRegistry = registry;
