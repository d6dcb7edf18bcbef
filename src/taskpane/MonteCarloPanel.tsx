/*
 * Monte Carlo from the pane: runs in a Web Worker with a progress bar and Cancel, then writes the
 * percentiles, probabilities, payback distribution and a histogram chart into the model's sheet.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { MONTE_CARLO } from "../data/risk";
import type { SavedModel } from "./savedState";
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { runMonteCarloInWorker, type MonteCarloRun } from "./monteCarloClient";
import { readModel, writeMonteCarlo } from "../workbook/apply";
import { money } from "./format";
import { D } from "../core/decimal";
import { formatDefault, readNumber } from "./wizard/typed";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  // Two columns where they fit (a 350 px pane), one below that; inputs shrink to their column.
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  input: { minWidth: 0, width: "100%" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type Status =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number }
  | { kind: "done"; result: MonteCarloResult; sheetName: string }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

const FIELDS = [
  { key: "paths", label: "Paths", unit: "count", record: MONTE_CARLO.paths, fraction: false },
  { key: "seed", label: "Seed", unit: "whole number", record: MONTE_CARLO.seed, fraction: false },
  { key: "btcVolatilityAnnual", label: "BTC price volatility", unit: "fraction per year", record: MONTE_CARLO.btcVolatilityAnnual, fraction: true },
  { key: "networkVolatilityAnnual", label: "Network growth volatility", unit: "fraction per year", record: MONTE_CARLO.networkGrowthVolatilityAnnual, fraction: true },
  { key: "priceHashrateCorrelation", label: "Price–hashrate correlation", unit: "−1 to 1", record: MONTE_CARLO.priceHashrateCorrelation, fraction: false },
] as const;

/**
 * The Monte Carlo's settings as numbers, read as the wizard reads numbers ("10,000", "55%"); a field
 * that is no number gets a message naming it (the simulation checks the ranges).
 */
export function monteCarloSettings(values: Readonly<Record<string, string>>): { settings: Record<(typeof FIELDS)[number]["key"], number> } | { message: string } {
  const settings = {} as Record<(typeof FIELDS)[number]["key"], number>;
  for (const f of FIELDS) {
    const raw = (values[f.key] ?? "").trim();
    const t = readNumber(raw === "" ? f.record.value : raw, f.fraction);
    if (t.kind !== "number") return { message: `${f.label} (${f.unit}) ${t.kind === "error" ? t.message : `must be a number (got "${raw}")`}` };
    settings[f.key] = Number(t.value);
  }
  return { settings };
}

export function MonteCarloPanel({ saved, today }: { saved: SavedModel; today: Date }): React.ReactElement {
  const styles = useStyles();
  const [values, setValues] = React.useState<Record<string, string>>({});
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const run = React.useRef<MonteCarloRun | undefined>(undefined);
  React.useEffect(() => () => run.current?.cancel(), []);

  const start = async () => {
    const read = monteCarloSettings(values);
    if ("message" in read) {
      setStatus({ kind: "failed", message: read.message });
      return;
    }
    const value = (k: (typeof FIELDS)[number]["key"]) => read.settings[k];
    // The model as it stands in the sheet, not as it was built: the user may have edited its inputs.
    let inputs;
    try {
      const reading = await readModel(saved, today);
      if (reading.kind === "refused") throw new Error(reading.message);
      if (reading.sheet.problem) throw new Error(`The model sheet has an invalid input: ${reading.sheet.problem}. Nothing was written.`);
      inputs = reading.sheet.inputs;
    } catch (e) {
      setStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
      return;
    }
    setStatus({ kind: "running", done: 0, total: value("paths") });
    const current = runMonteCarloInWorker(
      inputs,
      { paths: value("paths"), seed: value("seed"), btcVolatilityAnnual: value("btcVolatilityAnnual"), networkVolatilityAnnual: value("networkVolatilityAnnual"), priceHashrateCorrelation: value("priceHashrateCorrelation") },
      today,
      (done, total) => setStatus({ kind: "running", done, total }),
    );
    run.current = current;
    try {
      const result = await current.result;
      if (result === "cancelled") {
        setStatus({ kind: "cancelled" });
        return;
      }
      const sheetName = await writeMonteCarlo(saved.identity, result, new Date().toISOString().slice(0, 10), saved.wizard.sheetLang ?? "en");
      setStatus({ kind: "done", result, sheetName });
    } catch (e) {
      // The simulation's range messages start with the setting's key; name the field instead.
      const message = e instanceof Error ? e.message : String(e);
      const f = FIELDS.find((x) => message.startsWith(`${x.key} `));
      setStatus({ kind: "failed", message: f ? `${f.label} (${f.unit})${message.slice(f.key.length)}` : message });
    } finally {
      run.current = undefined;
    }
  };

  const running = status.kind === "running";
  return (
    <section className={styles.box} aria-labelledby="mc-title">
      <h2 id="mc-title" className={styles.title}>Monte Carlo</h2>
      <Text size={200}>
        BTC price as geometric Brownian motion around the model's growth, noise on network growth, a random forced shutdown each
        month at the model's hazard; halving and curtailment as in the model. Runs on the inputs as they stand in the model sheet.
      </Text>
      <div className={styles.row}>
        {FIELDS.map((f) => (
          <Field key={f.key} label={`${f.label} (${f.unit})`} hint={`Default: ${formatDefault(f.record.value)}${f.record.note.startsWith("ASSUMPTION") ? " (assumption)" : ""}`}>
            <Input className={styles.input} id={`mc-${f.key}`} value={values[f.key] ?? ""} placeholder={formatDefault(f.record.value)} inputMode="decimal" disabled={running} onChange={(_e, d) => setValues((v) => ({ ...v, [f.key]: d.value }))} />
          </Field>
        ))}
      </div>
      {running ? (
        <Field label={`Simulating: ${status.done.toLocaleString("en-US")} of ${status.total.toLocaleString("en-US")} paths`}>
          <ProgressBar value={status.total ? status.done / status.total : 0} max={1} aria-label="Monte Carlo progress" />
        </Field>
      ) : null}
      <div style={{ display: "flex", columnGap: 8 }}>
        <Button onClick={() => void start()} disabled={running}>Run Monte Carlo</Button>
        <Button onClick={() => run.current?.cancel()} disabled={!running}>Cancel</Button>
      </div>
      {status.kind === "done" ? (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Monte Carlo written</MessageBarTitle>
            Risk-adjusted NPV: median {money(D(status.result.riskAdjustedNpvUsd.p50))}, mean {money(D(status.result.riskAdjustedNpvUsd.mean))}; probability of loss{" "}
            {(status.result.probabilityOfLossRiskAdjusted * 100).toFixed(1)} %. Risk-adjusted equity NPV: median{" "}
            {money(D(status.result.riskAdjustedEquityNpvUsd.p50))}. Percentiles, payback and a histogram are in “{status.sheetName}”.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === "cancelled" ? (
        <MessageBar intent="info" role="status"><MessageBarBody>Monte Carlo cancelled; nothing was written.</MessageBarBody></MessageBar>
      ) : null}
      {status.kind === "failed" ? (
        <MessageBar intent="error" role="alert" layout="multiline"><MessageBarBody>{status.message}</MessageBarBody></MessageBar>
      ) : null}
    </section>
  );
}
