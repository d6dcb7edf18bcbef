/*
 * The preview's Excel rules (preview/excelRules.ts): hand-derived cases for checkSheetName and
 * typedValue, and fast-check agreement with the add-in's independent sheet-name code.
 */
import fc from "fast-check";
import { checkSheetName, typedValue, type TypedValue } from "../../preview/excelRules";
import { isValidSheetName, sheetNameFor } from "../../src/workbook/sheetNames";

describe("checkSheetName", () => {
  it.each<[string, string]>([
    ["Sheet1", "Data"],
    [`${"a".repeat(31)}`, "31 units is the limit"],
    [`${"😀".repeat(15)}a`, "31 units, 16 code points"],
    ["x'y", "an inner apostrophe"],
    ["Histories", "only History itself is reserved"],
    ["吉林 模型", "CJK"],
    [" padded ", "spaces at the ends"],
  ])("accepts %j (%s)", (name) => {
    expect(() => checkSheetName(name, ["Data", "Model Test"])).not.toThrow();
  });

  it.each<[string, string]>([
    ["", "is blank"],
    ["   ", "is blank"],
    ["a".repeat(32), "is 32 characters long; the limit is 31"],
    ["😀".repeat(16), "is 32 characters long"],
    ["a[b", "contains ["],
    ["a]b", "contains ]"],
    ["a:b", "contains :"],
    ["a*b", "contains *"],
    ["a?b", "contains ?"],
    ["a/b", "contains /"],
    ["a\\b", "contains \\"],
    ["'x", "apostrophe"],
    ["x'", "apostrophe"],
    ["History", "matches History, a name Excel reserves"],
    ["HISTORY", "matches History, a name Excel reserves"],
    ["a\u0000b", "control character U+0000"],
    ["a\u007F", "control character U+007F"],
    ["a\u0085", "control character U+0085"],
    ["a\uD800", "unpaired surrogate U+D800"],
    ["\uDC00a", "unpaired surrogate U+DC00"],
    ["\uDE00\uD83D", "unpaired surrogate U+DE00"], // a pair in the wrong order
  ])("refuses %j: it %s", (name, why) => {
    expect(() => checkSheetName(name, [])).toThrow(`The sheet name "${name}" is not valid: it`);
    expect(() => checkSheetName(name, [])).toThrow(why);
  });

  it.each<[string, string]>([
    ["Model Test", "MODEL TEST"],
    ["model test", "Model Test"],
    ["Model Straße", "MODEL STRASSE"],
    ["Model \u212A", "model k"], // Kelvin sign
  ])("refuses %j next to %j", (name, other) => {
    expect(() => checkSheetName(name, ["Data", other])).toThrow(`A sheet named "${name}" already exists.`);
  });
});

const text = (value: string): TypedValue => ({ kind: "text", value });
const num = (value: number): TypedValue => ({ kind: "number", value });
const formula = (value: string): TypedValue => ({ kind: "formula", value });

describe("typedValue", () => {
  it.each<[string, TypedValue]>([
    // Formulas and the text prefix come before everything else.
    ["=1+2", formula("=1+2")],
    ["=TRUE", formula("=TRUE")],
    ["=", formula("=")],
    [" =1", text(" =1")],
    ["'=1", text("=1")],
    ["'123", text("123")],
    ["'TRUE", text("TRUE")],
    ["''x", text("'x")],
    ["'", text("")],
    // Booleans and errors: any case, stored upper-case.
    ["TRUE", { kind: "boolean", value: true }],
    ["false", { kind: "boolean", value: false }],
    [" True ", { kind: "boolean", value: true }],
    ["TRUE1", text("TRUE1")],
    ["FALſE", text("FALſE")], // long s upper-cases to S in JavaScript, not in Excel's keyword match
    ["#N/A", { kind: "error", value: "#N/A" }],
    ["#n/a", { kind: "error", value: "#N/A" }],
    ["#value!", { kind: "error", value: "#VALUE!" }],
    ["#REF!", { kind: "error", value: "#REF!" }],
    ["#Div/0!", { kind: "error", value: "#DIV/0!" }],
    ["#NUM!", { kind: "error", value: "#NUM!" }],
    ["#name?", { kind: "error", value: "#NAME?" }],
    ["#NULL!", { kind: "error", value: "#NULL!" }],
    ["#getting_data", { kind: "error", value: "#GETTING_DATA" }],
    ["#SPILL!", { kind: "error", value: "#SPILL!" }],
    ["#calc!", { kind: "error", value: "#CALC!" }],
    ["#N/A!", text("#N/A!")],
    // Numbers.
    ["1e5", num(100000)],
    ["1E-2", num(0.01)],
    ["0001", num(1)],
    ["1,000", num(1000)],
    ["1,234.5", num(1234.5)],
    ["12,345,678", num(12345678)],
    ["-3", num(-3)],
    ["+5", num(5)], // typed +5 is the number 5, not =+5
    ["(3)", num(-3)], // accounting negative
    ["($1,000.50)", num(-1000.5)],
    ["50%", num(0.5)],
    ["1.1%", num(0.011)], // 1.1e-2, not 1.1 / 100 (which is 0.011000000000000001)
    ["$1,000", num(1000)],
    ["-$5", num(-5)],
    [" 12 ", num(12)],
    [".5", num(0.5)],
    ["5.", num(5)],
    ["-0", num(0)],
    ["9.99999999999999E+307", num(9.99999999999999e307)], // Excel's largest number
    ["1e308", text("1e308")], // beyond it: text
    ["1,00", text("1,00")], // commas must group in threes
    ["12,34", text("12,34")],
    ["1,2345", text("1,2345")],
    ["1.2.3", text("1.2.3")],
    ["12 34", text("12 34")],
    ["0x10", text("0x10")],
    ["Infinity", text("Infinity")],
    ["(-3)", text("(-3)")],
    ["$", text("$")],
    [".", text(".")],
    ["%", text("%")],
    // Dates (1900 system). Serial 1 is 1900-01-01; Excel counts a fictitious 1900-02-29 as 60.
    ["1900-01-01", num(1)],
    ["1900-02-28", num(59)], // 31 January days + 28
    ["1900-02-29", num(60)], // the Lotus 1-2-3 leap-year bug Excel keeps
    ["2/29/1900", num(60)],
    ["1900-03-01", num(61)], // 59 days after 1900-01-01 (31 + 28): 1 + 59 + 1 for the fictitious day
    // 2026-01-01: 126 years after 1900-01-01, with leap days 1904…2024 (31; 1900 is no leap year)
    // = 126 × 365 + 31 = 46021 days; serial = 1 + 46021 + 1 (fictitious 1900-02-29) = 46023.
    ["2026-01-01", num(46023)],
    ["2026-01-02", num(46024)],
    ["1/2/2026", num(46024)], // en-US: month first, January 2
    ["2026/01/02", num(46024)],
    ["2026-1-2", num(46024)],
    ["1-2-2026", num(46024)],
    [" 2026-01-01 ", num(46023)],
    // 2024-01-01 = 46023 − 366 (2024) − 365 (2025) = 45292; Feb 29 is day 60 of 2024: 45292 + 59.
    ["2024-02-29", num(45351)],
    // 9999-12-31: 1900-01-01 to 10000-01-01 is 8100 × 365 + 1964 leap days (2024 multiples of 4
    // from 1904 to 9996, less the 60 centuries 2100…9900 not divisible by 400) = 2958464 days, so
    // 9999-12-31 is 2958463 days after serial 1: 1 + 2958463 + 1 = 2958465, Excel's last date.
    ["9999-12-31", num(2958465)],
    ["1899-12-31", text("1899-12-31")],
    ["2026-02-29", text("2026-02-29")],
    ["2/29/2026", text("2/29/2026")],
    ["13/1/2026", text("13/1/2026")], // no month 13 (en-US is month first)
    ["2026-00-10", text("2026-00-10")],
    ["2026-01/02", text("2026-01/02")], // mixed separators
    // "+" or "-" before something that is not a number: Excel makes it a formula.
    ["-capex", formula("=-capex")],
    ["+A1", formula("=+A1")],
    ["+-5", formula("=+-5")],
    ["+86 431 8888 8888", formula("=+86 431 8888 8888")],
    ["- item", formula("=- item")],
    ["-", text("-")],
    ["+", text("+")],
    [" -capex", text(" -capex")],
    // Everything else.
    ["", text("")],
    [" ", text(" ")],
    ["Jilin", text("Jilin")],
    ["吉林", text("吉林")],
  ])("%j", (input, expected) => {
    expect(typedValue(input)).toEqual(expected);
  });

  it("normalises -0 to 0", () => {
    expect(Object.is(typedValue("-0").value, 0)).toBe(true);
    expect(Object.is(typedValue("(0)").value, 0)).toBe(true);
  });

  it("reads back every number JavaScript prints, within Excel's range", () => {
    const excelNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => Math.abs(v) <= 9.99999999999999e307);
    fc.assert(
      fc.property(excelNumber, (v) => {
        expect(typedValue(String(v))).toEqual(num(v === 0 ? 0 : v));
      }),
    );
  });

  it("keeps anything after an apostrophe as text and anything after = as a formula", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(typedValue(`'${s}`)).toEqual(text(s));
        expect(typedValue(`=${s}`)).toEqual(formula(`=${s}`));
      }),
    );
  });
});

describe("agreement with the add-in's sheet names (src/workbook/sheetNames.ts)", () => {
  const unit = fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.constantFrom("[", "]", ":", "*", "?", "/", "\\", "'", " ", "\u0085", "😀", "ß", "\u212A", "History", "a"),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
  );
  const anyName = fc.string({ unit, maxLength: 40 });

  it("isValidSheetName and checkSheetName agree on every string", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        let accepted = true;
        try {
          checkSheetName(name, []);
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(isValidSheetName(name));
      }),
      { numRuns: 3000 },
    );
  });

  it("checkSheetName accepts every name sheetNameFor hands out", () => {
    fc.assert(
      fc.property(anyName, fc.array(anyName, { maxLength: 8 }), (site, others) => {
        const existing = [...others];
        for (let i = 0; i < 3; i++) {
          const name = sheetNameFor(site, existing);
          checkSheetName(name, existing);
          existing.push(name.toLowerCase());
        }
      }),
      { numRuns: 1000 },
    );
  });
});
