/*
 * The wizard's inputs saved in the workbook (Office document settings), with a schema version, so
 * that opening the pane on a workbook that holds a model offers "Edit model". A corrupted state, or
 * one written by a newer version of the add-in, is reported and the wizard starts from defaults.
 */
import { resolveInputs, type ModelInputs } from "../core/model/inputs";
import { ModelError } from "../core/errors";
import type { WizardState } from "./wizard/model";

export const SETTINGS_KEY = "JilinMiningModel";
export const SCHEMA_VERSION = 1;

export interface SavedModel {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly wizard: WizardState;
  readonly inputs: ModelInputs;
  readonly sheetName: string;
  readonly namePrefix: string;
  readonly builtAt: string;
}

export type SavedState =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly saved: SavedModel }
  | { readonly kind: "unusable"; readonly message: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function isWizardState(x: unknown): x is WizardState {
  if (!isObject(x)) return false;
  return (
    isObject(x.values) &&
    Object.values(x.values).every((v) => typeof v === "string") &&
    typeof x.minerChoice === "string" &&
    ["air", "hydro", "immersion"].includes(x.cooling as string) &&
    Array.isArray(x.profile) &&
    x.profile.length === 12 &&
    x.profile.every((v) => typeof v === "string") &&
    ["LOW", "BASE", "HIGH", "custom"].includes(x.riskPreset as string) &&
    typeof x.curtail === "boolean"
  );
}

/** Reads what the settings hold (a JSON string written by `serializeSaved`). */
export function parseSaved(raw: unknown): SavedState {
  if (raw === null || raw === undefined) return { kind: "none" };
  const corrupted = (why: string): SavedState => ({
    kind: "unusable",
    message: `The model saved in this workbook cannot be read (${why}). The wizard starts from the defaults; your sheets are untouched.`,
  });
  let data: unknown;
  try {
    data = typeof raw === "string" ? JSON.parse(raw) : raw;
  } catch {
    return corrupted("it is not valid JSON");
  }
  if (!isObject(data)) return corrupted("it is not an object");
  if (typeof data.schemaVersion !== "number") return corrupted("it has no schema version");
  if (data.schemaVersion > SCHEMA_VERSION) {
    return {
      kind: "unusable",
      message: `The model in this workbook was saved by a newer version of Jilin Mining Model (schema ${data.schemaVersion}; this version reads ${SCHEMA_VERSION}). Update the add-in to edit it. The wizard starts from the defaults; your sheets are untouched.`,
    };
  }
  if (data.schemaVersion !== SCHEMA_VERSION) return corrupted(`unknown schema ${data.schemaVersion}`);
  if (!isWizardState(data.wizard)) return corrupted("the wizard's inputs are incomplete");
  if (typeof data.sheetName !== "string" || typeof data.namePrefix !== "string" || typeof data.builtAt !== "string") {
    return corrupted("the sheet it built is not recorded");
  }
  try {
    resolveInputs(data.inputs);
  } catch (e) {
    return corrupted(e instanceof ModelError ? e.message : "its inputs are invalid");
  }
  return { kind: "ok", saved: data as unknown as SavedModel };
}

export function serializeSaved(saved: Omit<SavedModel, "schemaVersion">): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...saved });
}

/** Reads the workbook's saved model through Office's document settings. */
export function loadSavedSafe(): SavedState {
  try {
    return parseSaved(Office.context.document.settings.get(SETTINGS_KEY));
  } catch {
    return { kind: "none" };
  }
}

/** Stores the model's inputs in the workbook; resolves when Office has saved the settings. */
export function storeSaved(saved: Omit<SavedModel, "schemaVersion">): Promise<void> {
  return new Promise((resolve, reject) => {
    const settings = Office.context.document.settings;
    settings.set(SETTINGS_KEY, serializeSaved(saved));
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error?.message ?? "the settings could not be saved"));
      else resolve();
    });
  });
}
