/**
 * Excel number formats by unit, in finance conventions: the unit is in the column header or the row's
 * label (or its Unit column), not repeated in every cell; negative amounts in parentheses. A custom
 * function cannot format its own cell, so the plan gives every cell the format of its unit.
 */
export const FORMATS = {
  usd: "#,##0;(#,##0);0",
  usdCents: "#,##0.00;(#,##0.00);0.00",
  usdPerBtc: "#,##0;(#,##0);0",
  usdPerTh: "0.00",
  usdPerMonth: "#,##0;(#,##0);0",
  cny: "#,##0;(#,##0);0",
  cnyPerKwh: "0.0000",
  cnyPerUsd: "0.0000",
  usdPerKwh: "0.00000",
  btc: "0.0000",
  btcPerBlock: "0.0000",
  thS: "#,##0",
  ehS: "#,##0.00",
  watts: "#,##0",
  jPerTh: "0.00",
  mwh: "#,##0.0",
  mw: "#,##0.00",
  tonnes: "#,##0.0;(#,##0.0);0.0",
  tonnesPerBtc: "0.00",
  tPerMwh: "0.0000",
  percent: "0.00%",
  percentPerMonth: "0.00%",
  percentPerYear: "0.00%",
  fraction: "0.0000",
  ratio: "0.00;(0.00);0.00",
  count: "#,##0",
  months: "0.0",
  wholeMonths: "0",
  days: "0",
  blocks: "#,##0",
  date: "yyyy-mm-dd",
  month: "yyyy-mm",
  general: "General",
  text: "@",
} as const;

export type FormatName = keyof typeof FORMATS;
