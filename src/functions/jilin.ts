/*
 * The JILIN functions on Excel's arguments, as Decimals: each reads its arguments against the
 * parameter contracts below (the names Excel shows, with their units, ranges and defaults), then
 * calls the typed core. functions.ts turns the results into cells.
 */
import { D, Decimal } from "../core/decimal";
import { invalidInput } from "../core/errors";
import { describeShown, shownValue, type NumberSpec } from "../core/params";
import { formatIsoDate, isoToSerial, MAX_EXCEL_SERIAL, parseIsoDate, serialToDate } from "../core/excelDate";
import { blockHeightAt, networkHashrateOf, subsidyAtHeight } from "../core/bitcoin";
import { breakevenPrice, hashpriceOf } from "../core/mining";
import { btcMinedKernel, energyKernel } from "../core/kernels";
import { annualHydroCost, blendedPrice, hydroLcoeOf, JILIN_PROFILE } from "../core/hydro";
import { co2TonnesOf } from "../core/emissions";
import { survival } from "../core/regulation";
import { findMiner, MINER_FIELDS, type MinerField, minerValue } from "../core/miners";
import { isBlank, readDateSerial, readNumber, readNumberOrPreset, readRange } from "./params";
import { PROTOCOL } from "../data/protocol";
import { DEFAULT_GRID_FACTOR_PRESET, DEFAULT_HYDRO_FACTOR, EMISSION_FACTOR_PRESETS } from "../data/emissions";
import { SHUTDOWN_PROBABILITY_PRESETS } from "../data/regulation";

/** Shared parameter contracts. Names are what Excel shows; they carry the unit. */
const P = {
  efficiency: { name: "efficiency_j_per_th", what: "an efficiency in J/TH", min: "0", minOpen: true },
  powerPrice: { name: "power_price_per_kwh", what: "a power price per kWh", min: "0" },
  networkHashrate: { name: "network_hashrate_eh_s", what: "a network hashrate in EH/s", min: "0", minOpen: true },
  blockReward: {
    name: "block_reward_btc",
    what: "a block subsidy in BTC per block",
    min: "0",
    default: PROTOCOL.currentSubsidyBtc.value,
  },
  fees: { name: "fees_btc_per_block", what: "fees in BTC per block", min: "0", default: "0" },
  pue: { name: "pue", what: "a PUE ratio", min: "1", default: "1" },
  poolFee: { name: "pool_fee", what: "a fraction", min: "0", max: "1", maxOpen: true, default: "0" },
  otherCost: { name: "other_cost_per_th_day", what: "a cost per TH/s per day", min: "0", default: "0" },
  btcPrice: { name: "btc_price", what: "a BTC price", min: "0" },
  hashrateTh: { name: "hashrate_th_s", what: "a hashrate in TH/s", min: "0" },
  days: { name: "days", what: "a number of days", min: "0" },
  uptime: { name: "uptime", what: "a fraction", min: "0", max: "1", default: "1" },
} satisfies Record<string, NumberSpec>;

/**
 * JILIN.BREAKEVEN: the BTC price at which mining revenue covers power (and other) costs, in the
 * currency of the power price per BTC (core: `breakevenPrice`).
 *
 * @throws ModelError INVALID_INPUT for a bad argument; NO_SOLUTION when the fleet earns no BTC
 */
export function breakeven(
  efficiency: unknown,
  powerPrice: unknown,
  networkEhS: unknown,
  blockReward?: unknown,
  fees?: unknown,
  pue?: unknown,
  poolFee?: unknown,
  otherCostPerThDay?: unknown,
): Decimal {
  const eff = readNumber(P.efficiency, efficiency);
  const price = readNumber(P.powerPrice, powerPrice);
  const h = readNumber(P.networkHashrate, networkEhS);
  const reward = readNumber(P.blockReward, blockReward);
  const fee = readNumber(P.fees, fees);
  const ratio = readNumber(P.pue, pue);
  const pool = readNumber(P.poolFee, poolFee);
  const other = readNumber(P.otherCost, otherCostPerThDay);
  return breakevenPrice(eff, price, h, reward, fee, ratio, pool, other);
}

/** JILIN.HASHPRICE: revenue per PH/s per day, in the currency of `btcPrice` (core: `hashpriceOf`). */
export function hashprice(
  btcPrice: unknown,
  networkEhS: unknown,
  blockReward?: unknown,
  fees?: unknown,
  poolFee?: unknown,
): Decimal {
  const price = readNumber(P.btcPrice, btcPrice);
  const h = readNumber(P.networkHashrate, networkEhS);
  const reward = readNumber(P.blockReward, blockReward);
  const fee = readNumber(P.fees, fees);
  const pool = readNumber(P.poolFee, poolFee);
  return hashpriceOf(price, h, reward, fee, pool);
}

/**
 * JILIN.BTC_MINED: expected BTC mined by a hashrate over a number of days:
 * `TH × uptime × days × 144 × (reward + fees) × (1 − pool_fee) / (H × 10^6)` (core: `btcMinedKernel`).
 */
export function btcMined(
  hashrateThS: unknown,
  networkEhS: unknown,
  days: unknown,
  blockReward?: unknown,
  fees?: unknown,
  poolFee?: unknown,
  uptime?: unknown,
): Decimal {
  const th = readNumber(P.hashrateTh, hashrateThS);
  const h = readNumber(P.networkHashrate, networkEhS);
  const d = readNumber(P.days, days);
  const reward = readNumber(P.blockReward, blockReward);
  const fee = readNumber(P.fees, fees);
  const pool = readNumber(P.poolFee, poolFee);
  const up = readNumber(P.uptime, uptime);
  return btcMinedKernel(th, up, d, reward.plus(fee), pool, h);
}

/**
 * JILIN.ENERGY_MWH: electricity drawn by a hashrate over a number of days, MWh:
 * `TH × efficiency × pue × uptime × 24 × days / 10^6` (TH × J/TH = W; core: `energyKernel`).
 */
export function energyMwh(hashrateThS: unknown, efficiency: unknown, days: unknown, pue?: unknown, uptime?: unknown): Decimal {
  const th = readNumber(P.hashrateTh, hashrateThS);
  const eff = readNumber(P.efficiency, efficiency);
  const d = readNumber(P.days, days);
  const ratio = readNumber(P.pue, pue);
  const up = readNumber(P.uptime, uptime);
  return energyKernel(th.times(eff), ratio, up, d);
}

const HYDRO_PRICE: NumberSpec = { name: "hydro_price_per_kwh", what: "a power price per kWh", min: "0" };
const GRID_PRICE: NumberSpec = { name: "grid_price_per_kwh", what: "a power price per kWh", min: "0" };
const SHARE: NumberSpec = { name: "hydro_share_by_month", what: "a fraction", min: "0", max: "1" };
const WHEELING: NumberSpec = { name: "wheeling_per_kwh", what: "a charge per kWh", min: "0", default: "0" };

/**
 * Reads HYDRO_COST's `month`: 1..12, or an Excel date serial (> 12) whose calendar month is used,
 * or ISO date text. Blank → undefined (the annual average).
 */
export function readMonth(value: unknown): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value > 12) {
      if (value < MAX_EXCEL_SERIAL + 1) return serialToDate(value).month;
    } else if (Number.isInteger(value) && value >= 1) {
      return value;
    }
  } else if (typeof value === "string") {
    const d = parseIsoDate(value);
    if (d) return d.month;
  }
  const got = shownValue(value);
  throw invalidInput(
    `month must be a whole month 1..12 or an Excel date (a serial > 12, up to ${MAX_EXCEL_SERIAL}) (got ${describeShown(got)})`,
    "month",
    { kind: "monthArgument", name: "month", maxSerial: MAX_EXCEL_SERIAL, got },
  );
}

/** Reads a 12-month hydro-share profile; blank → the Jilin default. */
export function readProfile(value: unknown): readonly Decimal[] {
  if (isBlank(value)) return JILIN_PROFILE;
  return readRange(SHARE, value, 12, true);
}

/**
 * JILIN.HYDRO_COST: effective power price of a site that buys hydro when the rivers run and grid
 * power when they do not, in the currency of the prices given: one month's `blendedPrice`, or without
 * a month the `annualHydroCost` (days of a non-leap year).
 */
export function hydroCost(
  hydroPrice: unknown,
  gridPrice: unknown,
  month?: unknown,
  hydroShareByMonth?: unknown,
  wheeling?: unknown,
): Decimal {
  const hydro = readNumber(HYDRO_PRICE, hydroPrice);
  const grid = readNumber(GRID_PRICE, gridPrice);
  const m = readMonth(month);
  const profile = readProfile(hydroShareByMonth);
  const wheel = readNumber(WHEELING, wheeling);
  if (m !== undefined) return blendedPrice(profile[m - 1] as Decimal, hydro, grid, wheel);
  return annualHydroCost(hydro, grid, profile, wheel);
}

const LCOE = {
  capex: { name: "capex_per_kw", what: "a capital cost per kW", min: "0" },
  capacityFactor: { name: "capacity_factor", what: "a fraction", min: "0", minOpen: true, max: "1" },
  fixedOm: { name: "fixed_om_fraction", what: "a fraction of capex per year", min: "0" },
  rate: { name: "discount_rate", what: "a rate per year as a fraction", min: "0" },
  life: { name: "life_years", what: "a life in years", min: "0", minOpen: true },
  variableOm: { name: "variable_om_per_kwh", what: "a cost per kWh", min: "0", default: "0" },
} satisfies Record<string, NumberSpec>;

/** JILIN.HYDRO_LCOE: levelised cost of a hydro plant's energy, currency per kWh (core: `hydroLcoeOf`). */
export function hydroLcoe(
  capexPerKw: unknown,
  capacityFactor: unknown,
  fixedOmFraction: unknown,
  discountRate: unknown,
  lifeYears: unknown,
  variableOmPerKwh?: unknown,
): Decimal {
  const capex = readNumber(LCOE.capex, capexPerKw);
  const cf = readNumber(LCOE.capacityFactor, capacityFactor);
  const om = readNumber(LCOE.fixedOm, fixedOmFraction);
  const r = readNumber(LCOE.rate, discountRate);
  const n = readNumber(LCOE.life, lifeYears);
  const vom = readNumber(LCOE.variableOm, variableOmPerKwh);
  return hydroLcoeOf(capex, cf, om, r, n, vom);
}

const ENERGY: NumberSpec = { name: "energy_mwh", what: "an energy in MWh", min: "0" };
const HYDRO_SHARE: NumberSpec = { name: "hydro_share", what: "a fraction", min: "0", max: "1", default: "0" };
const GRID_FACTOR: NumberSpec = {
  name: "grid_factor_t_per_mwh",
  what: "an emission factor in tCO2/MWh (or a preset name)",
  min: "0",
  default: EMISSION_FACTOR_PRESETS[DEFAULT_GRID_FACTOR_PRESET].value,
};
const HYDRO_FACTOR: NumberSpec = {
  name: "hydro_factor_t_per_mwh",
  what: "an emission factor in tCO2/MWh (or a preset name)",
  min: "0",
  default: DEFAULT_HYDRO_FACTOR.value,
};

/** Reads an emission factor argument: tCO2/MWh or a preset name such as "JILIN-2022". */
export function readEmissionFactor(which: "grid" | "hydro", value: unknown): Decimal {
  return readNumberOrPreset(which === "grid" ? GRID_FACTOR : HYDRO_FACTOR, value, EMISSION_FACTOR_PRESETS);
}

/** JILIN.CO2_TONNES: tonnes of CO2 from a site's electricity (core: `co2TonnesOf`). */
export function co2Tonnes(energy: unknown, hydroShare?: unknown, gridFactor?: unknown, hydroFactor?: unknown): Decimal {
  const e = readNumber(ENERGY, energy);
  const s = readNumber(HYDRO_SHARE, hydroShare);
  const g = readEmissionFactor("grid", gridFactor);
  const h = readEmissionFactor("hydro", hydroFactor);
  return co2TonnesOf(e, s, g, h);
}

const PROBABILITY: NumberSpec = {
  name: "annual_shutdown_probability",
  what: "a probability per year as a fraction (or LOW, BASE, HIGH)",
  min: "0",
  max: "1",
};
const YEARS: NumberSpec = { name: "years", what: "a number of years", min: "0" };

/** Reads a shutdown probability per year: a fraction or a preset (LOW 0.10, BASE 0.25, HIGH 0.50). */
export function readShutdownProbability(value: unknown): Decimal {
  return readNumberOrPreset(PROBABILITY, value, SHUTDOWN_PROBABILITY_PRESETS);
}

/**
 * JILIN.REG_RISK: probability that the operation still runs after `years`, `(1 − p)^years`
 * (core: `survival`); `REG_RISK(p, 0)` = 1.
 */
export function regRisk(annualShutdownProbability: unknown, years: unknown): Decimal {
  const p = readShutdownProbability(annualShutdownProbability);
  const y = readNumber(YEARS, years);
  return survival(p, y);
}

const ANCHOR_HEIGHT_SPEC: NumberSpec = {
  name: "anchor_height",
  what: "a block height",
  min: "0",
  default: PROTOCOL.halvingAnchorHeight.value,
};
const ANCHOR_DATE_SERIAL = isoToSerial(PROTOCOL.halvingAnchorDate.value) as number;

/**
 * JILIN.SUBSIDY: the block subsidy (BTC per block) at the height expected on a date, projected at
 * 144 blocks/day from an anchor (default block 935424 on 2026-02-07).
 *
 * @throws ModelError INVALID_INPUT for a bad argument or a date whose projected height is negative
 */
export function subsidy(date: unknown, anchorHeight?: unknown, anchorDate?: unknown): Decimal {
  const dateSerial = D(readDateSerial("date", date));
  const h0 = readNumber(ANCHOR_HEIGHT_SPEC, anchorHeight);
  const a0 = D(readDateSerial("anchor_date", anchorDate, ANCHOR_DATE_SERIAL));
  const height = blockHeightAt(dateSerial, h0, a0);
  if (height.isNegative()) {
    const shown = formatIsoDate(serialToDate(dateSerial.toNumber()));
    throw invalidInput(
      `date must not fall before block 0: ${shown} projects to block height ${height.toString()} from anchor_height ${h0.toString()}`,
      "date",
      { kind: "dateBeforeBlockZero", name: "date", date: shown, height: height.toString(), anchorHeight: h0.toString() },
    );
  }
  return subsidyAtHeight(height);
}

const DIFFICULTY_SPEC: NumberSpec = { name: "difficulty", what: "a mining difficulty", min: "0", minOpen: true };

/** JILIN.NETWORK_HASHRATE: network hashrate in EH/s implied by a difficulty (core: `networkHashrateOf`). */
export function networkHashrate(difficulty: unknown): Decimal {
  return networkHashrateOf(readNumber(DIFFICULTY_SPEC, difficulty));
}

/** The catalogue name MINER's message gives as an example of a model. */
const MODEL_EXAMPLE = "Antminer S21 XP";

/**
 * JILIN.MINER: one field of the miner catalogue (core: `minerValue`); the field defaults to
 * efficiency.
 *
 * @throws ModelError UNKNOWN_NAME for an unknown model; INVALID_INPUT for a bad field
 */
export function miner(model: unknown, field?: unknown): Decimal {
  if (isBlank(model) || typeof model !== "string" || model.trim() === "") {
    const got = shownValue(model);
    throw invalidInput(`model must be a miner model name such as "${MODEL_EXAMPLE}" (got ${describeShown(got)})`, "model", {
      kind: "notModelName",
      name: "model",
      example: MODEL_EXAMPLE,
      got,
    });
  }
  const spec = findMiner(model);
  let which: MinerField = "efficiency";
  if (!isBlank(field)) {
    const wanted = typeof field === "string" ? field.trim().toLowerCase() : undefined;
    const found = MINER_FIELDS.find((f) => f === wanted);
    if (!found) {
      const got = shownValue(field);
      throw invalidInput(`field must be one of ${MINER_FIELDS.join(", ")} (got ${describeShown(got)})`, "field", {
        kind: "oneOf",
        name: "field",
        options: MINER_FIELDS,
        got,
      });
    }
    which = found;
  }
  return minerValue(spec, which);
}
