/*
 * The docs' table of the model's scalar inputs, generated from the input catalogue (the catalogue test
 * checks that docs/model.md holds exactly this table between its markers), and the README's table of
 * the miner catalogue with each price's basis.
 */
import { CATALOGUE, type CatalogueEntry } from "./catalogue";
import { MINERS, PRICE_TIERS, priceBasis } from "../../data/miners";
import { minerEfficiency } from "../miners";

const range = (e: CatalogueEntry): string => {
  if (e.kind === "date") return e.key === "startDate" ? "first day of a month; the last month ≤ 9999-12" : "1900-01-01 … 9999-12-31";
  if (e.kind === "boolean") return "true / false";
  if (e.min === undefined || e.max === undefined) return "";
  return `${e.minOpen ? "(" : "["}${e.min}, ${e.max}${e.maxOpen ? ")" : "]"}${e.kind === "integer" ? ", whole" : ""}${e.kind === "numberOrPreset" ? ", or a preset" : ""}`;
};

const DEFAULTS: Readonly<Record<string, string>> = {
  startDate: "first day of next month",
  minerPriceUsdPerTh: "the miner's catalogue price",
  pue: "by the miner's cooling: air 1.10, hydro 1.05, immersion 1.03",
  annualShutdownProbability: "BASE (0.25)",
  curtailWhenUnprofitable: "true",
  gridFactorTPerMwh: "NORTHEAST-2023 (0.5122)",
};

/** The markdown table: key, label, unit, range, default and the default's source date. */
export function inputsTableMarkdown(): string {
  const rows = (CATALOGUE as readonly CatalogueEntry[]).map((e) => {
    const def = DEFAULTS[e.key] ?? (e.record ? `${e.record.value} (${e.record.asOf})` : "");
    return `| \`${e.key}\` | ${e.label} | ${e.unit} | ${range(e)} | ${def} |`;
  });
  return ["| key | input | unit | allowed range | default (as of) |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** The README's table of the miner catalogue: figures, cooling, price and whether the price is a quote or a tier assumption. */
export function minerTableMarkdown(): string {
  const rows = MINERS.map((m) => {
    const basis = priceBasis(m) === "quote" ? `market quote: ${m.priceUsdPerTh.source.replace(/^market quote: /, "")}` : `tier assumption: ${PRICE_TIERS[m.priceUsdPerTh.note.replace("ASSUMPTION: price tier ", "") as keyof typeof PRICE_TIERS].label}`;
    return `| ${m.name} | ${m.hashrateThS.value} | ${m.powerW.value} | ${minerEfficiency(m).toDecimalPlaces(1).toString()} | ${m.cooling} | ${m.priceUsdPerTh.value} | ${basis} |`;
  });
  const tiers = Object.values(PRICE_TIERS).map((t) => `- **${t.label}**: USD ${t.low}–${t.high}/TH, mid-point used. Basis: ${t.basis}.`);
  return ["| miner | TH/s | W | J/TH | cooling | USD/TH | price basis |", "|---|---|---|---|---|---|---|", ...rows, "", ...tiers].join("\n");
}
