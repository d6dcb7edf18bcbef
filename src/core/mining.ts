import { D, Decimal, ONE } from "./decimal";
import { noSolution } from "./errors";
import { BLOCKS_PER_DAY } from "./bitcoin";

const TH_PER_EH = D("1e6");
/** 24 h / 1000: J/TH × 24 / 1000 = kWh per TH/s per day. */
const KWH_PER_TH_DAY_PER_J_PER_TH = D("0.024");
/** 144 blocks per day / 10^6 TH/s per EH/s. */
const BLOCKS_PER_DAY_PER_MILLION = BLOCKS_PER_DAY.div(TH_PER_EH);
const TH_PER_PH = D("1000");

/*
 * Mining economics on typed values: the break-even BTC price and the hashprice. BTC mined and
 * energy are kernels (kernels.ts), shared with the model and the Monte Carlo.
 */
/**
 * The BTC price at which mining revenue exactly covers power (and other) costs (JILIN.BREAKEVEN and
 * the model's break-even at start).
 *
 * @param efficiency - J/TH, > 0
 * @param powerPrice - currency per kWh, ≥ 0 (the result is in the same currency per BTC)
 * @param networkEhS - network hashrate, EH/s, > 0
 * @param blockReward - subsidy, BTC per block, ≥ 0
 * @param fees - BTC per block, ≥ 0
 * @param pue - ≥ 1
 * @param poolFee - fraction in [0, 1)
 * @param otherCostPerThDay - currency per TH/s per day, ≥ 0
 * @returns currency per BTC
 * @throws ModelError NO_SOLUTION when the fleet earns no BTC
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
 * 20 J/TH, 0.05 per kWh, 1000 EH/s, 3.125 BTC, no fees, PUE 1: cost 20 × 24 / 1000 × 0.05 = 0.024 per
 * TH/s-day; BTC 3.125 × 144 / 10^9 = 4.5e-7 per TH/s-day; break-even 0.024 / 4.5e-7 = 53,333.33…
 */
export function breakevenPrice(
  efficiency: Decimal,
  powerPrice: Decimal,
  networkEhS: Decimal,
  blockReward: Decimal,
  fees: Decimal,
  pue: Decimal,
  poolFee: Decimal,
  otherCostPerThDay: Decimal,
): Decimal {
  const costPerThDay = efficiency.times(KWH_PER_TH_DAY_PER_J_PER_TH).times(pue).times(powerPrice).plus(otherCostPerThDay);
  // cost / ((reward + fees) × 144 × (1 − pool) / (H × 10^6)), rearranged so the one division is last.
  const btcPerThDayTimesH = blockReward.plus(fees).times(BLOCKS_PER_DAY_PER_MILLION).times(ONE.minus(poolFee));
  if (btcPerThDayTimesH.isZero()) {
    throw noSolution("BREAKEVEN: no BTC is earned (block_reward_btc + fees_btc_per_block is 0), so no price breaks even", undefined, { kind: "noBtcEarned" });
  }
  return costPerThDay.times(networkEhS).div(btcPerThDayTimesH);
}

/**
 * Expected mining revenue per PH/s per day, in the currency of `btcPrice` (JILIN.HASHPRICE).
 *
 * ## Formula
 * `price × (reward + fees) × 144 × (1 − pool_fee) / (H × 1000)` with H in EH/s (1 EH/s = 1000 PH/s).
 */
export function hashpriceOf(btcPrice: Decimal, networkEhS: Decimal, blockReward: Decimal, fees: Decimal, poolFee: Decimal): Decimal {
  return btcPrice.times(blockReward.plus(fees)).times(BLOCKS_PER_DAY).times(ONE.minus(poolFee)).div(networkEhS.times(TH_PER_PH));
}
