/*
 * The wizard's inputs saved in the workbook (Office document settings), with a schema version, so
 * that opening the pane on a workbook that holds a model offers "Edit model". The model's identity
 * (worksheet id, marker, the names the add-in created) is saved with them. A corrupted state, one
 * written by a newer version of the add-in, or one that does not record a valid identity is reported
 * and the wizard starts from defaults; nothing in the workbook is touched because of it.
 */
import { resolveInputs, type ModelInputs } from "../core/model/inputs";
import { ModelError } from "../core/errors";
import type { WizardState } from "./wizard/model";
import { companionMarker, type ModelIdentity } from "../workbook/live";
import { addinMessage, addinText, type AddinParam, type AddinText } from "../i18n/addin";

export const SETTINGS_KEY = "JilinMiningModel";
/** 3: the model is three sheets (model, schedule, summary), each with its recorded id and marker. */
export const SCHEMA_VERSION = 3;

export interface SavedModel {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly wizard: WizardState;
  readonly inputs: ModelInputs;
  /** The sheet's name at build (for messages only; the sheet is found by identity). */
  readonly sheetName: string;
  readonly identity: ModelIdentity;
  /** "portable" when the model was built (or made) to work without the add-in; absent: "addin". */
  readonly dialect?: "addin" | "portable";
  /** The tornado swing of the last build (to restore its block's looks if a rebuild fails). */
  readonly tornadoSwing?: string;
  /** Whether the last build wrote the two-way sensitivity grid (to restore its colour scales if a rebuild fails). */
  readonly grid?: boolean;
  readonly builtAt: string;
}

/**
 * A recorded identity the add-in could have written: the model sheet's id and marker, its own prefix
 * and names, and the schedule and summary sheets' ids with their markers (derived from the model's).
 */
function isIdentity(x: unknown): x is ModelIdentity {
  if (!isObject(x)) return false;
  const prefix = x.namePrefix;
  const marker = x.marker;
  const companions = x.companions;
  return (
    typeof x.sheetId === "string" && x.sheetId.length > 0 &&
    typeof marker === "string" && /^_JilinMiningModel_[0-9a-f]{32}$/.test(marker) &&
    typeof prefix === "string" && /^JM\d*_$/.test(prefix) &&
    Array.isArray(x.names) && x.names.length > 0 && x.names.every((n) => typeof n === "string" && n.startsWith(prefix) && n.length > prefix.length) &&
    Array.isArray(companions) && companions.length === 2 &&
    (["schedule", "summary"] as const).every((role) => companions.some((c) =>
      isObject(c) && c.role === role && typeof c.sheetId === "string" && c.sheetId.length > 0 && c.sheetId !== x.sheetId && c.marker === companionMarker(marker, role)))
  );
}

export type SavedState =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly saved: SavedModel }
  /** `message` is the English of `text`. */
  | { readonly kind: "unusable"; readonly message: string; readonly text: AddinText };

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
    typeof x.curtail === "boolean" &&
    (x.sheet === undefined || isObject(x.sheet)) &&
    (x.portable === undefined || typeof x.portable === "boolean") &&
    (x.sheetLang === undefined || x.sheetLang === "en" || x.sheetLang === "zh-CN") &&
    (x.summaryCurrency === undefined || x.summaryCurrency === "USD" || x.summaryCurrency === "CNY")
  );
}

/** Reads what the settings hold (a JSON string written by `serializeSaved`). */
export function parseSaved(raw: unknown): SavedState {
  if (raw === null || raw === undefined) return { kind: "none" };
  const unusable = (text: AddinText): SavedState => ({ kind: "unusable", message: addinText(text, "en"), text });
  const corrupted = (why: AddinParam): SavedState => unusable(addinMessage("addin.saved.corrupted", { why }));
  let data: unknown;
  try {
    data = typeof raw === "string" ? JSON.parse(raw) : raw;
  } catch {
    return corrupted(addinMessage("addin.saved.notJson"));
  }
  if (!isObject(data)) return corrupted(addinMessage("addin.saved.notObject"));
  if (typeof data.schemaVersion !== "number") return corrupted(addinMessage("addin.saved.noSchema"));
  if (data.schemaVersion > SCHEMA_VERSION) return unusable(addinMessage("addin.saved.newer", { schema: data.schemaVersion, reads: SCHEMA_VERSION }));
  if (data.schemaVersion === 1) return unusable(addinMessage("addin.saved.unsafe"));
  if (data.schemaVersion === 2) return unusable(addinMessage("addin.saved.oneSheet"));
  if (data.schemaVersion !== SCHEMA_VERSION) return corrupted(addinMessage("addin.saved.unknownSchema", { schema: data.schemaVersion }));
  if (!isWizardState(data.wizard)) return corrupted(addinMessage("addin.saved.incomplete"));
  if (typeof data.sheetName !== "string" || typeof data.builtAt !== "string" || !isIdentity(data.identity)) {
    return corrupted(addinMessage("addin.saved.notRecorded"));
  }
  try {
    resolveInputs(data.inputs);
  } catch (e) {
    return corrupted(e instanceof ModelError ? { en: e.message, error: e } : addinMessage("addin.saved.invalidInputs"));
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
