/*
 * Every default carries its provenance: value, unit (from the glossary), source, asOf and note.
 */
import fs from "fs";
import path from "path";
import { Decimal } from "../../src/core/decimal";
import { isUnit } from "../../src/data/units";
import * as data from "../../src/data";
import type { DataRecord } from "../../src/data";

function collect(): [string, DataRecord][] {
  const out: [string, DataRecord][] = [];
  const add = (where: string, r: DataRecord) => out.push([where, r]);
  for (const [k, r] of Object.entries(data.PROTOCOL)) add(`PROTOCOL.${k}`, r);
  for (const [k, r] of Object.entries(data.MARKET)) add(`MARKET.${k}`, r);
  for (const [k, r] of Object.entries(data.EMISSION_FACTOR_PRESETS)) add(`EMISSION_FACTOR_PRESETS.${k}`, r);
  for (const [k, r] of Object.entries(data.SHUTDOWN_PROBABILITY_PRESETS)) add(`SHUTDOWN_PROBABILITY_PRESETS.${k}`, r);
  add("DEFAULT_HYDRO_FACTOR", data.DEFAULT_HYDRO_FACTOR);
  for (const [k, r] of Object.entries(data.SITE_DEFAULTS)) add(`SITE_DEFAULTS.${k}`, r);
  for (const [k, r] of Object.entries(data.PUE_BY_COOLING)) add(`PUE_BY_COOLING.${k}`, r);
  for (const [k, r] of Object.entries(data.MONTE_CARLO)) add(`MONTE_CARLO.${k}`, r);
  add("TORNADO_DEFAULT_SWING", data.TORNADO_DEFAULT_SWING);
  for (const [s, rs] of Object.entries(data.SCENARIOS)) for (const [k, r] of Object.entries(rs)) add(`SCENARIOS.${s}.${k}`, r);
  data.JILIN_HYDRO_SHARE_BY_MONTH.forEach((r, i) => add(`JILIN_HYDRO_SHARE_BY_MONTH[${i}]`, r));
  for (const m of data.MINERS) {
    add(`${m.name}.hashrateThS`, m.hashrateThS);
    add(`${m.name}.powerW`, m.powerW);
    add(`${m.name}.priceUsdPerTh`, m.priceUsdPerTh);
  }
  return out;
}

const RECORDS = collect();

describe("data records", () => {
  it("are many (the test sees them all)", () => {
    expect(RECORDS.length).toBeGreaterThan(80);
  });

  it.each(RECORDS)("%s has value, a known unit, source, asOf and note", (_where, r) => {
    expect(Object.keys(r).sort()).toEqual(["asOf", "note", "source", "unit", "value"]);
    expect(isUnit(r.unit)).toBe(true);
    expect(r.source.trim().length).toBeGreaterThan(5);
    expect(r.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(typeof r.note).toBe("string");
    if (r.unit === "date") expect(r.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    else expect(new Decimal(r.value).isFinite()).toBe(true);
  });

  // Sources and notes are shown to users, who cannot open the project's internal documents.
  const INTERNAL = [/domain-facts/i, /\bSPEC\b/, /\bissues?\b/i];
  const citesInternal = (text: string) => INTERNAL.some((re) => re.test(text));

  it.each(RECORDS)("%s cites a public source, never domain-facts, SPEC or an issue", (_where, r) => {
    expect(citesInternal(r.source)).toBe(false);
    expect(citesInternal(r.note)).toBe(false);
  });

  it("miner sources cite public sources too", () => {
    for (const m of data.MINERS) expect([m.name, citesInternal(m.source)]).toEqual([m.name, false]);
  });

  it("rejects what the checks are meant to catch", () => {
    expect(citesInternal("base 2 %/month (domain-facts.md §1.7)")).toBe(true);
    expect(citesInternal("pre-tax model (SPEC §4)")).toBe(true);
    expect(citesInternal("the issue's default")).toBe(true);
    expect(citesInternal("btcminermarketplace spec list")).toBe(false);
    expect(isUnit("kWh/BTC")).toBe(false);
    expect(isUnit("TH/s")).toBe(true);
  });

  it("the Jilin hydro profile is SPEC §2's twelve months", () => {
    expect(data.JILIN_HYDRO_SHARE_BY_MONTH.map((r) => Number(r.value))).toEqual([
      0.11, 0.1, 0.21, 0.91, 0.92, 1, 1, 1, 1, 0.65, 0.29, 0.19,
    ]);
  });

  it("the presets are SPEC's", () => {
    const ef = Object.fromEntries(Object.entries(data.EMISSION_FACTOR_PRESETS).map(([k, r]) => [k, Number(r.value)]));
    expect(ef).toEqual({
      "JILIN-2022": 0.4932, "NORTHEAST-2023": 0.5122, "CHINA-2023": 0.5306, "COAL-LCA": 0.82, "HYDRO-LCA": 0.024, "WIND-LCA": 0.011,
    });
    const reg = Object.fromEntries(Object.entries(data.SHUTDOWN_PROBABILITY_PRESETS).map(([k, r]) => [k, Number(r.value)]));
    expect(reg).toEqual({ LOW: 0.1, BASE: 0.25, HIGH: 0.5 });
    expect(data.PROTOCOL.halvingAnchorHeight.value).toBe("935424");
    expect(data.PROTOCOL.halvingAnchorDate.value).toBe("2026-02-07");
  });

  it("the miner catalogue has at least 12 models with cooling, source and a sane efficiency", () => {
    expect(data.MINERS.length).toBeGreaterThanOrEqual(12);
    const names = new Set(data.MINERS.map((m) => m.name.toLowerCase()));
    expect(names.size).toBe(data.MINERS.length);
    for (const m of data.MINERS) {
      expect(["air", "hydro", "immersion"]).toContain(m.cooling);
      expect(m.source.length).toBeGreaterThan(5);
      const eff = Number(m.powerW.value) / Number(m.hashrateThS.value);
      expect(eff).toBeGreaterThan(10);
      expect(eff).toBeLessThan(35);
    }
    const s21xp = data.MINERS.find((m) => m.name === data.DEFAULT_MINER)!;
    expect([s21xp.hashrateThS.value, s21xp.powerW.value, s21xp.priceUsdPerTh.value]).toEqual(["270", "3645", "25.70"]);
  });
});

describe("defaults written into text", () => {
  it("the function help that Excel shows states the data's default anchor (JSDoc must be literal text)", () => {
    const source = fs.readFileSync(path.resolve(__dirname, "../../src/functions/functions.ts"), "utf8");
    expect(source).toContain(`Default ${data.PROTOCOL.halvingAnchorHeight.value}.`);
    expect(source).toContain(data.PROTOCOL.halvingAnchorDate.value);
  });
});
