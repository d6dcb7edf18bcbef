/*
 * sheetNameFor and isValidSheetName: hand-written cases for each Excel sheet-name rule, then
 * fast-check over arbitrary Unicode (lone surrogates included) and crowded workbooks.
 */
import fc from "fast-check";
import { isValidSheetName, sheetNameFor } from "../../src/workbook/sheetNames";

const x = (n: number) => "x".repeat(n);
const a = (n: number) => "a".repeat(n);

describe("sheetNameFor: the schedule and summary sheets", () => {
  it("are named by their kind, cut to 31 units, with their own fallbacks, and made unique the same way", () => {
    expect(sheetNameFor("Test", [], "schedule")).toBe("Schedule Test");
    expect(sheetNameFor("Test", ["summary test"], "summary")).toBe("Summary Test (2)");
    // 9 ("Schedule ") + 22 = 31 units.
    expect(sheetNameFor(x(30), [], "schedule")).toBe(`Schedule ${x(22)}`);
    expect(sheetNameFor("???", [], "schedule")).toBe("Jilin schedule");
    expect(sheetNameFor("???", ["Jilin summary"], "summary")).toBe("Jilin summary (2)");
    // A workbook written in Chinese names its sheets in Chinese.
    expect(["model", "schedule", "summary"].map((k) => sheetNameFor("松花江", [], k as "model", "zh-CN"))).toEqual(["模型 松花江", "现金流表 松花江", "摘要 松花江"]);
    expect(sheetNameFor("", [], "schedule", "zh-CN")).toBe("吉林现金流表");
  });
});

describe("sheetNameFor", () => {
  it.each<[string, string, string[], string]>([
    ["plain", "Test", [], "Model Test"],
    ["each of [ ] : * ? / \\ becomes a space, runs collapse", "a/b:c*d?[e]\\f", [], "Model a b c d e f"],
    ["trailing apostrophes go, inner ones stay", "''x''", [], "Model ''x"],
    ["apostrophe and space uncovered by the cut both go", `${a(23)} '' b`, [], `Model ${a(23)}`],
    ["a site called History is fine behind the prefix", "History", [], "Model History"],
    ["C0, C1, DEL and tab become spaces", "Ridge\u0000\tLine\u0085Two\u007F", [], "Model Ridge Line Two"],
    ["no-break and ideographic spaces collapse to one space", "  Jilin \u3000\u00A0 Hydro  ", [], "Model Jilin Hydro"],
    ["a lone high surrogate becomes U+FFFD", "\uD800", [], "Model \uFFFD"],
    ["a lone low surrogate between letters becomes U+FFFD", "A\uDC00B", [], "Model A\uFFFDB"],
    ["a valid pair is kept", "Mine 😀", [], "Model Mine 😀"],
    ["nothing printable left gives the fallback", "???", [], "Jilin model"],
    ["apostrophes only give the fallback", "''", [], "Jilin model"],
    ["control characters only give the fallback", "\u0000\u0001", [], "Jilin model"],
    ["the fallback too is made unique", "*", ["JILIN MODEL"], "Jilin model (2)"],
    // 6 ("Model ") + 24 = 30 units; the emoji would need units 31 and 32, so it is dropped whole.
    ["an emoji straddling unit 31 is dropped, not halved", `${x(24)}😀tail`, [], `Model ${x(24)}`],
    // 6 + 23 + 2 = 31: fits exactly.
    ["an emoji ending at unit 31 is kept", `${x(23)}😀`, [], `Model ${x(23)}😀`],
    // "Model " 6, 吉林 8, ␠ 9, 松花江 12, ␠ 13, 水电站 16, ␠ 17, 二期 19, ␠ 20, 扩建 22, ␠ 23, 工程 25,
    // ␠ 26, 配套 28, ␠ 29, 矿场 31: the cut falls right after 矿场; 项目 goes.
    ["CJK longer than 31 units is cut at 31", "吉林 松花江 水电站 二期 扩建 工程 配套 矿场 项目", [], "Model 吉林 松花江 水电站 二期 扩建 工程 配套 矿场"],
    // Taken: the base is cut to 31 − 4 = 27 units, i.e. one unit into 配套.
    ["CJK colliding at 31 units is cut to 27 for ' (2)'", "吉林 松花江 水电站 二期 扩建 工程 配套 矿场 项目", ["Model 吉林 松花江 水电站 二期 扩建 工程 配套 矿场"], "Model 吉林 松花江 水电站 二期 扩建 工程 配 (2)"],
    ["collision ignores case", "Test", ["model test"], "Model Test (2)"],
    ["the next free number is used", "Test", ["MODEL TEST", "model test (2)"], "Model Test (3)"],
    ["an existing suffixed name alone is no collision", "Test", ["Model Test (2)"], "Model Test"],
    ["a colliding 31-unit name is shortened for its suffix", a(25), [`Model ${a(25)}`], `Model ${a(21)} (2)`],
    // 6 + 20 = 26 units; the next emoji would end at unit 28 > 27.
    ["an emoji at the suffix cut is dropped whole", `${x(20)}😀😀`, [`Model ${x(20)}😀😀`], `Model ${x(20)} (2)`],
    // The 27-unit cut ends in "'Upper'": its trailing apostrophe goes before " (2)".
    ["the suffix cut strips a trailing apostrophe", "Songhua River 'Upper' Works 2", ["Model Songhua River 'Upper' Wor"], "Model Songhua River 'Upper (2)"],
    ["ß and SS count as the same name", "Straße", ["MODEL STRASSE"], "Model Straße (2)"],
    ["the Kelvin sign and K count as the same name", "\u212A", ["model k"], "Model \u212A (2)"],
  ])("%s", (_why, site, existing, expected) => {
    const name = sheetNameFor(site, existing);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(isValidSheetName(name)).toBe(true);
  });
});

describe("isValidSheetName", () => {
  it.each<[string, boolean]>([
    ["Sheet1", true],
    ["", false],
    ["   ", false],
    [" padded ", true],
    [a(31), true],
    [a(32), false],
    [`${"😀".repeat(15)}a`, true], // 31 units
    ["😀".repeat(16), false], // 32 units, 16 code points
    ["吉林", true],
    ...[..."[]:*?/\\"].map((c): [string, boolean] => [`a${c}b`, false]),
    ["'x", false],
    ["x'", false],
    ["x'y", true],
    ["History", false],
    ["hIsToRy", false],
    ["Histories", true],
    ["a\u0000", false],
    ["a\u001F", false],
    ["a\u007F", false],
    ["a\u0080", false],
    ["a\u009F", false],
    ["a\u00A0b", true],
    ["\uD800", false],
    ["a\uDC00", false],
    ["\uDE00\uD83D", false], // a pair in the wrong order is two lone halves
    ["\uFFFD", true],
  ])("%j → %s", (name, valid) => {
    expect(isValidSheetName(name)).toBe(valid);
  });
});

/** One code point of any kind, weighted towards the characters the rules are about. */
const nastyUnit = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.constantFrom("[", "]", ":", "*", "?", "/", "\\", "'", " ", "\t", "\u3000", "\u0085", "😀", "吉", "ß", "\u212A", "a", "A"),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);
const nastyString = fc.string({ unit: nastyUnit, maxLength: 50 });

/** Excel's notion of "the same name" for these tests: equal after upper- then lower-casing. */
const sameName = (p: string, q: string) => p.toUpperCase().toLowerCase() === q.toUpperCase().toLowerCase();

function expectGoodName(name: string, existing: readonly string[]): void {
  expect(isValidSheetName(name)).toBe(true);
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name).not.toMatch(/\p{Cs}/u);
  expect(name).toBe(name.trim());
  expect(name).not.toMatch(/\s\s/);
  expect(name).toMatch(/^(Model |Jilin model)/);
  expect(existing.some((e) => sameName(e, name))).toBe(false);
}

it("is valid, unique and at most 31 units for any site name and existing sheets", () => {
  // Existing names: random strings mixed with near-misses of the name the site would get.
  const siteAndExisting = nastyString.chain((site) => {
    const first = sheetNameFor(site, []);
    const nearMisses = [first, first.toUpperCase(), first.toLowerCase(), ...[2, 3, 4].map((n) => `${first.slice(0, 27).trimEnd()} (${n})`)];
    return fc.tuple(fc.constant(site), fc.array(fc.oneof(nastyString, fc.constantFrom(...nearMisses)), { maxLength: 12 }));
  });
  fc.assert(
    fc.property(siteAndExisting, ([site, existing]) => {
      expectGoodName(sheetNameFor(site, existing), existing);
    }),
    { numRuns: 2000 },
  );
});

it("keeps handing out distinct names when the same site is added again and again", () => {
  fc.assert(
    fc.property(nastyString, fc.integer({ min: 2, max: 15 }), (site, times) => {
      const sheets: string[] = [];
      for (let i = 0; i < times; i++) {
        const name = sheetNameFor(site, sheets);
        expectGoodName(name, sheets);
        sheets.push(i % 2 === 0 ? name.toUpperCase() : name);
      }
    }),
    { numRuns: 300 },
  );
});
