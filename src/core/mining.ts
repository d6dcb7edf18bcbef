import { D, Decimal, ONE } from "./decimal";
import { noSolution } from "./errors";
import { type NumberSpec, readNumber } from "./params";
import { BLOCKS_PER_DAY } from "./bitcoin";
import { btcMinedKernel, energyKernel } from "./kernels";
import { PROTOCOL } from "../data/protocol";

const TH_PER_EH = D("1e6");
/** 24 h / 1000: J/TH × 24 / 1000 = kWh per TH/s per day. */
const KWH_PER_TH_DAY_PER_J_PER_TH = D("0.024");
/** 144 blocks per day / 10^6 TH/s per EH/s. */
const BLOCKS_PER_DAY_PER_MILLION = BLOCKS_PER_DAY.div(TH_PER_EH);
const TH_PER_PH = D("1000");

/** Shared parameter contracts (SPEC §2–3). Names are what Excel shows; they carry the unit. */
export const P = {
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
 * JILIN.BREAKEVEN: the BTC price at which mining revenue exactly covers power (and other) costs.
 *
 * @param efficiency - J/TH, > 0
 * @param powerPrice - currency per kWh, ≥ 0 (the result is in the same currency per BTC)
 * @param networkEhS - network hashrate, EH/s, > 0
 * @param blockReward - subsidy, BTC per block, ≥ 0; default 3.125
 * @param fees - BTC per block, ≥ 0; default 0
 * @param pue - ≥ 1; default 1
 * @param poolFee - fraction in [0, 1); default 0
 * @param otherCostPerThDay - currency per TH/s per day, ≥ 0; default 0
 * @returns currency per BTC
 * @throws ModelError INVALID_INPUT for a bad argument; NO_SOLUTION when the fleet earns no BTC
 *
 * ## Formula
 * ```
 * cost_per_th_day = efficiency × 24 / 1000 × pue × power_price + other_cost_per_th_day
 * btc_per_th_day  = (block_reward + fees) × 144 × (1 − pool_fee) / (network_hashrate × 10^6)
 * BREAKEVEN       = cost_per_th_day / btc_per_th_day
 * ```
 * Uptime cancels out of a break-even price, so it is not a parameter.
 *
 * ## Example
 * `breakeven(20, 0.05, 1000)`: cost 20 × 24 / 1000 × 0.05 = 0.024 per TH/s-day; BTC 3.125 × 144 /
 * 10^9 = 4.5e-7 per TH/s-day; break-even 0.024 / 4.5e-7 = 53,333.33…
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

/** BREAKEVEN of typed values (the model's break-even at start); no BTC earned has no answer. */
export function breakevenPrice(eff: Decimal, price: Decimal, h: Decimal, reward: Decimal, fee: Decimal, ratio: Decimal, pool: Decimal, other: Decimal): Decimal {
  const costPerThDay = eff.times(KWH_PER_TH_DAY_PER_J_PER_TH).times(ratio).times(price).plus(other);
  // cost / ((reward + fees) × 144 × (1 − pool) / (H × 10^6)), rearranged so the one division is last.
  const btcPerThDayTimesH = reward.plus(fee).times(BLOCKS_PER_DAY_PER_MILLION).times(ONE.minus(pool));
  if (btcPerThDayTimesH.isZero()) {
    throw noSolution("BREAKEVEN: no BTC is earned (block_reward_btc + fees_btc_per_block is 0), so no price breaks even");
  }
  return costPerThDay.times(h).div(btcPerThDayTimesH);
}

/**
 * JILIN.HASHPRICE: expected mining revenue per PH/s per day, in the currency of `btcPrice`.
 *
 * ## Formula
 * `price × (reward + fees) × 144 × (1 − pool_fee) / (H × 1000)` with H in EH/s (1 EH/s = 1000 PH/s).
 */
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
  return price.times(reward.plus(fee)).times(BLOCKS_PER_DAY).times(ONE.minus(pool)).div(h.times(TH_PER_PH));
}

/**
 * JILIN.BTC_MINED: expected BTC mined by a hashrate over a number of days.
 *
 * ## Formula
 * `TH × uptime × days × 144 × (reward + fees) × (1 − pool_fee) / (H × 10^6)`
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
 * JILIN.ENERGY_MWH: electricity drawn by a hashrate over a number of days, MWh.
 *
 * ## Formula
 * `TH × efficiency × pue × uptime × 24 × days / 10^6` (TH × J/TH = W; W × h / 10^6 = MWh).
 */
export function energyMwh(
  hashrateThS: unknown,
  efficiency: unknown,
  days: unknown,
  pue?: unknown,
  uptime?: unknown,
): Decimal {
  const th = readNumber(P.hashrateTh, hashrateThS);
  const eff = readNumber(P.efficiency, efficiency);
  const d = readNumber(P.days, days);
  const ratio = readNumber(P.pue, pue);
  const up = readNumber(P.uptime, uptime);
  return energyKernel(th.times(eff), ratio, up, d);
}
