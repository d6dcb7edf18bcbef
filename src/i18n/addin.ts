/*
 * Messages of the add-in's workbook layer as data: a key of RESOURCES and named parameters, so the
 * task pane shows each in the language chosen when it shows it, not the one current when the message
 * was made. A parameter is a name or number (put in as it is), another message (a reason inside a
 * sentence), a list of messages (joined as the language joins clauses), or a core error, which only
 * the caller can put into another language (see `addinText`).
 */
import type { ModelError } from "../core/errors";
import type { Resource } from "./resources";
import { translator, type Language } from "./index";

/** The dotted key of every text in a resource: `addin.failed.build`, `report.scenarios.bear`, `input.pue`. */
type LeafKeys<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKeys<T[K]>}` }[keyof T & string];
export type TextKey = LeafKeys<Resource>;

/** A core error inside a message: its English text as the add-in shows it, and the error for other languages. */
export interface ErrorParam {
  readonly en: string;
  readonly error: ModelError;
}

export type AddinParam = string | number | AddinText | readonly AddinText[] | ErrorParam;

export interface AddinText {
  readonly key: TextKey;
  readonly params: Readonly<Record<string, AddinParam>>;
}

/** A message (shorthand for the object literal). */
export const addinMessage = (key: TextKey, params: Readonly<Record<string, AddinParam>> = {}): AddinText => ({ key, params });

/**
 * A message in a language. A core error inside it is shown in English as the add-in wrote it (so the
 * English of a message never changes); in another language through `errorText` when given (the
 * pane's renderer of core errors), else in English too, as nothing else can translate it.
 */
export function addinText(text: AddinText, lang: Language, errorText?: (e: ModelError, lang: Language) => string): string {
  const t = translator(lang) as unknown as (key: string, params?: Record<string, string>) => string;
  const render = (p: AddinParam): string => {
    if (typeof p === "string" || typeof p === "number") return String(p);
    if (Array.isArray(p)) return (p as readonly AddinText[]).map((x) => addinText(x, lang, errorText)).join(t("sheet.separator"));
    if ("error" in p) return lang === "en" || !errorText ? p.en : errorText(p.error, lang);
    return addinText(p as AddinText, lang, errorText);
  };
  return t(text.key, Object.fromEntries(Object.entries(text.params).map(([k, v]) => [k, render(v)])));
}
