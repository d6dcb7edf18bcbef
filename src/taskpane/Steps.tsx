/*
 * The content of each wizard step. Everything shown comes from wizard/model.ts and core; nothing
 * here computes the model or builds formulas.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { InputField } from "./Fields";
import {
  DEBT_KEYS,
  enforcementOutcomes,
  fieldAsShown,
  fieldDefs,
  JILIN_PROFILE_STRINGS,
  MINERS,
  riskPresets,
  valueOf,
  type StepId,
  type WizardState,
} from "./wizard/model";
import { useUi } from "./i18n";
import { monthNames } from "../i18n/language";
import { sourceIn } from "../i18n/sources.zh-CN";
import { minerEfficiency } from "../core/miners";
import { priceBasis } from "../data/miners";
import type { CoolingType } from "../data/site";
import { SCENARIO_KEYS } from "../core/model/inputs";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  // Three months a row at every pane width (270 px and up); inputs may shrink below Fluent's default minimum.
  profile: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  shrink: { minWidth: 0, width: "100%" },
  // Radio buttons side by side, wrapping onto a second line in a narrow pane.
  wrap: { flexWrap: "wrap" },
  select: { minWidth: 0, width: "100%", "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
});

export interface StepProps {
  readonly step: StepId;
  readonly state: WizardState;
  readonly errors: Readonly<Record<string, string>>;
  readonly update: (patch: Partial<WizardState>) => void;
  readonly setValue: (key: string, value: string) => void;
  readonly today: Date;
}

export function StepContent(props: StepProps): React.ReactElement | null {
  const styles = useStyles();
  const { lang, t } = useUi();
  const defs = React.useMemo(() => fieldDefs(props.today, lang), [props.today, lang]);
  const field = (key: string): React.ReactElement => {
    const { def, defaultValue } = fieldAsShown(props.state, key, defs, lang);
    return (
      <InputField
        key={key}
        def={def}
        value={props.state.values[key] ?? ""}
        defaultValue={defaultValue}
        error={props.errors[key]}
        onChange={(v) => props.setValue(key, v)}
      />
    );
  };
  const { state, update } = props;
  /** The step's fields in the wizard's layout order (the catalogue's inputs and the wizard's own). */
  const fieldsOf = (step: StepId, skip: (key: string) => boolean = () => false) => defs.filter((d) => d.step === step && !skip(d.key)).map((d) => field(d.key));

  switch (props.step) {
    case "site":
      return (
        <div className={styles.stack}>
          {field("siteName")}
          {field("startDate")}
          {field("horizonMonths")}
          <Text className={styles.groupTitle}>{t("pane.site.capexTitle")}</Text>
          {field("gridConnectionCny")}
          <Field label={t("pane.site.cooling")} hint={t("pane.site.coolingHint")}>
            <RadioGroup
              className={styles.wrap}
              value={state.cooling}
              layout="horizontal"
              onChange={(_e, d) => update({ cooling: d.value as CoolingType })}
            >
              <Radio value="air" label={t("pane.site.air")} />
              <Radio value="hydro" label={t("pane.site.hydro")} />
              <Radio value="immersion" label={t("pane.site.immersion")} />
            </RadioGroup>
          </Field>
          {field("coolingCapexUsd")}
          {field("pue")}
          {field("buildingsLandCny")}
          {field("connectivityUsd")}
          <Text className={styles.groupTitle}>{t("pane.site.opexTitle")}</Text>
          {field("staffHeadcount")}
          {field("staffSalaryCnyPerMonth")}
          {field("landLeaseCnyPerMonth")}
          {field("maintenanceUsdPerMonth")}
        </div>
      );
    case "fleet": {
      const chosen = MINERS.find((m) => m.name === state.minerChoice);
      return (
        <div className={styles.stack}>
          <Field
            label={t("pane.fleet.miner")}
            hint={chosen
              ? t("pane.fleet.minerHint", {
                  ths: chosen.hashrateThS.value,
                  watts: chosen.powerW.value,
                  efficiency: minerEfficiency(chosen).toDecimalPlaces(1).toString(),
                  cooling: t(`pane.fleet.cooling.${chosen.cooling}`),
                  price: chosen.priceUsdPerTh.value,
                  source: sourceIn(chosen.source, lang),
                  priceSource: sourceIn(chosen.priceUsdPerTh.source, lang),
                })
              : t("pane.fleet.minerHintCustom")}
          >
            {/* Short options (they must fit a 270 px pane); the chosen machine's figures and sources are in the hint. */}
            <Select className={styles.select} id="field-miner" value={state.minerChoice} onChange={(_e, d) => update({ minerChoice: d.value })}>
              {MINERS.map((m) => (
                <option key={m.name} value={m.name}>
                  {t("pane.fleet.option", { name: m.name, efficiency: minerEfficiency(m).toDecimalPlaces(1).toString(), price: m.priceUsdPerTh.value, basis: t(priceBasis(m) === "quote" ? "pane.fleet.quote" : "pane.fleet.tier") })}
                </option>
              ))}
              <option value="custom">{t("pane.fleet.custom")}</option>
            </Select>
          </Field>
          {state.minerChoice === "custom" ? (
            <div className={styles.group}>
              {field("customHashrateThS")}
              {field("customPowerW")}
              {field("customPriceUsdPerTh")}
            </div>
          ) : (
            field("minerPriceUsdPerTh")
          )}
          {field("minerCount")}
          {field("uptime")}
          {field("hashrateDegradationAnnual")}
        </div>
      );
    }
    case "power":
      return (
        <div className={styles.stack}>
          {field("hydroPriceCnyPerKwh")}
          {field("gridPriceCnyPerKwh")}
          {field("wheelingCnyPerKwh")}
          {field("cnyPerUsd")}
          <Text className={styles.groupTitle} id="profile-title">
            {t("pane.power.profileTitle")}
          </Text>
          <Text size={200}>{t("pane.power.profileHelp")}</Text>
          <div className={styles.profile} role="group" aria-labelledby="profile-title">
            {monthNames(lang).map((m, i) => (
              <Field
                key={m}
                label={m}
                validationState={props.errors[`profile.${i}`] ? "error" : "none"}
                validationMessage={props.errors[`profile.${i}`]}
              >
                <Input
                  className={styles.shrink}
                  id={`field-profile-${i}`}
                  value={state.profile[i] ?? ""}
                  inputMode="decimal"
                  onChange={(_e, d) => update({ profile: state.profile.map((p, j) => (j === i ? d.value : p)) })}
                />
              </Field>
            ))}
          </div>
          <Button onClick={() => update({ profile: [...JILIN_PROFILE_STRINGS] })}>{t("pane.power.reset")}</Button>
          {field("gridFactorTPerMwh")}
          {field("hydroFactorTPerMwh")}
        </div>
      );
    case "market":
      return (
        <div className={styles.stack}>{fieldsOf("market")}</div>
      );
    case "risk":
      return (
        <div className={styles.stack}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("pane.risk.legalTitle")}</MessageBarTitle>
              {t("pane.risk.legal")}
            </MessageBarBody>
          </MessageBar>
          <Field label={t("pane.risk.probability")} hint={t("pane.risk.note")}>
            <RadioGroup value={state.riskPreset} onChange={(_e, d) => update({ riskPreset: d.value as WizardState["riskPreset"] })}>
              {riskPresets(lang).map((p) => (
                <Radio key={p.id} value={p.id} label={t("pane.risk.preset", { id: p.id, explanation: p.explanation })} />
              ))}
              <Radio value="custom" label={t("pane.risk.custom")} />
            </RadioGroup>
          </Field>
          {state.riskPreset === "custom" ? field("customShutdownProbability") : null}
          <Text className={styles.groupTitle}>{t("pane.risk.outcomesTitle")}</Text>
          <div className={styles.group}>
            {enforcementOutcomes(lang).map((o) => (
              <div key={o.id}>
                <Button size="small" onClick={() => { o.apply(props.setValue); if (o.focus) document.getElementById(o.focus)?.focus(); }}>{o.label}</Button>
                <Text size={200} block>{o.source}</Text>
              </div>
            ))}
          </div>
          {fieldsOf("risk", (k) => k === "customShutdownProbability" || k.startsWith("scenario."))}
          <Text className={styles.groupTitle}>{t("pane.risk.scenariosTitle")}</Text>
          <Text size={200}>{t("pane.risk.scenariosHelp")}</Text>
          <div className={styles.group}>
            {(["bear", "bull"] as const).flatMap((name) => SCENARIO_KEYS.map((k) => field(`scenario.${name}.${k}`)))}
          </div>
        </div>
      );
    case "finance":
      return (
        <div className={styles.stack}>
          {fieldsOf("finance", (k) => DEBT_KEYS.includes(k as (typeof DEBT_KEYS)[number]))}
          <Switch
            checked={state.curtail}
            label={t("pane.finance.curtail")}
            onChange={(_e, d) => update({ curtail: d.checked })}
          />
          <Text className={styles.groupTitle}>{t("pane.finance.debtTitle")}</Text>
          <Text size={200}>{t("pane.finance.debtHelp")}</Text>
          <div className={styles.group}>{DEBT_KEYS.map((k) => field(k))}</div>
        </div>
      );
    default:
      return null;
  }
}

export { valueOf };
