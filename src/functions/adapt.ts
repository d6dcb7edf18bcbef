import type { Decimal } from "../core/decimal";
import { ModelError, type ModelErrorCode } from "../core/errors";
import { messageText } from "../i18n/errorSentences";
import { languageOf } from "../i18n/language";
import type { Language } from "../i18n/resources";

/*
 * The one place where core errors become Excel errors (STYLE §4.5).
 *
 * | ModelErrorCode | Excel   | CustomFunctions.ErrorCode | message shown |
 * |----------------|---------|---------------------------|---------------|
 * | INVALID_INPUT  | #VALUE! | invalidValue              | yes           |
 * | NO_SOLUTION    | #NUM!   | invalidNumber             | no (Excel shows messages only on #VALUE! and #N/A) |
 * | UNKNOWN_NAME   | #N/A    | notAvailable              | yes           |
 *
 * The message is in Office's display language (Chinese Office: Chinese, written from the error's
 * detail; parameters keep the names Excel shows), else English. Neither is cut here: a value given is
 * already shown cut to 40 characters (core/params.ts `shownValue`), which bounds both, and the Chinese
 * sentence is no longer than the English one.
 *
 * A result that is not a finite double (overflow past ±1.8e308) is #NUM!, like Excel's own
 * functions. An exception that is not a ModelError is a bug; it still reaches the cell as #VALUE!
 * with its message rather than escaping into the host.
 *
 * Errors are returned, not thrown: Excel accepts a `CustomFunctions.Error` either way, and a return
 * value can never surface as an unhandled exception.
 */

/** What the custom-functions runtime gives us; `CustomFunctions` is a global only inside Excel. */
interface ErrorCodes {
  readonly invalidValue: string;
  readonly invalidNumber: string;
  readonly notAvailable: string;
}
interface CustomFunctionsRuntime {
  readonly Error: new (code: never, message?: string) => object;
  readonly ErrorCode: ErrorCodes;
}

function runtime(): CustomFunctionsRuntime {
  return (globalThis as unknown as { CustomFunctions: CustomFunctionsRuntime }).CustomFunctions;
}

const EXCEL_CODE: Record<ModelErrorCode, keyof ErrorCodes> = {
  INVALID_INPUT: "invalidValue",
  NO_SOLUTION: "invalidNumber",
  UNKNOWN_NAME: "notAvailable",
};

function excelError(kind: keyof ErrorCodes, message?: string): number {
  const cf = runtime();
  const code = cf.ErrorCode[kind] as never;
  const withMessage = kind !== "invalidNumber" && message !== undefined;
  const error = withMessage ? new cf.Error(code, message) : new cf.Error(code);
  // The metadata generator cannot express `number | Error`; Excel reads the error object.
  return error as unknown as number;
}

/** The shape of office.js that tells Office's display language. */
interface OfficeGlobal {
  readonly context?: { readonly displayLanguage?: unknown };
}

/**
 * Office's display language, or English when it cannot be read: office.js is absent from Excel's
 * JavaScript-only runtime, from the tests and from the preview, and `Office.context` is not set
 * before Office is ready. Read at each error, so a cell recalculated once Office is ready has it.
 */
export function displayLanguage(): Language {
  try {
    const tag = (globalThis as { Office?: OfficeGlobal }).Office?.context?.displayLanguage;
    return (typeof tag === "string" ? languageOf(tag) : undefined) ?? "en";
  } catch {
    return "en";
  }
}

/** A core error's message in Office's display language; the English one should writing it fail, since this must not throw. */
function messageOf(e: ModelError): string {
  try {
    return messageText(e, displayLanguage());
  } catch {
    return e.message;
  }
}

/** Converts a core error (or any exception) into the Excel error value it stands for. */
export function toExcelError(e: unknown): number {
  if (e instanceof ModelError) return excelError(EXCEL_CODE[e.code], messageOf(e));
  const message = e instanceof Error ? e.message : String(e);
  return excelError("invalidValue", `unexpected error: ${message}`);
}

/** A Decimal as the double Excel stores; non-finite results become #NUM!. */
export function toExcelNumber(d: Decimal): number {
  const n = d.toNumber();
  if (!Number.isFinite(n)) return excelError("invalidNumber");
  return n === 0 ? 0 : n; // never -0
}

/** Runs a core computation and returns a number or an Excel error value; it never throws. */
export function excel(compute: () => Decimal): number {
  try {
    return toExcelNumber(compute());
  } catch (e) {
    return toExcelError(e);
  }
}
