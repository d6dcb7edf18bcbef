/*
 * jilin-model: the investment model on the command line.
 *
 *   npm run model -- --config FILE [--json] [--xlsx OUT.xlsx [--force]]
 *   jilin-model --config FILE [--json]
 *
 * Without --json: a readable summary with units and the monthly schedule. With --json: exactly one
 * JSON document on stdout, { "summary": {...}, "months": [...] }. A bad config (unreadable, not
 * JSON, unknown key, out-of-range value) exits with code 2 and a message naming the key on stderr
 * (with `--lang zh-CN`, the model's own complaints about its inputs in Chinese, naming the input by
 * its Chinese label); nothing goes to stdout. With --xlsx: the model sheet as an .xlsx file in native
 * Excel formulas (no add-in needed to recalculate it); written under a temporary name and renamed,
 * never over an existing file without --force.
 *
 * Hardening (what a hostile command line or file system gets):
 * - `--config` reads regular files only (symbolic links to one are fine), at most MAX_CONFIG_BYTES,
 *   checked with stat before opening and with fstat after opening (O_NONBLOCK, so a FIFO swapped
 *   in between never blocks); /dev/zero, a FIFO, a folder or a device exit 2 at once. The text
 *   must be UTF-8; one leading byte-order mark is dropped.
 * - Every flag may be given once (`-h` and `--help`, `--config F` and `--config=F` count as one
 *   flag); a repeat exits 2 naming the flag.
 * - `--tornado [FRACTION]`: the next argument is its value unless it starts with `--`. A value is
 *   accepted only as a plain decimal (digits with an optional decimal point: `0.2`, `.2`, `1`;
 *   no sign, exponent, spaces or other text) in (0, 1]; anything else exits 2.
 * - Every exit 2 prints one `jilin-model: …` message on stderr (plus the usage for argument
 *   errors), nothing on stdout, never a stack trace. User text in a message goes through
 *   `printable` (control and invisible format characters escaped, cut at MAX_QUOTED_CHARS with
 *   "…"); flag values are shown by `quoted`, as JSON string literals.
 */
import fs from "fs";
import path from "path";
import { buildPlan } from "../workbook/plan";
import { planToXlsx } from "../workbook/xlsx";
import { projectModel, projectScenarios, type Projection } from "../core/model/project";
import { projectionToJson } from "../core/model/json";
import { ModelError } from "../core/errors";
import type { Decimal } from "../core/decimal";
import { runMonteCarlo, type MonteCarloResult } from "../core/risk/monteCarlo";
import { tornado, type Tornado } from "../core/risk/tornado";
import type { TFunction } from "i18next";
import { displayWidth, formatNumber, languageOf, LANGUAGES, padEndW, padStartW, translator, type Language } from "../i18n";
import { sensitivityGrid, type SensitivityGrid } from "../core/risk/grid";
import { errorText } from "../i18n/errors";
import { percentText } from "../i18n/language";

export const EXIT_OK = 0;
export const EXIT_BAD_CONFIG = 2;

/** The largest config file read, in bytes (1 MiB); the example configs are about 1 KB. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** At most this many characters of a user-supplied value (a file name, a flag value) appear in a message. */
export const MAX_QUOTED_CHARS = 100;
/**
 * At most this many characters of a message from the core or Node (which may embed user text) are
 * printed: a guard against a pathological message, not a style limit; the core cuts the values it
 * quotes itself, and its own text (such as the list of known keys) stays whole.
 */
export const MAX_MESSAGE_CHARS = 2000;

// C0 controls, DEL, C1 controls (\p{Cc}), invisible format characters such as bidi overrides,
// zero-width characters and the BOM (\p{Cf}), line and paragraph separators, lone surrogates.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;
const SHORT_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(ch: string, jsonQuotes: boolean): string {
  if (ch in SHORT_ESCAPES) return SHORT_ESCAPES[ch] as string;
  if (jsonQuotes && (ch === "\\" || ch === '"')) return `\\${ch}`;
  if (!UNPRINTABLE.test(ch)) return ch;
  let out = "";
  for (let k = 0; k < ch.length; k++) out += `\\u${ch.charCodeAt(k).toString(16).padStart(4, "0")}`;
  return out;
}

function escapeAndCut(value: string, max: number, jsonQuotes: boolean): string {
  let out = "";
  let length = 0;
  for (const ch of value) {
    const piece = escapeChar(ch, jsonQuotes);
    const size = [...piece].length;
    if (length + size > max) return `${out}…`;
    out += piece;
    length += size;
  }
  return out;
}

/**
 * User text made safe for a terminal message: every control character (C0 such as ESC, BEL, CR;
 * DEL; C1), invisible format character (bidi overrides, zero-width characters, BOM), line or
 * paragraph separator and lone surrogate is written as a JSON-style escape (`\u001b`; `\n`, `\r`,
 * `\t` for those three). The result is cut after `max` characters (an escape is never split) and
 * then ends in "…". Only for display: a backslash already in the text is left as it is, so file
 * names such as `C:\configs\a.json` read naturally.
 */
export function printable(value: string, max: number = MAX_QUOTED_CHARS): string {
  return escapeAndCut(value, max, false);
}

/** A flag value for a message: like `printable`, with `\` and `"` escaped too, in double quotes (a JSON string literal). */
export function quoted(value: string, max: number = MAX_QUOTED_CHARS): string {
  return `"${escapeAndCut(value, max, true)}"`;
}

const USAGE = `Usage: jilin-model --config FILE [--json] [--xlsx OUT.xlsx [--force]] [--tornado [FRACTION]] [--monte-carlo N [--seed S]] [--lang L] [--currency C]

  --config FILE        ModelInputs as JSON (every key optional; see docs/model.md):
                       a regular UTF-8 file of at most 1 MiB
  --json               print one JSON document { "summary": {...}, "months": [...] } instead of tables
  --tornado [FRACTION] add a one-at-a-time sensitivity of NPV: without FRACTION each input over its sourced
                       low–high range (±20 % where none is sourced); with FRACTION (a plain decimal in (0, 1])
                       every input by ±FRACTION (an argument starting with -- after it is the next flag, not a value)
  --xlsx OUT.xlsx      also write the model (model, schedule and summary sheets) as an .xlsx in native Excel
                       formulas (works without the add-in)
  --force              let --xlsx replace an existing file
  --scenarios          add the bear/base/bull scenarios' summaries
  --lang en|zh-CN      the report's and the --xlsx file's language (default en); the JSON does not change
  --currency USD|CNY   the report's (and the --xlsx Summary sheet's) amounts in USD (default) or in CNY at the config's exchange rate
                       (cnyPerUsd); the model computes in USD; not with --json, which is always in USD
  --grid               add a 7 x 7 grid of NPV and risk-adjusted NPV over the BTC price and the power price
                       (hydro and grid tariffs together), each over its sourced bear-to-bull range around the input
  --monte-carlo N      add a Monte Carlo of N paths (BTC price GBM, network noise, shutdown hazard)
  --seed S             the Monte Carlo's seed (default 20210521); equal seeds give equal results
  --help               show this help

Each flag may be given once. Exit codes: 0 success, 1 unexpected failure, 2 bad arguments or config.
Bitcoin mining is prohibited in mainland China since 2021; this is an analysis tool, not legal advice.`;

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * Reads the config file as text. The default, `readConfigFile`, reads regular files of at most
   * MAX_CONFIG_BYTES of UTF-8 only; it throws a CliError whose message is the reason (run puts the
   * file name in front). Tests may inject another reader; any error it throws is reported as
   * "cannot read it". A leading byte-order mark is dropped by run, whichever reader is used.
   */
  readonly readFile: (path: string) => string;
  /** Writes a file atomically (temporary name, then rename); refuses an existing file unless `force`. */
  readonly writeFile?: (path: string, data: Uint8Array, force: boolean) => void;
  readonly today?: Date;
}

/** A failure the user can fix (bad path, existing file): exit code 2 with its message. */
export class CliError extends Error {}

const ERRNO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EIO: "input/output error",
  ENOSPC: "no space left on the device",
  EROFS: "the file system is read-only",
  EXDEV: "cannot rename across file systems",
};

/** The reason of a file-system error in words, without the path Node puts into its messages. */
function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && ERRNO_REASONS[code] !== undefined) return ERRNO_REASONS[code] as string;
  return printable(e instanceof Error ? e.message : String(e), MAX_QUOTED_CHARS);
}

/** Writes `data` to `target` under a temporary name in the same folder, then renames it into place. */
export function writeFileAtomic(target: string, data: Uint8Array, force: boolean): void {
  const shown = printable(target);
  if (!force && fs.existsSync(target)) throw new CliError(`${shown} exists; add --force to replace it`);
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliError(`cannot write ${shown}: the folder ${printable(dir)} does not exist`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new CliError(`cannot write ${shown}: it is a folder`);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, data, { flag: "wx" });
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new CliError(`cannot write ${shown}: ${reasonOf(e)}`);
  }
}

function kindOf(s: fs.Stats): string {
  if (s.isDirectory()) return "a folder";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  return "a special file";
}

const notRegular = (s: fs.Stats) => new CliError(`it is ${kindOf(s)}, not a regular file; --config reads regular files only`);
const tooLarge = (size?: number) =>
  new CliError(`it is ${size === undefined ? "larger than that" : `${size} bytes`}; a config may have at most ${MAX_CONFIG_BYTES} bytes (1 MiB)`);

/** UTF-8 bytes to text; a BOM is kept (run drops it); UTF-16 or bytes that are not UTF-8 are refused. */
function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CliError("it is UTF-16 text; save it as UTF-8");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError("it is not UTF-8 text; save it as UTF-8");
  }
}

/**
 * Reads a config file: a regular file (or a symbolic link to one) of at most MAX_CONFIG_BYTES, as
 * UTF-8. The kind and size are checked with stat before opening, so a FIFO or a device is refused
 * without blocking; the file is opened with O_NONBLOCK and checked again with fstat (it may have
 * been swapped in between); and at most MAX_CONFIG_BYTES + 1 bytes are read, since a file may grow
 * and /proc files report size 0. Throws a CliError with the reason.
 */
export function readConfigFile(file: string): string {
  let before: fs.Stats;
  try {
    before = fs.statSync(file);
  } catch (e) {
    throw new CliError(`cannot read it: ${reasonOf(e)}`);
  }
  if (!before.isFile()) throw notRegular(before);
  if (before.size > MAX_CONFIG_BYTES) throw tooLarge(before.size);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new CliError(`cannot read it: ${reasonOf(e)}`);
  }
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) throw notRegular(opened);
    if (opened.size > MAX_CONFIG_BYTES) throw tooLarge(opened.size);
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_CONFIG_BYTES) throw tooLarge();
    }
    return decodeUtf8(buffer.subarray(0, length));
  } catch (e) {
    throw e instanceof CliError ? e : new CliError(`cannot read it: ${reasonOf(e)}`);
  } finally {
    fs.closeSync(fd);
  }
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: readConfigFile,
  writeFile: writeFileAtomic,
};

interface Args {
  readonly config?: string;
  readonly json: boolean;
  readonly help: boolean;
  /** Present when --tornado was given; `fraction` is its value, undefined when given without one. */
  readonly tornado?: { readonly fraction?: string };
  readonly monteCarlo?: number;
  readonly seed?: number;
  readonly scenarios: boolean;
  readonly grid: boolean;
  readonly xlsx?: string;
  readonly force: boolean;
  /** The report's language and currency. */
  readonly lang: Language;
  readonly currency: "USD" | "CNY";
}

const FLAGS = new Set(["--config", "--json", "--xlsx", "--force", "--tornado", "--scenarios", "--grid", "--monte-carlo", "--seed", "--lang", "--currency", "--help"]);

/** A plain decimal: digits with an optional decimal point (`0.2`, `.2`, `1`, `1.`); no sign, exponent or spaces. */
const PLAIN_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Whether a plain decimal lies in (0, 1], decided on its digits (no rounding). */
function inZeroOne(v: string): boolean {
  const [whole = "", fraction = ""] = v.split(".");
  if (!/[1-9]/.test(whole + fraction)) return false;
  const w = whole.replace(/^0+/, "");
  return w === "" || (w === "1" && /^0*$/.test(fraction));
}

function parseArgs(argv: readonly string[]): Args | string {
  let config: string | undefined;
  let json = false;
  let help = false;
  let tornadoArg: { fraction?: string } | undefined;
  let monteCarlo: number | undefined;
  let seed: number | undefined;
  let scenarios = false;
  let grid = false;
  let xlsx: string | undefined;
  let force = false;
  let lang: Language = "en";
  let currency: "USD" | "CNY" = "USD";
  const seen = new Set<string>();
  const wholeNumber = (flag: string, v: string | undefined): number | string => {
    if (v === undefined || !/^\d+$/.test(v)) return `${flag} needs a whole number (got ${v === undefined ? "nothing" : quoted(v)})`;
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const flag = a === "-h" ? "--help" : a.startsWith("--config=") ? "--config" : a;
    if (!FLAGS.has(flag)) return `unknown argument ${quoted(a)}`;
    if (seen.has(flag)) {
      const name = flag === "--help" ? "--help (-h)" : flag;
      return `${name} is given more than once; give each flag at most once`;
    }
    seen.add(flag);
    if (flag === "--json") json = true;
    else if (flag === "--scenarios") scenarios = true;
    else if (flag === "--grid") grid = true;
    else if (flag === "--force") force = true;
    else if (flag === "--help") help = true;
    else if (flag === "--xlsx") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--") || v.trim() === "") return "--xlsx needs a file name";
      xlsx = v;
    } else if (flag === "--lang") {
      const v = argv[++i];
      const l = v === undefined ? undefined : languageOf(v);
      if (l === undefined) return `--lang must be one of ${LANGUAGES.join(", ")} (got ${v === undefined ? "nothing" : quoted(v)})`;
      lang = l;
    } else if (flag === "--currency") {
      const v = argv[++i];
      const c = v?.trim().toUpperCase();
      if (c !== "USD" && c !== "CNY") return `--currency must be USD or CNY (got ${v === undefined ? "nothing" : quoted(v)})`;
      currency = c;
    } else if (flag === "--tornado") {
      // The next argument is the value unless it is missing or starts with "--".
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) tornadoArg = {};
      else {
        i++;
        if (!PLAIN_DECIMAL.test(v) || !inZeroOne(v)) {
          return `--tornado: the tornado swing must be a fraction in (0, 1], written as a plain decimal such as 0.2 (got ${quoted(v)})`;
        }
        tornadoArg = { fraction: v };
      }
    } else if (flag === "--monte-carlo" || flag === "--seed") {
      const n = wholeNumber(flag, argv[++i]);
      if (typeof n === "string") return n;
      if (flag === "--seed") seed = n;
      else monteCarlo = n;
    } else {
      const v = a === "--config" ? argv[++i] : a.slice("--config=".length);
      if (v === undefined || v.startsWith("--") || v.trim() === "") return "--config needs a file name";
      config = v;
    }
  }
  if (seed !== undefined && monteCarlo === undefined) return "--seed needs --monte-carlo N";
  if (force && xlsx === undefined) return "--force needs --xlsx OUT.xlsx";
  if (json && seen.has("--currency")) return "--currency applies to the report; the JSON is always in USD (its keys name the unit, e.g. npvUsd): leave out --json or --currency";
  return { config, json, help, tornado: tornadoArg, monteCarlo, seed, scenarios, grid, xlsx, force, lang, currency };
}

/** Prints `jilin-model: message` (control characters escaped, as a last guard) and returns exit code 2. */
function fail(io: Io, message: string, withUsage = false): number {
  io.err(`jilin-model: ${printable(message, Number.POSITIVE_INFINITY)}\n${withUsage ? `\n${USAGE}\n` : ""}`);
  return EXIT_BAD_CONFIG;
}

/**
 * A core error under the config file or the flag it is about, in the report's language (Chinese:
 * written from the error's detail). The English line is the core's message as it always was.
 */
function modelErrorLine(e: ModelError, lang: Language, config: string, flag?: string): string {
  if (lang === "en") return `${flag ?? `config ${printable(config)}`}: ${printable(e.message, MAX_MESSAGE_CHARS)}`;
  const message = printable(errorText(e, lang), MAX_MESSAGE_CHARS);
  const t = translator(lang);
  return flag === undefined ? t("error.where.config", { file: printable(config), message }) : t("error.where.flag", { flag, message });
}

/** Runs the CLI; resolves to the exit code. Output goes through `io` so tests can capture it. */
export async function run(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") return fail(io, args, true);
  if (args.help) {
    io.out(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (!args.config) return fail(io, "--config FILE is required", true);
  const configLabel = `config ${printable(args.config)}`;
  let raw: unknown;
  try {
    let text: string;
    try {
      text = io.readFile(args.config);
    } catch (e) {
      throw e instanceof CliError ? e : new CliError(`cannot read it: ${reasonOf(e)}`);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    raw = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof SyntaxError ? `not valid JSON: ${printable(e.message, MAX_MESSAGE_CHARS)}` : (e as Error).message;
    return fail(io, `${configLabel}: ${reason}`);
  }
  // --tornado without a value: each input over its sourced range (the core's default).
  const swing = args.tornado?.fraction;
  let projection: Projection;
  let sensitivity: Tornado | undefined;
  let simulation: MonteCarloResult | undefined;
  let scenarioProjections: ReturnType<typeof projectScenarios> | undefined;
  let twoWay: SensitivityGrid | undefined;
  // Core errors about a flag's value (not a config key) are reported under the flag's name.
  let flagOfField: Readonly<Record<string, string>> = {};
  try {
    projection = projectModel(raw, io.today);
    if (args.scenarios) scenarioProjections = projectScenarios(raw, io.today);
    if (args.grid) twoWay = sensitivityGrid(projection.inputs);
    if (args.tornado !== undefined) {
      flagOfField = { tornado: "--tornado" };
      sensitivity = tornado(raw as Record<string, unknown>, swing, io.today);
    }
    if (args.monteCarlo !== undefined) {
      flagOfField = { paths: "--monte-carlo", seed: "--seed" };
      simulation = runMonteCarlo(raw, { paths: args.monteCarlo, seed: args.seed }, io.today);
    }
  } catch (e) {
    if (e instanceof ModelError) return fail(io, modelErrorLine(e, args.lang, args.config, e.field === undefined ? undefined : flagOfField[e.field]));
    throw e;
  }
  if (args.xlsx !== undefined) {
    try {
      const plan = buildPlan(raw as Record<string, unknown>, { dialect: "portable", today: io.today, tornado: sensitivity, grid: twoWay, lang: args.lang, currency: args.currency });
      const bytes = await planToXlsx(plan, raw as Record<string, unknown>, {
        today: io.today,
        monteCarlo: simulation ? { result: simulation, ranAt: (io.today ?? new Date()).toISOString().slice(0, 10) } : undefined,
      });
      (io.writeFile ?? writeFileAtomic)(args.xlsx, bytes, args.force);
    } catch (e) {
      if (e instanceof CliError) return fail(io, e.message);
      if (e instanceof ModelError) return fail(io, modelErrorLine(e, args.lang, args.config));
      throw e;
    }
  }
  const style: ReportOptions = { lang: args.lang, currency: args.currency };
  if (args.json) {
    const doc: Record<string, unknown> = { ...projectionToJson(projection) };
    if (scenarioProjections) {
      doc.scenarios = Object.fromEntries(Object.entries(scenarioProjections).map(([name, p]) => [name, projectionToJson(p).summary]));
    }
    if (sensitivity) doc.tornado = tornadoToJson(sensitivity);
    if (twoWay) doc.grid = gridToJson(twoWay);
    if (simulation) doc.monteCarlo = simulation;
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    io.out(
      formatReport(projection, style) +
        (scenarioProjections ? formatScenarios(scenarioProjections, styleOf(projection, style)) : "") +
        (sensitivity ? formatTornado(sensitivity, styleOf(projection, style)) : "") +
        (twoWay ? formatGrid(twoWay, styleOf(projection, style)) : "") +
        (simulation ? formatMonteCarlo(simulation, styleOf(projection, style)) : "") +
        (args.xlsx !== undefined ? `\n${translator(style.lang ?? "en")("report.wrote", { file: printable(args.xlsx) })}\n` : ""),
    );
  }
  return EXIT_OK;
}

/** The two-way grid in JSON: the axes and the NPVs by [BTC price row][power price column]. */
export function gridToJson(g: SensitivityGrid) {
  const n = (d: Decimal) => d.toNumber();
  return {
    btcPricesUsd: g.btcPricesUsd.map(n),
    hydroPricesCnyPerKwh: g.hydroPricesCnyPerKwh.map(n),
    gridPricesCnyPerKwh: g.gridPricesCnyPerKwh.map(n),
    npvUsd: g.npvUsd.map((r) => r.map(n)),
    riskAdjustedNpvUsd: g.riskAdjustedNpvUsd.map((r) => r.map(n)),
  };
}

function formatGrid(g: SensitivityGrid, r: ReportStyle): string {
  const lines: string[] = [];
  for (const [key, table] of [["report.grid.npv", g.npvUsd], ["report.grid.riskAdjustedNpv", g.riskAdjustedNpvUsd]] as const) {
    lines.push("", r.t("report.grid.title", { table: r.t(key, { currency: r.currency }), currency: r.currency }));
    const head = [r.t("report.grid.btcPrice"), ...g.gridPricesCnyPerKwh.map((p, j) => `${p.toDecimalPlaces(3).toString()} / ${g.hydroPricesCnyPerKwh[j]!.toDecimalPlaces(3).toString()}`)];
    const rows = table.map((row, i) => [money(r, g.btcPricesUsd[i]), ...row.map((v) => money(r, v))]);
    const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((x) => displayWidth(x[c] as string))));
    lines.push(head.map((h, c) => padStartW(h, widths[c]!)).join("  "));
    for (const x of rows) lines.push(x.map((v, c) => padStartW(v, widths[c]!)).join("  "));
  }
  return `${lines.join("\n")}\n`;
}

export function tornadoToJson(t: Tornado) {
  const n = (d: Decimal) => d.toNumber();
  return {
    /** null: each input over its sourced range (±percentWithoutRange where none is sourced). */
    swing: t.swing === undefined ? null : n(t.swing),
    percentWithoutRange: n(t.percentWithoutRange),
    baseNpvUsd: n(t.baseNpvUsd),
    baseRiskAdjustedNpvUsd: n(t.baseRiskAdjustedNpvUsd),
    rows: t.rows.map((r) => ({
      variable: r.key,
      label: r.label,
      unit: r.unit,
      basis: r.basis,
      base: n(r.base),
      low: n(r.low),
      high: n(r.high),
      npvLowUsd: n(r.npvLowUsd),
      npvHighUsd: n(r.npvHighUsd),
      riskAdjustedNpvLowUsd: n(r.riskAdjustedNpvLowUsd),
      riskAdjustedNpvHighUsd: n(r.riskAdjustedNpvHighUsd),
      swingUsd: n(r.swingUsd),
    })),
  };
}

function formatScenarios(sc: ReturnType<typeof projectScenarios>, r: ReportStyle): string {
  const names = ["bear", "base", "bull"] as const;
  const c = { currency: r.currency };
  const rows: [string, (p: Projection) => string][] = [
    [r.t("report.scenarios.btcPrice", c), (p) => money(r, p.inputs.btcPriceUsd)],
    [r.t("report.scenarios.gridPrice"), (p) => num(r, p.inputs.gridPriceCnyPerKwh, 4)],
    [r.t("report.scenarios.shutdown"), (p) => pct(r, p.inputs.annualShutdownProbability)],
    [r.t("report.scenarios.npv", c), (p) => money(r, p.summary.npvUsd)],
    [r.t("report.scenarios.riskAdjustedNpv", c), (p) => money(r, p.summary.riskAdjustedNpvUsd)],
    [r.t("report.scenarios.irr"), (p) => pct(r, p.summary.irrAnnual)],
    [r.t("report.scenarios.payback"), (p) => (p.summary.paybackMonths === undefined ? r.t("report.never") : num(r, p.summary.paybackMonths, 1))],
    [r.t("report.scenarios.btcMined"), (p) => num(r, p.summary.btcMined, 4)],
  ];
  const lines = ["", `${padEndW(r.t("report.scenarios.title"), 32)}${names.map((n) => padStartW(r.t(`report.scenarios.${n}`), 16)).join("")}`];
  for (const [label, f] of rows) lines.push(`${padEndW(label, 32)}${names.map((n) => padStartW(f(sc[n]), 16)).join("")}`);
  return `${lines.join("\n")}\n`;
}

function formatTornado(t: Tornado, r: ReportStyle): string {
  const pctWithout = t.percentWithoutRange.times(100).toString();
  const basis = t.swing === undefined ? r.t("report.tornado.basisSourced", { pct: pctWithout }) : r.t("report.tornado.basisSwing", { pct: pctWithout });
  const lines = ["", r.t("report.tornado.title", { basis, currency: r.currency })];
  const head = ["input", "low", "high", "npvLow", "npvHigh", "riskLow", "riskHigh", "swing"].map((k) => r.t(`report.tornado.${k}`));
  // In CNY, each input's low and high keep the input's own unit (a BTC price stays USD): the unit is shown.
  const inputLabel = (x: Tornado["rows"][number]) => {
    const label = r.t(`input.${x.key}`, { defaultValue: x.label });
    return r.currency === "CNY" ? `${label} (${x.unit})` : label;
  };
  const rows = t.rows.map((x) => [inputLabel(x), x.low.toSignificantDigits(6).toString(), x.high.toSignificantDigits(6).toString(), money(r, x.npvLowUsd), money(r, x.npvHighUsd), money(r, x.riskAdjustedNpvLowUsd), money(r, x.riskAdjustedNpvHighUsd), money(r, x.swingUsd)]);
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((x) => displayWidth(x[c] as string))));
  lines.push(head.map((h, c) => (c === 0 ? padEndW(h, widths[c]!) : padStartW(h, widths[c]!))).join("  "));
  for (const x of rows) lines.push(x.map((v, c) => (c === 0 ? padEndW(v, widths[c]!) : padStartW(v, widths[c]!))).join("  "));
  return `${lines.join("\n")}\n`;
}

function formatMonteCarlo(m: MonteCarloResult, r: ReportStyle): string {
  const rate = r.currency === "CNY" ? r.rate.toNumber() : 1;
  const amount = (x: number) => formatNumber(r.lang, Math.round(x * rate));
  const row = (label: string, q: { p5: number; p25: number; p50: number; p75: number; p95: number }) =>
    `${padEndW(label, 22)}${[q.p5, q.p25, q.p50, q.p75, q.p95].map((v) => padStartW(amount(v), 14)).join("")}`;
  const share = (x: number) => (x * 100).toFixed(1);
  return [
    "",
    r.t("report.monteCarlo.title", { paths: formatNumber(r.lang, m.paths), seed: m.seed, btcVol: +(m.btcVolatilityAnnual * 100).toFixed(2), netVol: +(m.networkVolatilityAnnual * 100).toFixed(2) }),
    `${padEndW(r.currency, 22)}${["P5", "P25", "P50", "P75", "P95"].map((h) => h.padStart(14)).join("")}`,
    row(r.t("report.monteCarlo.npv"), m.npvUsd),
    row(r.t("report.monteCarlo.riskAdjustedNpv"), m.riskAdjustedNpvUsd),
    row(r.t("report.monteCarlo.equityNpv"), m.equityNpvUsd),
    row(r.t("report.monteCarlo.riskAdjustedEquityNpv"), m.riskAdjustedEquityNpvUsd),
    r.t("report.monteCarlo.loss", { npv: share(m.probabilityOfLoss), risk: share(m.probabilityOfLossRiskAdjusted) }),
    m.payback.months
      ? r.t("report.monteCarlo.paidBackMedian", { share: share(m.payback.paidBackShare), months: m.payback.months.p50.toFixed(1) })
      : r.t("report.monteCarlo.paidBack", { share: share(m.payback.paidBackShare) }),
    r.t("report.monteCarlo.shutDown", { share: share(m.shutdownShare) }),
    "",
  ].join("\n");
}

/** How the report is written: its language, and the currency of its amounts (CNY: the model's USD at its exchange rate). */
export interface ReportOptions {
  readonly lang?: Language;
  readonly currency?: "USD" | "CNY";
}

interface ReportStyle {
  readonly t: TFunction;
  readonly lang: Language;
  readonly currency: "USD" | "CNY";
  /** CNY per USD: the model's own exchange-rate input. */
  readonly rate: Decimal;
}

function styleOf(p: Projection, options: ReportOptions): ReportStyle {
  const lang = options.lang ?? "en";
  return { t: translator(lang), lang, currency: options.currency ?? "USD", rate: p.inputs.cnyPerUsd };
}

/** A quantity (not an amount of money) in the report's language. */
function num(r: ReportStyle, d: Decimal | undefined, digits = 0): string {
  if (d === undefined) return r.t("report.na");
  return formatNumber(r.lang, d.toNumber(), digits);
}
/** An amount the model computes in USD, in the report's currency (converted exactly, then rounded for display). */
function money(r: ReportStyle, usd: Decimal | undefined, digits = 0): string {
  return num(r, usd === undefined ? undefined : r.currency === "CNY" ? usd.times(r.rate) : usd, digits);
}
const pct = (r: ReportStyle, d: Decimal | undefined) => (d === undefined ? r.t("report.none") : percentText(r.lang, d.times(100).toFixed(2)));

/** The readable report: inputs in brief, the summary with units, then the monthly schedule. */
export function formatReport(p: Projection, options: ReportOptions = {}): string {
  const r = styleOf(p, options);
  const t = r.t;
  const s = p.summary;
  const i = p.inputs;
  const cur = r.currency;
  const lines: string[] = [];
  // Names are user text: control characters escaped, long names cut, as in messages.
  lines.push(t("report.title", { site: printable(i.siteName) }));
  lines.push(t("report.fleet", { count: i.minerCount.toString(), miner: printable(i.minerName), ths: num(r, p.derived.fleetThS), mw: num(r, p.derived.fleetW.div(1e6), 3), months: i.horizonMonths, start: p.months[0]!.date }));
  lines.push(t("report.legal"));
  if (cur === "CNY") lines.push(t("report.converted", { rate: i.cnyPerUsd.toString() }));
  lines.push("");
  const rows: [string, string, string][] = [
    [t("report.rows.capex"), money(r, s.capexUsd), cur],
    [t("report.rows.npv"), money(r, s.npvUsd), cur],
    [t("report.rows.riskAdjustedNpv"), money(r, s.riskAdjustedNpvUsd), cur],
    [t("report.rows.irr"), pct(r, s.irrAnnual), t("report.perYear")],
    [t("report.rows.payback"), s.paybackMonths === undefined ? t("report.never") : num(r, s.paybackMonths, 1), s.paybackMonths === undefined ? "" : t("report.months")],
    [t("report.rows.btcMined"), num(r, s.btcMined, 4), "BTC"],
    [t("report.rows.cashCostPerBtc"), money(r, s.cashCostPerBtcUsd), `${cur}/BTC`],
    [t("report.rows.allInCostPerBtc"), money(r, s.allInCostPerBtcUsd), `${cur}/BTC`],
    [t("report.rows.breakeven"), money(r, s.breakevenBtcPriceUsd), `${cur}/BTC`],
    [t("report.rows.avgPowerPrice"), num(r, s.avgPowerPriceCnyPerKwh, 4), "CNY/kWh"],
    [t("report.rows.energy"), num(r, s.energyMwh, 1), "MWh"],
    [t("report.rows.co2"), num(r, s.co2Tonnes, 1), "t"],
    [t("report.rows.co2PerBtc"), num(r, s.co2TonnesPerBtc, 2), "t/BTC"],
    [t("report.rows.operatingMonths"), num(r, s.expectedOperatingMonths, 2), t("report.months")],
    [t("report.rows.penalty"), money(r, s.expectedPenaltyUsd), cur],
    ...(s.debtUsd.isZero()
      ? []
      : ([
          [t("report.rows.debt"), money(r, s.debtUsd), cur],
          [t("report.rows.equityNpv"), money(r, s.equityNpvUsd), cur],
          [t("report.rows.riskAdjustedEquityNpv"), money(r, s.riskAdjustedEquityNpvUsd), cur],
          [t("report.rows.equityIrr"), pct(r, s.equityIrrAnnual), t("report.perYear")],
          [t("report.rows.minDscr"), s.minDscr === undefined ? t("report.na") : num(r, s.minDscr, 2), t("report.dscrUnit")],
        ] as [string, string, string][])),
  ];
  const w0 = Math.max(...rows.map((x) => displayWidth(x[0])));
  const w1 = Math.max(...rows.map((x) => displayWidth(x[1])));
  for (const [label, value, unit] of rows) lines.push(`${padEndW(label, w0)}  ${padStartW(value, w1)}  ${unit}`);
  lines.push("");
  const c = { currency: cur };
  const head = ["t", "month", "subsidy", "price", "btcMined", "revenue", "power", "powerCost", "cashFlow", "survival", "note"].map((k) => t(`report.table.${k}`, c));
  const table = p.months.map((m) => [
    String(m.t), m.date.slice(0, 7), num(r, m.subsidyBtc, 4), money(r, m.btcPriceUsd), num(r, m.btcMined, 4), money(r, m.revenueUsd),
    num(r, m.powerPriceCnyPerKwh, 4), money(r, m.powerCostUsd), money(r, m.cashFlowUsd), num(r, m.survival, 4), m.curtailed ? t("report.curtailed") : "",
  ]);
  const widths = head.map((h, k) => Math.max(displayWidth(h), ...table.map((x) => displayWidth(x[k] as string))));
  const line = (cells: string[]) => cells.map((x, k) => (k === 1 || k === 10 ? padEndW(x, widths[k]!) : padStartW(x, widths[k]!))).join("  ").trimEnd();
  lines.push(line(head));
  for (const x of table) lines.push(line(x));
  lines.push(t("report.salvage", { month: p.months.length, salvage: money(r, s.salvageUsd), cf0: money(r, p.cashFlow0Usd), currency: cur }));
  return `${lines.join("\n")}\n`;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => void (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`jilin-model: unexpected failure: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
