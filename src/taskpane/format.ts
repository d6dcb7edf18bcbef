/**
 * Display formatting for the pane (the worksheet uses Excel number formats instead): numbers as the
 * pane's language writes them (Intl), and amounts in the reporting currency. The model computes in
 * USD; in CNY an amount is the USD figure times the exchange-rate input, as on the Summary sheet.
 */
import type { TFunction } from "i18next";
import type { Decimal } from "../core/decimal";
import { translator, type Language } from "../i18n";
import { percentText } from "../i18n/language";

export interface Formats {
  /** An amount in USD (unit "USD", or "USD/BTC"), shown in the reporting currency. */
  money(d: Decimal | undefined, unit?: string): string;
  number(d: Decimal | undefined, digits: number, unit?: string): string;
  percent(d: Decimal | undefined, none?: string): string;
}

/** Formats for a language and a reporting currency (CNY at `cnyPerUsd`; USD when no rate is given). */
export function formats(lang: Language, currency?: { readonly code: "USD" | "CNY"; readonly cnyPerUsd?: Decimal }): Formats {
  const t: TFunction = translator(lang);
  const locale = lang === "zh-CN" ? "zh-CN" : "en-US";
  const nf = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rate = currency?.code === "CNY" ? currency.cnyPerUsd : undefined;
  const na = t("pane.format.na");
  return {
    money: (d, unit = "USD") => {
      if (d === undefined) return na;
      return rate ? `${nf(0).format(d.times(rate).toNumber())} ${unit.replace("USD", "CNY")}` : `${nf(0).format(d.toNumber())} ${unit}`;
    },
    number: (d, digits, unit = "") => (d === undefined ? na : `${nf(digits).format(d.toNumber())}${unit ? ` ${unit}` : ""}`),
    percent: (d, none = t("pane.format.none")) => (d === undefined ? none : percentText(lang, nf(2).format(d.toNumber() * 100))),
  };
}
