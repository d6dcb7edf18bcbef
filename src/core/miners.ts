import { D, Decimal } from "./decimal";
import { invalidInput, unknownName } from "./errors";
import { describeValue, isBlank } from "./params";
import { MINERS, type MinerSpec } from "../data/miners";

export const MINER_FIELDS = ["hashrate", "power", "efficiency", "price"] as const;
export type MinerField = (typeof MINER_FIELDS)[number];

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

const BY_NAME = new Map<string, MinerSpec>(MINERS.map((m) => [normalise(m.name), m]));

/** Finds a catalogue model by name (case- and spacing-insensitive); UNKNOWN_NAME lists the names. */
export function findMiner(name: string, field = "model"): MinerSpec {
  const spec = BY_NAME.get(normalise(name));
  if (!spec) {
    throw unknownName(
      `${field}: unknown miner "${name.trim()}"; known models: ${MINERS.map((m) => m.name).join(", ")}`,
      field,
    );
  }
  return spec;
}

/** Efficiency in J/TH = power (W) / hashrate (TH/s). */
export function minerEfficiency(spec: MinerSpec): Decimal {
  return D(spec.powerW.value).div(spec.hashrateThS.value);
}

export function minerValue(spec: MinerSpec, field: MinerField): Decimal {
  switch (field) {
    case "hashrate":
      return D(spec.hashrateThS.value);
    case "power":
      return D(spec.powerW.value);
    case "efficiency":
      return minerEfficiency(spec);
    case "price":
      return D(spec.priceUsdPerTh.value);
  }
}

/**
 * JILIN.MINER: one field of the miner catalogue: `hashrate` TH/s, `power` W, `efficiency` J/TH
 * (power / hashrate) or `price` USD/TH.
 *
 * @throws ModelError UNKNOWN_NAME for an unknown model; INVALID_INPUT for a bad field
 */
export function miner(model: unknown, field?: unknown): Decimal {
  if (isBlank(model) || typeof model !== "string" || model.trim() === "") {
    throw invalidInput(`model must be a miner model name such as "Antminer S21 XP" (got ${describeValue(model)})`, "model");
  }
  const spec = findMiner(model);
  let which: MinerField = "efficiency";
  if (!isBlank(field)) {
    const wanted = typeof field === "string" ? field.trim().toLowerCase() : undefined;
    const found = MINER_FIELDS.find((f) => f === wanted);
    if (!found) {
      throw invalidInput(`field must be one of ${MINER_FIELDS.join(", ")} (got ${describeValue(field)})`, "field");
    }
    which = found;
  }
  return minerValue(spec, which);
}
