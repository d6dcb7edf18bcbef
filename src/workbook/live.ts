/*
 * The model as it lives in the user's workbook, as pure functions over what apply.ts loads:
 *  - identity: which sheets and which workbook names belong to the model. The model sheet is the one
 *    with the recorded worksheet id AND the add-in's hidden marker name (a random token) pointing into
 *    it; the schedule and summary sheets likewise, each with its own marker derived from the token. A
 *    name belongs to the model only if the add-in recorded it at build and it still points into one of
 *    those sheets. Never a sheet name or a name prefix alone: users can choose those.
 *  - the sheet's inputs: the current values of the model's named input cells, turned back into
 *    ModelInputs, with the list of what differs from the inputs saved at build.
 */
import type { ModelInputs, LineItem, CustomMiner, ScenarioName, ScenarioKey } from "../core/model/inputs";
import { resolveInputs, SCENARIO_KEYS, SCENARIO_NAMES } from "../core/model/inputs";
import { findMiner } from "../core/miners";
import { entryOf, withInputLabel } from "../core/model/catalogue";
import { ModelError } from "../core/errors";
import { formatIsoDate, serialToDate } from "../core/excelDate";
import { buildPlan, INPUT_ROWS, quoteSheet } from "./plan";
import { parseA1 } from "./address";
import { LANGUAGES, type Language } from "../i18n";
import { addinMessage, addinText, type AddinParam, type AddinText, type TextKey } from "../i18n/addin";
import { UNITS_ZH } from "../i18n/sheet.zh-CN";
import { monthNames } from "../i18n/language";

/** A sheet the add-in made beside the model sheet (the schedule or the summary). */
export interface CompanionIdentity {
  readonly role: "schedule" | "summary";
  readonly sheetId: string;
  /** The companion's hidden marker name: the model's marker and the role (see companionMarker). */
  readonly marker: string;
}

/** What the add-in records at build to recognise its model later. */
export interface ModelIdentity {
  /** Excel's worksheet id: stable across renames, new for a copied sheet. */
  readonly sheetId: string;
  /** A hidden workbook name whose text holds a random token, pointing at a block of the model sheet. */
  readonly marker: string;
  readonly namePrefix: string;
  /** Every workbook name the add-in created for this model (the markers excluded). */
  readonly names: readonly string[];
  /** The schedule and summary sheets (absent for a model built before they existed). */
  readonly companions?: readonly CompanionIdentity[];
}

export interface LoadedSheet {
  readonly id: string;
  readonly name: string;
  readonly position: number;
}

export interface LoadedName {
  readonly name: string;
  /** The name's formula as Excel gives it, e.g. `='Model Jilin site'!$B$7`. */
  readonly formula: string;
}

export type Verified =
  | {
      readonly ok: true;
      readonly sheet: LoadedSheet;
      readonly names: ReadonlyMap<string, string>;
      /** The recorded companion sheets still in the workbook with their markers; one the user deleted is absent. */
      readonly companions: ReadonlyMap<CompanionIdentity["role"], LoadedSheet>;
    }
  | { readonly ok: false; readonly message: string; readonly text: AddinText };

/** A name's reference split into its sheet and address; undefined when it is not a plain reference. */
export function parseReference(formula: string): { sheet: string; address: string } | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)$/i.exec(formula.trim());
  if (!m) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string), address: m[3] as string };
}

const same = (a: string, b: string) => a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
const pointsInto = (formula: string, sheet: string) => {
  const ref = parseReference(formula);
  return ref !== undefined && same(ref.sheet, sheet);
};

/** The marker's name for a token (letters and digits only, so always a valid Excel name). */
export function markerName(token: string): string {
  return `_JilinMiningModel_${token}`;
}

/** A companion sheet's marker: the model's marker name with the role, e.g. `_JilinMiningModel_<token>_Schedule`. */
export function companionMarker(marker: string, role: CompanionIdentity["role"]): string {
  return `${marker}_${role === "schedule" ? "Schedule" : "Summary"}`;
}

/**
 * The marker's formula: the block A1:C3 of the model sheet, so that it follows renames, shrinks rather
 * than breaks when a top row or left column is deleted, and dies with the sheet.
 */
export function markerFormula(sheetName: string): string {
  return `=${quoteSheet(sheetName)}!$A$1:$C$3`;
}

/**
 * Checks the recorded identity against the loaded workbook. The names map holds each recorded name
 * that exists (with its formula); a recorded name the user deleted is simply absent.
 */
export function verifyIdentity(identity: ModelIdentity, sheets: readonly LoadedSheet[], names: readonly LoadedName[]): Verified {
  const refuse = (text: AddinText): Verified => ({ ok: false, message: addinText(text, "en"), text });
  const sheet = sheets.find((s) => s.id === identity.sheetId);
  if (!sheet) return refuse(addinMessage("addin.refused.sheetGone"));
  const byName = new Map(names.map((n) => [n.name.toLocaleUpperCase("en-US"), n]));
  const marker = byName.get(identity.marker.toLocaleUpperCase("en-US"));
  if (!marker || !pointsInto(marker.formula, sheet.name)) return refuse(addinMessage("addin.refused.markerGone", { sheet: sheet.name }));
  // A companion is the model's while its recorded id exists and its own marker points into it.
  const companions = new Map<CompanionIdentity["role"], LoadedSheet>();
  for (const c of identity.companions ?? []) {
    const found = sheets.find((s) => s.id === c.sheetId);
    const mark = byName.get(c.marker.toLocaleUpperCase("en-US"));
    if (found && mark && pointsInto(mark.formula, found.name)) companions.set(c.role, found);
  }
  const ours = [sheet, ...companions.values()];
  const owned = new Map<string, string>();
  for (const recorded of identity.names) {
    const found = byName.get(recorded.toLocaleUpperCase("en-US"));
    if (!found) continue;
    // A name whose cells were deleted (#REF!, also a deleted companion sheet) is still the model's: a rebuild points it again.
    if (!/#REF!/i.test(found.formula) && !ours.some((s) => pointsInto(found.formula, s.name))) return refuse(addinMessage("addin.refused.nameOutside", { name: found.name }));
    owned.set(found.name, found.formula);
  }
  return { ok: true, sheet, names: owned, companions };
}

// ---------------------------------------------------------------------------------------------
// The sheet's inputs

/** What the pane shows of a change: the input's label and its saved and sheet values. */
export interface ShownChange {
  readonly label: string;
  readonly saved: string;
  readonly sheet: string;
}

/** One difference between the saved inputs and the sheet; `label`, `saved` and `sheet` are the English of `shown`. */
export interface InputChange extends ShownChange {
  /** Where in ModelInputs: `btcPriceUsd`, `miner`, `hydroShareByMonth`, `capexItems`, `scenarios.bear.btcPriceUsd`. */
  readonly key: string;
  /** The change in each language (labels from the sheets' own tables, values with "(blank)" and punctuation translated). */
  readonly shown: Readonly<Record<Language, ShownChange>>;
}

export interface SheetInputs {
  /** The saved inputs with the sheet's values in place of the saved ones. */
  readonly inputs: ModelInputs;
  readonly changes: readonly InputChange[];
  /** Why the sheet's values are not valid inputs (in English: `problemText` renders it in any language). */
  readonly problem?: string;
  readonly problemText?: AddinText;
  /** The core's error, when the problem is a value the core refused (for the pane to show in its language). */
  readonly problemError?: ModelError;
}

/** The values of the used range (or any block) with the address of its top-left cell. */
export interface LoadedBlock {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

type Cell = string | number | boolean | null;

/** A text of the add-in in a language. */
const say = (lang: Language, key: TextKey, params: Readonly<Record<string, AddinParam>> = {}) => addinText(addinMessage(key, params), lang);

/** A cell's value as the pane shows it; numbers as the sheet writes them, the same in every language. */
function shown(v: unknown, lang: Language = "en"): string {
  if (v === null || v === undefined || v === "") return say(lang, "addin.change.blank");
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return v.toLocaleString("en-US", { maximumFractionDigits: 10 });
  if (Array.isArray(v)) return v.map((x) => shown(x, lang)).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** A text made in each language on demand (a label or a shown value of a change). */
type Localized = (lang: Language) => string;
const valueOf = (v: unknown): Localized => (lang) => shown(v, lang);
/** An input's label: the catalogue's in English, the sheet's Chinese label in Chinese. */
const inputLabel = (key: string): Localized => (lang) => say(lang, `input.${key}`);

const isoOf = (v: unknown): unknown => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 2958465 ? formatIsoDate(serialToDate(v)) : v);

/**
 * Reads the model's input cells (found through the model's names, so rows the user inserted are
 * followed) and turns them into ModelInputs. `names` maps each of the model's names to its current
 * formula (from verifyIdentity); `block` is a loaded range that covers the input cells.
 */
export function readSheetInputs(saved: ModelInputs, namePrefix: string, names: ReadonlyMap<string, string>, block: LoadedBlock, today?: Date): SheetInputs {
  const origin = parseA1(block.address.replace(/^.*!/, "").split(":")[0] as string);
  // The block's sheet (the model sheet): an input name moved onto another sheet is not read from it.
  const blockSheet = block.address.includes("!") ? parseReference(block.address)?.sheet : undefined;
  const movedAway: string[] = [];
  const cellsOf = (name: string): Cell[][] | undefined => {
    const formula = [...names.entries()].find(([k]) => same(k, namePrefix + name))?.[1];
    const ref = formula === undefined ? undefined : parseReference(formula);
    if (!ref) return undefined;
    if (blockSheet !== undefined && !same(ref.sheet, blockSheet)) {
      if (!movedAway.includes(namePrefix + name)) movedAway.push(namePrefix + name);
      return undefined;
    }
    const [a, b] = ref.address.split(":");
    const p = parseA1(a as string);
    const q = b ? parseA1(b) : p;
    const out: Cell[][] = [];
    for (let r = p.row; r <= q.row; r++) {
      const row: Cell[] = [];
      for (let c = p.col; c <= q.col; c++) row.push((block.values[r - origin.row]?.[c - origin.col] ?? null) as Cell);
      out.push(row);
    }
    return out;
  };
  const one = (name: string): Cell | undefined => cellsOf(name)?.[0]?.[0];
  const inp = resolveInputs(saved, today);
  const plan = buildPlan(saved, { namePrefix, today });
  const planned = new Map<string, Cell>();
  for (const b of plan.blocks) b.cells.forEach((row, i) => row.forEach((c, j) => planned.set(`${b.row + i},${b.col + j}`, c.value === null ? null : typeof c.value === "string" && c.value.startsWith("'") ? c.value.slice(1) : c.value)));
  const plannedAt = (key: string): Cell => {
    const at = plan.layout.inputs[key];
    return at ? (planned.get(`${at.row},${at.col}`) ?? null) : null;
  };
  const out: Record<string, unknown> = { ...saved };
  const changes: InputChange[] = [];
  const change = (key: string, label: Localized, before: Localized, after: Localized) => {
    const shownIn = (lang: Language): ShownChange => ({ label: label(lang), saved: before(lang), sheet: after(lang) });
    changes.push({ key, ...shownIn("en"), shown: Object.fromEntries(LANGUAGES.map((lang) => [lang, shownIn(lang)])) as Record<Language, ShownChange> });
  };
  const differs = (a: unknown, b: unknown) => !(a === b || (typeof a === "string" && typeof b === "string" && a.trim() === b.trim()));

  // Scalar inputs (the miner's four cells are one input).
  const minerRows = new Set(["MinerModel", "MinerHashrateThS", "MinerPowerW", "MinerPriceUsdPerTh"]);
  for (const row of INPUT_ROWS) {
    if (!row.inputKey || minerRows.has(row.key) || plan.layout.inputs[row.key] === undefined) continue;
    if ((row.key === "InfrastructureCapexUsd" && inp.capexItems) || (row.key === "FixedOpexUsdPerMonth" && inp.opexItems)) continue; // a total of line items, read below
    const value = one(row.key);
    if (value === undefined) continue; // the name was deleted: nothing to read, the saved value stands
    const before = plannedAt(row.key);
    if (!differs(value, before)) continue;
    const date = entryOf(row.inputKey)?.kind === "date";
    out[row.inputKey] = date ? isoOf(value) : value;
    change(row.inputKey, inputLabel(row.inputKey), valueOf(date ? isoOf(before) : before), valueOf(date ? isoOf(value) : value));
  }

  // A market value read from the sheet refers to the as-of date the sheet shows beside it.
  for (const [value, date] of [["btcPriceUsd", "btcPriceAsOf"], ["networkHashrateEhS", "networkHashrateAsOf"]] as const) {
    const shownDate = one(entryOf(date)!.sheetKey);
    if (changes.some((c) => c.key === value) && out[date] === undefined && shownDate !== undefined) out[date] = isoOf(shownDate);
  }

  // The miner: a catalogue model while its name, hashrate and power match the catalogue; otherwise a custom miner.
  const m = { name: one("MinerModel"), hashrate: one("MinerHashrateThS"), power: one("MinerPowerW"), price: one("MinerPriceUsdPerTh") };
  const mBefore = { name: inp.minerName, hashrate: inp.minerHashrateThS.toNumber(), power: inp.minerPowerW.toNumber(), price: inp.minerPriceUsdPerTh.toNumber() };
  const minerChanged = (["name", "hashrate", "power"] as const).some((k) => m[k] !== undefined && differs(m[k], mBefore[k]));
  const priceChanged = m.price !== undefined && differs(m.price, mBefore.price);
  if (minerChanged) {
    let catalogue: ReturnType<typeof findMiner> | undefined;
    try {
      catalogue = typeof m.name === "string" ? findMiner(m.name) : undefined;
    } catch {
      catalogue = undefined;
    }
    const hashrate = m.hashrate ?? mBefore.hashrate;
    const power = m.power ?? mBefore.power;
    if (catalogue && Number(catalogue.hashrateThS.value) === hashrate && Number(catalogue.powerW.value) === power) {
      out.miner = catalogue.name;
      if (priceChanged || Number(catalogue.priceUsdPerTh.value) !== mBefore.price) out.minerPriceUsdPerTh = m.price ?? mBefore.price;
    } else {
      const custom: Record<string, unknown> = { hashrateThS: hashrate, powerW: power, priceUsdPerTh: m.price ?? mBefore.price };
      if (typeof m.name === "string" && m.name.trim() !== "") custom.name = m.name;
      out.miner = custom as unknown as CustomMiner;
      delete out.minerPriceUsdPerTh;
    }
    const minerShown = (name: unknown, ths: unknown, watts: unknown): Localized => (lang) =>
      say(lang, "addin.change.minerShown", { name: shown(name, lang), ths: shown(ths, lang), watts: shown(watts, lang) });
    change("miner", (lang) => say(lang, "addin.change.miner"), minerShown(mBefore.name, mBefore.hashrate, mBefore.power), minerShown(m.name ?? mBefore.name, hashrate, power));
  } else if (priceChanged) {
    out.minerPriceUsdPerTh = m.price;
  }
  if (priceChanged) {
    const unit = entryOf("minerPriceUsdPerTh")!.unit;
    const label: Localized = (lang) => say(lang, "addin.change.withUnit", { label: inputLabel("minerPriceUsdPerTh")(lang), unit: lang === "zh-CN" ? (UNITS_ZH[unit] ?? unit) : unit });
    change("minerPriceUsdPerTh", label, valueOf(mBefore.price), valueOf(m.price));
  }

  const problems: AddinText[] = [];
  // The hydro profile.
  const profile = cellsOf("HydroShareByMonth")?.map((r) => r[0] ?? null);
  if (profile && profile.length !== 12) problems.push(addinMessage("addin.layout.profileCells", { name: `${namePrefix}HydroShareByMonth`, cells: profile.length }));
  if (profile && profile.length === 12) {
    const before = inp.hydroShareByMonth.map((d) => d.toNumber());
    profile.forEach((v, i) => {
      if (differs(v, before[i])) change(`hydroShareByMonth`, (lang) => say(lang, "addin.change.hydroShare", { month: monthNames(lang)[i] as string }), valueOf(before[i]), valueOf(v));
    });
    if (profile.some((v, i) => differs(v, before[i]))) out.hydroShareByMonth = profile as (number | string)[];
  }

  // Line items: the list as it stands in the sheet (rows inserted inside the list are items; blank rows are skipped).
  for (const [key, name, items] of [["capexItems", "CapexItems", inp.capexItems], ["opexItems", "OpexItems", inp.opexItems]] as const) {
    const all = items && items.length > 0 ? cellsOf(name) : undefined;
    if (!all || !items) continue;
    const rows = all.filter((r) => r.some((v) => v !== null && v !== ""));
    const read: LineItem[] = rows.map(([label, amount, currency]) => {
      const text = typeof label === "string" ? label : shown(label);
      const cur = typeof currency === "string" ? currency.trim().toUpperCase() : currency;
      return (cur === "CNY" ? { label: text, cny: amount } : cur === "USD" ? { label: text, usd: amount } : { label: text, usd: amount, currency: cur }) as unknown as LineItem;
    });
    const list = (lang: Language) => say(lang, key === "capexItems" ? "sheet.capexTotal" : "sheet.opexTotal");
    const count = (n: number): Localized => (lang) => say(lang, "addin.change.itemCount", { n });
    let any = false;
    if (rows.length !== items.length) {
      any = true;
      change(key, (lang) => say(lang, "addin.change.items", { list: list(lang) }), count(items.length), count(rows.length));
    }
    rows.forEach(([label, amount, currency], i) => {
      const it = items[i];
      if (!it) return;
      const b = [it.label, it.amount.toNumber(), it.currency];
      const a = [label, amount, typeof currency === "string" ? currency.trim().toUpperCase() : currency];
      if (b.some((x, k) => differs(a[k], x))) {
        any = true;
        const item: Localized = (lang) => say(lang, "addin.change.item", { list: list(lang), n: i + 1 });
        const line = (l: unknown, amt: unknown, cur: unknown): Localized => (lang) =>
          say(lang, "addin.change.lineItem", { label: shown(l, lang), amount: shown(amt, lang), currency: shown(cur, lang) });
        change(key, item, line(it.label, b[1], it.currency), line(label, amount, currency));
      }
    });
    if (any) out[key] = read;
  }

  // Scenarios: bear and bull are values; base follows the model's own inputs unless given.
  const scenarios: Record<string, Record<string, unknown>> = JSON.parse(JSON.stringify(saved.scenarios ?? {}));
  let scenarioChanged = false;
  for (const s of SCENARIO_NAMES) {
    const col = cellsOf(`Scenario${s[0]!.toUpperCase()}${s.slice(1)}`)?.map((r) => r[0] ?? null);
    if (col && col.length !== SCENARIO_KEYS.length) {
      problems.push(addinMessage("addin.layout.scenarioCells", { scenario: addinMessage(`report.scenarios.${s}`), name: `${namePrefix}Scenario${s[0]!.toUpperCase()}${s.slice(1)}`, cells: col.length, expected: SCENARIO_KEYS.length }));
    }
    if (!col || col.length !== SCENARIO_KEYS.length) continue;
    SCENARIO_KEYS.forEach((k: ScenarioKey, i) => {
      const before = inp.scenarios[s as ScenarioName][k].toNumber();
      const given = inp.scenarioGiven[s as ScenarioName].includes(k);
      // A base cell that follows the model shows the (possibly edited) model input: not a change of its own.
      const follows = s === "base" && !given;
      const edited = changes.some((c) => c.key === k) ? Number(out[k]) : undefined;
      const reference = follows && edited !== undefined ? edited : before;
      if (!differs(col[i], reference)) return;
      (scenarios[s] ??= {})[k] = col[i];
      scenarioChanged = true;
      change(`scenarios.${s}.${k}`, (lang) => say(lang, "addin.change.scenario", { scenario: say(lang, `sheet.${s}`), label: inputLabel(k)(lang) }), valueOf(reference), valueOf(col[i]));
    });
  }
  if (scenarioChanged) out.scenarios = scenarios;

  if (movedAway.length > 0) problems.push(addinMessage(movedAway.length === 1 ? "addin.layout.movedOne" : "addin.layout.movedMany", { names: movedAway.join(", "), sheet: String(blockSheet) }));
  let problemText: AddinText | undefined = problems.length > 0 ? addinMessage("addin.layout.changed", { problems }) : undefined;
  let problemError: ModelError | undefined;
  try {
    resolveInputs(out, today);
  } catch (e) {
    if (!problemText) {
      const en = withInputLabel(e instanceof Error ? e.message : String(e));
      problemError = e instanceof ModelError ? e : undefined;
      problemText = addinMessage("addin.inputProblem", { problem: problemError ? { en, error: problemError } : en });
    }
  }
  if (!problemText) return { inputs: out as ModelInputs, changes };
  return { inputs: out as ModelInputs, changes, problem: addinText(problemText, "en"), problemText, ...(problemError ? { problemError } : {}) };
}
