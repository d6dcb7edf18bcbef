/*
 * jilin-model: the investment model on the command line.
 *
 *   npm run model -- --config FILE [--json]
 *   jilin-model --config FILE [--json]
 *
 * Without --json: a readable summary with units and the monthly schedule. With --json: exactly one
 * JSON document on stdout, { "summary": {...}, "months": [...] }. A bad config (unreadable, not
 * JSON, unknown key, out-of-range value) exits with code 2 and a message naming the key on stderr;
 * nothing goes to stdout.
 */
import fs from "fs";
import { projectModel, type Projection } from "../core/model/project";
import { projectionToJson } from "../core/model/json";
import { ModelError } from "../core/errors";
import type { Decimal } from "../core/decimal";

export const EXIT_OK = 0;
export const EXIT_BAD_CONFIG = 2;

const USAGE = `Usage: jilin-model --config FILE [--json]

  --config FILE  ModelInputs as JSON (every key optional; see README "The investment model")
  --json         print one JSON document { "summary": {...}, "months": [...] } instead of tables
  --help         show this help

Exit codes: 0 success, 1 unexpected failure, 2 bad arguments or config.
Bitcoin mining is prohibited in mainland China since 2021; this is an analysis tool, not legal advice.`;

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly today?: Date;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => fs.readFileSync(p, "utf8"),
};

interface Args {
  readonly config?: string;
  readonly json: boolean;
  readonly help: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let config: string | undefined;
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") json = true;
    else if (a === "--help" || a === "-h") help = true;
    else if (a === "--config") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) return "--config needs a file name";
      config = v;
    } else if (a.startsWith("--config=")) config = a.slice("--config=".length);
    else return `unknown argument "${a}"`;
  }
  return { config, json, help };
}

/** Runs the CLI; returns the exit code. Output goes through `io` so tests can capture it. */
export function run(argv: readonly string[], io: Io = defaultIo): number {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.err(`jilin-model: ${args}\n\n${USAGE}\n`);
    return EXIT_BAD_CONFIG;
  }
  if (args.help) {
    io.out(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (!args.config) {
    io.err(`jilin-model: --config FILE is required\n\n${USAGE}\n`);
    return EXIT_BAD_CONFIG;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(args.config));
  } catch (e) {
    const reason = e instanceof SyntaxError ? `not valid JSON: ${e.message}` : `cannot read it: ${(e as Error).message}`;
    io.err(`jilin-model: config ${args.config}: ${reason}\n`);
    return EXIT_BAD_CONFIG;
  }
  let projection: Projection;
  try {
    projection = projectModel(raw, io.today);
  } catch (e) {
    if (e instanceof ModelError) {
      io.err(`jilin-model: config ${args.config}: ${e.message}\n`);
      return EXIT_BAD_CONFIG;
    }
    throw e;
  }
  io.out(args.json ? `${JSON.stringify(projectionToJson(projection), null, 2)}\n` : formatReport(projection));
  return EXIT_OK;
}

function fmt(d: Decimal | undefined, digits = 0): string {
  if (d === undefined) return "n/a";
  return d.toNumber().toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const pct = (d: Decimal | undefined) => (d === undefined ? "none" : `${d.times(100).toFixed(2)} %`);

/** The readable report: inputs in brief, the summary with units, then the monthly schedule. */
export function formatReport(p: Projection): string {
  const s = p.summary;
  const i = p.inputs;
  const lines: string[] = [];
  lines.push(`Jilin Mining Model: ${i.siteName}`);
  lines.push(`${i.minerCount.toString()} x ${i.minerName} (${fmt(p.derived.fleetThS)} TH/s, ${fmt(p.derived.fleetW.div(1e6), 3)} MW), ` +
    `${i.horizonMonths} months from ${p.months[0]!.date}`);
  lines.push("Analysis only, not legal advice: Bitcoin mining is prohibited in mainland China since 2021.");
  lines.push("");
  const rows: [string, string, string][] = [
    ["Capex", fmt(s.capexUsd), "USD"],
    ["NPV", fmt(s.npvUsd), "USD"],
    ["Risk-adjusted NPV", fmt(s.riskAdjustedNpvUsd), "USD"],
    ["IRR", pct(s.irrAnnual), "per year"],
    ["Payback", s.paybackMonths === undefined ? "never" : fmt(s.paybackMonths, 1), s.paybackMonths === undefined ? "" : "months"],
    ["BTC mined", fmt(s.btcMined, 4), "BTC"],
    ["Cash cost per BTC", fmt(s.cashCostPerBtcUsd), "USD/BTC"],
    ["All-in cost per BTC", fmt(s.allInCostPerBtcUsd), "USD/BTC"],
    ["Break-even BTC price at start", fmt(s.breakevenBtcPriceUsd), "USD/BTC"],
    ["Average power price", fmt(s.avgPowerPriceCnyPerKwh, 4), "CNY/kWh"],
    ["Energy", fmt(s.energyMwh, 1), "MWh"],
    ["CO2", fmt(s.co2Tonnes, 1), "t"],
    ["CO2 per BTC", fmt(s.co2TonnesPerBtc, 2), "t/BTC"],
    ["Expected operating months", fmt(s.expectedOperatingMonths, 2), "months"],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [label, value, unit] of rows) lines.push(`${label.padEnd(w0)}  ${value.padStart(w1)}  ${unit}`);
  lines.push("");
  const head = ["t", "month", "subsidy BTC", "BTC price USD", "BTC mined", "revenue USD", "power CNY/kWh", "power cost USD", "cash flow USD", "survival", "note"];
  const table = p.months.map((m) => [
    String(m.t), m.date.slice(0, 7), fmt(m.subsidyBtc, 4), fmt(m.btcPriceUsd), fmt(m.btcMined, 4), fmt(m.revenueUsd),
    fmt(m.powerPriceCnyPerKwh, 4), fmt(m.powerCostUsd), fmt(m.cashFlowUsd), fmt(m.survival, 4), m.curtailed ? "curtailed" : "",
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...table.map((r) => (r[c] as string).length)));
  lines.push(head.map((h, c) => (c === 1 || c === 10 ? h.padEnd(widths[c]!) : h.padStart(widths[c]!))).join("  ").trimEnd());
  for (const r of table) lines.push(r.map((x, c) => (c === 1 || c === 10 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join("  ").trimEnd());
  lines.push(`Month ${p.months.length} cash flow includes salvage of ${fmt(s.salvageUsd)} USD. t = 0: ${fmt(p.cashFlow0Usd)} USD.`);
  return `${lines.join("\n")}\n`;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`jilin-model: unexpected failure: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
