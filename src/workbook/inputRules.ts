/*
 * What an input cell of the model sheet may hold, from the core's domains, in two forms:
 *  - Excel data validation, which refuses a bad value as it is typed, with the core's message;
 *  - a worksheet formula giving "" or that message, for the sheet's visible input check, which also
 *    catches what validation cannot stop (a pasted value, a value typed before validation existed).
 * Pure data and strings; apply.ts turns a PlanValidation into Excel's DataValidation.
 */
import type { NumberSpec } from "../core/params";
import type { CellRule } from "../i18n/ruleMessages";

// The rules and their sentences live with the other texts; the sheet's checks use them from here too.
export { ruleMessage, ruleMessageZh, type CellRule } from "../i18n/ruleMessages";

/** Excel's last date, 9999-12-31. */
const LAST_SERIAL = 2958465;

/** Excel data validation for a block of cells, independent of the Excel API. */
export interface PlanValidation {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly type: "wholeNumber" | "decimal" | "list" | "custom" | "textLength";
  readonly operator?: "between" | "greaterThan" | "greaterThanOrEqualTo" | "lessThan" | "lessThanOrEqualTo";
  readonly formula1?: string;
  readonly formula2?: string;
  /** The comma-separated choices of a list. */
  readonly source?: string;
  /** The stop alert's text: the input's requirement in words. */
  readonly message: string;
  /** The stop alert's title (default: the add-in's English name). */
  readonly title?: string;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A number's bounds as a condition over `x` (e.g. `x>=1,x<=120,x=INT(x)`), for AND(). */
function boundsOf(spec: NumberSpec, x: string): string[] {
  const parts: string[] = [];
  if (spec.min !== undefined) parts.push(`${x}${spec.minOpen ? ">" : ">="}${spec.min}`);
  if (spec.max !== undefined) parts.push(`${x}${spec.maxOpen ? "<" : "<="}${spec.max}`);
  if (spec.integer) parts.push(`${x}=INT(${x})`);
  return parts;
}

/**
 * The data validation of cells whose top-left cell is `topLeft` (relative A1, e.g. "B7"): whole
 * numbers and decimals with their bounds, TRUE/FALSE and other lists, text lengths; a custom
 * formula where Excel's operators cannot say it (two bounds with an open end, first of a month).
 */
export function validationOf(rule: CellRule, at: { row: number; col: number; rows?: number; cols?: number }, topLeft: string, message: string): PlanValidation {
  const base = { row: at.row, col: at.col, rows: at.rows ?? 1, cols: at.cols ?? 1, message };
  switch (rule.kind) {
    case "number": {
      const s = rule.spec;
      const type = s.integer ? "wholeNumber" : "decimal";
      const hasMin = s.min !== undefined;
      const hasMax = s.max !== undefined;
      if (hasMin && hasMax && !s.minOpen && !s.maxOpen) return { ...base, type, operator: "between", formula1: s.min, formula2: s.max };
      if (hasMin && !hasMax) return { ...base, type, operator: s.minOpen ? "greaterThan" : "greaterThanOrEqualTo", formula1: s.min };
      if (hasMax && !hasMin) return { ...base, type, operator: s.maxOpen ? "lessThan" : "lessThanOrEqualTo", formula1: s.max };
      return { ...base, type: "custom", formula1: `=AND(ISNUMBER(${topLeft}),${boundsOf(s, topLeft).join(",")})` };
    }
    case "date":
      return {
        ...base,
        type: "custom",
        formula1: `=AND(ISNUMBER(${topLeft}),${topLeft}>=1,${topLeft}<=${LAST_SERIAL}${rule.firstOfMonth ? `,DAY(${topLeft})=1` : ""})`,
      };
    case "boolean":
      return { ...base, type: "list", source: "TRUE,FALSE" };
    case "list":
      return { ...base, type: "list", source: rule.options.join(",") };
    case "text":
      return { ...base, type: "textLength", operator: "between", formula1: "1", formula2: String(rule.maxLength) };
  }
}

/**
 * A formula expression (no leading "=") that is "" when the cell `x` satisfies the rule and the
 * message otherwise. Errors in the cell count as broken; no part is evaluated on a wrong type.
 */
export function checkExpression(rule: CellRule, x: string, message: string): string {
  const msg = quote(message);
  const guarded = (typeTest: string, conditions: string[]) =>
    `IF(ISERROR(${x}),${msg},IF(${typeTest},${conditions.length ? `IF(AND(${conditions.join(",")}),"",${msg})` : '""'},${msg}))`;
  switch (rule.kind) {
    case "number":
      return guarded(`ISNUMBER(${x})`, boundsOf(rule.spec, x));
    case "date":
      return guarded(`ISNUMBER(${x})`, [`${x}>=1`, `${x}<=${LAST_SERIAL}`, ...(rule.firstOfMonth ? [`DAY(${x})=1`] : [])]);
    case "boolean":
      return guarded(`ISLOGICAL(${x})`, []);
    case "list":
      return guarded(`ISTEXT(${x})`, [`OR(${rule.options.map((o) => `${x}=${quote(o)}`).join(",")})`]);
    case "text":
      return guarded(`ISTEXT(${x})`, [`LEN(TRIM(${x}))>=1`, `LEN(${x})<=${rule.maxLength}`]);
  }
}
