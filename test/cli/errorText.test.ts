/*
 * The core's errors in Chinese (src/i18n/errors.ts): for each kind of detail, the Chinese sentence names
 * the input by its Chinese label, states the allowed range or values and shows the value given, with no
 * English left but codes (units, JSON keys, preset and miner names, numbers). English is the core's
 * message unchanged, and rendered from the detail alone it is that message byte for byte (so the detail
 * carries every fact of the message), for the model's inputs and the JILIN functions' arguments alike.
 * The command line writes a bad config's message in Chinese with `--lang zh-CN` and exits 2. The
 * Chinese sentences below are written by hand.
 */
import fc from "fast-check";
import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import { ModelError } from "../../src/core/errors";
import { MODEL_INPUT_KEYS, SCENARIO_KEYS, resolveInputs } from "../../src/core/model/inputs";
import { projectModel } from "../../src/core/model/project";
import { breakevenPrice } from "../../src/core/mining";
import { D } from "../../src/core/decimal";
import { runMonteCarlo } from "../../src/core/risk/monteCarlo";
import { tornado } from "../../src/core/risk/tornado";
import { sensitivityGrid } from "../../src/core/risk/grid";
import { readNumber, readRange } from "../../src/functions/params";
import * as J from "../../src/functions/jilin";
import { MINER_FIELDS } from "../../src/core/miners";
import { MINERS } from "../../src/data/miners";
import { GOLDEN } from "../support/functionTable";
import { detailText, errorText } from "../../src/i18n/errors";
import { UNITS_ZH } from "../../src/i18n/sheet.zh-CN";
import { EXIT_BAD_CONFIG, readConfigFile, run } from "../../src/cli/main";
import { caught, thrown } from "../support/thrown";

const ROOT = path.resolve(__dirname, "../..");
const TODAY = new Date(Date.UTC(2026, 10, 30));

const rejected = (raw: unknown) => thrown(() => resolveInputs(raw, TODAY));

/** Latin text a Chinese message may carry: codes, not words of a sentence. */
const ALLOWED_LATIN = [
  ...MINERS.map((m) => m.name),
  ...Object.values(UNITS_ZH),
  ...MODEL_INPUT_KEYS,
  ...SCENARIO_KEYS,
  // The JILIN functions' parameters keep the names Excel shows, and MINER's fields are typed as they are.
  ...Object.values(GOLDEN).flatMap((params) => params.map(([name]) => name)),
  ...MINER_FIELDS,
  "hashrateThS", "powerW", "priceUsdPerTh", "name", "label", "usd", "cny", "bear", "base", "bull", "true", "false", "null", "TRUE", "FALSE",
  "LOW", "BASE", "HIGH", "NORTHEAST-2023", "YYYY-MM-DD", "JSON", "Excel", "BREAKEVEN", "BTC", "PUE", "USD", "CNY", "kWh", "TH/s", "EH/s", "tCO2/MWh",
].sort((a, b) => b.length - a.length);

/** The English words left in a Chinese message once codes and the user's own quoted text are taken out. */
function englishWords(zh: string): string[] {
  let rest = zh.replace(/“[^”]*”/g, "");
  for (const code of ALLOWED_LATIN) rest = rest.split(code).join(" ");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Each kind of detail: the error, and its Chinese sentence written by hand. */
const CASES: [string, () => ModelError, string][] = [
  ["range", () => rejected({ poolFee: 2 }), "矿池费率（小数）必须是数值，范围 [0, 1)（输入值：2）"],
  ["range (whole number)", () => rejected({ minerCount: 2.5 }), "矿机数量（台）必须是整数，范围 [1, 10000000]（输入值：2.5）"],
  ["range (open bound)", () => rejected({ uptime: 0 }), "在线率（小数）必须是数值，范围 (0, 1]（输入值：0）"],
  ["range (a scenario's value)", () => rejected({ scenarios: { bear: { gridPriceCnyPerKwh: 12 } } }), "悲观情景的电网电价（CNY/kWh）必须是数值，范围 [0, 10]（输入值：12）"],
  ["range (a month of the profile)", () => rejected({ hydroShareByMonth: [0.1, 0.1, 0.2, 1.2, 0.9, 1, 1, 1, 1, 0.6, 0.3, 0.2] }), "各月水电占负荷比例中4月的值（小数）必须是数值，范围 [0, 1]（输入值：1.2）"],
  ["range (a line item's amount)", () => rejected({ capexItems: [{ label: "变压器", cny: -5 }] }), "基础设施投资明细第 1 项的金额（CNY）必须是数值，范围 [0, 1000000000000]（输入值：-5）"],
  ["range (a custom miner's hashrate)", () => rejected({ miner: { hashrateThS: 0, powerW: 3000, priceUsdPerTh: 10 } }), "矿机算力（TH/s）必须是数值，范围 (0, 1000000]（输入值：0）"],
  ["notNumber (text)", () => rejected({ uptime: "95%" }), "在线率（小数）必须是数值，范围 (0, 1]（输入值：文本“95%”，不是数值）"],
  ["notNumber (null)", () => rejected({ btcPriceUsd: null }), "开始时 BTC 价格（USD）必须是数值，范围 [0, 1000000000]（输入值：空值 null，不是数值）"],
  ["notNumber (a list)", () => rejected({ pue: [1.1] }), "电能利用效率 PUE（比值）必须是数值，范围 [1, 3]（输入值：列表，不是数值）"],
  ["date", () => rejected({ halvingAnchorDate: "2024/04/20" }), "锚定区块日期必须是 YYYY-MM-DD 格式的日期（输入值：文本“2024/04/20”）"],
  ["notBoolean", () => rejected({ curtailWhenUnprofitable: "yes" }), "亏损月份停机必须为 true 或 false（输入值：文本“yes”）"],
  ["textLength (1 to N, with the value)", () => rejected({ siteName: "" }), "场地名称必须是 1 至 100 个字符的文本（输入值：空白）"],
  ["textLength (at most N)", () => rejected({ miner: { name: "x".repeat(61), hashrateThS: 100, powerW: 3000, priceUsdPerTh: 10 } }), "自定义矿机名称必须是最多 60 个字符的文本"],
  ["textLength (a line item's label)", () => rejected({ opexItems: [{ label: "租金", usd: 100 }, { label: " ", usd: 5 }] }), "固定运营成本明细（每月）第 2 项的名称必须是 1 至 100 个字符的文本"],
  ["unknownKey (in a custom miner)", () => rejected({ miner: { hashrateThS: 100, powerW: 3000, priceUsdPerTh: 10, colour: "red" } }), "矿机中有未知的键“colour”（可用的键：hashrateThS、powerW、priceUsdPerTh、name）"],
  ["unknownKey (in a scenario)", () => rejected({ scenarios: { bull: { pue: 1.05 } } }), "乐观情景中有未知的键“pue”（可用的键：btcPriceUsd、btcPriceGrowthMonthly、networkHashrateGrowthMonthly、hydroPriceCnyPerKwh、gridPriceCnyPerKwh、annualShutdownProbability）"],
  ["unknownKey (in a line item)", () => rejected({ capexItems: [{ label: "变压器", eur: 5 }] }), "基础设施投资明细第 1 项中有未知的键“eur”（可用的键：label、usd、cny）"],
  ["unknownPreset", () => rejected({ annualShutdownProbability: "EXTREME" }), "关停概率没有名为“EXTREME”的预设；可用的预设：LOW、BASE、HIGH"],
  ["unknownPreset (in a scenario)", () => rejected({ scenarios: { bear: { annualShutdownProbability: "MAX" } } }), "悲观情景的关停概率没有名为“MAX”的预设；可用的预设：LOW、BASE、HIGH"],
  ["unknownMiner", () => rejected({ miner: "Antminer S99" }), `矿机“Antminer S99”不在矿机目录中；目录中的型号：${MINERS.map((m) => m.name).join("、")}`],
  ["inputsNotObject", () => rejected("poolFee=2"), "模型输入必须是一个 JSON 对象（输入值：文本“poolFee=2”）"],
  ["minerType", () => rejected({ miner: 5 }), `矿机必须是矿机目录中的型号名称（${MINERS.map((m) => m.name).join("、")}），或自定义矿机 { "hashrateThS", "powerW", "priceUsdPerTh" }（输入值：5）`],
  ["lineItemsNotList", () => rejected({ capexItems: { label: "变压器", usd: 5 } }), '基础设施投资明细必须是由 { "label", "usd" } 或 { "label", "cny" } 组成的列表（输入值：对象）'],
  ["lineItemNotObject", () => rejected({ opexItems: [["租金", 100]] }), '固定运营成本明细（每月）第 1 项必须是 { "label", "usd" } 或 { "label", "cny" } 形式的对象（输入值：列表）'],
  ["lineItemCurrency", () => rejected({ capexItems: [{ label: "变压器", usd: 5, cny: 35 }] }), '基础设施投资明细第 1 项必须有且只有 "usd" 或 "cny" 其中之一'],
  ["profileLength", () => rejected({ hydroShareByMonth: [0.5, 0.5] }), "各月水电占负荷比例必须是由 12 个小数组成的列表，依次为1月至12月（输入值：含 2 个值的列表）"],
  ["scenariosNotObject", () => rejected({ scenarios: 5 }), "情景必须是一个对象，其键为 bear（悲观）、base（基准）和/或 bull（乐观）（输入值：5）"],
  ["unknownScenario", () => rejected({ scenarios: { worst: {} } }), "情景只能包含 bear、base、bull，不能包含“worst”"],
  ["scenarioNotObject", () => rejected({ scenarios: { bull: null } }), "乐观情景必须是由覆盖值组成的对象（输入值：空值 null）"],
  ["startNotFirstOfMonth", () => rejected({ startDate: "2026-12-15" }), "开始（首月）必须是某月的第一天（输入值：2026-12-15）"],
  ["startPastCalendar", () => rejected({ startDate: "9999-01-01", horizonMonths: 24 }), "开始（首月）为 9999-01-01、期限为 24 个月时，模型会超出 9999 年 12 月，即 Excel 日历的最后一个月"],
  ["startBeforeBlockZero", () => thrown(() => projectModel({ startDate: "2000-01-01", btcPriceAsOf: "2000-01-01", networkHashrateAsOf: "2000-01-01" }, TODAY)), "开始（首月）为 2000-01-01 时，按锚定区块高度 935424（2026-02-07）推算，将早于区块高度 0"],
  ["asOfTooFar", () => rejected({ startDate: "2026-12-01", btcPriceAsOf: "2000-01-01" }), "BTC 价格日期为 2000-01-01，距开始月份 2026-12-01 有 323 个月；必须在 120 个月（十年）以内"],
  ["noBtcEarned", () => thrown(() => breakevenPrice(D(15), D("0.05"), D(800), D(0), D(0), D(1), D(0), D(0))), "BREAKEVEN：挖不到任何 BTC（区块补贴加交易手续费为 0），因此不存在盈亏平衡比特币价格"],
  ["monteCarloSetting (paths)", () => thrown(() => runMonteCarlo({}, { paths: 0 }, TODAY)), "路径数必须是整数，范围 [1, 1000000]（输入值：0）"],
  ["monteCarloSetting (seed)", () => thrown(() => runMonteCarlo({}, { seed: -1 }, TODAY)), "随机种子必须是整数，范围 [0, 4294967295]（输入值：-1）"],
  ["monteCarloSetting (volatility)", () => thrown(() => runMonteCarlo({}, { btcVolatilityAnnual: 6 }, TODAY)), "BTC 价格年化波动率必须是小数，范围 [0, 5]（输入值：6）"],
  ["monteCarloSetting (correlation)", () => thrown(() => runMonteCarlo({}, { priceHashrateCorrelation: 1.5 }, TODAY)), "BTC 价格与全网算力的相关系数必须是数值，范围 [−1, 1]（输入值：1.5）"],
  ["monteCarloSetting (drift)", () => thrown(() => runMonteCarlo({}, { paths: 1, btcDriftMonthly: -2 }, TODAY)), "BTC 价格月漂移率必须 > −1（输入值：-2）"],
  ["tornadoSwing", () => thrown(() => tornado({}, 1.5, TODAY)), "龙卷风图的变动幅度必须是小数，范围 (0, 1]（输入值：1.5）"],
  ["tornadoSwing (text that is no number)", () => thrown(() => tornado({}, "twenty", TODAY)), "龙卷风图的变动幅度必须是小数，范围 (0, 1]（输入值：文本“twenty”）"],
  ["gridSize", () => thrown(() => sensitivityGrid({}, 4, TODAY)), "双因素敏感性表每个轴的点数必须是 3 至 15 之间的奇数（输入值：4）"],
  ["blankArgument", () => thrown(() => J.breakeven(null, 0.05, 1000)), "efficiency_j_per_th不能为空：必须是数值，> 0"],
  ["blankDate", () => thrown(() => J.subsidy("")), "date不能为空：必须是日期（Excel 日期序列号，或 YYYY-MM-DD 格式的文本）"],
  ["dateArgument", () => thrown(() => J.subsidy(2958466)), "date必须是日期：[1, 2958465] 内的 Excel 日期序列号，或 YYYY-MM-DD 格式的文本（输入值：2958466）"],
  ["monthArgument", () => thrown(() => J.readMonth(2.5)), "month必须是 1 至 12 的整数月份，或大于 12、不超过 2958465 的 Excel 日期序列号（输入值：2.5）"],
  ["notRange", () => thrown(() => J.readProfile(true)), "hydro_share_by_month必须是恰好 12 个单元格的区域（输入值：TRUE）"],
  ["rangeSize", () => thrown(() => J.readProfile([[0.5], [0.5], [0.5]])), "hydro_share_by_month必须是恰好 12 个单元格的区域（实际为 3 个单元格）"],
  ["blankCell", () => thrown(() => J.readProfile([[...Array(11).fill(0.5), ""]])), "hydro_share_by_month的12月（第 12 个单元格）为空；每个单元格都必须是数值，范围 [0, 1]"],
  ["badCell", () => thrown(() => J.readProfile([[0.5, 0.5, -0.1, ...Array(9).fill(0.5)]])), "hydro_share_by_month的3月（第 3 个单元格）必须是数值，范围 [0, 1]（输入值：-0.1）"],
  ["badCell (a range without months)", () => thrown(() => readRange({ name: "cells", what: "a count", min: "1", integer: true }, [[1, 2.5]], 2)), "cells的第 2 个单元格必须是整数，≥ 1（输入值：2.5）"],
  ["dateBeforeBlockZero", () => thrown(() => J.subsidy("2000-01-01", 0, "2026-02-07")), "date不能早于区块高度 0：按 anchor_height 0 推算，2000-01-01 的区块高度为 -1372896"],
  ["notModelName", () => thrown(() => J.miner(21)), 'model必须是矿机型号名称，例如“Antminer S21 XP”（输入值：21）'],
  ["oneOf", () => thrown(() => J.miner("Antminer S21 XP", "watts")), "field必须是以下之一：hashrate、power、efficiency、price（输入值：文本“watts”）"],
];


/**
 * A thrown error is a ModelError with a detail whose English is the message itself, and whose Chinese
 * is a sentence with no resource key or placeholder left and, outside the user's own quoted text, no
 * English but codes (a double outside JSON's range is shown as JavaScript writes it).
 */
function expectBothLanguages(e: unknown): void {
  expect(e).toBeInstanceOf(ModelError);
  const error = e as ModelError;
  expect(error.detail).toBeDefined();
  expect(detailText(error.detail!, "en")).toBe(error.message);
  const zh = errorText(error, "zh-CN");
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(zh.replace(/“[^”]*”/g, "")).not.toMatch(/error\.|\{\{|\}\}/);
  expect(englishWords(zh).filter((w) => w !== "Infinity" && w !== "NaN")).toEqual([]);
}

describe("errorText: the core's errors in Chinese", () => {
  it.each(CASES)("%s", (_kind, make, zh) => {
    const e = make();
    expect(e.detail).toBeDefined();
    expect(errorText(e, "zh-CN")).toBe(zh);
    expect(englishWords(zh)).toEqual([]);
    expect(errorText(e, "en")).toBe(e.message);
    expect(detailText(e.detail!, "en")).toBe(e.message);
  });

  it("covers every kind of detail", () => {
    const kinds = new Set(CASES.map(([, make]) => make().detail!.kind));
    expect([...kinds].sort()).toEqual(
      [
        "asOfTooFar", "date", "gridSize", "inputsNotObject", "lineItemCurrency", "lineItemNotObject", "lineItemsNotList", "minerType",
        "monteCarloSetting", "noBtcEarned", "notBoolean", "notNumber", "profileLength", "range", "scenarioNotObject", "scenariosNotObject",
        "startBeforeBlockZero", "startNotFirstOfMonth", "startPastCalendar", "textLength", "tornadoSwing", "unknownKey", "unknownMiner",
        "unknownPreset", "unknownScenario",
        "badCell", "blankArgument", "blankCell", "blankDate", "dateArgument", "dateBeforeBlockZero", "monthArgument", "notModelName", "notRange",
        "oneOf", "rangeSize",
      ].sort(),
    );
  });

  it("an unknown key lists the keys a config may have", () => {
    const zh = errorText(rejected({ colour: "red" }), "zh-CN");
    expect(zh).toBe(`未知的键“colour”；可用的键：${MODEL_INPUT_KEYS.join("、")}`);
    expect(englishWords(zh)).toEqual([]);
  });

  it("names the input as the caller does: the whole subject first, then its parts", () => {
    expect(errorText(rejected({ poolFee: 2 }), "zh-CN", () => "矿池费（%）")).toBe("矿池费（%）必须是数值，范围 [0, 1)（输入值：2）");
    // The caller's part label is used as it is (no unit added); the scenario is still named.
    const byKey = (k: string) => ({ btcPriceUsd: "比特币价格" })[k];
    expect(errorText(rejected({ scenarios: { bull: { btcPriceUsd: -1 } } }), "zh-CN", byKey)).toBe("乐观情景的比特币价格必须是数值，范围 [0, 1000000000]（输入值：-1）");
    const asked: string[] = [];
    errorText(rejected({ capexItems: [{ label: "a", usd: -1 }] }), "zh-CN", (k) => void asked.push(k));
    expect(asked).toEqual(["capexItems[0].usd", "capexItems"]);
    expect(errorText(thrown(() => runMonteCarlo({}, { paths: 2.5 }, TODAY)), "zh-CN", (k) => (k === "paths" ? "模拟次数" : undefined))).toBe("模拟次数必须是整数，范围 [1, 1000000]（输入值：2.5）");
  });

  it("a JILIN function's argument errors carry the same details", () => {
    const e = thrown(() => readNumber({ name: "pool_fee", what: "a fraction", min: "0", max: "1", maxOpen: true }, "abc"));
    expect(e.message).toBe('pool_fee must be a fraction in [0, 1) (got text "abc")');
    expect(e.detail).toMatchObject({ kind: "notNumber", name: "pool_fee", got: { type: "text", text: "abc" } });
    expect(detailText(e.detail!, "en")).toBe(e.message);
    expect(errorText(e, "zh-CN", () => "矿池费率")).toBe("矿池费率必须是数值，范围 [0, 1)（输入值：文本“abc”，不是数值）");
  });

  it("an error without detail is named in Chinese and quotes the English", () => {
    expect(errorText(new ModelError("INVALID_INPUT", "x must be y"), "zh-CN")).toBe("输入无效：x must be y");
    expect(errorText(new ModelError("NO_SOLUTION", "no IRR"), "zh-CN")).toBe("无解：no IRR");
    expect(errorText(new ModelError("UNKNOWN_NAME", "no such thing"), "zh-CN")).toBe("名称未知：no such thing");
  });

  it("shows a value given as it was given, never as a template", () => {
    const hostile = "{{got}} $t(error.noBtcEarned)";
    expect(errorText(rejected({ uptime: hostile }), "zh-CN")).toBe(`在线率（小数）必须是数值，范围 (0, 1]（输入值：文本“${hostile}”，不是数值）`);
    expect(errorText(rejected({ miner: hostile }), "zh-CN")).toContain(`矿机“${hostile}”不在矿机目录中`);
  });

  it("every error of resolveInputs on a random bad config reads the same in English from its detail, and in Chinese has no template left", () => {
    const value = fc.oneof(fc.anything({ maxDepth: 2 }), fc.double(), fc.string({ maxLength: 12 }), fc.constantFrom("", "LOW", "abc", "2026-12-15", "9999-01-01", "1e999999999999999"));
    const config = fc.oneof(
      value,
      fc.dictionary(fc.oneof(fc.constantFrom(...MODEL_INPUT_KEYS), fc.string({ maxLength: 6 })), value, { maxKeys: 3 }),
      fc.record({
        scenarios: fc.dictionary(fc.constantFrom("bear", "bull", "worst"), fc.dictionary(fc.constantFrom(...SCENARIO_KEYS, "pue"), value, { maxKeys: 2 }), { maxKeys: 2 }),
        capexItems: fc.array(fc.record({ label: fc.oneof(fc.string({ maxLength: 3 }), value), usd: value, cny: value }, { requiredKeys: [] }), { maxLength: 2 }),
        hydroShareByMonth: fc.array(value, { minLength: 12, maxLength: 12 }),
      }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(config, (raw) => {
        const e = caught(() => resolveInputs(raw, TODAY));
        if (e !== undefined) expectBothLanguages(e);
      }),
      { numRuns: 1000 },
    );
  });

  it("every error of a JILIN function on random arguments reads the same in English from its detail, and in Chinese has no template left", () => {
    const functions: [(...args: unknown[]) => unknown, number][] = [
      [J.breakeven, 8], [J.hydroCost, 5], [J.co2Tonnes, 4], [J.regRisk, 2], [J.hashprice, 5], [J.networkHashrate, 1],
      [J.subsidy, 3], [J.btcMined, 7], [J.energyMwh, 5], [J.miner, 2], [J.hydroLcoe, 6],
    ];
    const twelve = (x: unknown) => Array.from({ length: 12 }, () => x);
    const argument = fc.oneof(
      fc.constantFrom<unknown>(null, "", "abc", "MEDIUM", "EU-2023", "Antminer S99", "colour", "2026-02-30", true, 0, -1, 1.5, 13, 2958466, NaN, [[0.5, 0.5]], [twelve(0.5)], [twelve(null)], [twelve("x")]),
      fc.double(),
      fc.string({ maxLength: 12 }),
      fc.array(fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 13 }), { maxLength: 13 }),
    );
    const call = fc.constantFrom(...functions).chain(([fn, arity]) => fc.tuple(fc.constant(fn), fc.array(argument, { maxLength: arity })));
    fc.assert(
      fc.property(call, ([fn, args]) => {
        const e = caught(() => fn(...args));
        if (e !== undefined) expectBothLanguages(e);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("jilin-model --lang zh-CN with a bad config", () => {
  async function runIn(argv: string[], config: unknown) {
    let out = "";
    let err = "";
    const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), readFile: (p) => (p === "bad.json" ? JSON.stringify(config) : readConfigFile(p)), today: TODAY });
    return { code, out, err };
  }

  it("prints the message in Chinese on stderr, nothing on stdout, and exits 2", async () => {
    const r = await runIn(["--config", "bad.json", "--lang", "zh-CN"], { poolFee: 2 });
    expect(r).toEqual({ code: EXIT_BAD_CONFIG, out: "", err: "jilin-model: 配置文件 bad.json：矿池费率（小数）必须是数值，范围 [0, 1)（输入值：2）\n" });
  });

  it("names a flag's value under the flag", async () => {
    const r = await runIn(["--config", "bad.json", "--lang", "zh-CN", "--monte-carlo", "0"], {});
    expect(r).toEqual({ code: EXIT_BAD_CONFIG, out: "", err: "jilin-model: --monte-carlo：路径数必须是整数，范围 [1, 1000000]（输入值：0）\n" });
  });

  it("in English the message is the core's, as before", async () => {
    const r = await runIn(["--config", "bad.json"], { poolFee: 2 });
    expect(r).toEqual({ code: EXIT_BAD_CONFIG, out: "", err: "jilin-model: config bad.json: poolFee must be a fraction in [0, 1) (got 2)\n" });
    const flag = await runIn(["--config", "bad.json", "--monte-carlo", "0"], {});
    expect(flag.err).toBe("jilin-model: --monte-carlo: paths must be a whole number in [1, 1000000] (got 0)\n");
  });

  it("the built command does the same as a real process", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jilin-zh-"));
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, JSON.stringify({ annualShutdownProbability: "EXTREME" }));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "jilin-model.js"), "--config", file, "--lang", "zh-CN", "--json"], { encoding: "utf8", timeout: 60_000 });
      expect([r.status, r.stdout]).toEqual([EXIT_BAD_CONFIG, ""]);
      // (a line noting sources newer than the build may come first)
      expect(r.stderr.split("\n")).toContain(`jilin-model: 配置文件 ${file}：关停概率没有名为“EXTREME”的预设；可用的预设：LOW、BASE、HIGH`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
