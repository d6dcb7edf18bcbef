import * as React from "react";
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { fieldName, type FieldDef } from "./wizard/model";
import { formatDefault } from "./wizard/typed";
import { useUi } from "./i18n";

export interface FieldProps {
  readonly def: FieldDef;
  readonly value: string;
  readonly defaultValue: string;
  readonly error?: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  // Fluent's input has a minimum width of its own; in a 270 px pane it must take the width it is given.
  input: { minWidth: 0, width: "100%" },
});

/** One input: label with unit, the default and its source as a help line, core's message on error. */
export function InputField({ def, value, defaultValue, error, onChange, disabled }: FieldProps): React.ReactElement {
  const { lang, t } = useUi();
  const styles = useStyles();
  const shown = def.kind === "number" ? formatDefault(defaultValue) : defaultValue;
  const parts = [shown !== "" ? t("pane.field.default", { value: shown }) : "", def.source, def.help ?? ""].filter((p) => p !== "");
  return (
    <Field
      label={fieldName(def, lang)}
      hint={parts.join(" · ")}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input
        className={styles.input}
        id={`field-${def.key}`}
        name={def.key}
        value={value}
        placeholder={shown}
        disabled={disabled}
        type="text"
        inputMode={def.kind === "number" ? "decimal" : undefined}
        onChange={(_e, data) => onChange(data.value)}
      />
    </Field>
  );
}
