/**
 * Excel number formats that show units. A custom function cannot format its own cell, so the plan
 * gives every cell the format of its unit (STYLE §5, example 1).
 */
export const FORMATS = {
  usd: '#,##0" USD";-#,##0" USD"',
  usdCents: '#,##0.00" USD";-#,##0.00" USD"',
  usdPerBtc: '#,##0" USD/BTC"',
  usdPerTh: '0.00" USD/TH"',
  usdPerMonth: '#,##0" USD/mo"',
  cny: '#,##0" CNY"',
  cnyPerKwh: '0.0000" CNY/kWh"',
  cnyPerUsd: '0.0000" CNY/USD"',
  usdPerKwh: '0.00000" USD/kWh"',
  btc: '0.0000" BTC"',
  btcPerBlock: '0.0000" BTC/block"',
  thS: '#,##0" TH/s"',
  ehS: '#,##0.00" EH/s"',
  watts: '#,##0" W"',
  jPerTh: '0.00" J/TH"',
  mwh: '#,##0.0" MWh"',
  tonnes: '#,##0.0" t"',
  tonnesPerBtc: '0.00" t/BTC"',
  tPerMwh: '0.0000" t/MWh"',
  percent: "0.00%",
  percentPerMonth: '0.00%" /mo"',
  percentPerYear: '0.00%" /yr"',
  fraction: "0.0000",
  ratio: "0.00",
  count: "#,##0",
  months: '0.0" months"',
  wholeMonths: '0" months"',
  days: '0" days"',
  blocks: "#,##0",
  date: "yyyy-mm-dd",
  month: "yyyy-mm",
  general: "General",
  text: "@",
} as const;

export type FormatName = keyof typeof FORMATS;
