/*
 * The source column of the Chinese model sheet: where each default came from, in Chinese
 * (sourceIn), for the inputs' records, the PUE default of each cooling, the presets, the hydro
 * profile and the catalogue miner and its price; the English sheet cites the English texts.
 */
import { buildPlan, INPUT_ROWS, type WorkbookPlan } from "../../src/workbook/plan";
import { MINERS } from "../../src/data/miners";
import { PUE_BY_COOLING } from "../../src/data/site";
import { EMISSION_FACTOR_PRESETS } from "../../src/data/emissions";
import { SHUTDOWN_PROBABILITY_PRESETS } from "../../src/data/regulation";
import { JILIN_HYDRO_SHARE_BY_MONTH } from "../../src/data/hydro";
import { sourceIn } from "../../src/i18n/sources.zh-CN";
import { englishProse } from "../support/englishProse";

const TODAY = new Date(Date.UTC(2026, 10, 30));
const zh = (s: string) => sourceIn(s, "zh-CN");

/** The text of a cell of the model sheet, or "" when none. */
function textAt(plan: WorkbookPlan, row: number, col: number): string {
  for (const b of plan.blocks) {
    if (row < b.row || col < b.col) continue;
    const v = b.cells[row - b.row]?.[col - b.col]?.value;
    if (v !== undefined) return typeof v === "string" ? v : "";
  }
  return "";
}
/** The source column's cell beside an input (column D, beside the value in column B). */
const sourceOf = (plan: WorkbookPlan, key: string) => textAt(plan, plan.layout.inputs[key]!.row, plan.layout.inputs[key]!.col + 2);
const notes = (plan: WorkbookPlan) => plan.blocks.flatMap((b) => b.cells.flat()).filter((c) => c.style === "note" && typeof c.value === "string").map((c) => c.value as string);

const CASES: readonly [string, Record<string, unknown>][] = [
  ["the defaults", {}],
  ...MINERS.map((m): [string, Record<string, unknown>] => [m.name, { miner: m.name }]),
  ["presets HIGH and JILIN-2022", { annualShutdownProbability: "HIGH", gridFactorTPerMwh: "JILIN-2022" }],
  ["presets LOW and COAL-LCA", { annualShutdownProbability: "LOW", gridFactorTPerMwh: "COAL-LCA" }],
  ["a custom miner and a price override", { miner: { name: "X", hashrateThS: 100, powerW: 3000, priceUsdPerTh: 10 }, minerPriceUsdPerTh: 12 }],
];

describe.each(CASES)("the Chinese source column (%s)", (_name, inputs) => {
  const plan = buildPlan(inputs, { today: TODAY, lang: "zh-CN" });

  // English titles are kept as published; englishProse leaves out what is in quotes for that reason.
  it("has no run of three lower-case English words in any note", () => {
    expect(notes(plan).map((n) => [n, englishProse(n)]).filter(([, p]) => p!.length > 0)).toEqual([]);
  });
});

describe("each default's source, in Chinese and in English", () => {
  it("cites every input's record in Chinese, with its date", () => {
    const plan = buildPlan({}, { today: TODAY, lang: "zh-CN" });
    const en = buildPlan({}, { today: TODAY });
    for (const r of INPUT_ROWS) {
      if (!r.record || r.key === "Pue" || r.key === "GridFactorTPerMwh" || r.key === "AnnualShutdownProbability") continue;
      expect([r.key, sourceOf(plan, r.key).includes(`${zh(r.record.source)}（${r.record.asOf}）`)]).toEqual([r.key, true]);
      expect([r.key, sourceOf(en, r.key).includes(`${r.record.source} (${r.record.asOf})`)]).toEqual([r.key, true]);
    }
    const profile = plan.layout.inputs.HydroShareByMonth!;
    expect(textAt(plan, profile.row, profile.col + 2)).toBe(`假设（示意）。${zh(JILIN_HYDRO_SHARE_BY_MONTH[0]!.source)}`);
  });

  it.each(MINERS.map((m) => [m.name, m] as const))("names %s and cites its figures and its price in Chinese", (_name, m) => {
    const plan = buildPlan({ miner: m.name }, { today: TODAY, lang: "zh-CN" });
    const en = buildPlan({ miner: m.name }, { today: TODAY });
    expect(sourceOf(plan, "MinerModel")).toBe(`矿机目录：${m.name}（${zh(m.source)}）`);
    expect(sourceOf(en, "MinerModel")).toBe(`catalogue: ${m.name} (${m.source})`);
    const assumed = m.priceUsdPerTh.note.startsWith("ASSUMPTION");
    expect(sourceOf(plan, "MinerPriceUsdPerTh")).toBe(`${assumed ? "假设。" : ""}${zh(m.priceUsdPerTh.source)}`);
    expect(sourceOf(en, "MinerPriceUsdPerTh")).toBe(`${assumed ? "ASSUMPTION. " : ""}${m.priceUsdPerTh.source}`);
    // The PUE default follows the miner's cooling.
    const pue = PUE_BY_COOLING[m.cooling];
    expect(sourceOf(plan, "Pue")).toContain(`${zh(pue.source)}（${pue.asOf}）`);
  });

  it("cites a preset's own record in Chinese", () => {
    const plan = buildPlan({ annualShutdownProbability: "HIGH", gridFactorTPerMwh: "JILIN-2022" }, { today: TODAY, lang: "zh-CN" });
    const high = SHUTDOWN_PROBABILITY_PRESETS.HIGH;
    const jilin = EMISSION_FACTOR_PRESETS["JILIN-2022"];
    expect(sourceOf(plan, "AnnualShutdownProbability")).toContain(`预设 HIGH；假设。${zh(high.source)}（${high.asOf}）`);
    expect(sourceOf(plan, "GridFactorTPerMwh")).toContain(`预设 JILIN-2022；${zh(jilin.source)}（${jilin.asOf}）`);
  });

  it("hand-checked: the default miner's price and a site default read in Chinese", () => {
    const plan = buildPlan({}, { today: TODAY, lang: "zh-CN" });
    expect(sourceOf(plan, "MinerPriceUsdPerTh")).toBe("市场报价：Hashrate Index 每周综述（Luxor ASIC 交易台），2025-11-03");
    expect(sourceOf(plan, "BtcPriceUsd")).toBe("Hashrate Index 每周综述，2026-01-12（2026-01-12）");
  });
});
