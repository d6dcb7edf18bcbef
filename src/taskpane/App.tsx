/*
 * The task pane: the wizard (Site → Fleet → Power → Market → Risk → Finance → Review), the build
 * with progress, and saved state ("Edit model" on a workbook that holds one). Once a model is built,
 * its sheet is the source of truth: the pane reads the sheet's input cells when it opens, on Review
 * and before a Monte Carlo run, lists what differs from the saved inputs and uses the sheet's values.
 */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { StepContent } from "./Steps";
import { applySheetInputs, changedKeys, initialState, LEGAL_NOTICE, STEPS, toModelInputs, validateStep, withTyped, type StepId, type WizardState } from "./wizard/model";
import { projectModel, type Projection } from "../core/model/project";
import { ModelError } from "../core/errors";
import type { ModelInputs } from "../core/model/inputs";
import { buildModel, compareWithSheet, makePortable, readModel, BuildError, type ModelReading } from "../workbook/apply";
import type { InputChange } from "../workbook/live";
import { missingRequirement } from "./requirements";
import { loadSavedSafe, SCHEMA_VERSION, storeSaved, type SavedModel, type SavedState } from "./savedState";
import { money, number, percent } from "./format";
import { languageOf } from "../i18n";
import { MonteCarloPanel } from "./MonteCarloPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "560px" },
  steps: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", padding: 0, margin: 0 },
  stepItem: { padding: "2px 8px", borderRadius: tokens.borderRadiusMedium, color: tokens.colorNeutralForeground2 },
  stepCurrent: { padding: "2px 8px", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ":focus": { outline: "none" } },
  nav: { display: "flex", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  results: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: "4px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  confirm: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`, backgroundColor: tokens.colorPaletteMarigoldBackground1, borderRadius: tokens.borderRadiusMedium },
  num: { padding: "4px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

function hasExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/** What the pane knows of the model in the workbook. */
type Live = { kind: "none" } | { kind: "checking" } | ModelReading | { kind: "error"; message: string };

const changeId = (c: InputChange) => `${c.key}|${c.label}`;
/** The tornado swing the user typed; blank: each input over its sourced range. */
const typedSwing = (state: WizardState): string | undefined => (state.values.tornadoSwing ?? "").trim() || undefined;

type BuildStatus =
  | { kind: "idle" }
  | { kind: "building"; fraction: number; label: string }
  | { kind: "built"; sheetName: string; schedule: string; summary: string }
  | { kind: "failed"; message: string };

/** Office's display language as a language the sheets can be written in ("zh-CN" for Chinese Office, else English). */
function officeLanguage(): "en" | "zh-CN" {
  try {
    return languageOf(Office.context.displayLanguage ?? "") === "zh-CN" ? "zh-CN" : "en";
  } catch {
    return "en";
  }
}

export function App({ today = new Date() }: { today?: Date }): React.ReactElement {
  const styles = useStyles();
  const [saved, setSaved] = React.useState<SavedState>(() => loadSavedSafe());
  const [mode, setMode] = React.useState<"start" | "wizard">(saved.kind === "ok" ? "start" : "wizard");
  const [state, setState] = React.useState<WizardState>(initialState);
  const [stepIndex, setStepIndex] = React.useState(0);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [build, setBuild] = React.useState<BuildStatus>({ kind: "idle" });
  const [confirming, setConfirming] = React.useState(false);
  const [live, setLive] = React.useState<Live>({ kind: saved.kind === "ok" && hasExcel() ? "checking" : "none" });
  /** The sheet's inputs at the last reading taken into the wizard: a re-read brings only what changed since. */
  const lastSheet = React.useRef<ModelInputs | undefined>(undefined);
  /** Editing the saved model (Edit model, or after a build) rather than starting another one. */
  const [editing, setEditing] = React.useState(false);
  const [portableStatus, setPortableStatus] = React.useState<{ kind: "done" | "failed"; message: string } | undefined>(undefined);
  const missing = React.useMemo(() => missingRequirement(typeof Office === "undefined" ? undefined : Office), []);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const replaceButton = React.useRef<HTMLButtonElement>(null);
  const step = STEPS[stepIndex]!;

  React.useEffect(() => {
    heading.current?.focus();
  }, [stepIndex, mode]);
  React.useEffect(() => {
    if (confirming) replaceButton.current?.focus();
  }, [confirming]);

  const update = (patch: Partial<WizardState>) => setState((s) => ({ ...s, ...patch }));
  // The sheets' language: as chosen (and saved with the model), else Office's display language, else English.
  const sheetLang = state.sheetLang ?? officeLanguage();
  const setValue = (key: string, value: string) => setState((s) => withTyped(s, key, value));

  /** Reads the model sheet (one sync) and brings sheet edits not seen before into the wizard. */
  const readSheet = React.useCallback(async (merge: boolean): Promise<Live> => {
    if (saved.kind !== "ok" || !hasExcel()) return { kind: "none" };
    let reading: Live;
    try {
      reading = await readModel(saved.saved, today);
    } catch (e) {
      reading = { kind: "error", message: e instanceof Error ? e.message : String(e) };
    }
    setLive(reading);
    if (reading.kind === "ok" && merge) {
      // Every input whose sheet value moved since the last reading goes into the wizard, also one typed
      // back to its saved value; inputs the sheet did not change keep what the user set in the wizard.
      const fresh = changedKeys(lastSheet.current ?? saved.saved.inputs, reading.sheet.inputs);
      if (fresh.length > 0) setState((st) => applySheetInputs(st, reading.sheet.inputs, fresh));
      lastSheet.current = reading.sheet.inputs;
    }
    return reading;
  }, [saved, today]);

  React.useEffect(() => {
    void readSheet(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);
  React.useEffect(() => {
    if (mode === "wizard" && editing && step.id === "review") void readSheet(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step.id, mode, editing]);
  // Coming back to the pane after typing in the sheet: Review reads the sheet again, so its figures are
  // never those of inputs the sheet no longer holds.
  React.useEffect(() => {
    if (!(mode === "wizard" && editing && step.id === "review")) return undefined;
    const onFocus = () => void readSheet(true);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [step.id, mode, editing, readSheet]);

  // Messages update as the user types once a step has been checked.
  React.useEffect(() => {
    if (Object.keys(errors).length > 0) setErrors(validateStep(state, step.id, today));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const next = () => {
    const found = validateStep(state, step.id, today);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0] as string;
      const id = first.startsWith("profile.") ? `field-profile-${first.slice(8)}` : `field-${first}`;
      document.getElementById(id)?.focus();
      return;
    }
    setStepIndex((i) => Math.min(i + 1, STEPS.length - 1));
  };
  const back = () => {
    setErrors({});
    setStepIndex((i) => Math.max(i - 1, 0));
  };

  const projection = React.useMemo((): Projection | { error: string } | undefined => {
    if (step.id !== "review") return undefined;
    try {
      return projectModel(toModelInputs(state, today), today);
    } catch (e) {
      return { error: e instanceof ModelError ? e.message : String(e) };
    }
  }, [step.id, state, today]);

  const runBuild = async (replace?: SavedModel) => {
    setConfirming(false);
    const inputs = toModelInputs(state, today);
    setBuild({ kind: "building", fraction: 0, label: "Starting" });
    try {
      const result = await buildModel({
        inputs,
        today,
        builtAt: `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
        grid: true,
        tornado: { swing: typedSwing(state) },
        dialect: state.portable ? "portable" : "addin",
        lang: sheetLang,
        currency: state.summaryCurrency ?? "USD",
        replace: replace && live.kind === "ok"
          ? { identity: replace.identity, saved: replace.inputs, seen: live.sheet.inputs, previous: { tornado: { swing: replace.tornadoSwing }, dialect: replace.dialect, grid: replace.grid, lang: replace.wizard.sheetLang ?? "en", currency: replace.wizard.summaryCurrency ?? "USD" } }
          : undefined,
        onProgress: (fraction, label) => setBuild({ kind: "building", fraction, label }),
      });
      const record = { wizard: { ...state, sheetLang }, inputs, sheetName: result.sheetName, identity: result.identity, dialect: result.plan.dialect, tornadoSwing: typedSwing(state), grid: true, builtAt: new Date().toISOString() };
      // The new model first (its reading follows), then editing it: no reading of the previous one can land in between.
      lastSheet.current = inputs;
      setLive({ kind: "checking" });
      setSaved({ kind: "ok", saved: { schemaVersion: SCHEMA_VERSION, ...record } });
      setEditing(true);
      try {
        await storeSaved(record);
      } catch {
        // The sheet is built; only "Edit model" next time is lost. Say so rather than fail.
        setBuild({ kind: "failed", message: `The model was built in "${result.sheetName}", but its inputs could not be saved in the workbook, so "Edit model" will not be offered next time.` });
        return;
      }
      const companion = (role: "schedule" | "summary") => result.plan.companions.find((c) => c.role === role)?.sheetName ?? "";
      setBuild({ kind: "built", sheetName: result.sheetName, schedule: companion("schedule"), summary: companion("summary") });
    } catch (e) {
      setBuild({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
      if (e instanceof BuildError && e.reason) void readSheet(true);
    }
  };

  /** Rewrites the model's JILIN.* formulas in native functions, in place, and remembers the choice. */
  const onMakePortable = async () => {
    if (saved.kind !== "ok") return;
    try {
      const r = await makePortable({ ...saved.saved, lang: saved.saved.wizard.sheetLang ?? "en", currency: saved.saved.wizard.summaryCurrency ?? "USD" }, today);
      const record = { ...saved.saved, dialect: "portable" as const, wizard: { ...saved.saved.wizard, portable: true } };
      setSaved({ kind: "ok", saved: record });
      update({ portable: true });
      const { schemaVersion: _v, ...toStore } = record;
      await storeSaved(toStore).catch(() => undefined);
      setPortableStatus({
        kind: "done",
        message: `${r.rewritten.toLocaleString("en-US")} formulas now use native Excel functions only; the model works without the add-in.` +
          (r.leftAlone > 0 ? ` ${r.leftAlone} formulas that the add-in did not write still call JILIN functions.` : ""),
      });
    } catch (e) {
      setPortableStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
      if (e instanceof BuildError && e.reason) void readSheet(true);
    }
  };

  /** A rebuild in place when the saved model still matches the workbook; otherwise a new model. */
  const rebuilding = editing && saved.kind === "ok" && live.kind === "ok";
  const onBuildClick = () => {
    if (rebuilding) setConfirming(true);
    else void runBuild();
  };

  const requirementBar = missing ? (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This Excel is too old for the model</MessageBarTitle>
        {missing}
      </MessageBarBody>
    </MessageBar>
  ) : null;

  if (mode === "start" && saved.kind === "ok") {
    const s = saved.saved;
    const edit = () => {
      lastSheet.current = live.kind === "ok" ? live.sheet.inputs : undefined;
      // A model saved before the workbook's language was recorded was written in English: Rebuild keeps it so.
      const wizard = { ...s.wizard, sheetLang: s.wizard.sheetLang ?? "en" };
      setState(live.kind === "ok" ? applySheetInputs(wizard, live.sheet.inputs, changedKeys(s.inputs, live.sheet.inputs)) : wizard);
      setStepIndex(0);
      setEditing(true);
      setMode("wizard");
    };
    return (
      <main className={styles.root}>
        <h1 className={styles.heading} ref={heading} tabIndex={-1}>Jilin Mining Model</h1>
        {requirementBar}
        {live.kind === "checking" ? <Text>Checking the model in this workbook…</Text> : null}
        {live.kind === "ok" ? (
          <Text>
            This workbook holds a model built by this add-in on {s.builtAt.slice(0, 10)} in the sheet “{live.sheetName}”.
          </Text>
        ) : null}
        {live.kind === "ok" ? <SheetChanges changes={live.sheet.changes} problem={live.sheet.problem} /> : null}
        {live.kind === "refused" || live.kind === "error" ? (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Saved model not used</MessageBarTitle>
              {live.message} Nothing in the workbook was changed.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.nav}>
          {live.kind === "ok" ? <Button appearance="primary" onClick={edit}>Edit model</Button> : null}
          <Button appearance={live.kind === "ok" ? "secondary" : "primary"} onClick={() => { setState(initialState()); setStepIndex(0); setEditing(false); setMode("wizard"); }}>Start a new model</Button>
        </div>
        <Text size={200}>{LEGAL_NOTICE}</Text>
      </main>
    );
  }

  const building = build.kind === "building";
  return (
    <main className={styles.root}>
      <ol className={styles.steps} aria-label="Wizard steps">
        {STEPS.map((s, i) => (
          <li key={s.id} className={i === stepIndex ? styles.stepCurrent : styles.stepItem} aria-current={i === stepIndex ? "step" : undefined}>
            {i + 1}. {s.title}
          </li>
        ))}
      </ol>
      <h1 className={styles.heading} ref={heading} tabIndex={-1} id="step-heading">
        {step.title}
      </h1>
      <Text>{step.intro}</Text>
      {requirementBar}
      {saved.kind === "unusable" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Saved model not loaded</MessageBarTitle>
            {saved.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {step.id === "review" && editing && live.kind === "ok" ? <SheetChanges changes={live.sheet.changes} problem={live.sheet.problem} /> : null}
      {step.id === "review" ? (
        <Review projection={projection} state={state} today={today} />
      ) : (
        <StepContent step={step.id as StepId} state={state} errors={errors} update={update} setValue={setValue} today={today} />
      )}
      {Object.keys(errors).length > 0 ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Please correct the highlighted fields before going on.</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "building" ? (
        <Field validationMessage={build.label} validationState="none" label="Building the model">
          <ProgressBar value={build.fraction} max={1} aria-label="Build progress" />
        </Field>
      ) : null}
      {build.kind === "built" ? (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Model built</MessageBarTitle>
            The model is in the sheet “{build.sheetName}”. Change any yellow input there and it recalculates. The monthly schedule is in “{build.schedule}”; a one-page summary to print is in “{build.summary}”.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "failed" ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Build failed</MessageBarTitle>
            {build.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {step.id === "review" ? (
        <div>
          <Field label="Workbook language">
            <Select id="field-sheetLang" value={sheetLang} onChange={(_e, d) => update({ sheetLang: d.value === "zh-CN" ? "zh-CN" : "en" })}>
              <option value="en">English</option>
              <option value="zh-CN" lang="zh-CN">中文（简体）</option>
            </Select>
          </Field>
          <Field label="Summary sheet currency">
            <Select id="field-summaryCurrency" value={state.summaryCurrency ?? "USD"} onChange={(_e, d) => update({ summaryCurrency: d.value === "CNY" ? "CNY" : "USD" })}>
              <option value="USD">USD</option>
              <option value="CNY">CNY (at the exchange rate)</option>
            </Select>
          </Field>
        </div>
      ) : null}
      {step.id === "review" ? (
        <Switch
          id="field-portable"
          checked={state.portable === true}
          onChange={(_e, d) => update({ portable: d.checked })}
          label="Works without the add-in: native Excel formulas instead of JILIN functions, for sharing the workbook"
        />
      ) : null}
      {step.id === "review" && rebuilding && saved.kind === "ok" && saved.saved.dialect !== "portable" && !building ? (
        <div>
          <Button onClick={() => void onMakePortable()}>Make portable</Button>
          <Text size={200} block>Rewrites the JILIN functions in “{live.kind === "ok" ? live.sheetName : saved.saved.sheetName}” and its schedule and summary sheets as native Excel formulas, in place; nothing else changes.</Text>
        </div>
      ) : null}
      {portableStatus ? (
        <MessageBar intent={portableStatus.kind === "done" ? "success" : "error"} role={portableStatus.kind === "done" ? "status" : "alert"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{portableStatus.kind === "done" ? "Model made portable" : "Not made portable"}</MessageBarTitle>
            {portableStatus.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.nav}>
        <Button onClick={back} disabled={stepIndex === 0 || building}>Back</Button>
        {step.id !== "review" ? (
          <Button appearance="primary" onClick={next}>Next</Button>
        ) : (
          <Button
            appearance="primary"
            onClick={onBuildClick}
            disabled={building || confirming || !hasExcel() || missing !== undefined || live.kind === "checking" || (projection !== undefined && "error" in projection)}
          >
            {rebuilding ? "Rebuild model" : "Build model"}
          </Button>
        )}
      </div>
      {step.id === "review" && !hasExcel() ? <Text>Open this pane in Excel (or in the preview) to build the model.</Text> : null}
      {step.id === "review" && rebuilding && saved.kind === "ok" && hasExcel() && !building ? <MonteCarloPanel saved={saved.saved} today={today} /> : null}
      {confirming && saved.kind === "ok" && live.kind === "ok" ? (
        <section className={styles.confirm} role="group" aria-labelledby="confirm-title">
          <Text id="confirm-title" weight="semibold">Replace the model?</Text>
          <Text>
            The sheet “{live.sheetName}” that this add-in built, with its schedule and summary sheets, is rewritten in place
            with these inputs: the same sheets and the same names, so links to the model keep working (a schedule or summary
            sheet you deleted is made again). Anything else typed on those sheets is cleared. No other sheet or name is changed.
          </Text>
          <OverwrittenInSheet changes={compareWithSheet(live, toModelInputs(state, today), today).changes} />
          <div className={styles.nav}>
            <Button appearance="primary" ref={replaceButton} onClick={() => void runBuild(saved.saved)}>Replace</Button>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
          </div>
        </section>
      ) : null}
    </main>
  );
}

/** The sheet values a rebuild would replace with the wizard's (listed before the user confirms). */
function OverwrittenInSheet({ changes }: { changes: readonly InputChange[] }): React.ReactElement {
  const styles = useStyles();
  if (changes.length === 0) return <Text>Every input in the sheet already has the wizard's value.</Text>;
  return (
    <table className={styles.results} aria-label="Values in the sheet that Rebuild replaces" id="rebuild-overwrites">
      <thead>
        <tr>
          <th scope="col" className={styles.cell} style={{ textAlign: "left" }}>Input</th>
          <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>In the sheet</th>
          <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>Rebuild writes</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.key}|${c.label}`}>
            <th scope="row" className={styles.cell} style={{ textAlign: "left", fontWeight: 400 }}>{c.label}</th>
            <td className={styles.num}>{c.sheet}</td>
            <td className={styles.num}>{c.saved}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What differs between the saved inputs and the model sheet; the pane uses the sheet's values. */
function SheetChanges({ changes, problem }: { changes: readonly InputChange[]; problem?: string }): React.ReactElement | null {
  const styles = useStyles();
  if (changes.length === 0 && !problem) return null;
  return (
    <section aria-labelledby="sheet-changes-title">
      <Text id="sheet-changes-title" weight="semibold" block>Changed in the model sheet since it was built</Text>
      <Text size={200} block>The pane uses the sheet's values (shown in the wizard's fields); Rebuild keeps them.</Text>
      <table className={styles.results} aria-labelledby="sheet-changes-title" id="sheet-changes">
        <thead>
          <tr>
            <th scope="col" className={styles.cell} style={{ textAlign: "left" }}>Input</th>
            <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>Saved</th>
            <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>In the sheet</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={changeId(c)}>
              <th scope="row" className={styles.cell} style={{ textAlign: "left", fontWeight: 400 }}>{c.label}</th>
              <td className={styles.num}>{c.saved}</td>
              <td className={styles.num}>{c.sheet}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The model sheet needs attention</MessageBarTitle>
            {problem}. Correct it in the sheet or in the wizard before building.
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function Review({ projection, state, today }: { projection: Projection | { error: string } | undefined; state: WizardState; today: Date }): React.ReactElement {
  const styles = useStyles();
  if (!projection) return <></>;
  if ("error" in projection) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{projection.error}</MessageBarBody>
      </MessageBar>
    );
  }
  const s = projection.summary;
  const rows: [string, string][] = [
    ["NPV", money(s.npvUsd)],
    ["Risk-adjusted NPV", money(s.riskAdjustedNpvUsd)],
    ["IRR (annualised)", percent(s.irrAnnual)],
    ["Payback", s.paybackMonths === undefined ? "never" : number(s.paybackMonths, 1, "months")],
    ["Break-even BTC price at start", money(s.breakevenBtcPriceUsd, "USD/BTC")],
    ["Cash cost per BTC", money(s.cashCostPerBtcUsd, "USD/BTC")],
    ["All-in cost per BTC", money(s.allInCostPerBtcUsd, "USD/BTC")],
    ["BTC mined", number(s.btcMined, 4, "BTC")],
    ["CO2", number(s.co2Tonnes, 0, "t")],
    ["CO2 per BTC", number(s.co2TonnesPerBtc, 1, "t/BTC")],
    ["Capex", money(s.capexUsd)],
    ...(s.debtUsd.isZero()
      ? []
      : ([
          ["Equity NPV", money(s.equityNpvUsd)],
          ["Risk-adjusted equity NPV", money(s.riskAdjustedEquityNpvUsd)],
          ["Equity IRR (annualised)", percent(s.equityIrrAnnual)],
          ["Lowest DSCR", s.minDscr === undefined ? "n/a" : number(s.minDscr, 2, "×")],
        ] as [string, string][])),
  ];
  return (
    <>
      <table className={styles.results} aria-label="Headline results">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className={styles.cell} style={{ textAlign: "left", fontWeight: 400 }}>{label}</th>
              <td className={styles.num} data-result={label}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200}>
        {projection.inputs.horizonMonths} months from {projection.months[0]!.date}; {projection.inputs.minerCount.toString()} × {projection.inputs.minerName}.
        Building writes these figures as live formulas into three new sheets (the model, its monthly schedule and a one-page summary to print); no other sheet is changed.
      </Text>
      <Field label="These inputs as JSON (for the command line: npm run model -- --config FILE)">
        <Textarea id="inputs-json" readOnly value={JSON.stringify(toModelInputs(state, today), null, 2)} resize="vertical" rows={6} />
      </Field>
    </>
  );
}
