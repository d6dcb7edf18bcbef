/*
 * The JILIN functions' error messages when Office's display language is Chinese, called as Excel calls
 * them: each bad argument gives the same Excel error as in English, with the message written in Chinese
 * from the error's detail. Parameters keep the names Excel shows; no other English is left but codes
 * (units, preset and miner names, Excel, YYYY-MM-DD) and the value the user gave. The English messages
 * are pinned too: they must not change. The Chinese sentences below are written by hand.
 */
import fc from "fast-check";
import * as J from "../../src/functions/jilin";
import { ModelError } from "../../src/core/errors";
import { MINER_FIELDS } from "../../src/core/miners";
import { EMISSION_FACTOR_PRESETS } from "../../src/data/emissions";
import { MINERS } from "../../src/data/miners";
import { SHUTDOWN_PROBABILITY_PRESETS } from "../../src/data/regulation";
import { messageText } from "../../src/i18n/errorSentences";
import { ADAPTERS, GOLDEN } from "../support/functionTable";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";
import { setDisplayLanguage } from "../support/displayLanguage";

type Id = keyof typeof GOLDEN;

/** A cell as Excel shows it: the error code and the message it carries (none on #NUM!). */
function shown(result: unknown): [string, string | undefined] {
  if (!(result instanceof CustomFunctionsError)) throw new Error(`expected an Excel error, got ${String(result)}`);
  return [result.code, result.message];
}

/** A call's cell with Office's display language set to `tag` (undefined: no Office, as in Excel's JavaScript-only runtime). */
function callIn(tag: string | undefined, call: () => unknown): [string, string | undefined] {
  const restore = tag === undefined ? undefined : setDisplayLanguage(tag);
  try {
    return shown(call());
  } finally {
    restore?.();
  }
}

/** Latin text a Chinese message of the functions may carry: parameter names and codes, longest first. */
const ALLOWED_LATIN = [
  ...Object.values(GOLDEN).flatMap((params) => params.map(([name]) => name)),
  ...MINERS.map((m) => m.name),
  ...MINER_FIELDS,
  ...Object.keys(EMISSION_FACTOR_PRESETS),
  ...Object.keys(SHUTDOWN_PROBABILITY_PRESETS),
  "BREAKEVEN", "BTC", "Excel", "YYYY-MM-DD", "TRUE", "FALSE",
  // Values no cell holds, shown as JavaScript writes them (a number that is no number, a non-Excel type).
  "Infinity", "NaN", "object", "function", "bigint", "symbol",
].sort((a, b) => b.length - a.length);

/** The English words left in a Chinese message once codes and the user's own quoted text are taken out. */
function englishWords(zh: string): string[] {
  let rest = zh.replace(/“[^”]*”/g, " ");
  for (const code of ALLOWED_LATIN) rest = rest.split(code).join(" ");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

const twelve = (x: unknown) => Array.from({ length: 12 }, () => x);
const OMITTED = null;

/** Bad arguments of every function: [function, case, call as Excel makes it, code, English message, Chinese message]. */
const CASES: [Id, string, () => unknown, string, string | undefined, string | undefined][] = [
  ["BREAKEVEN", "a required argument left blank", () => ADAPTERS.BREAKEVEN(OMITTED, 0.05, 1000), "#VALUE!",
    "efficiency_j_per_th is required: an efficiency in J/TH > 0 (the argument is blank)",
    "efficiency_j_per_th不能为空：必须是数值，> 0"],
  ["BREAKEVEN", "text where a number goes", () => ADAPTERS.BREAKEVEN(20, "0.05", 1000), "#VALUE!",
    'power_price_per_kwh must be a power price per kWh ≥ 0 (got text "0.05")',
    "power_price_per_kwh必须是数值，≥ 0（输入值：文本“0.05”，不是数值）"],
  ["BREAKEVEN", "a number out of range", () => ADAPTERS.BREAKEVEN(20, 0.05, 1000, null, null, null, 1), "#VALUE!",
    "pool_fee must be a fraction in [0, 1) (got 1)",
    "pool_fee必须是数值，范围 [0, 1)（输入值：1）"],
  ["BREAKEVEN", "no BTC earned: #NUM! carries no message", () => ADAPTERS.BREAKEVEN(20, 0.05, 1000, 0, 0), "#NUM!", undefined, undefined],
  ["HYDRO_COST", "a required argument left blank", () => ADAPTERS.HYDRO_COST(OMITTED, 0.55), "#VALUE!",
    "hydro_price_per_kwh is required: a power price per kWh ≥ 0 (the argument is blank)",
    "hydro_price_per_kwh不能为空：必须是数值，≥ 0"],
  ["HYDRO_COST", "a month that is neither 1..12 nor a date", () => ADAPTERS.HYDRO_COST(0.25, 0.55, 0), "#VALUE!",
    "month must be a whole month 1..12 or an Excel date (a serial > 12, up to 2958465) (got 0)",
    "month必须是 1 至 12 的整数月份，或大于 12、不超过 2958465 的 Excel 日期序列号（输入值：0）"],
  ["HYDRO_COST", "a month's name", () => ADAPTERS.HYDRO_COST(0.25, 0.55, "March"), "#VALUE!",
    'month must be a whole month 1..12 or an Excel date (a serial > 12, up to 2958465) (got text "March")',
    "month必须是 1 至 12 的整数月份，或大于 12、不超过 2958465 的 Excel 日期序列号（输入值：文本“March”）"],
  ["HYDRO_COST", "one value where 12 cells go", () => ADAPTERS.HYDRO_COST(0.25, 0.55, 1, 0.5), "#VALUE!",
    "hydro_share_by_month must be a range of exactly 12 cells (got 0.5)",
    "hydro_share_by_month必须是恰好 12 个单元格的区域（输入值：0.5）"],
  ["HYDRO_COST", "a range of the wrong size", () => ADAPTERS.HYDRO_COST(0.25, 0.55, 1, [[0.5, 0.5]]), "#VALUE!",
    "hydro_share_by_month must be a range of exactly 12 cells (got 2)",
    "hydro_share_by_month必须是恰好 12 个单元格的区域（实际为 2 个单元格）"],
  ["HYDRO_COST", "a blank month in the profile", () => ADAPTERS.HYDRO_COST(0.25, 0.55, 1, [[0.1, null, ...twelve(0.5).slice(2)]]), "#VALUE!",
    "hydro_share_by_month: Feb (cell 2) is blank; every cell must be a fraction in [0, 1]",
    "hydro_share_by_month的2月（第 2 个单元格）为空；每个单元格都必须是数值，范围 [0, 1]"],
  ["HYDRO_COST", "a month out of range", () => ADAPTERS.HYDRO_COST(0.25, 0.55, 1, [[1.2, ...twelve(0.5).slice(1)]]), "#VALUE!",
    "hydro_share_by_month: Jan (cell 1) must be a fraction in [0, 1] (got 1.2)",
    "hydro_share_by_month的1月（第 1 个单元格）必须是数值，范围 [0, 1]（输入值：1.2）"],
  ["HYDRO_COST", "text in a block, read row by row", () => ADAPTERS.HYDRO_COST(0.25, 0.55, 1, [twelve(0.5).slice(0, 6), [0.5, 0.5, 0.5, 0.5, 0.5, "x"]]), "#VALUE!",
    'hydro_share_by_month: Dec (cell 12) must be a fraction in [0, 1] (got text "x")',
    "hydro_share_by_month的12月（第 12 个单元格）必须是数值，范围 [0, 1]（输入值：文本“x”）"],
  ["CO2_TONNES", "an unknown emission factor preset", () => ADAPTERS.CO2_TONNES(1000, 0.4, "EU-2023"), "#N/A",
    'grid_factor_t_per_mwh: unknown preset "EU-2023"; known presets: JILIN-2022, NORTHEAST-2023, CHINA-2023, COAL-LCA, HYDRO-LCA, WIND-LCA',
    "grid_factor_t_per_mwh没有名为“EU-2023”的预设；可用的预设：JILIN-2022、NORTHEAST-2023、CHINA-2023、COAL-LCA、HYDRO-LCA、WIND-LCA"],
  ["CO2_TONNES", "a share above 1", () => ADAPTERS.CO2_TONNES(1000, 1.5), "#VALUE!",
    "hydro_share must be a fraction in [0, 1] (got 1.5)",
    "hydro_share必须是数值，范围 [0, 1]（输入值：1.5）"],
  ["REG_RISK", "an unknown probability preset", () => ADAPTERS.REG_RISK("MEDIUM", 1), "#N/A",
    'annual_shutdown_probability: unknown preset "MEDIUM"; known presets: LOW, BASE, HIGH',
    "annual_shutdown_probability没有名为“MEDIUM”的预设；可用的预设：LOW、BASE、HIGH"],
  ["REG_RISK", "TRUE where a number goes", () => ADAPTERS.REG_RISK("BASE", true), "#VALUE!",
    "years must be a number of years ≥ 0 (got TRUE)",
    "years必须是数值，≥ 0（输入值：TRUE，不是数值）"],
  ["HASHPRICE", "a required argument left blank", () => ADAPTERS.HASHPRICE(OMITTED, 1000), "#VALUE!",
    "btc_price is required: a BTC price ≥ 0 (the argument is blank)",
    "btc_price不能为空：必须是数值，≥ 0"],
  ["NETWORK_HASHRATE", "a difficulty of 0", () => ADAPTERS.NETWORK_HASHRATE(0), "#VALUE!",
    "difficulty must be a mining difficulty > 0 (got 0)",
    "difficulty必须是数值，> 0（输入值：0）"],
  ["SUBSIDY", "a date left blank", () => ADAPTERS.SUBSIDY(OMITTED), "#VALUE!",
    "date is required: a date (an Excel date serial or text YYYY-MM-DD) (the argument is blank)",
    "date不能为空：必须是日期（Excel 日期序列号，或 YYYY-MM-DD 格式的文本）"],
  ["SUBSIDY", "a date that does not exist", () => ADAPTERS.SUBSIDY("2026-02-30"), "#VALUE!",
    'date must be a date (an Excel date serial in [1, 2958465] or text YYYY-MM-DD) (got text "2026-02-30")',
    "date必须是日期：[1, 2958465] 内的 Excel 日期序列号，或 YYYY-MM-DD 格式的文本（输入值：文本“2026-02-30”）"],
  ["SUBSIDY", "an anchor date before Excel's calendar", () => ADAPTERS.SUBSIDY("2028-04-13", null, 0), "#VALUE!",
    "anchor_date must be a date (an Excel date serial in [1, 2958465] or text YYYY-MM-DD) (got 0)",
    "anchor_date必须是日期：[1, 2958465] 内的 Excel 日期序列号，或 YYYY-MM-DD 格式的文本（输入值：0）"],
  ["SUBSIDY", "a date before block 0", () => ADAPTERS.SUBSIDY(1), "#VALUE!",
    "date must not fall before block 0: 1900-01-01 projects to block height -5697072 from anchor_height 935424",
    "date不能早于区块高度 0：按 anchor_height 935424 推算，1900-01-01 的区块高度为 -5697072"],
  ["BTC_MINED", "an uptime above 1", () => ADAPTERS.BTC_MINED(1000, 1000, 1, null, null, null, 1.5), "#VALUE!",
    "uptime must be a fraction in [0, 1] (got 1.5)",
    "uptime必须是数值，范围 [0, 1]（输入值：1.5）"],
  ["ENERGY_MWH", "a PUE below 1", () => ADAPTERS.ENERGY_MWH(270, 13.5, 30, 0.9), "#VALUE!",
    "pue must be a PUE ratio ≥ 1 (got 0.9)",
    "pue必须是数值，≥ 1（输入值：0.9）"],
  ["MINER", "no model name", () => ADAPTERS.MINER(OMITTED), "#VALUE!",
    'model must be a miner model name such as "Antminer S21 XP" (got a blank)',
    'model必须是矿机型号名称，例如“Antminer S21 XP”（输入值：空白）'],
  ["MINER", "a model not in the catalogue", () => ADAPTERS.MINER("Antminer S99"), "#N/A",
    `model: unknown miner "Antminer S99"; known models: ${MINERS.map((m) => m.name).join(", ")}`,
    `model“Antminer S99”不在矿机目录中；目录中的型号：${MINERS.map((m) => m.name).join("、")}`],
  ["MINER", "an unknown field", () => ADAPTERS.MINER("Antminer S21 XP", "colour"), "#VALUE!",
    'field must be one of hashrate, power, efficiency, price (got text "colour")',
    "field必须是以下之一：hashrate、power、efficiency、price（输入值：文本“colour”）"],
  ["HYDRO_LCOE", "a capacity factor of 0", () => ADAPTERS.HYDRO_LCOE(3000, 0, 0.015, 0, 25), "#VALUE!",
    "capacity_factor must be a fraction in (0, 1] (got 0)",
    "capacity_factor必须是数值，范围 (0, 1]（输入值：0）"],
  ["HYDRO_LCOE", "a required argument left blank", () => ADAPTERS.HYDRO_LCOE(3000, 0.5, 0.015, 0, OMITTED), "#VALUE!",
    "life_years is required: a life in years > 0 (the argument is blank)",
    "life_years不能为空：必须是数值，> 0"],
];

describe("the JILIN functions' messages with Office in Chinese", () => {
  it("has cases for every function", () => {
    expect([...new Set(CASES.map(([id]) => id))].sort()).toEqual(Object.keys(GOLDEN).sort());
  });

  it.each(CASES.map(([id, name, ...rest]) => [`${id}: ${name}`, ...rest] as const))("%s", (_name, call, code, en, zh) => {
    expect(callIn(undefined, call)).toEqual([code, en]);
    expect(callIn("en-US", call)).toEqual([code, en]);
    expect(callIn("zh-CN", call)).toEqual([code, zh]);
    if (zh !== undefined) expect(englishWords(zh)).toEqual([]);
  });
});

/** Each function's core reader (jilin.ts, which throws) and its Excel adapter (which returns the error). */
const READERS: Record<Id, (...args: unknown[]) => unknown> = {
  BREAKEVEN: J.breakeven,
  HYDRO_COST: J.hydroCost,
  CO2_TONNES: J.co2Tonnes,
  REG_RISK: J.regRisk,
  HASHPRICE: J.hashprice,
  NETWORK_HASHRATE: J.networkHashrate,
  SUBSIDY: J.subsidy,
  BTC_MINED: J.btcMined,
  ENERGY_MWH: J.energyMwh,
  MINER: J.miner,
  HYDRO_LCOE: J.hydroLcoe,
};

/** An argument as Excel may pass it, with the bad ones over-represented. */
const argument = fc.oneof(
  fc.constantFrom<unknown>(
    null, "", " ", "abc", "BASE", "MEDIUM", "hydro-lca", "EU-2023", "Antminer S21 XP", "Antminer S99", "price", "colour", "March",
    "2026-03-01", "2026-02-30", "1899-12-31", true, false, 0, -1, 0.5, 1, 1.5, 12, 13, 2958465, 2958466, -0, NaN, Infinity,
    [[]], [[0.5, 0.5]], [twelve(0.5)], [twelve(2)], [twelve(null)], [[0.5, null, ...twelve(0.5).slice(2)]], [twelve("x")], "x".repeat(60),
  ),
  fc.double({ min: -10, max: 1e4, noNaN: true }),
  fc.integer({ min: -5, max: 200 }),
  fc.string({ maxLength: 50 }),
  fc.array(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constant(null), fc.string({ maxLength: 3 })), { maxLength: 13 }), { maxLength: 13 }),
);

describe.each(Object.keys(GOLDEN) as Id[])("%s on random bad arguments", (id) => {
  it("raises only errors with a detail, written in Chinese with Office in Chinese, with the English code and no longer than the English", () => {
    const arity = GOLDEN[id].length;
    let errors = 0;
    fc.assert(
      fc.property(fc.array(argument, { maxLength: arity }), (args) => {
        let thrown: unknown;
        try {
          READERS[id](...args);
        } catch (e) {
          thrown = e;
        }
        if (thrown === undefined) return;
        errors++;
        expect(thrown).toBeInstanceOf(ModelError);
        const e = thrown as ModelError;
        expect(e.detail).toBeDefined();

        const [code, en] = callIn(undefined, () => ADAPTERS[id](...args));
        const [zhCode, zh] = callIn("zh-CN", () => ADAPTERS[id](...args));
        expect(zhCode).toBe(code);
        if (code === "#NUM!") return expect(zh).toBeUndefined();
        expect(en).toBe(e.message);
        expect(zh).toBe(messageText(e, "zh-CN"));
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(zh!.replace(/“[^”]*”/g, "")).not.toMatch(/\{\{|\}\}|error\./);
        expect(englishWords(zh!)).toEqual([]);
        expect([...zh!].length).toBeLessThanOrEqual([...en!].length);
      }),
      { numRuns: 400 },
    );
    expect(errors).toBeGreaterThan(0);
  });
});
