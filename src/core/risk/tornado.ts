/*
 * One-at-a-time sensitivity (tornado): each variable moved, all others at their inputs, NPV and
 * risk-adjusted NPV recomputed exactly by projectModel. By default each variable moves over
 * its sourced low–high range from the input catalogue, and by ±20 % of its value where no range is
 * sourced; asked for a swing x, every variable moves by ±x %. Every move is clamped to the variable's
 * domain (PUE ≥ 1, uptime ≤ 1, growth > −1, …); a variable at 0 cannot move by a percentage.
 */
import { D, Decimal } from "../decimal";
import { invalidInput, type ShownValue } from "../errors";
import { describeShown, shownValue } from "../params";
import { projectModel } from "../model/project";
import { resolveInputs, resolvedWith, type ModelInputs, type ResolvedInputs } from "../model/inputs";
import { entryOf, TORNADO_INPUTS } from "../model/catalogue";
import { TORNADO_DEFAULT_SWING } from "../../data/risk";

/** The tornado's variables: the catalogue's inputs marked for it, with their labels and units. */
export const TORNADO_VARIABLES = TORNADO_INPUTS.map((e) => ({ key: e.key, label: e.label, unit: e.unit }));

export interface TornadoRow {
  readonly key: (typeof TORNADO_VARIABLES)[number]["key"];
  readonly label: string;
  readonly unit: string;
  /** How the variable moved: over its sourced range, or by ±x % of its value. */
  readonly basis: "sourced range" | "percent";
  readonly base: Decimal;
  readonly low: Decimal;
  readonly high: Decimal;
  readonly npvLowUsd: Decimal;
  readonly npvHighUsd: Decimal;
  readonly riskAdjustedNpvLowUsd: Decimal;
  readonly riskAdjustedNpvHighUsd: Decimal;
  /** |risk-adjusted NPV(high) − risk-adjusted NPV(low)|: the sort key. */
  readonly swingUsd: Decimal;
  readonly npvSwingUsd: Decimal;
}

export interface Tornado {
  /** The ±x % asked for, or undefined: sourced ranges (and ±`percentWithoutRange` where none is sourced). */
  readonly swing: Decimal | undefined;
  /** The ±x % used for variables without a sourced range (the swing when one was asked for). */
  readonly percentWithoutRange: Decimal;
  readonly baseNpvUsd: Decimal;
  readonly baseRiskAdjustedNpvUsd: Decimal;
  /** Sorted by risk-adjusted NPV swing, largest first. */
  readonly rows: readonly TornadoRow[];
}

/** An open bound is approached to within this much (a move never lands on an excluded value). */
const OPEN_MARGIN = D("1e-9");

/** A move kept inside the input's domain (catalogue bounds; open bounds approached, not reached). */
function clamp(key: string, v: Decimal): Decimal {
  const e = entryOf(key);
  if (!e) return v;
  let out = v;
  if (e.min !== undefined) out = Decimal.max(out, e.minOpen ? D(e.min).plus(OPEN_MARGIN) : D(e.min));
  if (e.max !== undefined) out = Decimal.min(out, e.maxOpen ? D(e.max).minus(OPEN_MARGIN) : D(e.max));
  return out;
}

/** A swing as a Decimal; NaN for text that is no number, so it is refused as out of range rather than escaping as decimal.js's error. */
function decimalOrNaN(value: number | string): Decimal {
  try {
    return D(value);
  } catch {
    return D(NaN);
  }
}

function valueOf(inp: ResolvedInputs, key: TornadoRow["key"]): Decimal {
  return inp[key] as Decimal;
}

/**
 * @param inputs - ModelInputs
 * @param swing - a move of ±swing of each value (a fraction in (0, 1]: 0.2 = ±20 %); omitted: each
 *   variable over its sourced range, ±20 % (TORNADO_DEFAULT_SWING) where none is sourced
 */
export function tornado(inputs: ModelInputs | Record<string, unknown>, swing?: number | string, today?: Date): Tornado {
  const asked = swing === undefined ? undefined : decimalOrNaN(swing);
  if (asked !== undefined && (!asked.isFinite() || asked.lte(0) || asked.gt(1))) {
    // A number, or text decimal.js reads as one, is shown as it was written; other text is quoted.
    const got: ShownValue = typeof swing === "number" || !asked.isNaN() ? { type: "number", text: String(swing) } : shownValue(swing);
    throw invalidInput(`the tornado swing must be a fraction in (0, 1] (got ${describeShown(got)})`, "tornado", { kind: "tornadoSwing", min: "0", minOpen: true, max: "1", got });
  }
  const x = asked ?? D(TORNADO_DEFAULT_SWING.value);
  const base = resolveInputs(inputs, today);
  const baseProjection = projectModel(base);
  const rows = TORNADO_VARIABLES.map((v) => {
    const b = valueOf(base, v.key);
    const range = asked === undefined ? entryOf(v.key)?.tornadoRange : undefined;
    const low = clamp(v.key, range ? D(range.low.value) : b.times(D(1).minus(x)));
    const high = clamp(v.key, range ? D(range.high.value) : b.times(D(1).plus(x)));
    const at = (value: Decimal) => projectModel(resolvedWith(base, { [v.key]: value })).summary;
    const lo = at(low);
    const hi = at(high);
    return {
      key: v.key,
      label: v.label,
      unit: v.unit,
      basis: range ? ("sourced range" as const) : ("percent" as const),
      base: b,
      low,
      high,
      npvLowUsd: lo.npvUsd,
      npvHighUsd: hi.npvUsd,
      riskAdjustedNpvLowUsd: lo.riskAdjustedNpvUsd,
      riskAdjustedNpvHighUsd: hi.riskAdjustedNpvUsd,
      swingUsd: hi.riskAdjustedNpvUsd.minus(lo.riskAdjustedNpvUsd).abs(),
      npvSwingUsd: hi.npvUsd.minus(lo.npvUsd).abs(),
    };
  });
  rows.sort((a, b) => b.swingUsd.comparedTo(a.swingUsd));
  return { swing: asked, percentWithoutRange: x, baseNpvUsd: baseProjection.summary.npvUsd, baseRiskAdjustedNpvUsd: baseProjection.summary.riskAdjustedNpvUsd, rows };
}

/** How the tornado moved its inputs, in words (for titles and reports). */
export function tornadoBasis(t: Tornado): string {
  const pct = `±${t.percentWithoutRange.times(100).toString()} %`;
  return t.swing === undefined ? `each input over its sourced low–high range (${pct} where none is sourced)` : `each input moved by ${pct}`;
}
