/* Excel 1900 date serials, including Lotus's fictitious 1900-02-29 (serial 60). */
import { dateToSerial, serialToDate, daysInMonth, isoToSerial, parseIsoDate } from "../../src/core/excelDate";

// Serials as Excel shows them for =DATE(y, m, d) (Microsoft's DATE and DATEVALUE documentation:
// 1900-01-01 is 1, 2008-01-01 is 39448, 9999-12-31 is 2958465).
const KNOWN: [number, number, number, number][] = [
  [1900, 1, 1, 1],
  [1900, 2, 28, 59],
  [1900, 3, 1, 61],
  [2008, 1, 1, 39448],
  [2025, 1, 1, 45658],
  [2026, 2, 7, 46060],
  [9999, 12, 31, 2958465],
];

describe("Excel date serials", () => {
  it.each(KNOWN)("%i-%i-%i is serial %i, both ways", (y, m, d, serial) => {
    expect(dateToSerial(y, m, d)).toBe(serial);
    expect(serialToDate(serial)).toEqual({ year: y, month: m, day: d });
    expect(serialToDate(serial + 0.99)).toEqual({ year: y, month: m, day: d });
  });
  it("serial 60 is Excel's 1900-02-29", () => {
    expect(serialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
  });
  it("parses strict ISO dates only", () => {
    expect(isoToSerial("2026-02-07")).toBe(46060);
    expect(parseIsoDate("2026-02-30")).toBeUndefined();
    expect(parseIsoDate("2026-2-7")).toBeUndefined();
    expect(parseIsoDate("7 Feb 2026")).toBeUndefined();
  });
  it("knows leap years", () => {
    expect([daysInMonth(2028, 2), daysInMonth(2026, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
  });
});
