/** Display formatting for the pane (the worksheet uses Excel number formats instead). */
import type { Decimal } from "../core/decimal";

const nf = (digits: number) => new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function money(d: Decimal | undefined, unit = "USD"): string {
  return d === undefined ? "n/a" : `${nf(0).format(d.toNumber())} ${unit}`;
}
export function number(d: Decimal | undefined, digits: number, unit = ""): string {
  return d === undefined ? "n/a" : `${nf(digits).format(d.toNumber())}${unit ? ` ${unit}` : ""}`;
}
export function percent(d: Decimal | undefined, none = "none"): string {
  return d === undefined ? none : `${nf(2).format(d.toNumber() * 100)} %`;
}
