import { D, Decimal, ZERO } from "./decimal";
import { PROTOCOL } from "../data/protocol";

export const BLOCKS_PER_DAY = D(PROTOCOL.blocksPerDay.value);
const HALVING_INTERVAL = D(PROTOCOL.halvingIntervalBlocks.value);
const INITIAL_SUBSIDY = D(PROTOCOL.initialSubsidyBtc.value);
const TWO = D(2);
/** 2^32: expected hashes per block per unit of difficulty (bitcoin.stackexchange Q5556). */
const HASHES_PER_DIFFICULTY = TWO.pow(32);

/**
 * Block subsidy at a height.
 *
 * ## Formula
 * `50 / 2^floor(height / 210000)`, and 0 from the 64th halving on. Bitcoin Core rounds to
 * whole satoshis, which first differs from this formula in era 10 (after ~2064).
 *
 * ## Example
 * `subsidyAtHeight(840000)` = 3.125; `subsidyAtHeight(1050000)` = 1.5625.
 */
export function subsidyAtHeight(height: Decimal): Decimal {
  const halvings = height.div(HALVING_INTERVAL).floor();
  if (halvings.gte(64)) return ZERO;
  return INITIAL_SUBSIDY.div(TWO.pow(halvings));
}

/**
 * Block height expected at a date, projected from an anchor at 144 blocks/day.
 * `floor(anchorHeight + 144 × (dateSerial − anchorDateSerial))`, dates in days.
 */
export function blockHeightAt(dateSerial: Decimal, anchorHeight: Decimal, anchorDateSerial: Decimal): Decimal {
  return anchorHeight.plus(BLOCKS_PER_DAY.times(dateSerial.minus(anchorDateSerial))).floor();
}

/**
 * Network hashrate in EH/s implied by a difficulty (> 0); JILIN.NETWORK_HASHRATE.
 *
 * ## Formula
 * `difficulty × 2^32 / 600 / 10^18` (expected hashes per block ≈ D × 2^32, one block per 600 s).
 *
 * ## Example
 * difficulty 148.26e12 → 1061.28 EH/s (148.26e12 × 4294967296 / 600 / 1e18 = 1061.2838…).
 */
export function networkHashrateOf(difficulty: Decimal): Decimal {
  return difficulty.times(HASHES_PER_DIFFICULTY).div(600).div("1e18");
}
