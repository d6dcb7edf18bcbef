import type { DataRecord } from "./record";

const SOURCE =
  "No published estimate exists; presets set from enforcement history: China's share of the " +
  "network hashrate fell to 0 % in Jul–Aug 2021 after the May 2021 crackdown and was back to 21.11 % " +
  "in Jan 2022 (Cambridge Centre for Alternative Finance, Bitcoin Mining Map, 2022-05-17) and ~14 % " +
  "in Oct 2025 (Hashrate Index, reported by Reuters, 2025-11-24)";

/** Annual probability of a forced shutdown, presets accepted by REG_RISK (case-insensitive). */
export const SHUTDOWN_PROBABILITY_PRESETS = {
  LOW: {
    value: "0.10",
    unit: "fraction/year",
    source: SOURCE,
    asOf: "2026-02",
    note: "ASSUMPTION: small, low-profile site behind its own hydro",
  },
  BASE: {
    value: "0.25",
    unit: "fraction/year",
    source: SOURCE,
    asOf: "2026-02",
    note: "ASSUMPTION: base case",
  },
  HIGH: {
    value: "0.50",
    unit: "fraction/year",
    source: SOURCE,
    asOf: "2026-02",
    note: "ASSUMPTION: large, visible farm or state-owned power supply",
  },
} satisfies Record<string, DataRecord>;

const IM_2022 = "Inner Mongolia Development and Reform Commission, notice 内发改价费字〔2022〕115号 on electricity prices for cryptocurrency mining (Jan 2022), reported by btcfans (Jinse)";
const HAINAN = "Hainan provincial differential electricity price for eliminated-category industries, including cryptocurrency mining (2022; exact date not published), reported by jjchem (Sohu)";

/**
 * Enforcement outcomes recorded by the sources, as model inputs. A back-pay penalty is
 * charged at a shutdown on the energy of the months before it; a differential tariff is added to every
 * kWh from a month on. The defaults are 0: no penalty unless chosen.
 */
export const ENFORCEMENT = {
  shutdownPenaltyCnyPerKwh: { value: "0", unit: "CNY/kWh", source: "no back-pay penalty unless chosen", asOf: "2026-02", note: "ASSUMPTION" },
  penaltyLookbackMonths: { value: "12", unit: "months", source: "a year of consumption billed back at a shutdown", asOf: "2026-02", note: "ASSUMPTION: the notices set no period" },
  penaltyTariffCnyPerKwh: { value: "0", unit: "CNY/kWh", source: "no differential tariff unless chosen", asOf: "2026-02", note: "ASSUMPTION" },
  penaltyTariffFromMonth: { value: "1", unit: "months", source: "from the first month when a differential tariff is chosen", asOf: "2026-02", note: "ASSUMPTION" },
} satisfies Record<string, DataRecord>;

/** The presets the Risk step offers, each with its source. */
export const ENFORCEMENT_PRESETS = {
  /** Back-pay of 2 × the CNY 1.00/kWh differential for an illicit connection. */
  innerMongoliaBackPay: { value: "2.00", unit: "CNY/kWh", source: `${IM_2022}: back-pay plus 2× the CNY 1.00/kWh price difference`, asOf: "2022-01", note: "" },
  innerMongoliaTariff: { value: "1.00", unit: "CNY/kWh", source: `${IM_2022}: eliminated-category differential price +CNY 1.00/kWh`, asOf: "2022-01", note: "" },
  hainanTariff: { value: "0.80", unit: "CNY/kWh", source: `${HAINAN}: +CNY 0.80/kWh`, asOf: "2022", note: "" },
} satisfies Record<string, DataRecord>;
