/*
 * The report in Chinese and in CNY (`--lang zh-CN`, `--currency CNY`): every text key exists in both
 * languages with the same placeholders; the Chinese report carries the legal notice citing the two acts;
 * its amounts are the JSON's USD figures times the config's exchange rate (computed here from the
 * JSON, independently of the report's code); the JSON itself never changes; bad values exit 2.
 */
import path from "path";
import { run, EXIT_BAD_CONFIG, readConfigFile } from "../../src/cli/main";
import { RESOURCES } from "../../src/i18n/resources";
import { displayWidth } from "../../src/i18n";

const ROOT = path.resolve(__dirname, "../..");
const CONFIG = path.join(ROOT, "examples", "levered-hydro-10mw.json");

async function cli(argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), readFile: readConfigFile, today: new Date(Date.UTC(2026, 10, 30)) });
  return { code, out, err };
}

/** Every leaf of a resource as [dotted key, text]. */
function leaves(o: unknown, prefix = ""): [string, string][] {
  if (typeof o === "string") return [[prefix, o]];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the texts", () => {
  const en = new Map(leaves(RESOURCES.en));
  const zh = new Map(leaves(RESOURCES["zh-CN"]));

  it("have the same keys in English and Chinese", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(100);
  });

  it("have the same placeholders in both languages, and every Chinese text is Chinese", () => {
    for (const [key, text] of en) {
      const cn = zh.get(key) ?? "";
      expect([key, placeholders(cn)]).toEqual([key, placeholders(text)]);
      // Short codes and units stay as they are (t, P5); everything else is written in Chinese.
      if (/[a-z]{3,}/.test(text.replace(/\{\{\w+\}\}/g, ""))) expect([key, /[\u4e00-\u9fff]/.test(cn)]).toEqual([key, true]);
    }
  });
});

describe("jilin-model --lang zh-CN --currency CNY", () => {
  let json: { summary: Record<string, number | null> };
  let zh: string;
  let rate: number;
  beforeAll(async () => {
    json = JSON.parse((await cli(["--config", CONFIG, "--json"])).out);
    rate = JSON.parse(readConfigFile(CONFIG)).cnyPerUsd ?? 7.12;
    const r = await cli(["--config", CONFIG, "--lang", "zh-CN", "--currency", "CNY", "--scenarios", "--tornado", "--grid"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    zh = r.out;
  });

  it("carries the Chinese legal notice with both acts", () => {
    expect(zh).toContain("自 2021 年起中国大陆禁止比特币挖矿");
    expect(zh).toContain("国务院金融稳定发展委员会 2021 年 5 月 21 日提出“打击比特币挖矿和交易行为”");
    expect(zh).toContain("发改运行〔2021〕1283号");
    expect(zh).toContain("1 美元 = 7.12 元人民币");
  });

  it("shows each amount of the summary as the JSON's USD figure times the exchange rate", () => {
    const row = (label: string) => {
      const line = zh.split("\n").find((l) => l.startsWith(label));
      expect([label, line !== undefined]).toEqual([label, true]);
      return Number(line!.slice(label.length).trim().split(/\s+/)[0]!.replace(/,/g, ""));
    };
    const amounts: [string, string][] = [["投资成本", "capexUsd"], ["净现值 NPV", "npvUsd"], ["风险调整后净现值", "riskAdjustedNpvUsd"], ["每 BTC 完全成本", "allInCostPerBtcUsd"], ["股权净现值", "equityNpvUsd"]];
    for (const [label, key] of amounts) {
      const usd = json.summary[key] as number;
      expect(Math.abs(row(label) - usd * rate)).toBeLessThanOrEqual(0.5 + 1e-9 * Math.abs(usd * rate));
    }
    // Quantities that are not money stay as they are.
    expect(Math.abs(row("挖出 BTC") - (json.summary.btcMined as number))).toBeLessThan(5e-5);
    expect(zh).toMatch(/平均电价\s+0\.2843\s+CNY\/kWh/);
  });

  it("aligns its columns by display width (a Chinese character takes two)", () => {
    const summary = zh.split("\n\n")[1]!.split("\n");
    const valueEnds = summary.map((l) => displayWidth(l.replace(/\s{2}\S+(?: \/ \S+)?$|\s+每年$|\s+个月$/, "")));
    expect(new Set(valueEnds.filter((_, i) => !/回收期/.test(summary[i]!))).size).toBe(1);
  });

  it("the JSON is the same whatever the language, and --currency is refused with --json", async () => {
    const again = await cli(["--config", CONFIG, "--json", "--lang", "zh-CN"]);
    expect(JSON.parse(again.out)).toEqual(json);
    const refused = await cli(["--config", CONFIG, "--json", "--currency", "CNY"]);
    expect(refused.code).toBe(EXIT_BAD_CONFIG);
    expect(refused.err).toMatch(/--currency applies to the report; the JSON is always in USD/);
  });

  it.each([
    [["--lang", "fr"], /--lang must be one of en, zh-CN \(got "fr"\)/],
    [["--lang"], /--lang must be one of en, zh-CN \(got nothing\)/],
    [["--currency", "EUR"], /--currency must be USD or CNY \(got "EUR"\)/],
  ])("%j exits 2 with a message", async (flags, message) => {
    const r = await cli(["--config", CONFIG, ...flags]);
    expect(r.code).toBe(EXIT_BAD_CONFIG);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });

  it("the English report in USD is the default, and --lang en --currency USD changes nothing", async () => {
    const plain = await cli(["--config", CONFIG]);
    const explicit = await cli(["--config", CONFIG, "--lang", "en", "--currency", "USD"]);
    expect(explicit.out).toBe(plain.out);
    expect(plain.out).toMatch(/^Jilin Mining Model: /);
    expect(plain.out).toContain("Analysis only, not legal advice");
  });
});
