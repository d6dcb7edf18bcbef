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
  fieldAsShown,
  fieldDefs,
  JILIN_PROFILE_STRINGS,
  LEGAL_NOTICE,
  MINERS,
  MONTH_NAMES,
  RISK_NOTE,
  RISK_PRESETS,
  ENFORCEMENT_OUTCOMES,
  valueOf,
  type StepId,
  type WizardState,
} from "./wizard/model";
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
  const defs = React.useMemo(() => fieldDefs(props.today), [props.today]);
  const field = (key: string): React.ReactElement => {
    const { def, defaultValue } = fieldAsShown(props.state, key, defs);
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
          <Text className={styles.groupTitle}>Infrastructure capex (line items)</Text>
          {field("gridConnectionCny")}
          <Field label="Cooling type" hint="Sets the PUE default: air 1.10, hydro 1.05, immersion 1.03">
            <RadioGroup
              className={styles.wrap}
              value={state.cooling}
              layout="horizontal"
              onChange={(_e, d) => update({ cooling: d.value as CoolingType })}
            >
              <Radio value="air" label="Air" />
              <Radio value="hydro" label="Hydro" />
              <Radio value="immersion" label="Immersion" />
            </RadioGroup>
          </Field>
          {field("coolingCapexUsd")}
          {field("pue")}
          {field("buildingsLandCny")}
          {field("connectivityUsd")}
          <Text className={styles.groupTitle}>Fixed opex per month (line items)</Text>
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
            label="Miner model"
            hint={chosen
              ? `${chosen.hashrateThS.value} TH/s, ${chosen.powerW.value} W, ${minerEfficiency(chosen).toDecimalPlaces(1).toString()} J/TH, ${chosen.cooling}-cooled, USD ${chosen.priceUsdPerTh.value}/TH. Source: ${chosen.source}. Price: ${chosen.priceUsdPerTh.source}`
              : "Enter your machine's figures below"}
          >
            {/* Short options (they must fit a 270 px pane); the chosen machine's figures and sources are in the hint. */}
            <Select className={styles.select} id="field-miner" value={state.minerChoice} onChange={(_e, d) => update({ minerChoice: d.value })}>
              {MINERS.map((m) => (
                <option key={m.name} value={m.name}>
                  {`${m.name} · ${minerEfficiency(m).toDecimalPlaces(1).toString()} J/TH · $${m.priceUsdPerTh.value}/TH ${priceBasis(m) === "quote" ? "quote" : "tier"}`}
                </option>
              ))}
              <option value="custom">Custom miner…</option>
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
            Hydro share of the load by month (fractions, Jan..Dec)
          </Text>
          <Text size={200}>
            Default: the Jilin run-of-river profile (illustrative, from Songhua-basin seasonality: rivers ice-bound Nov–Mar).
          </Text>
          <div className={styles.profile} role="group" aria-labelledby="profile-title">
            {MONTH_NAMES.map((m, i) => (
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
          <Button onClick={() => update({ profile: [...JILIN_PROFILE_STRINGS] })}>Reset to the Jilin profile</Button>
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
              <MessageBarTitle>Legal notice</MessageBarTitle>
              {LEGAL_NOTICE}
            </MessageBarBody>
          </MessageBar>
          <Field label="Annual probability of a forced shutdown" hint={RISK_NOTE}>
            <RadioGroup value={state.riskPreset} onChange={(_e, d) => update({ riskPreset: d.value as WizardState["riskPreset"] })}>
              {RISK_PRESETS.map((p) => (
                <Radio key={p.id} value={p.id} label={`${p.id}: ${p.explanation}`} />
              ))}
              <Radio value="custom" label="Custom: your own probability below." />
            </RadioGroup>
          </Field>
          {state.riskPreset === "custom" ? field("customShutdownProbability") : null}
          <Text className={styles.groupTitle}>Enforcement outcomes the sources record</Text>
          <div className={styles.group}>
            {ENFORCEMENT_OUTCOMES.map((o) => (
              <div key={o.id}>
                <Button size="small" onClick={() => { o.apply(props.setValue); if (o.focus) document.getElementById(o.focus)?.focus(); }}>{o.label}</Button>
                <Text size={200} block>{o.source}</Text>
              </div>
            ))}
          </div>
          {fieldsOf("risk", (k) => k === "customShutdownProbability" || k.startsWith("scenario."))}
          <Text className={styles.groupTitle}>Scenarios</Text>
          <Text size={200}>
            The model sheet shows bear, base and bull side by side, as live formulas. Base is the model above; bear and bull change
            these six inputs. Leave a field blank for its default.
          </Text>
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
            label="Switch off hydro or grid power in a month when it costs more than the BTC it mines (fixed opex is still paid)"
            onChange={(_e, d) => update({ curtail: d.checked })}
          />
          <Text className={styles.groupTitle}>Debt and the equity view</Text>
          <Text size={200}>
            A share of the capex borrowed at the start and repaid in level monthly payments. The project&apos;s NPV and IRR do not
            change; the equity view deducts interest before tax, pays the lender first and repays the balance at a shutdown.
          </Text>
          <div className={styles.group}>{DEBT_KEYS.map((k) => field(k))}</div>
        </div>
      );
    default:
      return null;
  }
}

export { valueOf };
