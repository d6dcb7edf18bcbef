/*
 * The jilin-model CLI: in-process for the behaviour, and as real processes (`npm run model` and the
 * bin) for what a shell sees: exit codes and a stdout that holds exactly one JSON document.
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { run, EXIT_BAD_CONFIG, printable, quoted, readConfigFile, MAX_QUOTED_CHARS } from "../../src/cli/main";
import { MONTH_KEYS, SUMMARY_KEYS } from "../../src/core/model/json";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples");

async function runIn(argv: string[], files: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await run(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      if (p in files) return files[p] as string;
      return readConfigFile(p);
    },
    today: new Date(Date.UTC(2026, 10, 30)),
  });
  return { code, out, err };
}

describe("jilin-model (in process)", () => {
  it("--json prints one document with exactly the documented keys", async () => {
    const { code, out, err } = await runIn(["--config", path.join(EXAMPLES, "default-1mw-s21xp.json"), "--json"]);
    expect([code, err]).toEqual([0, ""]);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["summary", "months"]);
    expect(Object.keys(doc.summary)).toEqual([...SUMMARY_KEYS]);
    expect(doc.months).toHaveLength(36);
    for (const m of doc.months) expect(Object.keys(m)).toEqual([...MONTH_KEYS]);
    expect(doc.summary.paybackMonths).toBeNull();
    expect(doc.summary.capexUsd).toBe(2151286);
    expect(doc.months[0].date).toBe("2026-12-01");
    expect(typeof doc.months[0].curtailed).toBe("boolean");
  });

  it("prints a readable report with units by default", async () => {
    const { code, out } = await runIn(["--config", path.join(EXAMPLES, "hydro-10mw.json")]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Jilin Mining Model: 10 MW run-of-river hydro site/);
    expect(out).toMatch(/Risk-adjusted NPV\s+-?[\d,]+\s+USD/);
    expect(out).toMatch(/Average power price\s+[\d.]+\s+CNY\/kWh/);
    expect(out).toContain("not legal advice");
    expect(out.split("\n").filter((l) => /^\s*\d+\s+20\d\d-\d\d/.test(l))).toHaveLength(48);
  });

  it.each([
    [{ poolFee: 2 }, /poolFee must be a fraction in \[0, 1\) \(got 2\)/],
    [{ colour: "red" }, /unknown key "colour"/],
    [{ annualShutdownProbability: "EXTREME" }, /annualShutdownProbability: unknown preset "EXTREME"/],
  ])("a bad config %j exits 2, names the key, prints nothing on stdout", async (config, message) => {
    const { code, out, err } = await runIn(["--config", "bad.json", "--json"], { "bad.json": JSON.stringify(config) });
    expect(code).toBe(EXIT_BAD_CONFIG);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });

  it("exits 2 for unreadable or non-JSON configs and bad arguments", async () => {
    expect((await runIn(["--config", "x.json"], { "x.json": "{ not json" })).code).toBe(2);
    expect((await runIn(["--config", path.join(os.tmpdir(), "does-not-exist-jilin.json")])).code).toBe(2);
    expect((await runIn([])).code).toBe(2);
    expect((await runIn(["--config", "a.json", "--frobnicate"])).code).toBe(2);
    expect((await runIn(["--help"])).out).toMatch(/^Usage: jilin-model --config FILE \[--json\]/);
  });
});

describe("arguments and config text (in process)", () => {
  const config = path.join(EXAMPLES, "default-1mw-s21xp.json");

  it("drops a byte-order mark whichever reader supplies the text", async () => {
    const text = fs.readFileSync(config, "utf8");
    const plain = await runIn(["--config", "plain.json", "--json"], { "plain.json": text });
    const bom = await runIn(["--config", "bom.json", "--json"], { "bom.json": `\ufeff${text}` });
    expect([bom.code, bom.err]).toEqual([0, ""]);
    expect(bom.out).toBe(plain.out);
  });

  it.each(["1", "1.", "1.000", "0.25", ".5", "0.0001"])("accepts --tornado %s (a plain decimal in (0, 1])", async (value) => {
    const r = await runIn(["--config", config, "--json", "--tornado", value]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(JSON.parse(r.out).tornado.swing).toBe(Number(value));
  });

  it.each(["x", "0.2abc", "", "-1", "+0.2", "1e-1", "Infinity", "NaN", "1.0000000000000000000000000000001", "0.2 ", "0,2"])(
    "refuses --tornado %j with exit 2 before running the model",
    async (value) => {
      const r = await runIn(["--config", config, "--json", "--tornado", value]);
      expect([r.code, r.out]).toEqual([EXIT_BAD_CONFIG, ""]);
      expect(r.err).toMatch(/^jilin-model: --tornado: the tornado swing must be a fraction in \(0, 1\]/);
    },
  );

  it("refuses a repeated flag, naming it, and an empty --config", async () => {
    expect((await runIn(["--config", config, "--json", "--json"])).err).toMatch(/^jilin-model: --json is given more than once/);
    expect((await runIn(["--config=a.json", "--config=b.json"])).err).toMatch(/^jilin-model: --config is given more than once/);
    expect((await runIn(["--help", "-h"])).err).toMatch(/^jilin-model: --help \(-h\) is given more than once/);
    expect((await runIn(["--config", ""])).err).toMatch(/^jilin-model: --config needs a file name/);
    expect((await runIn(["--config="])).err).toMatch(/^jilin-model: --config needs a file name/);
  });

  it("reports a flag's value refused by the core under the flag, not the config", async () => {
    const r = await runIn(["--config", config, "--monte-carlo", "2000000"]);
    expect([r.code, r.out]).toEqual([EXIT_BAD_CONFIG, ""]);
    expect(r.err).toMatch(/^jilin-model: --monte-carlo: paths must be a whole number in \[1, 1000000\]/);
  });

  it("escapes control characters in a core message (here an unknown key)", async () => {
    const r = await runIn(["--config", "k.json"], { "k.json": JSON.stringify({ ["\u001b[2Jkey\u0007"]: 1 }) });
    expect(r.code).toBe(EXIT_BAD_CONFIG);
    expect(r.err).toMatch(/^jilin-model: config k\.json: unknown key "\\u001b\[2Jkey\\u0007"/);
    expect([...r.err].filter((ch) => ch !== "\n" && /\p{Cc}/u.test(ch))).toEqual([]);
  });
});

describe("printable and quoted: user text in messages", () => {
  it("escapes C0, DEL and C1 controls, bidi and zero-width characters and lone surrogates", () => {
    expect(printable("a\u001b[31mb\u0007c\rd\ne\tf\u007f\u009b\u202e\u200b\ufeff\u2028\ud800z")).toBe(
      "a\\u001b[31mb\\u0007c\\rd\\ne\\tf\\u007f\\u009b\\u202e\\u200b\\ufeff\\u2028\\ud800z",
    );
    expect(printable("C:\\configs\\a.json")).toBe("C:\\configs\\a.json");
    expect(printable("Jilin 吉林 ⛏️ 😀")).toBe("Jilin 吉林 ⛏️ 😀");
  });

  it("cuts after MAX_QUOTED_CHARS characters with …, never inside an escape or a surrogate pair", () => {
    expect(printable("x".repeat(MAX_QUOTED_CHARS))).toBe("x".repeat(MAX_QUOTED_CHARS));
    expect(printable("x".repeat(MAX_QUOTED_CHARS + 1))).toBe(`${"x".repeat(MAX_QUOTED_CHARS)}…`);
    expect(printable(`${"x".repeat(MAX_QUOTED_CHARS - 3)}\u001b`)).toBe(`${"x".repeat(MAX_QUOTED_CHARS - 3)}…`);
    expect(printable("😀".repeat(MAX_QUOTED_CHARS + 5))).toBe(`${"😀".repeat(MAX_QUOTED_CHARS)}…`);
  });

  it("quoted gives a JSON string literal", () => {
    const value = 'say "hi"\\\u001b';
    expect(JSON.parse(quoted(value))).toBe(value);
    expect(quoted("")).toBe('""');
  });
});

describe("jilin-model (as a process)", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jilin-cli-"));
  const bad = path.join(tmp, "bad.json");
  fs.writeFileSync(bad, JSON.stringify({ horizonMonths: 500 }));

  it("npm run -s model -- --json writes only JSON to stdout", async () => {
    const stdout = execFileSync("npm", ["run", "-s", "model", "--", "--config", path.join(EXAMPLES, "stress-high-penalty.json"), "--json"], { cwd: ROOT, encoding: "utf8" });
    const doc = JSON.parse(stdout);
    expect(doc.months).toHaveLength(36);
    expect(doc.months.some((m: { curtailed: boolean }) => m.curtailed)).toBe(true);
  }, 60000);

  it("npm run model runs the compiled CLI without recompiling it", () => {
    const compiled = path.join(ROOT, "build", "cli", "src", "cli", "main.js");
    const before = fs.statSync(compiled).mtimeMs;
    const r = spawnSync("npm", ["run", "-s", "model", "--", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: jilin-model/);
    expect(fs.statSync(compiled).mtimeMs).toBe(before);
  }, 60000);

  it("the bin exits 2 on a bad config with the key on stderr and nothing on stdout", async () => {
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT });
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "jilin-model.js"), "--config", bad, "--json"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/horizonMonths must be a number of months \(a whole number\) in \[1, 120\] \(got 500\)/);
  }, 60000);
});

describe("risk analytics on the command line", () => {
  it("--tornado and --monte-carlo N --seed S add objects to the JSON; equal seeds, equal results", async () => {
    const argv = ["--config", path.join(EXAMPLES, "default-1mw-s21xp.json"), "--json", "--tornado", "0.1", "--monte-carlo", "500", "--seed", "9"];
    const a = await runIn(argv);
    const b = await runIn(argv);
    expect(a.code).toBe(0);
    const doc = JSON.parse(a.out);
    expect(Object.keys(doc)).toEqual(["summary", "months", "tornado", "monteCarlo"]);
    expect(doc.tornado.swing).toBe(0.1);
    expect(doc.tornado.rows).toHaveLength(10);
    expect(doc.monteCarlo.paths).toBe(500);
    expect(doc.monteCarlo.seed).toBe(9);
    expect(Object.keys(doc.monteCarlo.riskAdjustedNpvUsd)).toEqual(["p5", "p25", "p50", "p75", "p95", "mean"]);
    expect(b.out).toBe(a.out);
  });

  it("--scenarios adds bear, base and bull summaries; base equals the model", async () => {
    const r = await runIn(["--config", path.join(EXAMPLES, "hydro-10mw.json"), "--json", "--scenarios"]);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc.scenarios)).toEqual(["bear", "base", "bull"]);
    expect(doc.scenarios.base).toEqual(doc.summary);
    expect(doc.scenarios.bear.npvUsd).toBeLessThan(doc.scenarios.bull.npvUsd);
    expect((await runIn(["--config", path.join(EXAMPLES, "hydro-10mw.json"), "--scenarios"])).out).toMatch(/Scenarios\s+bear\s+base\s+bull/);
  });

  it("--xlsx refuses a missing folder or a folder as the file, and leaves no partial file behind", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jilin-xlsx-cli-"));
    const config = path.join(EXAMPLES, "default-1mw-s21xp.json");
    const missing = await runIn(["--config", config, "--xlsx", path.join(dir, "no-such-folder", "m.xlsx")]);
    expect([missing.code, missing.out]).toEqual([2, ""]);
    expect(missing.err).toMatch(/cannot write .*m\.xlsx: the folder .*no-such-folder does not exist/);
    fs.mkdirSync(path.join(dir, "taken.xlsx"));
    const folder = await runIn(["--config", config, "--xlsx", path.join(dir, "taken.xlsx"), "--force"]);
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/it is a folder/);
    expect((await runIn(["--config", config, "--force"])).err).toMatch(/--force needs --xlsx/);
    expect((await runIn(["--config", config, "--xlsx"])).err).toMatch(/--xlsx needs a file name/);
    expect(fs.readdirSync(dir)).toEqual(["taken.xlsx"]);
    const ok = await runIn(["--config", config, "--xlsx", path.join(dir, "m.xlsx"), "--json"]);
    expect(ok.code).toBe(0);
    expect(Object.keys(JSON.parse(ok.out))).toEqual(["summary", "months"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["m.xlsx", "taken.xlsx"]);
  });

  it("rejects bad risk flags with exit code 2", async () => {
    const config = path.join(EXAMPLES, "default-1mw-s21xp.json");
    expect((await runIn(["--config", config, "--monte-carlo", "many"])).code).toBe(2);
    expect((await runIn(["--config", config, "--seed", "3"])).code).toBe(2);
    const r = await runIn(["--config", config, "--tornado", "2"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tornado swing must be a fraction in \(0, 1\]/);
  });
});
