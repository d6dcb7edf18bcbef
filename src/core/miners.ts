import { D, Decimal } from "./decimal";
import { unknownName, type Subject } from "./errors";
import { MINERS, type MinerSpec } from "../data/miners";

export const MINER_FIELDS = ["hashrate", "power", "efficiency", "price"] as const;
export type MinerField = (typeof MINER_FIELDS)[number];

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

const BY_NAME = new Map<string, MinerSpec>(MINERS.map((m) => [normalise(m.name), m]));

/** Finds a catalogue model by name (case- and spacing-insensitive); UNKNOWN_NAME lists the names. */
export function findMiner(name: string, field = "model", subject: Subject = { key: field }): MinerSpec {
  const spec = BY_NAME.get(normalise(name));
  if (!spec) {
    const known = MINERS.map((m) => m.name);
    throw unknownName(`${field}: unknown miner "${name.trim()}"; known models: ${known.join(", ")}`, field, {
      kind: "unknownMiner",
      field,
      subject,
      name: name.trim(),
      known,
    });
  }
  return spec;
}

/** Efficiency in J/TH = power (W) / hashrate (TH/s). */
export function minerEfficiency(spec: MinerSpec): Decimal {
  return D(spec.powerW.value).div(spec.hashrateThS.value);
}

/**
 * One field of a catalogue miner (JILIN.MINER): `hashrate` TH/s, `power` W, `efficiency` J/TH
 * (power / hashrate) or `price` USD/TH.
 */
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
