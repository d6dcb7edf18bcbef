/*
 * Every default's source in Chinese (src/i18n/sources.zh-CN.ts): each `source` text reachable from
 * src/data has an entry, no entry is left over, and each entry keeps what a reader needs to find the
 * source again (numbers, dates, presets, names and English titles) while its prose is Chinese.
 */
import fs from "fs";
import path from "path";
import { SOURCES_ZH, sourceIn } from "../../src/i18n/sources.zh-CN";
import { englishProse } from "../support/englishProse";

const DATA = path.resolve(__dirname, "../../src/data");
const CJK = /[\u4e00-\u9fff]/;

/** Every `source` string under a value, with where it was found; objects and arrays are walked to any depth. */
function sourcesIn(value: unknown, where: string, out: Map<string, string>): void {
  if (value === null || typeof value !== "object") return;
  for (const [k, v] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${where}[${k}]` : `${where}.${k}`;
    if (k === "source" && typeof v === "string") {
      if (!out.has(v)) out.set(v, at);
    } else sourcesIn(v, at, out);
  }
}

/** Every source text of every module in src/data (read from the folder, so a new data file is seen too). */
async function allSources(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith(".ts")).sort();
  for (const f of files) {
    const mod = (await import(path.join(DATA, f))) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) sourcesIn(v, `${f}:${name}`, out);
  }
  return out;
}

/*
 * What an entry must keep. Every number of the English (dates are runs of numbers), every English
 * title in quotes, and every word that starts with a capital letter: in these texts such a word is a
 * name (a publisher, a site, a filing, a title's word, a machine, a preset such as HIGH or JILIN-2022),
 * because the sources' prose is lower case. The exceptions are listed and checked:
 * - IN_CHINESE: Chinese bodies, places and codes the Chinese gives by its Chinese name, which must
 *   appear instead (生态环境部 for the Ministry of Ecology and Environment, 吉林 for Jilin);
 * - MONTHS: English month names, which the Chinese writes as "N 月";
 * - PROSE: capitalised only because they begin a sentence.
 * Hyphenated names stay one token when the next part starts with a capital or digit (D-Central,
 * JILIN-2022, Q3-2022), and end before a lower-case part, which is prose ("S19-class" keeps S19).
 */
const IN_CHINESE: Readonly<Record<string, string>> = {
  "Ministry of Ecology and Environment": "生态环境部",
  "National Bureau of Statistics": "国家统计局",
  "Guangming Daily": "光明日报",
  "Inner Mongolia Development and Reform Commission": "内蒙古自治区发展和改革委员会",
  "Changchun Municipal Government": "长春市人民政府",
  "State Council": "国务院",
  Songhua: "松花江",
  Northeast: "东北",
  Jilin: "吉林",
  Sichuan: "四川",
  Jiangsu: "江苏",
  Zhenjiang: "镇江",
  Suqian: "宿迁",
  Hainan: "海南",
  China: "中国",
  Chinese: "中国",
  US: "美国",
  Texas: "得克萨斯",
  "C&I": "工商业",
  "T&D": "输配电",
};
const MONTHS: Readonly<Record<string, number>> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, April: 4, May: 5, June: 6, Jul: 7, Aug: 8, September: 9, Oct: 10, October: 10, Nov: 11, Dec: 12,
};
const PROSE = new Set(["No", "Illustrative", "Basis"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAME = /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:[-&.][A-Z0-9][A-Za-z0-9]*)*/g;
const NUMBER = /\d[\d.,]*/g;
const QUOTED = /"([^"]+)"/g;

/** What the Chinese of an English source lacks, by the rule above. */
function missing(english: string, chinese: string): string[] {
  const lacks: string[] = [];
  let rest = english;
  for (const [name, zh] of Object.entries(IN_CHINESE).sort((a, b) => b[0].length - a[0].length)) {
    const re = new RegExp(`(?<![A-Za-z])${escape(name)}(?![A-Za-z])`, "g");
    if (!re.test(rest)) continue;
    if (!chinese.includes(zh)) lacks.push(`${name} → ${zh}`);
    rest = rest.replace(re, " ");
  }
  for (const [, title] of english.matchAll(QUOTED)) if (!chinese.includes(`“${title}”`)) lacks.push(`“${title}”`);
  for (const [token] of rest.matchAll(NAME)) {
    const month = MONTHS[token];
    if (month !== undefined) {
      if (!new RegExp(`(?<!\\d)${month} 月`).test(chinese)) lacks.push(`${token} → ${month} 月`);
    } else if (!PROSE.has(token) && !new RegExp(`(?<![A-Za-z0-9])${escape(token)}(?![A-Za-z0-9])`).test(chinese)) lacks.push(token);
  }
  for (const [raw] of english.matchAll(NUMBER)) {
    const n = raw.replace(/[.,]+$/, "");
    if (!new RegExp(`(?<![\\d.,])${escape(n)}(?![\\d])`).test(chinese)) lacks.push(n);
  }
  return lacks;
}

describe("the Chinese of every default's source", () => {
  let sources: Map<string, string>;
  beforeAll(async () => {
    sources = await allSources();
  });

  it("sees every source, including the miners' own and their nested price records", () => {
    expect(sources.size).toBeGreaterThan(80);
    const where = [...sources.values()];
    expect(where.some((w) => /^miners\.ts:MINERS\[\d+\]\.source$/.test(w) || /MINERS\[\d+\]\.hashrateThS\.source$/.test(w))).toBe(true);
    expect(where.some((w) => /MINERS\[\d+\]\.priceUsdPerTh\.source$/.test(w))).toBe(true);
    expect(where.some((w) => w.startsWith("regulation.ts:ENFORCEMENT_PRESETS."))).toBe(true);
  });

  it("has an entry for every source of src/data", () => {
    const lacking = [...sources].filter(([s]) => !Object.prototype.hasOwnProperty.call(SOURCES_ZH, s)).map(([s, where]) => `${where}: ${s}`);
    expect(lacking).toEqual([]);
  });

  it("has no stale entry: every key is a source of src/data", () => {
    expect(Object.keys(SOURCES_ZH).filter((k) => !sources.has(k))).toEqual([]);
  });

  it("sourceIn: English unchanged, Chinese from the table, for every source", () => {
    for (const s of sources.keys()) {
      expect(sourceIn(s, "en")).toBe(s);
      expect([s, sourceIn(s, "zh-CN")]).toEqual([s, SOURCES_ZH[s]]);
    }
    // A text outside the table (never a source of src/data, as the tests above hold) stays as given.
    expect(sourceIn("constructor", "zh-CN")).toBe("constructor");
  });

  it("keeps every number, date, preset, name and English title of the English", () => {
    const lacks = Object.entries(SOURCES_ZH)
      .map(([en, zh]) => [en, missing(en, zh)] as const)
      .filter(([, m]) => m.length > 0);
    expect(lacks).toEqual([]);
  });

  it("is Chinese prose: CJK in every entry and no run of three lower-case English words outside a quoted title", () => {
    const entries = Object.values(SOURCES_ZH);
    expect(entries.filter((zh) => !CJK.test(zh))).toEqual([]);
    expect(entries.map((zh) => [zh, englishProse(zh)]).filter(([, p]) => p!.length > 0)).toEqual([]);
  });

  it("the rule's own exceptions are in use, and it does catch what it is for", () => {
    const english = Object.keys(SOURCES_ZH).join("\n");
    for (const name of [...Object.keys(IN_CHINESE), ...Object.keys(MONTHS), ...PROSE]) {
      expect([name, new RegExp(`(?<![A-Za-z])${escape(name)}(?![A-Za-z])`).test(english)]).toEqual([name, true]);
    }
    expect(missing("Greenidge 10-Q Q3-2022, Jilin, Oct 2025", "Greenidge 10-Q，吉林，2025 年 10 月")).toEqual(["Q3-2022", "3", "2022"]);
    expect(missing("HIGH preset (2026-02)", "预设（2026-02）")).toEqual(["HIGH"]);
    expect(missing("CNY 0.3731/kWh", "CNY 0.373/kWh")).toEqual(["0.3731"]);
    expect(englishProse("no published benchmark for a Jilin site")).toEqual(["no published benchmark for a"]);
    expect(englishProse("BTC Newswire，“Bitcoin mining difficulty rose 35% in 2025”")).toEqual([]);
  });

  it("reads as a translator would write it (spot checks by hand)", () => {
    expect(sourceIn("no published benchmark for a Jilin site; a split of the model's default capex and opex totals", "zh-CN")).toBe(
      "吉林矿场无公开基准；由模型默认的投资成本和运营成本总额拆分而来",
    );
    expect(sourceIn("PBOC central parity 7.1161 (2025-08-25), 7.2014 (2025-04-30)", "zh-CN")).toBe(
      "中国人民银行（PBOC）人民币汇率中间价 7.1161（2025-08-25），7.2014（2025-04-30）",
    );
    expect(sourceIn("flat-price base case, a modelling choice: compare it with a rising-price scenario", "zh-CN")).toBe(
      "价格持平的基准情形，属建模选择：可与价格上涨的情景对比",
    );
    // A citation stays as published.
    expect(sourceIn("Hashrate Index weekly roundup, 2026-01-12", "zh-CN")).toBe("Hashrate Index 每周综述，2026-01-12");
  });
});
