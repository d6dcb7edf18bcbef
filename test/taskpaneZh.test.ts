/*
 * The wizard in Chinese without a browser: field labels, units, help and sources, the Risk step's
 * presets and outcomes, the wizard's messages and the line items written to a Chinese sheet, and the
 * pane's amounts in CNY. Expected texts are written here by hand.
 */
import { enforcementOutcomes, fieldAsShown, fieldDefs, initialState, lineItems, riskPresets, stepsIn, toModelInputs, validateField, validateStep, type WizardState } from "../src/taskpane/wizard/model";
import { monteCarloSettings } from "../src/taskpane/monteCarloSettings";
import { formats } from "../src/taskpane/format";
import { D } from "../src/core/decimal";
import { PANE_EN, PANE_ZH } from "../src/i18n/paneResources";
import { CATALOGUE } from "../src/core/model/catalogue";
import { MARKET } from "../src/data/market";
import { sourceIn } from "../src/i18n/sources.zh-CN";
import { englishProse } from "./support/englishProse";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const withValues = (values: Record<string, string>, extra: Partial<WizardState> = {}): WizardState => ({ ...initialState(), ...extra, values });

/** Latin words a Chinese pane may show: codes, units, preset and miner names, formulas' letters. */
const ALLOWED = new Set(["USD", "CNY", "BTC", "TH", "EH", "kWh", "MWh", "MW", "tCO2", "JILIN-2022", "PUE", "IT", "J", "W", "YYYY", "MM", "DD", "LOW", "BASE", "HIGH", "JILIN", "NORTHEAST", "CHINA", "COAL", "LCA", "HYDRO", "rate", "TRUE", "FALSE", "D", "i", "T", "s"]);
/** Latin words in a text, leaving out a value shown back in quotes. */
const englishWords = (text: string) => (text.replace(/“[^”]*”/g, "").match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((w) => !ALLOWED.has(w));
/** Every sentence of the English pane (a leaf of PANE_EN with two or more words). */
const englishSentences = (node: unknown): string[] =>
  typeof node === "string" ? (/\w+ \w+/.test(node) ? [node.replace(/\{\{\w+\}\}/g, "").trim()] : []) : Object.values(node as object).flatMap(englishSentences);

describe("the wizard in Chinese", () => {
  const defs = fieldDefs(TODAY, "zh-CN");

  it("labels every field in Chinese, with the same keys, defaults and kinds as in English", () => {
    const en = fieldDefs(TODAY, "en");
    expect(defs.map((d) => d.key)).toEqual(en.map((d) => d.key));
    expect(defs.map((d) => [d.defaultValue, d.kind, d.fraction])).toEqual(en.map((d) => [d.defaultValue, d.kind, d.fraction]));
    for (const d of defs) {
      expect([d.key, /[\u4e00-\u9fff]/.test(d.label)]).toEqual([d.key, true]);
      expect([d.key, englishWords(d.label)]).toEqual([d.key, []]);
      expect([d.key, englishWords(d.unit)]).toEqual([d.key, []]);
      if (d.help) expect([d.key, englishWords(d.help)]).toEqual([d.key, []]);
    }
    // By hand: the catalogue's Chinese names and units.
    const horizon = defs.find((d) => d.key === "horizonMonths")!;
    expect([horizon.label, horizon.unit, horizon.help]).toEqual(["期限", "个月", "1 至 120 个月"]);
    expect(defs.find((d) => d.key === "staffSalaryCnyPerMonth")!.unit).toBe("CNY/月");
    expect(defs.find((d) => d.key === "customHashrateThS")!.unit).toBe("TH/s/台");
    expect(defs.find((d) => d.key === "scenario.bear.btcPriceUsd")!.label).toBe("悲观：开始时 BTC 价格");
  });

  it("keeps the English field table exactly as the catalogue names it", () => {
    for (const e of CATALOGUE) {
      const d = fieldDefs(TODAY).find((f) => f.key === e.key);
      if (d) expect([d.key, d.label]).toEqual([e.key, e.label]);
    }
  });

  it("gives where each default comes from in Chinese, marking an assumption 假设", () => {
    const uptime = defs.find((d) => d.key === "uptime")!;
    const rec = MARKET.uptime;
    // By hand: "假设。" for an assumption, then the source in Chinese and its date in full-width brackets.
    expect(uptime.source).toBe(`${rec.note.startsWith("ASSUMPTION") ? "假设。" : ""}${sourceIn(rec.source, "zh-CN")}（${rec.asOf}）`);
    expect(sourceIn(rec.source, "zh-CN")).not.toBe(rec.source);
    for (const d of defs) expect([d.key, englishProse(d.source)]).toEqual([d.key, []]);
    for (const o of enforcementOutcomes("zh-CN")) expect([o.id, englishProse(o.source)]).toEqual([o.id, []]);
  });

  it("names a Chinese workbook's site 吉林矿场 unless a name is typed; an English one keeps the model's default", () => {
    expect(fieldAsShown({ ...initialState(), sheetLang: "zh-CN" }, "siteName", defs, "zh-CN").defaultValue).toBe("吉林矿场");
    expect(toModelInputs({ ...initialState(), sheetLang: "zh-CN" }, TODAY).siteName).toBe("吉林矿场");
    expect(toModelInputs(withValues({ siteName: "Songhua" }, { sheetLang: "zh-CN" }), TODAY).siteName).toBe("Songhua");
    expect(toModelInputs(initialState(), TODAY).siteName).toBeUndefined();
    expect(fieldAsShown(initialState(), "siteName").defaultValue).toBe("Jilin site");
  });

  it("says in Chinese that the site's items scale with the fleet", () => {
    const shown = fieldAsShown(withValues({ minerCount: "548" }), "gridConnectionCny", defs, "zh-CN");
    expect(shown.def.help).toBe("随矿场功率缩放（默认值对应 0.999 MW 的默认矿场）；您的矿场：1.997 MW");
  });

  it("titles the steps and explains the presets and the enforcement outcomes in Chinese", () => {
    expect(stepsIn("zh-CN").map((s) => s.title)).toEqual(["场地", "矿机", "电力", "市场", "风险", "财务", "复核"]);
    expect(riskPresets("zh-CN").map((p) => p.explanation)[1]).toMatch(/^每年 \d+(\.\d+)?%：基准情形。$/);
    for (const o of enforcementOutcomes("zh-CN")) expect([o.id, englishWords(o.label)]).toEqual([o.id, []]);
  });

  it("names a field in Chinese in the wizard's own messages", () => {
    expect(validateField(withValues({ taxRate: "0,25" }), "taxRate", TODAY, "zh-CN")).toBe("税率（小数）小数请用小数点，不要用逗号（输入值：“0,25”）");
    expect(validateField(withValues({ btcPriceUsd: "25%" }), "btcPriceUsd", TODAY, "zh-CN")).toBe("开始时 BTC 价格（USD）不是百分比：请直接输入数值（输入值：“25%”）");
    expect(validateField({ ...initialState(), minerChoice: "custom" }, "customPowerW", TODAY, "zh-CN")).toBe("自定义矿机必须填写矿机墙上功耗（W/台）");
    expect(validateField({ ...initialState(), riskPreset: "custom" }, "customShutdownProbability", TODAY, "zh-CN")).toBe("自定义风险必须填写自定义关停概率（小数/年）");
  });

  it("gives every message of a step in Chinese, the core's included", () => {
    const s = withValues({ horizonMonths: "abc", staffHeadcount: "2.5", siteName: "" });
    const site = validateStep(s, "site", TODAY, "zh-CN");
    expect(Object.keys(site).sort()).toEqual(["horizonMonths", "staffHeadcount"]);
    for (const m of Object.values(site)) {
      expect(englishWords(m)).toEqual([]);
      expect(m).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(site.horizonMonths!.startsWith("期限（个月）")).toBe(true);
    expect(site.staffHeadcount!.startsWith("员工（人）")).toBe(true);
    const power = validateStep({ ...initialState(), profile: initialState().profile.map((p, i) => (i === 4 ? "1.5" : p)) }, "power", TODAY, "zh-CN");
    expect(power["profile.4"]!.startsWith("5月水电比例")).toBe(true);
    expect(englishWords(power["profile.4"]!)).toEqual([]);
  });

  it("names a Monte Carlo setting in Chinese", () => {
    expect(monteCarloSettings({ paths: "abc" }, "zh-CN")).toEqual({ message: "路径数（条）必须是数字（输入值：“abc”）" });
    expect(monteCarloSettings({ paths: "abc" })).toEqual({ message: 'Paths (count) must be a number (got "abc")' });
  });

  it("labels the line items in the language of the sheets they are written to", () => {
    const s = withValues({ staffHeadcount: "3", staffSalaryCnyPerMonth: "6000" }, { cooling: "hydro", sheetLang: "zh-CN" });
    const items = lineItems(s);
    expect(items.capexItems.map((i) => i.label)).toEqual(["电网接入及变电站", "冷却设施（水冷（冷板））", "厂房及土地", "网络连接"]);
    expect(items.opexItems[0]).toEqual({ label: "员工：3 人 × 每月 CNY 6000", cny: 18000 });
    // The amounts do not depend on the language.
    const en = toModelInputs({ ...s, sheetLang: "en" }, TODAY);
    const zh = toModelInputs(s, TODAY);
    const amounts = (x: typeof en) => [...(x.capexItems ?? []), ...(x.opexItems ?? [])].map((i) => ("usd" in i ? i.usd : i.cny));
    expect(amounts(zh)).toEqual(amounts(en));
  });

  it("has no English sentence of the pane left in the Chinese texts", () => {
    const leaves = (node: unknown): string[] => (typeof node === "string" ? [node] : Object.values(node as object).flatMap(leaves));
    const zh = leaves(PANE_ZH).join("\n");
    const left = englishSentences(PANE_EN).filter((s) => s.length > 12 && zh.includes(s));
    expect(left).toEqual([]);
  });
});

describe("amounts in the pane's reporting currency", () => {
  it("converts USD at the exchange-rate input and writes numbers as the language does", () => {
    // By hand: 1,234,567 USD × 7.1 = 8,765,425.7 → 8,765,426 CNY; 98,000 USD/BTC × 7.1 = 695,800 CNY/BTC.
    const cny = formats("zh-CN", { code: "CNY", cnyPerUsd: D("7.1") });
    expect(cny.money(D(1234567))).toBe("8,765,426 CNY");
    expect(cny.money(D(98000), "USD/BTC")).toBe("695,800 CNY/BTC");
    expect(cny.money(undefined)).toBe("不适用");
    expect(cny.percent(undefined)).toBe("无");
    expect(cny.percent(D("0.1234"))).toBe("12.34%");
    const usd = formats("en", { code: "USD", cnyPerUsd: D("7.1") });
    expect(usd.money(D(1234567))).toBe("1,234,567 USD");
    expect(usd.number(D("1.5"), 1, "months")).toBe("1.5 months");
  });
});
