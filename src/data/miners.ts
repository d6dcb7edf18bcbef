import type { DataRecord } from "./record";

export type Cooling = "air" | "hydro" | "immersion";

/** One ASIC model. Efficiency is derived (power / hashrate, J/TH) so it can never disagree. */
export interface MinerSpec {
  readonly name: string;
  readonly hashrateThS: DataRecord;
  readonly powerW: DataRecord;
  readonly priceUsdPerTh: DataRecord;
  readonly cooling: Cooling;
  readonly released: string;
  readonly source: string;
}

const PRESET_PRICES =
  "price presets in the source code of a public gas-to-bitcoin mining calculator (undated, ~2025; low confidence)";
const TIER_AIR =
  "tier range for new-generation air-cooled machines (≤17 J/TH), USD 15–20/TH: Riot Platforms paid " +
  "USD 16.4–17.8/TH for MicroBT machines (Riot Platforms, SEC 10-K and 10-Q filings, 2023–2025); " +
  "<25 J/TH machines ~USD 20/TH (CoinDesk citing Hashrate Index, 2023-07-26)";
const TIER_HYDRO =
  "tier range for hydro and immersion machines, USD 16–22/TH: Riot Platforms paid USD 17.7/TH for " +
  "immersion MicroBT machines (Riot Platforms, SEC 10-K and 10-Q filings, 2023–2025)";
const TIER_USED =
  "tier range for used S19-class machines, USD 5–8/TH: S19-class machines fell to USD 15.7/TH by " +
  "Dec 2022 (Hashrate Index ASIC Price Index, 2022-12-25) and have kept falling with hashprice";

function rec(value: string, unit: DataRecord["unit"], source: string, asOf: string, note = ""): DataRecord {
  return { value, unit, source, asOf, note };
}

function miner(
  name: string,
  th: string,
  w: string,
  price: DataRecord,
  cooling: Cooling,
  released: string,
  source: string,
  asOf: string,
  note = "",
): MinerSpec {
  return {
    name,
    hashrateThS: rec(th, "TH/s", source, asOf, note),
    powerW: rec(w, "W", source, asOf, note),
    priceUsdPerTh: price,
    cooling,
    released,
    source,
  };
}

/** The miner catalogue. Names match case-insensitively in MINER(). */
export const MINERS: readonly MinerSpec[] = [
  miner("Antminer S19j Pro", "104", "3068", rec("6.5", "USD/TH", TIER_USED, "2025", "ASSUMPTION: used-market mid-point"),
    "air", "2021", "MiningStore S19 guide; asicWattList table of nhamilton1/asics-tools on GitHub (high confidence)", "2021"),
  miner("Antminer S19 XP", "140", "3010", rec("8", "USD/TH", PRESET_PRICES, "2025"),
    "air", "2022", "MiningStore S19 XP article (high confidence)", "2022"),
  miner("Antminer S21", "200", "3500", rec("10", "USD/TH", PRESET_PRICES, "2025"),
    "air", "2023", "BTCWire/HackerNoon review 2024-03-11; a public power-consumption table on GitHub (high confidence)", "2024-03-11"),
  miner("Antminer S21+", "216", "3564", rec("17.5", "USD/TH", TIER_AIR, "2025", "ASSUMPTION: tier mid-point"),
    "air", "2024", "btcminermarketplace; a public power-consumption table on GitHub (medium confidence)", "2024"),
  miner("Antminer S21 Pro", "234", "3510", rec("11.5", "USD/TH", PRESET_PRICES, "2025"),
    "air", "2024", "antminer-s21-pro-profitability page; a public power-consumption table on GitHub (medium confidence)", "2024"),
  miner("Antminer S21 XP", "270", "3645",
    rec("25.70", "USD/TH", "Hashrate Index roundup (Luxor ASIC desk)", "2025-11-03"),
    "air", "2024–25", "btcminermarketplace spec list; a public power-consumption table on GitHub (medium confidence)", "2025-11-03"),
  miner("Antminer S21 Hydro", "335", "5360", rec("19", "USD/TH", TIER_HYDRO, "2025", "ASSUMPTION: tier mid-point"),
    "hydro", "2024", "btcminerguide; a public power-consumption table on GitHub (medium confidence)", "2024"),
  miner("Antminer S21+ Hydro", "319", "4785", rec("19", "USD/TH", TIER_HYDRO, "2025", "ASSUMPTION: tier mid-point"),
    "hydro", "2024", "top-crypto-mining-asics (low confidence)", "2024"),
  miner("Antminer S21 XP Hydro", "473", "5676", rec("22", "USD/TH", TIER_HYDRO, "2025", "ASSUMPTION: tier top"),
    "hydro", "2024–25", "a public power-consumption table on GitHub (power only, low confidence)", "2025", "hashrate is a nameplate from memory: approximate"),
  miner("Whatsminer M50S++", "158", "3476", rec("8", "USD/TH", PRESET_PRICES, "2025"),
    "air", "2022", "MicroBT manual (Oct 2024) via og-ai-inference-research library (medium confidence)", "2024-10",
    "top bin of 138–158 TH/s at 22 J/TH"),
  miner("Whatsminer M60S", "184", "3404", rec("11", "USD/TH", PRESET_PRICES, "2025"),
    "air", "2023–24", "MicroBT manual (Oct 2024) via og-ai-inference-research library (medium confidence)", "2024-10",
    "typical 184 TH/s at 18.5 J/TH"),
  miner("Whatsminer M63S", "390", "7200", rec("15", "USD/TH", PRESET_PRICES, "2025"),
    "hydro", "2023–24", "public calculator presets; d-central naming key (low confidence)", "2025"),
  miner("Whatsminer M66S", "298", "5500", rec("14", "USD/TH", PRESET_PRICES, "2025"),
    "immersion", "2023", "calculator presets; Riot 10-K FY2023 (medium confidence)", "2023"),
  miner("Avalon A1466", "150", "3230", rec("17.5", "USD/TH", TIER_AIR, "2025", "ASSUMPTION: tier mid-point"),
    "air", "2023", "d-central troubleshooting page (medium confidence)", "2023"),
  miner("Avalon A16 XP", "300", "3850", rec("20", "USD/TH", TIER_AIR, "2025", "ASSUMPTION: tier top"),
    "air", "2025-10", "Hashrate Index hardware review of Canaan's A16 series (high confidence)", "2025-10"),
  miner("Avalon A16", "282", "3900", rec("18", "USD/TH", TIER_AIR, "2025", "ASSUMPTION: tier"),
    "air", "2025-10", "Hashrate Index hardware review of Canaan's A16 series (high confidence)", "2025-10"),
];

export const DEFAULT_MINER = "Antminer S21 XP";
