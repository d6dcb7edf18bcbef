/**
 * Glossary of the units used in names, data records and messages. Every `unit` of a record in
 * `src/data` must be one of these (a test enforces it). It lives in src/data, which imports nothing
 * of ours from outside, so that the records and their units form one self-contained layer.
 *
 * Name suffixes used in code: `Usd`, `Cny`, `Btc` (amounts); `PerKwh` (price per kWh); `ThS`, `EhS`
 * (hashrate in TH/s, EH/s); `JPerTh` (efficiency, = W per TH/s); `W`, `Mwh`, `Kwh`; `TPerMwh`
 * (tCO2 per MWh); `Months`, `Years`, `Days`; `Fraction` or `Annual`/`Monthly` for dimensionless
 * shares and rates, always as fractions (0.25, never 25).
 */
export const UNITS = {
  "TH/s": "machine hashrate, terahashes per second",
  "EH/s": "network hashrate, exahashes per second (10^6 TH/s)",
  W: "electrical power at the wall, watts",
  "J/TH": "efficiency, joules per terahash (= W per TH/s)",
  "USD/TH": "hardware price, US dollars per TH/s of hashrate",
  USD: "US dollars",
  "USD/BTC": "price of one bitcoin in US dollars",
  "USD/month": "US dollars per month",
  CNY: "Chinese yuan",
  "CNY/month": "Chinese yuan per month",
  "CNY/kWh": "electricity price, yuan per kilowatt-hour",
  "CNY/USD": "exchange rate, yuan per US dollar",
  "BTC/block": "bitcoin per block",
  "blocks/day": "blocks per day",
  blocks: "a count of blocks (or a block height)",
  "tCO2/MWh": "emission factor, tonnes of CO2 per megawatt-hour",
  fraction: "a share between 0 and 1 (0.25 = 25 %)",
  "fraction/month": "a rate per month as a fraction",
  "fraction/year": "a rate or probability per year as a fraction",
  ratio: "a dimensionless ratio (e.g. PUE)",
  count: "a whole number of items",
  months: "calendar months",
  date: "an ISO calendar date, YYYY-MM-DD",
} as const;

export type Unit = keyof typeof UNITS;

export function isUnit(unit: string): unit is Unit {
  return Object.prototype.hasOwnProperty.call(UNITS, unit);
}
