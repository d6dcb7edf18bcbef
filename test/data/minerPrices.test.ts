/*
 * Catalogue prices of one kind: the S21 XP's dated market quote, and for every other machine the
 * mid-point of the price tier its cooling and efficiency put it in, shown as a tier assumption with the
 * tier's basis in the pane's list, the sheet's source column and the README.
 */
import fs from "fs";
import path from "path";
import { MINERS, PRICE_TIERS, priceBasis } from "../../src/data/miners";
import { buildPlan } from "../../src/workbook/plan";
import { minerTableMarkdown } from "../../src/core/model/inputsTable";

const TODAY = new Date(Date.UTC(2026, 10, 30));

/** The tier by hand: hydro and immersion apart; air below 19 J/TH (Hashrate Index's top tier) or not. */
function tierOf(m: (typeof MINERS)[number]): string {
  if (m.cooling !== "air") return "hydro";
  return Number(m.powerW.value) / Number(m.hashrateThS.value) < 19 ? "air-new" : "air-older";
}
/** The tiers' mid-points: (15 + 20) / 2, (5 + 8) / 2, (16 + 22) / 2. */
const MID: Record<string, string> = { "air-new": "17.5", "air-older": "6.5", hydro: "19" };

describe("the miner catalogue's prices", () => {
  it("the only market quote is the S21 XP's, dated and sourced", () => {
    const quotes = MINERS.filter((m) => priceBasis(m) === "quote");
    expect(quotes.map((m) => m.name)).toEqual(["Antminer S21 XP"]);
    const q = quotes[0]!.priceUsdPerTh;
    expect([q.value, q.asOf]).toEqual(["25.70", "2025-11-03"]);
    expect(q.source).toMatch(/^market quote: Hashrate Index/);
  });

  it.each(MINERS.filter((m) => priceBasis(m) === "tier").map((m) => [m.name, m] as const))("%s: the mid-point of its tier, stated as an assumption with the basis", (_name, m) => {
    const tier = tierOf(m);
    expect(m.priceUsdPerTh.note).toBe(`ASSUMPTION: price tier ${tier}`);
    expect(m.priceUsdPerTh.value).toBe(MID[tier]);
    const t = PRICE_TIERS[tier as keyof typeof PRICE_TIERS];
    expect(m.priceUsdPerTh.source).toContain(`tier assumption: mid-point of USD ${t.low}–${t.high}/TH`);
    expect(m.priceUsdPerTh.source).toContain(t.basis);
  });

  it("the sheet's source column says which kind of price it holds", () => {
    const sourceOf = (miner: string) => {
      const plan = buildPlan({ miner }, { today: TODAY });
      const at = plan.layout.inputs.MinerPriceUsdPerTh!;
      const block = plan.blocks.find((b) => b.row <= at.row && at.row < b.row + b.cells.length && b.col === 0)!;
      return String(block.cells[at.row - block.row]![3]!.value);
    };
    expect(sourceOf("Antminer S21 XP")).toMatch(/^market quote: Hashrate Index weekly roundup \(Luxor ASIC desk\), 2025-11-03/);
    expect(sourceOf("Antminer S21 Pro")).toMatch(/^ASSUMPTION\. tier assumption: mid-point of USD 15–20\/TH for new-generation air-cooled, below 19 J\/TH\. Basis: Riot Platforms/);
    expect(sourceOf("Whatsminer M66S")).toMatch(/tier assumption: mid-point of USD 16–22\/TH for hydro- and immersion-cooled/);
  });

  it("the README holds the generated table of miners and price bases (UPDATE_DOCS=1 rewrites it)", () => {
    const file = path.resolve(__dirname, "../../README.md");
    const re = /(<!-- miners:begin[^\n]*-->\n)([\s\S]*?)(<!-- miners:end -->)/;
    const table = `${minerTableMarkdown()}\n`;
    if (process.env.UPDATE_DOCS === "1") {
      const doc = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, doc.replace(re, (_m, a: string, _b: string, c: string) => a + table + c));
    }
    expect(re.exec(fs.readFileSync(file, "utf8"))?.[2]).toBe(table);
  });
});
