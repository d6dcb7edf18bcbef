/*
 * The shipped bundle, as Excel's JavaScript-only custom-functions runtime would load it: dist/
 * functions.js evaluated in a fresh V8 context whose only global is a `CustomFunctions` object.
 * Every id of dist/functions.json must be registered, and each answers a sample call (values from
 * the hand derivations in reference.test.ts). Needs `npm run build` first (`npm test` does it).
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { makeRuntime, CustomFunctionsError } from "../support/customFunctionsRuntime";

const DIST = path.resolve(__dirname, "../../dist");

const SAMPLES: Record<string, { args: unknown[]; expected: number | string }> = {
  BREAKEVEN: { args: [20, 0.05, 1000, null, null, null, null, null], expected: 160000 / 3 },
  HYDRO_COST: { args: [0.25, 0.55, 1, null, null], expected: 0.517 },
  CO2_TONNES: { args: [1000, 0.4, null, null], expected: 307.32 },
  REG_RISK: { args: ["BASE", 2], expected: 0.5625 },
  HASHPRICE: { args: [100000, 1000, null, null, 0.02], expected: 44.1 },
  NETWORK_HASHRATE: { args: [148.26e12], expected: 1061.2864188416 },
  SUBSIDY: { args: ["2028-04-13", null, null], expected: 1.5625 },
  BTC_MINED: { args: [1e6, 1000, 1, null, null, null, null], expected: 0.45 },
  ENERGY_MWH: { args: [270, 13.5, 30, null, null], expected: 2.6244 },
  MINER: { args: ["antminer s21 xp", "price"], expected: 25.7 },
  HYDRO_LCOE: { args: [3000, 0.5, 0.015, 0, 25, 0.004], expected: 0.04167123287671233 },
};

describe("dist/functions.js in a JavaScript-only runtime", () => {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };

  beforeAll(() => {
    const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    const runtime = makeRuntime((id, fn) => registered.set(id, fn));
    const context = vm.createContext({ CustomFunctions: runtime });
    expect(Object.keys(context)).toEqual(["CustomFunctions"]);
    vm.runInContext(code, context, { filename: "functions.js" });
  });

  it("registers exactly the ids of functions.json", () => {
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(registered.size).toBe(11);
  });

  it.each(Object.entries(SAMPLES))("%s answers a sample call", (id, { args, expected }) => {
    const fn = registered.get(id);
    expect(fn).toBeDefined();
    const result = fn!(...args);
    expect(typeof result).toBe("number");
    expect(Math.abs((result as number) - (expected as number)) / Math.abs(expected as number)).toBeLessThan(1e-12);
  });

  it("answers Excel errors from the bundle too", () => {
    const result = registered.get("REG_RISK")!("MEDIUM", 1) as { code: string; message: string };
    // The error object is built from the runtime the bundle was given, not from Jest's global.
    expect(result).toBeInstanceOf(CustomFunctionsError);
    expect(result.code).toBe("#N/A");
    expect(result.message).toContain("LOW, BASE, HIGH");
  });

  it("answers in Chinese from the bundle when Office's display language is Chinese", () => {
    const zh = new Map<string, (...args: unknown[]) => unknown>();
    const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    const context = vm.createContext({ CustomFunctions: makeRuntime((id, fn) => zh.set(id, fn)), Office: { context: { displayLanguage: "zh-CN" } } });
    vm.runInContext(code, context, { filename: "functions.js" });
    const result = zh.get("CO2_TONNES")!(-5, 0.5) as { code: string; message: string };
    expect(result.code).toBe("#VALUE!");
    // By hand: the parameter keeps its Excel name; the sentence around it is Chinese.
    expect(result.message).toMatch(/^energy_mwh/);
    expect(result.message).toMatch(/必须/);
    expect(result.message).toContain("-5");
  });

  it("is small enough to load fast: at most 60 KB gzipped", () => {
    const zlib = require("zlib") as typeof import("zlib");
    const gz = zlib.gzipSync(fs.readFileSync(path.join(DIST, "functions.js")));
    expect(gz.length).toBeLessThanOrEqual(60 * 1024);
  });
});
