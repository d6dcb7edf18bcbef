/*
 * The custom functions' Chinese metadata (functions.zh-CN.json, loaded by Excel in Chinese through the
 * manifest's <Override Locale="zh-CN">): every function and parameter has a Chinese description, the
 * names, ids, types and optionality are exactly the English file's (formulas work in every language),
 * and every number, preset and code of an English description is kept in its translation.
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
const { localizeMetadata } = require("../../scripts/lib/localizeMetadata") as { localizeMetadata: (m: Metadata, t: unknown, l: string) => Metadata };

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; type: string; optional?: boolean; description?: string }[] }[];
}

const ROOT = path.resolve(__dirname, "../..");
const TABLE = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/metadata.zh-CN.json"), "utf8"));
const CJK = /[\u4e00-\u9fff]/;

let english: Metadata;
let chinese: Metadata;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([path.join(ROOT, "src/functions/functions.ts")], true);
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson) as Metadata;
  chinese = localizeMetadata(english, TABLE, "zh-CN");
});

const withoutDescriptions = (m: Metadata) => m.functions.map(({ description: _d, parameters, ...f }) => ({ ...f, parameters: parameters.map(({ description: _p, ...p }) => p) }));

it("keeps every id, name, type and optional flag: only the descriptions change", () => {
  expect(withoutDescriptions(chinese)).toEqual(withoutDescriptions(english));
  expect(chinese.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.id));
});

it("describes every function and parameter in Chinese", () => {
  const texts = chinese.functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description ?? "")]);
  expect(texts.length).toBeGreaterThan(50);
  for (const t of texts) expect([t, CJK.test(t)]).toEqual([t, true]);
});

it("keeps every number, preset name and code of the English text", () => {
  // Numbers (3.125, 2.5, 935424, 2026-02-07, 148.26E12), presets (NORTHEAST-2023, LOW), quoted field names.
  const tokens = (s: string) => s.match(/[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|\b(?:LOW|BASE|HIGH)\b|\d+(?:[.,-]\d+)*(?:E\d+)?|"[a-z]+"/g) ?? [];
  const missing: string[] = [];
  english.functions.forEach((f, i) => {
    const zh = chinese.functions[i]!;
    const pairs: [string, string, string][] = [[f.id, f.description, zh.description], ...f.parameters.map((p, j) => [`${f.id}(${p.name})`, p.description ?? "", zh.parameters[j]!.description ?? ""] as [string, string, string])];
    for (const [where, en, cn] of pairs) for (const t of tokens(en)) if (!cn.includes(t)) missing.push(`${where}: ${t}`);
  });
  expect(missing).toEqual([]);
});

it("refuses a table with a missing or a stale entry, naming it", () => {
  const { BREAKEVEN: _dropped, ...withoutOne } = TABLE;
  expect(() => localizeMetadata(english, withoutOne, "zh-CN")).toThrow(/BREAKEVEN: no zh-CN description/);
  const stale = { ...TABLE, HYDRO_COST: { ...TABLE.HYDRO_COST, parameters: { ...TABLE.HYDRO_COST.parameters, river: "河流" } } };
  expect(() => localizeMetadata(english, stale, "zh-CN")).toThrow(/HYDRO_COST\(river\): a zh-CN description for a parameter that does not exist/);
  const partial = { ...TABLE, REG_RISK: { ...TABLE.REG_RISK, parameters: { years: TABLE.REG_RISK.parameters.years } } };
  expect(() => localizeMetadata(english, partial, "zh-CN")).toThrow(/REG_RISK\(annual_shutdown_probability\): no zh-CN description/);
});

it("the build's dist/functions.zh-CN.json is the English file with these descriptions", () => {
  const built = JSON.parse(fs.readFileSync(path.join(ROOT, "dist/functions.zh-CN.json"), "utf8")) as Metadata;
  const builtEnglish = JSON.parse(fs.readFileSync(path.join(ROOT, "dist/functions.json"), "utf8")) as Metadata;
  expect(built).toEqual(localizeMetadata(builtEnglish, TABLE, "zh-CN"));
});

describe("the help pages (dist/help.html, dist/help.zh-CN.html)", () => {
  it.each([["help.html", "functions.json", "en"], ["help.zh-CN.html", "functions.zh-CN.json", "zh-CN"]])("%s lists every function with its parameters and description, and the legal notice", (page, json, lang) => {
    // The build minifies HTML (attribute quotes and entities may go): compare the decoded text.
    const raw = fs.readFileSync(path.join(ROOT, "dist", page), "utf8");
    const html = raw.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", json), "utf8")) as Metadata;
    expect(raw).toMatch(new RegExp(`<html lang="?${lang}"?>`));
    for (const f of meta.functions) {
      const signature = `JILIN.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      expect(html).toContain(signature);
      expect(html).toContain(f.description);
      for (const p of f.parameters) expect(html).toContain(p.description ?? "");
    }
    expect(html).toContain("发改运行〔2021〕1283号");
    if (lang === "zh-CN") expect(html).toContain("打击比特币挖矿和交易行为");
    // No script: the page works under the server's Content-Security-Policy as it is.
    expect(html).not.toMatch(/<script/i);
  });
});
