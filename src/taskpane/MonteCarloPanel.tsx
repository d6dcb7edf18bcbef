/*
 * Monte Carlo from the pane: runs in a Web Worker with a progress bar and Cancel, then writes the
 * percentiles, probabilities, payback distribution and a histogram chart into the model's sheet.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SavedModel } from "./savedState";
import type { MonteCarloResult } from "../core/risk/monteCarlo";
import { runMonteCarloInWorker, type MonteCarloRun } from "./monteCarloClient";
import { readModel, writeMonteCarlo } from "../workbook/apply";
import { addinText } from "../i18n/addin";
import { translator, type Language } from "../i18n";
import { formats } from "./format";
import { D, type Decimal } from "../core/decimal";
import { ModelError } from "../core/errors";
import { resolveInputs } from "../core/model/inputs";
import { errorText } from "../i18n/errors";
import { formatDefault } from "./wizard/typed";
import { MC_FIELDS as FIELDS, monteCarloSettings, settingName, type SettingKey } from "./monteCarloSettings";
import { failureText, useUi } from "./i18n";

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
  | { kind: "done"; result: MonteCarloResult; sheetName: string; cnyPerUsd: Decimal }
  | { kind: "cancelled" }
  | { kind: "failed"; message: (lang: Language) => string };

/** The Monte Carlo section; amounts in its message are in the pane's reporting currency. */
export function MonteCarloPanel({ saved, today, currency }: { saved: SavedModel; today: Date; currency: "USD" | "CNY" }): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useUi();
  const [values, setValues] = React.useState<Record<string, string>>({});
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const run = React.useRef<MonteCarloRun | undefined>(undefined);
  React.useEffect(() => () => run.current?.cancel(), []);

  const start = async () => {
    const read = monteCarloSettings(values, lang);
    if ("message" in read) {
      // Said again in the language shown, which may change while the message is up.
      const typed = { ...values };
      setStatus({ kind: "failed", message: (l) => { const again = monteCarloSettings(typed, l); return "message" in again ? again.message : read.message; } });
      return;
    }
    const value = (k: SettingKey) => read.settings[k];
    // The model as it stands in the sheet, not as it was built: the user may have edited its inputs.
    let inputs;
    try {
      const reading = await readModel(saved, today);
      if (reading.kind === "refused") {
        setStatus({ kind: "failed", message: (l) => addinText(reading.text, l) });
        return;
      }
      if (reading.sheet.problemText) {
        const problem = reading.sheet.problemText;
        setStatus({ kind: "failed", message: (l) => translator(l)("pane.mc.invalidSheet", { problem: addinText(problem, l, errorText) }) });
        return;
      }
      inputs = reading.sheet.inputs;
    } catch (e) {
      setStatus({ kind: "failed", message: (l) => failureText(e, l) });
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
      setStatus({ kind: "done", result, sheetName, cnyPerUsd: resolveInputs(inputs, today).cnyPerUsd });
    } catch (e) {
      // The simulation's range messages start with the setting's key; name the field instead.
      const f = e instanceof ModelError ? FIELDS.find((x) => x.key === e.field) : undefined;
      if (e instanceof ModelError && f) {
        setStatus({ kind: "failed", message: (l) => (l === "en" ? `${settingName(f, l)}${e.message.slice(f.key.length)}` : errorText(e, l, () => settingName(f, l))) });
      } else {
        setStatus({ kind: "failed", message: (l) => failureText(e, l) });
      }
    } finally {
      run.current = undefined;
    }
  };

  const running = status.kind === "running";
  return (
    <section className={styles.box} aria-labelledby="mc-title">
      <h2 id="mc-title" className={styles.title}>{t("pane.mc.title")}</h2>
      <Text size={200}>{t("pane.mc.intro")}</Text>
      <div className={styles.row}>
        {FIELDS.map((f) => (
          <Field key={f.key} label={settingName(f, lang)} hint={t(f.record.note.startsWith("ASSUMPTION") ? "pane.mc.defaultAssumption" : "pane.mc.defaultHint", { value: formatDefault(f.record.value) })}>
            <Input className={styles.input} id={`mc-${f.key}`} value={values[f.key] ?? ""} placeholder={formatDefault(f.record.value)} inputMode="decimal" disabled={running} onChange={(_e, d) => setValues((v) => ({ ...v, [f.key]: d.value }))} />
          </Field>
        ))}
      </div>
      {running ? (
        <Field label={t("pane.mc.simulating", { done: status.done.toLocaleString(lang === "zh-CN" ? "zh-CN" : "en-US"), total: status.total.toLocaleString(lang === "zh-CN" ? "zh-CN" : "en-US") })}>
          <ProgressBar value={status.total ? status.done / status.total : 0} max={1} aria-label={t("pane.mc.progressAria")} />
        </Field>
      ) : null}
      <div style={{ display: "flex", columnGap: 8 }}>
        <Button onClick={() => void start()} disabled={running}>{t("pane.mc.run")}</Button>
        <Button onClick={() => run.current?.cancel()} disabled={!running}>{t("pane.mc.cancel")}</Button>
      </div>
      {status.kind === "done" ? (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.mc.writtenTitle")}</MessageBarTitle>
            {(() => {
              const { money } = formats(lang, { code: currency, cnyPerUsd: status.cnyPerUsd });
              return t("pane.mc.written", {
                median: money(D(status.result.riskAdjustedNpvUsd.p50)),
                mean: money(D(status.result.riskAdjustedNpvUsd.mean)),
                loss: (status.result.probabilityOfLossRiskAdjusted * 100).toFixed(1),
                equityMedian: money(D(status.result.riskAdjustedEquityNpvUsd.p50)),
                sheet: status.sheetName,
              });
            })()}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status.kind === "cancelled" ? (
        <MessageBar intent="info" role="status"><MessageBarBody>{t("pane.mc.cancelled")}</MessageBarBody></MessageBar>
      ) : null}
      {status.kind === "failed" ? (
        <MessageBar intent="error" role="alert" layout="multiline"><MessageBarBody>{status.message(lang)}</MessageBarBody></MessageBar>
      ) : null}
    </section>
  );
}
