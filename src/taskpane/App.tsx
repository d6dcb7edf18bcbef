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
import { PANE_EN } from "../i18n/paneResources";
import { applySheetInputs, changedKeys, initialState, stepsIn, toModelInputs, validateStep, withTyped, type StepId, type WizardState } from "./wizard/model";
import { projectModel, type Projection } from "../core/model/project";
import type { ModelInputs } from "../core/model/inputs";
import { buildModel, compareWithSheet, makePortable, readModel, BuildError, type ModelReading } from "../workbook/apply";
import type { InputChange } from "../workbook/live";
import { missingRequirementText } from "./requirements";
import { loadSavedSafe, SCHEMA_VERSION, storeSaved, type SavedModel, type SavedState } from "./savedState";
import { formats } from "./format";
import { translator, type Language } from "../i18n";
import { addinText, type AddinText } from "../i18n/addin";
import { errorText } from "../i18n/errors";
import { MonteCarloPanel } from "./MonteCarloPanel";
import { failureText, officeLanguage, storedLanguage, storeLanguage, UiLanguage, useUi } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "560px" },
  steps: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", padding: 0, margin: 0 },
  stepItem: { padding: "2px 8px", borderRadius: tokens.borderRadiusMedium, color: tokens.colorNeutralForeground2 },
  stepCurrent: { padding: "2px 8px", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, ":focus": { outline: "none" } },
  nav: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  // The language switch, top right and out of the way of the steps.
  langBar: { display: "flex", justifyContent: "flex-end", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  langSelect: { minWidth: 0, width: "9.5em" },
  results: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: "4px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  confirm: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`, backgroundColor: tokens.colorPaletteMarigoldBackground1, borderRadius: tokens.borderRadiusMedium },
  // A command to copy as it is: never broken at its hyphens.
  command: { whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200 },
  num: { padding: "4px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

function hasExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/** What the pane knows of the model in the workbook. */
type Live = { kind: "none" } | { kind: "checking" } | ModelReading | { kind: "error"; error: unknown };

/** A message kept as what it is made of, put into words in the pane's language each time it is shown. */
type Words = (lang: Language) => string;

const changeId = (c: InputChange) => `${c.key}|${c.label}`;
/** The tornado swing the user typed; blank: each input over its sourced range. */
const typedSwing = (state: WizardState): string | undefined => (state.values.tornadoSwing ?? "").trim() || undefined;

type BuildStatus =
  | { kind: "idle" }
  | { kind: "building"; fraction: number; label: Words }
  | { kind: "built"; sheetName: string; schedule: string; summary: string }
  | { kind: "failed"; message: Words };

/** The pane's language switch: each language named in itself. */
function LanguageSwitch({ lang, onChange }: { lang: Language; onChange: (lang: Language) => void }): React.ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  return (
    <div className={styles.langBar}>
      <label htmlFor="field-uiLang">
        <Text size={200}>{t("pane.language")}</Text>
      </label>
      <Select id="field-uiLang" size="small" className={styles.langSelect} value={lang} onChange={(_e, d) => onChange(d.value === "zh-CN" ? "zh-CN" : "en")}>
        <option value="en" lang="en">English</option>
        <option value="zh-CN" lang="zh-CN">中文（简体）</option>
      </Select>
    </div>
  );
}

/**
 * The pane in its language: Office's display language unless the user chose another with the switch
 * (remembered for next time). The workbook's language is chosen separately on Review.
 */
export function App({ today = new Date() }: { today?: Date }): React.ReactElement {
  const [lang, setLang] = React.useState<Language>(() => storedLanguage() ?? officeLanguage());
  const choose = (l: Language) => {
    setLang(l);
    storeLanguage(l);
  };
  // The page's language, for screen readers and for the fonts the browser picks for Chinese.
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <UiLanguage lang={lang}>
      <Wizard today={today} lang={lang} languageSwitch={<LanguageSwitch lang={lang} onChange={choose} />} />
    </UiLanguage>
  );
}

const failed = (e: unknown): Words => (lang) => failureText(e, lang);

function Wizard({ today, lang, languageSwitch }: { today: Date; lang: Language; languageSwitch: React.ReactElement }): React.ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const steps = React.useMemo(() => stepsIn(lang), [lang]);
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
  const [portableStatus, setPortableStatus] = React.useState<{ kind: "done" | "failed"; message: Words } | undefined>(undefined);
  const missing = React.useMemo(() => missingRequirementText(typeof Office === "undefined" ? undefined : Office), []);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const replaceButton = React.useRef<HTMLButtonElement>(null);
  const step = steps[stepIndex]!;

  React.useEffect(() => {
    heading.current?.focus();
  }, [stepIndex, mode]);
  React.useEffect(() => {
    if (confirming) replaceButton.current?.focus();
  }, [confirming]);

  const update = (patch: Partial<WizardState>) => setState((s) => ({ ...s, ...patch }));
  // The sheets' language: as chosen on Review (and saved with the model), else the pane's language.
  const sheetLang = state.sheetLang ?? lang;
  /** The wizard with its sheets' language settled: the line items are labelled in it. */
  const settled = React.useMemo(() => ({ ...state, sheetLang }), [state, sheetLang]);
  const setValue = (key: string, value: string) => setState((s) => withTyped(s, key, value));

  /** Reads the model sheet (one sync) and brings sheet edits not seen before into the wizard. */
  const readSheet = React.useCallback(async (merge: boolean): Promise<Live> => {
    if (saved.kind !== "ok" || !hasExcel()) return { kind: "none" };
    let reading: Live;
    try {
      reading = await readModel(saved.saved, today);
    } catch (e) {
      reading = { kind: "error", error: e };
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
    if (Object.keys(errors).length > 0) setErrors(validateStep(state, step.id, today, lang));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, lang]);

  const next = () => {
    const found = validateStep(state, step.id, today, lang);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0] as string;
      const id = first.startsWith("profile.") ? `field-profile-${first.slice(8)}` : `field-${first}`;
      document.getElementById(id)?.focus();
      return;
    }
    setStepIndex((i) => Math.min(i + 1, steps.length - 1));
  };
  const back = () => {
    setErrors({});
    setStepIndex((i) => Math.max(i - 1, 0));
  };

  const projection = React.useMemo((): Projection | { error: string } | undefined => {
    if (step.id !== "review") return undefined;
    try {
      return projectModel(toModelInputs(settled, today), today);
    } catch (e) {
      return { error: failureText(e, lang) };
    }
  }, [step.id, settled, today, lang]);

  const runBuild = async (replace?: SavedModel) => {
    setConfirming(false);
    const inputs = toModelInputs(settled, today);
    setBuild({ kind: "building", fraction: 0, label: (l) => translator(l)("pane.build.starting") });
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
        onProgress: (fraction, _label, text) => setBuild({ kind: "building", fraction, label: (l) => addinText(text, l) }),
      });
      const record = { wizard: settled, inputs, sheetName: result.sheetName, identity: result.identity, dialect: result.plan.dialect, tornadoSwing: typedSwing(state), grid: true, builtAt: new Date().toISOString() };
      // The new model first (its reading follows), then editing it: no reading of the previous one can land in between.
      lastSheet.current = inputs;
      setLive({ kind: "checking" });
      setSaved({ kind: "ok", saved: { schemaVersion: SCHEMA_VERSION, ...record } });
      setEditing(true);
      try {
        await storeSaved(record);
      } catch {
        // The sheet is built; only "Edit model" next time is lost. Say so rather than fail.
        setBuild({ kind: "failed", message: (l) => translator(l)("pane.build.notSaved", { sheet: result.sheetName }) });
        return;
      }
      const companion = (role: "schedule" | "summary") => result.plan.companions.find((c) => c.role === role)?.sheetName ?? "";
      setBuild({ kind: "built", sheetName: result.sheetName, schedule: companion("schedule"), summary: companion("summary") });
    } catch (e) {
      setBuild({ kind: "failed", message: failed(e) });
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
        message: (l) => {
          const tl = translator(l);
          const count = (n: number) => n.toLocaleString(l === "zh-CN" ? "zh-CN" : "en-US");
          const left = r.leftAlone > 0 ? tl("pane.review.portableLeft", { count: count(r.leftAlone) }) : "";
          return [tl("pane.review.portableDone", { count: count(r.rewritten) }), left].filter((x) => x !== "").join(l === "zh-CN" ? "" : " ");
        },
      });
    } catch (e) {
      setPortableStatus({ kind: "failed", message: failed(e) });
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
        <MessageBarTitle>{t("pane.requirementTitle")}</MessageBarTitle>
        {addinText(missing, lang)}
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
        {languageSwitch}
        <h1 className={styles.heading} ref={heading} tabIndex={-1}>{t("pane.title")}</h1>
        {requirementBar}
        {live.kind === "checking" ? <Text>{t("pane.start.checking")}</Text> : null}
        {live.kind === "ok" ? <Text>{t("pane.start.holds", { date: s.builtAt.slice(0, 10), sheet: live.sheetName })}</Text> : null}
        {live.kind === "ok" ? <SheetChanges changes={live.sheet.changes} problem={live.sheet.problemText} /> : null}
        {live.kind === "refused" || live.kind === "error" ? (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{t("pane.start.notUsedTitle")}</MessageBarTitle>
              {t("pane.start.notUsedBody", { message: live.kind === "refused" ? addinText(live.text, lang) : failureText(live.error, lang) })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.nav}>
          {live.kind === "ok" ? <Button appearance="primary" onClick={edit}>{t("pane.start.edit")}</Button> : null}
          <Button appearance={live.kind === "ok" ? "secondary" : "primary"} onClick={() => { setState(initialState()); setStepIndex(0); setEditing(false); setMode("wizard"); }}>{t("pane.start.startNew")}</Button>
        </div>
        <Text size={200}>{t("pane.risk.legal")}</Text>
      </main>
    );
  }

  const building = build.kind === "building";
  return (
    <main className={styles.root}>
      {languageSwitch}
      <ol className={styles.steps} aria-label={t("pane.steps.label")}>
        {steps.map((s, i) => (
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
            <MessageBarTitle>{t("pane.savedNotLoaded")}</MessageBarTitle>
            {addinText(saved.text, lang, errorText)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {step.id === "review" && editing && live.kind === "ok" ? <SheetChanges changes={live.sheet.changes} problem={live.sheet.problemText} /> : null}
      {step.id === "review" ? (
        <Review projection={projection} state={settled} today={today} />
      ) : (
        <StepContent step={step.id as StepId} state={settled} errors={errors} update={update} setValue={setValue} today={today} />
      )}
      {Object.keys(errors).length > 0 ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t("pane.correctFields")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "building" ? (
        <Field validationMessage={build.label(lang)} validationState="none" label={t("pane.build.progress")}>
          <ProgressBar value={build.fraction} max={1} aria-label={t("pane.build.progressAria")} />
        </Field>
      ) : null}
      {build.kind === "built" ? (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.build.builtTitle")}</MessageBarTitle>
            {t("pane.build.builtBody", { sheet: build.sheetName, schedule: build.schedule, summary: build.summary })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {build.kind === "failed" ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.build.failedTitle")}</MessageBarTitle>
            {build.message(lang)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {step.id === "review" ? (
        <div>
          <Field label={t("pane.review.workbookLanguage")}>
            <Select id="field-sheetLang" value={sheetLang} onChange={(_e, d) => update({ sheetLang: d.value === "zh-CN" ? "zh-CN" : "en" })}>
              <option value="en">English</option>
              <option value="zh-CN" lang="zh-CN">中文（简体）</option>
            </Select>
          </Field>
          <Field label={t("pane.review.currency")}>
            <Select id="field-summaryCurrency" value={state.summaryCurrency ?? "USD"} onChange={(_e, d) => update({ summaryCurrency: d.value === "CNY" ? "CNY" : "USD" })}>
              <option value="USD">{t("pane.review.usd")}</option>
              <option value="CNY">{t("pane.review.cny")}</option>
            </Select>
          </Field>
        </div>
      ) : null}
      {step.id === "review" ? (
        <Switch
          id="field-portable"
          checked={state.portable === true}
          onChange={(_e, d) => update({ portable: d.checked })}
          label={t("pane.review.portable")}
        />
      ) : null}
      {step.id === "review" && rebuilding && saved.kind === "ok" && saved.saved.dialect !== "portable" && !building ? (
        <div>
          <Button onClick={() => void onMakePortable()}>{t("pane.review.makePortable")}</Button>
          <Text size={200} block>{t("pane.review.makePortableHelp", { sheet: live.kind === "ok" ? live.sheetName : saved.saved.sheetName })}</Text>
        </div>
      ) : null}
      {portableStatus ? (
        <MessageBar intent={portableStatus.kind === "done" ? "success" : "error"} role={portableStatus.kind === "done" ? "status" : "alert"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(portableStatus.kind === "done" ? "pane.review.portableDoneTitle" : "pane.review.portableFailedTitle")}</MessageBarTitle>
            {portableStatus.message(lang)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.nav}>
        <Button onClick={back} disabled={stepIndex === 0 || building}>{t("pane.nav.back")}</Button>
        {step.id !== "review" ? (
          <Button appearance="primary" onClick={next}>{t("pane.nav.next")}</Button>
        ) : (
          <Button
            appearance="primary"
            onClick={onBuildClick}
            disabled={building || confirming || !hasExcel() || missing !== undefined || live.kind === "checking" || (projection !== undefined && "error" in projection)}
          >
            {t(rebuilding ? "pane.nav.rebuild" : "pane.nav.build")}
          </Button>
        )}
      </div>
      {step.id === "review" && !hasExcel() ? <Text>{t("pane.build.openInExcel")}</Text> : null}
      {step.id === "review" && rebuilding && saved.kind === "ok" && hasExcel() && !building ? <MonteCarloPanel saved={saved.saved} today={today} currency={state.summaryCurrency ?? "USD"} /> : null}
      {confirming && saved.kind === "ok" && live.kind === "ok" ? (
        <section className={styles.confirm} role="group" aria-labelledby="confirm-title">
          <Text id="confirm-title" weight="semibold">{t("pane.confirm.title")}</Text>
          <Text>{t("pane.confirm.body", { sheet: live.sheetName })}</Text>
          <OverwrittenInSheet changes={compareWithSheet(live, toModelInputs(settled, today), today).changes} />
          <div className={styles.nav}>
            <Button appearance="primary" ref={replaceButton} onClick={() => void runBuild(saved.saved)}>{t("pane.confirm.replace")}</Button>
            <Button onClick={() => setConfirming(false)}>{t("pane.confirm.cancel")}</Button>
          </div>
        </section>
      ) : null}
    </main>
  );
}

/** The sheet values a rebuild would replace with the wizard's (listed before the user confirms). */
function OverwrittenInSheet({ changes }: { changes: readonly InputChange[] }): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useUi();
  if (changes.length === 0) return <Text>{t("pane.confirm.allSame")}</Text>;
  return (
    <table className={styles.results} aria-label={t("pane.confirm.overwrites")} id="rebuild-overwrites">
      <thead>
        <tr>
          <th scope="col" className={styles.cell} style={{ textAlign: "left" }}>{t("pane.confirm.input")}</th>
          <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>{t("pane.confirm.inSheet")}</th>
          <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>{t("pane.confirm.rebuildWrites")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={changeId(c)}>
            <th scope="row" className={styles.cell} style={{ textAlign: "left", fontWeight: 400 }}>{c.shown[lang].label}</th>
            <td className={styles.num}>{c.shown[lang].sheet}</td>
            <td className={styles.num}>{c.shown[lang].saved}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What differs between the saved inputs and the model sheet; the pane uses the sheet's values. */
function SheetChanges({ changes, problem }: { changes: readonly InputChange[]; problem?: AddinText }): React.ReactElement | null {
  const styles = useStyles();
  const { lang, t } = useUi();
  if (changes.length === 0 && !problem) return null;
  return (
    <section aria-labelledby="sheet-changes-title">
      <Text id="sheet-changes-title" weight="semibold" block>{t("pane.changes.title")}</Text>
      <Text size={200} block>{t("pane.changes.help")}</Text>
      <table className={styles.results} aria-labelledby="sheet-changes-title" id="sheet-changes">
        <thead>
          <tr>
            <th scope="col" className={styles.cell} style={{ textAlign: "left" }}>{t("pane.changes.input")}</th>
            <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>{t("pane.changes.saved")}</th>
            <th scope="col" className={styles.cell} style={{ textAlign: "right" }}>{t("pane.changes.inSheet")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={changeId(c)}>
              <th scope="row" className={styles.cell} style={{ textAlign: "left", fontWeight: 400 }}>{c.shown[lang].label}</th>
              <td className={styles.num}>{c.shown[lang].saved}</td>
              <td className={styles.num}>{c.shown[lang].sheet}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.changes.problemTitle")}</MessageBarTitle>
            {t("pane.changes.problem", { problem: addinText(problem, lang, errorText) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

/** Each result row's English label: the attribute tests and scripts find a figure by, whatever the pane's language. */
const RESULT_IDS: Readonly<Record<string, string>> = PANE_EN.review.rows;

function Review({ projection, state, today }: { projection: Projection | { error: string } | undefined; state: WizardState; today: Date }): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useUi();
  if (!projection) return <></>;
  if ("error" in projection) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{projection.error}</MessageBarBody>
      </MessageBar>
    );
  }
  const s = projection.summary;
  const cny = state.summaryCurrency === "CNY";
  const { money, number, percent } = formats(lang, { code: cny ? "CNY" : "USD", cnyPerUsd: projection.inputs.cnyPerUsd });
  // Each row: its key (for tests and the CLI's JSON), its label in the pane's language and the figure.
  const rows: [string, string][] = [
    ["npv", money(s.npvUsd)],
    ["riskAdjustedNpv", money(s.riskAdjustedNpvUsd)],
    ["irr", percent(s.irrAnnual)],
    ["payback", s.paybackMonths === undefined ? t("pane.format.never") : number(s.paybackMonths, 1, t("pane.format.months"))],
    ["breakeven", money(s.breakevenBtcPriceUsd, "USD/BTC")],
    ["cashCost", money(s.cashCostPerBtcUsd, "USD/BTC")],
    ["allInCost", money(s.allInCostPerBtcUsd, "USD/BTC")],
    ["btcMined", number(s.btcMined, 4, "BTC")],
    ["co2", number(s.co2Tonnes, 0, "t")],
    ["co2PerBtc", number(s.co2TonnesPerBtc, 1, "t/BTC")],
    ["capex", money(s.capexUsd)],
    ...(s.debtUsd.isZero()
      ? []
      : ([
          ["equityNpv", money(s.equityNpvUsd)],
          ["riskAdjustedEquityNpv", money(s.riskAdjustedEquityNpvUsd)],
          ["equityIrr", percent(s.equityIrrAnnual)],
          ["minDscr", s.minDscr === undefined ? t("pane.format.na") : number(s.minDscr, 2, "×")],
        ] as [string, string][])),
  ];
  return (
    <>
      <table className={styles.results} aria-label={t("pane.review.results")}>
        <tbody>
          {rows.map(([key, value]) => (
            <tr key={key}>
              <th scope="row" className={styles.cell} style={{ textAlign: "left", fontWeight: 400 }}>{t(`pane.review.rows.${key}`)}</th>
              <td className={styles.num} data-result={RESULT_IDS[key]} data-key={key}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cny ? <Text size={200} block id="review-converted">{t("pane.review.converted", { rate: projection.inputs.cnyPerUsd.toString() })}</Text> : null}
      <Text size={200}>
        {t("pane.review.footnote", { months: projection.inputs.horizonMonths, start: projection.months[0]!.date, count: projection.inputs.minerCount.toString(), miner: projection.inputs.minerName })}
      </Text>
      <Field label={t("pane.review.json")} hint={<code className={styles.command}>npm run model -- --config FILE</code>}>
        <Textarea id="inputs-json" readOnly value={JSON.stringify(toModelInputs(state, today), null, 2)} resize="vertical" rows={6} />
      </Field>
    </>
  );
}
