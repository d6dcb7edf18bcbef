/*
 * One-at-a-time sensitivity (tornado): each variable moved by ±x % of its value (x default 20 %),
 * all others at their inputs, NPV and risk-adjusted NPV recomputed exactly by projectModel.
 * Moves are clamped to the variable's domain in the input catalogue (PUE ≥ 1, uptime ≤ 1, …); a
 * variable whose value is 0 (e.g. a flat price) cannot move by a percentage and shows no swing.
 */
import { D, Decimal } from "../decimal";
import { invalidInput } from "../errors";
import { projectModel } from "../model/project";
import { resolveInputs, resolvedWith, type ModelInputs, type ResolvedInputs } from "../model/inputs";
import { entryOf, TORNADO_INPUTS } from "../model/catalogue";

/** The tornado's variables: the catalogue's inputs marked for it, with their labels and units. */
export const TORNADO_VARIABLES = TORNADO_INPUTS.map((e) => ({ key: e.key, label: e.label, unit: e.unit }));

export interface TornadoRow {
  readonly key: (typeof TORNADO_VARIABLES)[number]["key"];
  readonly label: string;
  readonly unit: string;
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
  readonly swing: Decimal;
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

function valueOf(inp: ResolvedInputs, key: TornadoRow["key"]): Decimal {
  return inp[key] as Decimal;
}

/**
 * @param inputs - ModelInputs
 * @param swing - the move as a fraction (0.2 = ±20 %), in (0, 1]
 */
export function tornado(inputs: ModelInputs | Record<string, unknown>, swing: number | string = "0.2", today?: Date): Tornado {
  const x = D(swing);
  if (!x.isFinite() || x.lte(0) || x.gt(1)) throw invalidInput(`the tornado swing must be a fraction in (0, 1] (got ${String(swing)})`, "tornado");
  const base = resolveInputs(inputs, today);
  const baseProjection = projectModel(base);
  const rows = TORNADO_VARIABLES.map((v) => {
    const b = valueOf(base, v.key);
    const low = clamp(v.key, b.times(D(1).minus(x)));
    const high = clamp(v.key, b.times(D(1).plus(x)));
    const at = (value: Decimal) => projectModel(resolvedWith(base, { [v.key]: value })).summary;
    const lo = at(low);
    const hi = at(high);
    return {
      key: v.key,
      label: v.label,
      unit: v.unit,
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
  return { swing: x, baseNpvUsd: baseProjection.summary.npvUsd, baseRiskAdjustedNpvUsd: baseProjection.summary.riskAdjustedNpvUsd, rows };
}
