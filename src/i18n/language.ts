/*
 * Which of the product's languages a language tag asks for. Apart from index.ts, which carries i18next
 * and every text, so that the custom functions can read Office's display language without them.
 */
import type { Language } from "./resources";
import { MONTH_NAMES } from "../data/hydro";
import { MONTH_NAMES_ZH } from "./sheet.zh-CN";

/** The languages, as a table the compiler checks against RESOURCES' (one entry each, no other). */
const SUPPORTED = { en: true, "zh-CN": true } satisfies Record<Language, true>;

/** A supported language for a tag such as "zh-CN", "zh-cn", "zh-Hans" or "en-US"; undefined when none fits. */
export function languageOf(tag: string): Language | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === "zh" || lower.startsWith("zh-cn") || lower.startsWith("zh-hans") || lower === "zh-sg") return "zh-CN";
  if (lower === "en" || lower.startsWith("en-")) return "en";
  return (Object.keys(SUPPORTED) as Language[]).find((l) => l.toLowerCase() === lower);
}

/** The months' names, January first, as a language writes them ("Jan", "1月"). */
export const monthNames = (lang: Language): readonly string[] => (lang === "zh-CN" ? MONTH_NAMES_ZH : MONTH_NAMES);

/** A number written as a percentage: English sets the % sign apart ("12.34 %"), Chinese writes it against the number ("12.34%"). */
export const percentText = (lang: Language, number: string): string => (lang === "zh-CN" ? `${number}%` : `${number} %`);
