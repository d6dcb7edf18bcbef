/*
 * Translation and number formatting for a language: i18next over RESOURCES (whole sentences with named
 * placeholders), Intl.NumberFormat for numbers, and a display width for aligning text tables in a
 * terminal, where a Chinese character takes two columns.
 */
import i18next, { type TFunction } from "i18next";
import { RESOURCES, type Language } from "./resources";

export { LANGUAGES, type Language } from "./resources";
export { languageOf } from "./language";

const instances = new Map<Language, TFunction>();

/** The translation function of a language (one i18next instance each, made on first use, synchronously). */
export function translator(lang: Language): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: false,
      resources: { [lang]: { translation: RESOURCES[lang] } },
      initAsync: false,
      // Texts go to a terminal or a cell, not into HTML.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t.bind(instance) as TFunction;
    instances.set(lang, t);
  }
  return t;
}

/** A number with grouping and a fixed number of decimals, as the language writes it. */
export function formatNumber(lang: Language, value: number, digits = 0): string {
  return value.toLocaleString(lang === "zh-CN" ? "zh-CN" : "en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Columns a text takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

export const padEndW = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));
export const padStartW = (text: string, width: number) => " ".repeat(Math.max(0, width - displayWidth(text))) + text;
