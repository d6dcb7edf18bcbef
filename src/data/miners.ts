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

/**
 * How a catalogue price was set. One miner has a dated market quote; every other price is the
 * mid-point of the price tier its efficiency and cooling fall in, stated as an assumption with the
 * tier's basis (no published price list covers them all at one date). Tiers follow Hashrate Index's
 * efficiency tiers (below 19 J/TH; 19 J/TH and above), with hydro and immersion machines apart.
 */
export interface PriceTier {
  readonly id: "air-new" | "air-older" | "hydro";
  readonly label: string;
  /** The tier's range, USD/TH, and the basis of that range. */
  readonly low: string;
  readonly high: string;
  readonly basis: string;
}

export const PRICE_TIERS: Readonly<Record<PriceTier["id"], PriceTier>> = {
  "air-new": {
    id: "air-new",
    label: "new-generation air-cooled, below 19 J/TH",
    low: "15",
    high: "20",
    basis:
      "Riot Platforms paid USD 16.4–17.8/TH for MicroBT machines (Riot Platforms, SEC 10-K and 10-Q filings, 2023–2025); " +
      "machines below 25 J/TH sold near USD 20/TH (CoinDesk citing Hashrate Index, 2023-07-26)",
  },
  "air-older": {
    id: "air-older",
    label: "older-generation air-cooled, 19 J/TH and above (S19 class)",
    low: "5",
    high: "8",
    basis:
      "S19-class machines fell to USD 15.7/TH by Dec 2022 (Hashrate Index ASIC Price Index, 2022-12-25) and have kept " +
      "falling with hashprice; used S19-class machines trade at USD 5–8/TH",
  },
  hydro: {
    id: "hydro",
    label: "hydro- and immersion-cooled",
    low: "16",
    high: "22",
    basis: "Riot Platforms paid USD 17.7/TH for immersion MicroBT machines (Riot Platforms, SEC 10-K and 10-Q filings, 2023–2025)",
  },
};

/** The price of a tier: its mid-point, as a record that says it is an assumption and why. */
function tierPrice(id: PriceTier["id"]): DataRecord {
  const t = PRICE_TIERS[id];
  const mid = ((Number(t.low) + Number(t.high)) / 2).toString();
  return {
    value: mid,
    unit: "USD/TH",
    source: `tier assumption: mid-point of USD ${t.low}–${t.high}/TH for ${t.label}. Basis: ${t.basis}`,
    asOf: "2025",
    note: `ASSUMPTION: price tier ${t.id}`,
  };
}

/** The one dated market quote in the catalogue. */
const S21_XP_QUOTE: DataRecord = {
  value: "25.70",
  unit: "USD/TH",
  source: "market quote: Hashrate Index weekly roundup (Luxor ASIC desk), 2025-11-03",
  asOf: "2025-11-03",
  note: "",
};

/** Whether a catalogue price is a dated market quote or a tier assumption. */
export function priceBasis(spec: MinerSpec): "quote" | "tier" {
  return spec.priceUsdPerTh.note.startsWith("ASSUMPTION: price tier") ? "tier" : "quote";
}

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
  miner("Antminer S19j Pro", "104", "3068", tierPrice("air-older"),
    "air", "2021", "MiningStore S19 guide; asicWattList table of nhamilton1/asics-tools on GitHub (high confidence)", "2021"),
  miner("Antminer S19 XP", "140", "3010", tierPrice("air-older"),
    "air", "2022", "MiningStore S19 XP article (high confidence)", "2022"),
  miner("Antminer S21", "200", "3500", tierPrice("air-new"),
    "air", "2023", "BTCWire/HackerNoon review 2024-03-11; a public power-consumption table on GitHub (high confidence)", "2024-03-11"),
  miner("Antminer S21+", "216", "3564", tierPrice("air-new"),
    "air", "2024", "btcminermarketplace; a public power-consumption table on GitHub (medium confidence)", "2024"),
  miner("Antminer S21 Pro", "234", "3510", tierPrice("air-new"),
    "air", "2024", "antminer-s21-pro-profitability page; a public power-consumption table on GitHub (medium confidence)", "2024"),
  miner("Antminer S21 XP", "270", "3645",
    S21_XP_QUOTE,
    "air", "2024–25", "btcminermarketplace spec list; a public power-consumption table on GitHub (medium confidence)", "2025-11-03"),
  miner("Antminer S21 Hydro", "335", "5360", tierPrice("hydro"),
    "hydro", "2024", "btcminerguide; a public power-consumption table on GitHub (medium confidence)", "2024"),
  miner("Antminer S21+ Hydro", "319", "4785", tierPrice("hydro"),
    "hydro", "2024", "top-crypto-mining-asics (low confidence)", "2024"),
  miner("Antminer S21 XP Hydro", "473", "5676", tierPrice("hydro"),
    "hydro", "2024–25", "a public power-consumption table on GitHub (power only, low confidence)", "2025", "hashrate is a nameplate from memory: approximate"),
  miner("Whatsminer M50S++", "158", "3476", tierPrice("air-older"),
    "air", "2022", "MicroBT manual (Oct 2024) via og-ai-inference-research library (medium confidence)", "2024-10",
    "top bin of 138–158 TH/s at 22 J/TH"),
  miner("Whatsminer M60S", "184", "3404", tierPrice("air-new"),
    "air", "2023–24", "MicroBT manual (Oct 2024) via og-ai-inference-research library (medium confidence)", "2024-10",
    "typical 184 TH/s at 18.5 J/TH"),
  miner("Whatsminer M63S", "390", "7200", tierPrice("hydro"),
    "hydro", "2023–24", "public calculator presets; d-central naming key (low confidence)", "2025"),
  miner("Whatsminer M66S", "298", "5500", tierPrice("hydro"),
    "immersion", "2023", "calculator presets; Riot 10-K FY2023 (medium confidence)", "2023"),
  miner("Avalon A1466", "150", "3230", tierPrice("air-older"),
    "air", "2023", "d-central troubleshooting page (medium confidence)", "2023"),
  miner("Avalon A16 XP", "300", "3850", tierPrice("air-new"),
    "air", "2025-10", "Hashrate Index hardware review of Canaan's A16 series (high confidence)", "2025-10"),
  miner("Avalon A16", "282", "3900", tierPrice("air-new"),
    "air", "2025-10", "Hashrate Index hardware review of Canaan's A16 series (high confidence)", "2025-10"),
];

export const DEFAULT_MINER = "Antminer S21 XP";
