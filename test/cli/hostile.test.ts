/*
 * Hostile command lines and files, run as REAL PROCESSES through bin/jilin-model.js (the compiled
 * build/cli, rebuilt once before these tests). Every spawn has a timeout, so a CLI that hangs (on
 * /dev/zero or a FIFO, say) fails its test instead of stalling the suite.
 *
 * Every refusal must: exit 2, print nothing on stdout, print `jilin-model: …` on stderr naming the
 * file or flag, print no stack trace and no raw terminal control character.
 */
import { spawnSync, type SpawnSyncReturns } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { MAX_CONFIG_BYTES } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "jilin-model.js");
const EXAMPLE = path.join(ROOT, "examples", "default-1mw-s21xp.json");
/** Long enough for a slow start on a loaded machine, short enough that a hang fails fast. */
const SPAWN_TIMEOUT_MS = 20_000;
const posixOnly = process.platform === "win32" ? it.skip : it;

/** Whether `text` holds a raw control character a terminal would act on (C0 except newline, DEL, C1). */
function hasRawControl(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0) as number;
    return (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
  });
}

function cli(args: string[]): SpawnSyncReturns<string> {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: SPAWN_TIMEOUT_MS, killSignal: "SIGKILL" });
  if (r.error) throw new Error(`jilin-model ${args.join(" ")} did not finish: ${r.error.message}`);
  return r;
}

/** Exit 2, nothing on stdout, one `jilin-model: …` message matching `message`, no stack, no raw controls. */
function expectRefused(r: SpawnSyncReturns<string>, message: RegExp): void {
  expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: 2, signal: null, stdout: "" });
  expect(r.stderr).toMatch(/^jilin-model: /);
  expect(r.stderr.split("\n")[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(hasRawControl(r.stderr)).toBe(false);
}

let tmp: string;

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (build.status !== 0) throw new Error(`tsc -p tsconfig.cli.json failed:\n${build.stdout}${build.stderr}`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jilin-hostile-"));
}, 130_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("--config reads regular files only, at most MAX_CONFIG_BYTES", () => {
  posixOnly("--config /dev/zero exits 2 at once, naming the file", () => {
    expectRefused(cli(["--config", "/dev/zero", "--json"]), /^jilin-model: config \/dev\/zero: it is a character device, not a regular file/);
  });

  posixOnly("a FIFO is refused without being opened (no writer, no hang)", () => {
    const fifo = path.join(tmp, "config.fifo");
    const made = spawnSync("mkfifo", [fifo]);
    expect(made.status).toBe(0);
    const r = cli(["--config", fifo, "--json"]);
    expectRefused(r, /^jilin-model: config .*config\.fifo: it is a FIFO \(named pipe\), not a regular file/);
  });

  it("a folder is refused", () => {
    expectRefused(cli(["--config", tmp]), /: it is a folder, not a regular file/);
  });

  it("a file one byte over the cap is refused; a file of exactly the cap is read", () => {
    const over = path.join(tmp, "over.json");
    fs.writeFileSync(over, `{}${" ".repeat(MAX_CONFIG_BYTES - 1)}`);
    expectRefused(cli(["--config", over, "--json"]), new RegExp(`over\\.json: it is ${MAX_CONFIG_BYTES + 1} bytes; a config may have at most ${MAX_CONFIG_BYTES} bytes`));
    const at = path.join(tmp, "at.json");
    fs.writeFileSync(at, `{}${" ".repeat(MAX_CONFIG_BYTES - 2)}`);
    const ok = cli(["--config", at, "--json"]);
    expect([ok.status, ok.stderr]).toEqual([0, ""]);
    expect(Object.keys(JSON.parse(ok.stdout))).toEqual(["summary", "months"]);
  });

  it("a missing file exits 2 with the reason in words", () => {
    expectRefused(cli(["--config", path.join(tmp, "missing.json")]), /missing\.json: cannot read it: no such file or folder$/);
  });

  it("a config with a UTF-8 byte-order mark is read, giving the same JSON as without it", () => {
    const bom = path.join(tmp, "bom.json");
    fs.writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(EXAMPLE)]));
    const withBom = cli(["--config", bom, "--json"]);
    expect([withBom.status, withBom.stderr]).toEqual([0, ""]);
    const doc = JSON.parse(withBom.stdout);
    expect(doc.months).toHaveLength(36);
    expect(withBom.stdout).toBe(cli(["--config", EXAMPLE, "--json"]).stdout);
  });

  it("UTF-16 and bytes that are not UTF-8 are refused", () => {
    const utf16 = path.join(tmp, "utf16.json");
    fs.writeFileSync(utf16, Buffer.from("\ufeff{}", "utf16le"));
    expectRefused(cli(["--config", utf16]), /utf16\.json: it is UTF-16 text; save it as UTF-8/);
    const latin1 = path.join(tmp, "latin1.json");
    fs.writeFileSync(latin1, Buffer.from('{"siteName":"Jilin \xe9"}', "latin1"));
    expectRefused(cli(["--config", latin1]), /latin1\.json: it is not UTF-8 text/);
  });
});

describe("--tornado [FRACTION]", () => {
  it.each(["x", "0.2abc", "", "-1", "2", "0", "1e-1", " 0.2", "0x1", "1.0001"])("--tornado %j exits 2 with a clear message", (value) => {
    const r = cli(["--config", EXAMPLE, "--json", "--tornado", value]);
    expectRefused(r, /^jilin-model: --tornado: the tornado swing must be a fraction in \(0, 1\], written as a plain decimal such as 0\.2 \(got ".*"\)$/);
    expect(r.stderr).toContain(`(got ${JSON.stringify(value)})`);
  });

  it("a following --flag means no value: the default swing", () => {
    const r = cli(["--config", EXAMPLE, "--tornado", "--json"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    // No value: each input over its sourced range (±20 % where none is sourced).
    const t = JSON.parse(r.stdout).tornado;
    expect([t.swing, t.percentWithoutRange]).toEqual([null, 0.2]);
    expect(t.rows.find((row: { variable: string }) => row.variable === "btcPriceUsd")).toMatchObject({ basis: "sourced range", low: 68000, high: 126000 });
  });
});

describe("repeated flags", () => {
  it.each([
    [["--config", EXAMPLE, "--json", "--json"], "--json"],
    [["--config", "a.json", "--config", "b.json"], "--config"],
    [["--config=a.json", "--config", "b.json"], "--config"],
    [["--config", EXAMPLE, "--monte-carlo", "10", "--seed", "1", "--seed", "2"], "--seed"],
    [["--config", EXAMPLE, "--monte-carlo", "10", "--monte-carlo", "20"], "--monte-carlo"],
    [["--config", EXAMPLE, "--tornado", "0.1", "--tornado", "0.2"], "--tornado"],
    [["--config", EXAMPLE, "--tornado", "--tornado"], "--tornado"],
    [["--config", EXAMPLE, "--scenarios", "--scenarios"], "--scenarios"],
    [["--config", EXAMPLE, "--xlsx", "a.xlsx", "--xlsx", "b.xlsx"], "--xlsx"],
    [["--config", EXAMPLE, "--xlsx", "a.xlsx", "--force", "--force"], "--force"],
    [["-h", "--help"], "--help \\(-h\\)"],
  ])("%j exits 2 naming %s", (args, flag) => {
    expectRefused(cli(args as string[]), new RegExp(`^jilin-model: ${flag} is given more than once; give each flag at most once$`));
  });
});

describe("user text in messages is escaped and cut", () => {
  it("a siteName with ESC and BEL that is too long: the core's message is printed without raw control characters", () => {
    const config = path.join(tmp, "site.json");
    fs.writeFileSync(config, JSON.stringify({ siteName: `\u001b[2J\u001b]0;pwned\u0007\r${"y".repeat(5000)}` }));
    const r = cli(["--config", config, "--json"]);
    expectRefused(r, /site\.json: siteName must be a text of 1 to 100 characters/);
    expect(r.stderr).toContain("\\u001b[2J\\u001b]0;pwned\\u0007\\r");
    expect(r.stderr.length).toBeLessThan(600);
  });

  it("the readable report escapes control characters in the site name", () => {
    const config = path.join(tmp, "site-ok.json");
    fs.writeFileSync(config, JSON.stringify({ siteName: "Hydro \u001b[31mred\u0007 \u202esite" }));
    const r = cli(["--config", config]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout.split("\n")[0]).toBe("Jilin Mining Model: Hydro \\u001b[31mred\\u0007 \\u202esite");
    expect(hasRawControl(r.stdout)).toBe(false);
  });

  it("a long file name with control characters is escaped and cut with …", () => {
    const name = `\u001b[31m${"n".repeat(300)}.json`;
    const r = cli(["--config", name]);
    expectRefused(r, /^jilin-model: config \\u001b\[31mn+…: cannot read it: /);
    expect(r.stderr.split("\n")[0]!.length).toBeLessThan(200);
  });

  it("an unknown argument with control characters is quoted with escapes", () => {
    const r = cli(["--config", EXAMPLE, "--\u001b]0;title\u0007"]);
    expectRefused(r, /^jilin-model: unknown argument "--\\u001b\]0;title\\u0007"$/);
  });

  it("a bad --monte-carlo value is cut to about 100 characters", () => {
    const r = cli(["--config", EXAMPLE, "--monte-carlo", "9".repeat(5000)]);
    expectRefused(r, /^jilin-model: --monte-carlo: paths must be a whole number/);
    const bad = cli(["--config", EXAMPLE, "--monte-carlo", `1\u0007${"x".repeat(5000)}`]);
    expectRefused(bad, /^jilin-model: --monte-carlo needs a whole number \(got "1\\u0007x+…"\)$/);
    expect(bad.stderr.split("\n")[0]!.length).toBeLessThan(200);
  });
});

describe("every input is bounded: hostile configs exit 2 naming the input", () => {
  it.each([
    ["resolved-looking keys", '{"startSerial":46388,"provenance":{}}', /unknown key "startSerial"/],
    ["a price beyond a double", '{"btcPriceUsd":"1e309"}', /btcPriceUsd must be a price in USD in \[0, 1000000000\]/],
    ["ten to the 308 machines", '{"minerCount":1e308}', /minerCount must be a number of machines \(a whole number\) in \[1, 10000000\]/],
    ["the smallest double as network hashrate", '{"networkHashrateEhS":5e-324}', /networkHashrateEhS must be a hashrate in EH\/s in \[0\.001, 10000000\]/],
    ["a growth that overflows over 120 months", '{"btcPriceGrowthMonthly":"1e300","horizonMonths":120}', /btcPriceGrowthMonthly must be a growth rate per month as a fraction in \(-1, 1\]/],
    ["a horizon past December 9999", '{"startDate":"9999-12-01","horizonMonths":120}', /startDate 9999-12-01 with horizonMonths 120 runs past December 9999/],
    ["an exponent beyond decimal.js", '{"infrastructureCapexUsd":"1e99999999999999999999"}', /infrastructureCapexUsd must be an amount in USD in \[0, 1000000000000\]/],
    ["a null scenario", '{"scenarios":{"bear":null}}', /scenarios\.bear must be an object of overrides \(got null\)/],
  ])("%s", (_what, config, message) => {
    const file = path.join(tmp, `hostile-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, config);
    expectRefused(cli(["--config", file, "--json"]), message);
  });
});
