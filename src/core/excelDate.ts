/**
 * Excel date serials (1900 date system) as pure arithmetic.
 *
 * Serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's fictitious 1900-02-29 as serial 60, so from
 * serial 61 (1900-03-01) on, serial n is 1899-12-30 + n days; below 61 it is 1899-12-31 + n days.
 * The largest serial Excel accepts is 2958465 (9999-12-31).
 */
export const MAX_EXCEL_SERIAL = 2958465;
const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

/** The calendar date of a serial (its integer part; the fraction is the time of day). */
export function serialToDate(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const offset = whole < 60 ? whole + 1 : whole;
  const d = new Date(EPOCH_1899_12_30 + offset * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The serial of a calendar date (the inverse of `serialToDate` for real dates). */
export function dateToSerial(year: number, month: number, day: number): number {
  const n = Math.round((Date.UTC(year, month - 1, day) - EPOCH_1899_12_30) / MS_PER_DAY);
  return n < 61 ? n - 1 : n;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` strictly (no time, no overflowing days); undefined when it is not one. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function isoToSerial(text: string): number | undefined {
  const d = parseIsoDate(text);
  return d ? dateToSerial(d.year, d.month, d.day) : undefined;
}

export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** Days in a calendar month (Gregorian, leap years included). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
