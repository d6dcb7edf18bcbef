/*
 * The Monte Carlo's settings as the pane reads them: what was typed, read as the wizard reads numbers,
 * each setting named as the user reads it in the pane's language.
 */
import { MONTE_CARLO } from "../data/risk";
import { translator, type Language } from "../i18n";
import { readNumber } from "./wizard/typed";

/** The settings: label and unit keys of the pane's texts, the sourced default, and whether "55%" means 0.55. */
export const MC_FIELDS = [
  { key: "paths", unit: "pathsUnit", record: MONTE_CARLO.paths, fraction: false },
  { key: "seed", unit: "seedUnit", record: MONTE_CARLO.seed, fraction: false },
  { key: "btcVolatilityAnnual", unit: "volatilityUnit", record: MONTE_CARLO.btcVolatilityAnnual, fraction: true },
  { key: "networkVolatilityAnnual", unit: "volatilityUnit", record: MONTE_CARLO.networkGrowthVolatilityAnnual, fraction: true },
  { key: "priceHashrateCorrelation", unit: "correlationUnit", record: MONTE_CARLO.priceHashrateCorrelation, fraction: false },
] as const;
export type SettingKey = (typeof MC_FIELDS)[number]["key"];

/** A setting's name as the user reads it: "Paths (count)", "路径数（条）". */
export const settingName = (f: (typeof MC_FIELDS)[number], lang: Language) => {
  const t = translator(lang);
  return t("pane.mc.field", { label: t(`pane.mc.${f.key}`), unit: t(`pane.mc.${f.unit}`) });
};

/**
 * The Monte Carlo's settings as numbers, read as the wizard reads numbers ("10,000", "55%"); a field
 * that is no number gets a message naming it (the simulation checks the ranges).
 */
export function monteCarloSettings(values: Readonly<Record<string, string>>, lang: Language = "en"): { settings: Record<SettingKey, number> } | { message: string } {
  const t = translator(lang);
  const settings = {} as Record<SettingKey, number>;
  for (const f of MC_FIELDS) {
    const raw = (values[f.key] ?? "").trim();
    const typed = readNumber(raw === "" ? f.record.value : raw, f.fraction);
    if (typed.kind !== "number") {
      const message = typed.kind === "error" ? t(`pane.typed.${typed.code}`, { raw: typed.raw }) : t("pane.typed.notNumber", { raw });
      return { message: t("pane.typed.named", { name: settingName(f, lang), message }) };
    }
    settings[f.key] = Number(typed.value);
  }
  return { settings };
}

