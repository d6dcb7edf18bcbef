/*
 * The pane's language: Office's display language at first (Chinese Office shows the pane in Chinese),
 * then the user's choice from the switch at the top of the pane, remembered in this browser's storage
 * for the next time the pane opens. Components read the language and its translation function from
 * context; the texts are in src/i18n/paneResources.ts.
 */
import * as React from "react";
import type { TFunction } from "i18next";
import { languageOf, translator, type Language } from "../i18n";
import { addinText } from "../i18n/addin";
import { errorText } from "../i18n/errors";
import { ModelError } from "../core/errors";
import { BuildError } from "../workbook/apply";

const STORAGE_KEY = "jilin-mining-model.paneLanguage";

/** Office's display language as a language the pane has ("zh-CN" for Chinese Office, else English). */
export function officeLanguage(): Language {
  try {
    return languageOf(Office.context.displayLanguage ?? "") === "zh-CN" ? "zh-CN" : "en";
  } catch {
    return "en";
  }
}

/** The language chosen in the pane before, if any (storage may be unavailable: then none). */
export function storedLanguage(): Language | undefined {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === "en" || v === "zh-CN" ? v : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Only the choice for next time is lost.
  }
}

interface Ui {
  readonly lang: Language;
  readonly t: TFunction;
}

const UiContext = React.createContext<Ui>({ lang: "en", t: translator("en") });

export function UiLanguage({ lang, children }: { lang: Language; children: React.ReactNode }): React.ReactElement {
  const value = React.useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}

/** The pane's language and its translation function. */
export const useUi = (): Ui => React.useContext(UiContext);

/**
 * A failure in a language: the add-in's from its message's key and parameters, the core's from its
 * details; anything else (Excel's own errors) as it was raised.
 */
export function failureText(e: unknown, lang: Language): string {
  if (e instanceof BuildError) return addinText(e.text, lang, errorText);
  if (e instanceof ModelError) return errorText(e, lang);
  return e instanceof Error ? e.message : String(e);
}
