/*
 * What an input cell may hold (a CellRule, from the core's domains) and the sentence that says so, in
 * English (the core's wording) and in Chinese. The sheet's input checks and data validation
 * (workbook/inputRules.ts) and the core's error messages in another language (errorSentences.ts) use
 * the same sentences, so the wizard, the sheet and the command line say the same.
 */
import { rangeText, requirement, type NumberSpec } from "../core/params";

export type CellRule =
  | { readonly kind: "number"; readonly spec: NumberSpec }
  /** An Excel date serial; `firstOfMonth` also requires day 1. */
  | { readonly kind: "date"; readonly firstOfMonth: boolean }
  | { readonly kind: "boolean" }
  | { readonly kind: "list"; readonly options: readonly string[] }
  | { readonly kind: "text"; readonly maxLength: number };

/** The message for a cell of this rule, naming the input by its label (the core's wording). */
export function ruleMessage(label: string, rule: CellRule): string {
  switch (rule.kind) {
    case "number":
      return requirement({ ...rule.spec, name: label });
    case "date":
      return `${label} must be a date between 1900-01-01 and 9999-12-31${rule.firstOfMonth ? ", the first day of a month" : ""}`;
    case "boolean":
      return `${label} must be TRUE or FALSE`;
    case "list":
      return `${label} must be one of ${rule.options.join(", ")}`;
    case "text":
      return `${label} must be a text of 1 to ${rule.maxLength} characters`;
  }
}

/** The same requirement in Chinese, for a workbook written in Chinese (ranges as written in English). */
export function ruleMessageZh(label: string, rule: CellRule): string {
  switch (rule.kind) {
    case "number": {
      // The core's range in symbols ("in [0, 1)", "≥ 0"), its one word in Chinese.
      const range = rangeText(rule.spec).replace(/^in /, "范围 ");
      return `${label}必须是${rule.spec.integer ? "整数" : "数值"}${range ? `，${range}` : ""}`;
    }
    case "date":
      return `${label}必须是 1900-01-01 至 9999-12-31 之间的日期${rule.firstOfMonth ? "，且为某月的第一天" : ""}`;
    case "boolean":
      return `${label}必须为 TRUE 或 FALSE`;
    case "list":
      return `${label}必须是以下之一：${rule.options.join("、")}`;
    case "text":
      return `${label}必须是 1 至 ${rule.maxLength} 个字符的文本`;
  }
}

