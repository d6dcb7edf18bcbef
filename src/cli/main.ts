/*
 * jilin-model: the investment model on the command line.
 *
 *   npm run model -- --config FILE [--json] [--xlsx OUT.xlsx [--force]]
 *   jilin-model --config FILE [--json]
 *
 * Without --json: a readable summary with units and the monthly schedule. With --json: exactly one
 * JSON document on stdout, { "summary": {...}, "months": [...] }. A bad config (unreadable, not
 * JSON, unknown key, out-of-range value) exits with code 2 and a message naming the key on stderr;
 * nothing goes to stdout. With --xlsx: the model sheet as an .xlsx file in native Excel formulas
 * (no add-in needed to recalculate it); written under a temporary name and renamed, never over an
 * existing file without --force.
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

export const EXIT_OK = 0;
export const EXIT_BAD_CONFIG = 2;

const USAGE = `Usage: jilin-model --config FILE [--json] [--xlsx OUT.xlsx [--force]] [--tornado [FRACTION]] [--monte-carlo N [--seed S]]

  --config FILE        ModelInputs as JSON (every key optional; see README "The investment model")
  --json               print one JSON document { "summary": {...}, "months": [...] } instead of tables
  --tornado [FRACTION] add a one-at-a-time sensitivity of NPV to ±FRACTION (default 0.2)
  --xlsx OUT.xlsx      also write the model sheet as an .xlsx in native Excel formulas (works without the add-in)
  --force              let --xlsx replace an existing file
  --scenarios          add the bear/base/bull scenarios' summaries
  --monte-carlo N      add a Monte Carlo of N paths (BTC price GBM, network noise, shutdown hazard)
  --seed S             the Monte Carlo's seed (default 20210521); equal seeds give equal results
  --help               show this help

Exit codes: 0 success, 1 unexpected failure, 2 bad arguments or config.
Bitcoin mining is prohibited in mainland China since 2021; this is an analysis tool, not legal advice.`;

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** Writes a file atomically (temporary name, then rename); refuses an existing file unless `force`. */
  readonly writeFile?: (path: string, data: Uint8Array, force: boolean) => void;
  readonly today?: Date;
}

/** Writes `data` to `target` under a temporary name in the same folder, then renames it into place. */
export function writeFileAtomic(target: string, data: Uint8Array, force: boolean): void {
  if (!force && fs.existsSync(target)) throw new CliError(`${target} exists; add --force to replace it`);
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliError(`cannot write ${target}: the folder ${dir} does not exist`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new CliError(`cannot write ${target}: it is a folder`);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, data, { flag: "wx" });
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new CliError(`cannot write ${target}: ${(e as Error).message}`);
  }
}

/** A failure the user can fix (bad path, existing file): exit code 2 with its message. */
export class CliError extends Error {}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => fs.readFileSync(p, "utf8"),
  writeFile: writeFileAtomic,
};

interface Args {
  readonly config?: string;
  readonly json: boolean;
  readonly help: boolean;
  readonly tornado?: string;
  readonly monteCarlo?: number;
  readonly seed?: number;
  readonly scenarios: boolean;
  readonly xlsx?: string;
  readonly force: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let config: string | undefined;
  let json = false;
  let help = false;
  let tornadoSwing: string | undefined;
  let monteCarlo: number | undefined;
  let seed: number | undefined;
  let scenarios = false;
  let xlsx: string | undefined;
  let force = false;
  const wholeNumber = (flag: string, v: string | undefined): number | string => {
    if (v === undefined || !/^\d+$/.test(v)) return `${flag} needs a whole number (got ${v === undefined ? "nothing" : `"${v}"`})`;
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") json = true;
    else if (a === "--scenarios") scenarios = true;
    else if (a === "--force") force = true;
    else if (a === "--xlsx") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--") || v.trim() === "") return "--xlsx needs a file name";
      xlsx = v;
    }
    else if (a === "--tornado") {
      const v = argv[i + 1];
      if (v !== undefined && !v.startsWith("--")) {
        tornadoSwing = v;
        i++;
      } else tornadoSwing = "0.2";
    } else if (a === "--monte-carlo" || a === "--seed") {
      const n = wholeNumber(a, argv[++i]);
      if (typeof n === "string") return n;
      if (a === "--seed") seed = n;
      else monteCarlo = n;
    }
    else if (a === "--help" || a === "-h") help = true;
    else if (a === "--config") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) return "--config needs a file name";
      config = v;
    } else if (a.startsWith("--config=")) config = a.slice("--config=".length);
    else return `unknown argument "${a}"`;
  }
  if (seed !== undefined && monteCarlo === undefined) return "--seed needs --monte-carlo N";
  if (force && xlsx === undefined) return "--force needs --xlsx OUT.xlsx";
  return { config, json, help, tornado: tornadoSwing, monteCarlo, seed, scenarios, xlsx, force };
}

/** Runs the CLI; resolves to the exit code. Output goes through `io` so tests can capture it. */
export async function run(argv: readonly string[], io: Io = defaultIo): Promise<number> {
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
  let sensitivity: Tornado | undefined;
  let simulation: MonteCarloResult | undefined;
  let scenarioProjections: ReturnType<typeof projectScenarios> | undefined;
  try {
    projection = projectModel(raw, io.today);
    if (args.scenarios) scenarioProjections = projectScenarios(raw, io.today);
    if (args.tornado !== undefined) sensitivity = tornado(raw as Record<string, unknown>, args.tornado, io.today);
    if (args.monteCarlo !== undefined) simulation = runMonteCarlo(raw, { paths: args.monteCarlo, seed: args.seed }, io.today);
  } catch (e) {
    if (e instanceof ModelError) {
      io.err(`jilin-model: config ${args.config}: ${e.message}\n`);
      return EXIT_BAD_CONFIG;
    }
    throw e;
  }
  if (args.xlsx !== undefined) {
    try {
      const plan = buildPlan(raw as Record<string, unknown>, { dialect: "portable", today: io.today, tornado: sensitivity });
      const bytes = await planToXlsx(plan, raw as Record<string, unknown>, {
        today: io.today,
        monteCarlo: simulation ? { result: simulation, ranAt: (io.today ?? new Date()).toISOString().slice(0, 10) } : undefined,
      });
      (io.writeFile ?? writeFileAtomic)(args.xlsx, bytes, args.force);
    } catch (e) {
      if (e instanceof CliError) {
        io.err(`jilin-model: ${e.message}\n`);
        return EXIT_BAD_CONFIG;
      }
      throw e;
    }
  }
  if (args.json) {
    const doc: Record<string, unknown> = { ...projectionToJson(projection) };
    if (scenarioProjections) {
      doc.scenarios = Object.fromEntries(Object.entries(scenarioProjections).map(([name, p]) => [name, projectionToJson(p).summary]));
    }
    if (sensitivity) doc.tornado = tornadoToJson(sensitivity);
    if (simulation) doc.monteCarlo = simulation;
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    io.out(
      formatReport(projection) +
        (scenarioProjections ? formatScenarios(scenarioProjections) : "") +
        (sensitivity ? formatTornado(sensitivity) : "") +
        (simulation ? formatMonteCarlo(simulation) : "") +
        (args.xlsx !== undefined ? `\nWrote ${args.xlsx}: the model sheet in native Excel formulas (no add-in needed).\n` : ""),
    );
  }
  return EXIT_OK;
}

export function tornadoToJson(t: Tornado) {
  const n = (d: Decimal) => d.toNumber();
  return {
    swing: n(t.swing),
    baseNpvUsd: n(t.baseNpvUsd),
    baseRiskAdjustedNpvUsd: n(t.baseRiskAdjustedNpvUsd),
    rows: t.rows.map((r) => ({
      variable: r.key,
      label: r.label,
      unit: r.unit,
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

function formatScenarios(sc: ReturnType<typeof projectScenarios>): string {
  const names = ["bear", "base", "bull"] as const;
  const rows: [string, (p: Projection) => string][] = [
    ["BTC price at start (USD)", (p) => fmt(p.inputs.btcPriceUsd)],
    ["Grid power price (CNY/kWh)", (p) => fmt(p.inputs.gridPriceCnyPerKwh, 4)],
    ["Shutdown probability (per year)", (p) => pct(p.inputs.annualShutdownProbability)],
    ["NPV (USD)", (p) => fmt(p.summary.npvUsd)],
    ["Risk-adjusted NPV (USD)", (p) => fmt(p.summary.riskAdjustedNpvUsd)],
    ["IRR (per year)", (p) => pct(p.summary.irrAnnual)],
    ["Payback (months)", (p) => (p.summary.paybackMonths === undefined ? "never" : fmt(p.summary.paybackMonths, 1))],
    ["BTC mined", (p) => fmt(p.summary.btcMined, 4)],
  ];
  const lines = ["", `${"Scenarios".padEnd(32)}${names.map((n) => n.padStart(16)).join("")}`];
  for (const [label, f] of rows) lines.push(`${label.padEnd(32)}${names.map((n) => f(sc[n]).padStart(16)).join("")}`);
  return `${lines.join("\n")}\n`;
}

function formatTornado(t: Tornado): string {
  const lines = ["", `Tornado: each input moved by ±${t.swing.times(100).toString()} %, sorted by the swing of risk-adjusted NPV (USD)`];
  const head = ["input", "low", "high", "NPV low", "NPV high", "risk-adj. low", "risk-adj. high", "swing"];
  const rows = t.rows.map((r) => [r.label, r.low.toSignificantDigits(6).toString(), r.high.toSignificantDigits(6).toString(), fmt(r.npvLowUsd), fmt(r.npvHighUsd), fmt(r.riskAdjustedNpvLowUsd), fmt(r.riskAdjustedNpvHighUsd), fmt(r.swingUsd)]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] as string).length)));
  lines.push(head.map((h, c) => (c === 0 ? h.padEnd(widths[c]!) : h.padStart(widths[c]!))).join("  "));
  for (const r of rows) lines.push(r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join("  "));
  return `${lines.join("\n")}\n`;
}

function formatMonteCarlo(m: MonteCarloResult): string {
  const usd = (x: number) => Math.round(x).toLocaleString("en-US");
  const row = (label: string, q: { p5: number; p25: number; p50: number; p75: number; p95: number }) =>
    `${label.padEnd(22)}${[q.p5, q.p25, q.p50, q.p75, q.p95].map((v) => usd(v).padStart(14)).join("")}`;
  return [
    "",
    `Monte Carlo: ${m.paths.toLocaleString("en-US")} paths, seed ${m.seed}, BTC volatility ${+(m.btcVolatilityAnnual * 100).toFixed(2)} %/yr, network-growth volatility ${+(m.networkVolatilityAnnual * 100).toFixed(2)} %/yr`,
    `${"USD".padEnd(22)}${["P5", "P25", "P50", "P75", "P95"].map((h) => h.padStart(14)).join("")}`,
    row("NPV", m.npvUsd),
    row("Risk-adjusted NPV", m.riskAdjustedNpvUsd),
    `Probability of loss: ${(m.probabilityOfLoss * 100).toFixed(1)} % (NPV), ${(m.probabilityOfLossRiskAdjusted * 100).toFixed(1)} % (risk-adjusted)`,
    `Paid back within the horizon: ${(m.payback.paidBackShare * 100).toFixed(1)} % of paths` +
      (m.payback.months ? ` (median ${m.payback.months.p50.toFixed(1)} months)` : ""),
    `Shut down within the horizon: ${(m.shutdownShare * 100).toFixed(1)} % of paths`,
    "",
  ].join("\n");
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
  run(process.argv.slice(2)).then(
    (code) => void (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`jilin-model: unexpected failure: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
