import { D, Decimal, ZERO } from "./decimal";
import { invalidInput } from "./errors";
import { type NumberSpec, readNumber } from "./params";
import { formatIsoDate, isoToSerial, readDateSerial, serialToDate } from "./excelDate";
import { PROTOCOL } from "../data/protocol";

export const BLOCKS_PER_DAY = D(PROTOCOL.blocksPerDay.value);
const HALVING_INTERVAL = D(PROTOCOL.halvingIntervalBlocks.value);
const INITIAL_SUBSIDY = D(PROTOCOL.initialSubsidyBtc.value);
const TWO = D(2);
/** 2^32: expected hashes per block per unit of difficulty (bitcoin.stackexchange Q5556). */
const HASHES_PER_DIFFICULTY = TWO.pow(32);

export const ANCHOR_DATE_SERIAL = isoToSerial(PROTOCOL.halvingAnchorDate.value) as number;

/**
 * Block subsidy at a height.
 *
 * ## Formula
 * `50 / 2^floor(height / 210000)`, and 0 from the 64th halving on (SPEC §3). Bitcoin Core rounds to
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

const ANCHOR_HEIGHT_SPEC: NumberSpec = {
  name: "anchor_height",
  what: "a block height",
  min: "0",
  default: PROTOCOL.halvingAnchorHeight.value,
};

/**
 * JILIN.SUBSIDY: the block subsidy (BTC per block) at the height expected on a date.
 *
 * @param date - Excel date serial (or ISO text)
 * @param anchorHeight - block height at `anchorDate`, ≥ 0; default 935424
 * @param anchorDate - date of `anchorHeight`; default 2026-02-07
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
    );
  }
  return subsidyAtHeight(height);
}

const DIFFICULTY_SPEC: NumberSpec = { name: "difficulty", what: "a mining difficulty", min: "0", minOpen: true };

/**
 * JILIN.NETWORK_HASHRATE: network hashrate in EH/s implied by a difficulty.
 *
 * ## Formula
 * `difficulty × 2^32 / 600 / 10^18` (expected hashes per block ≈ D × 2^32, one block per 600 s).
 *
 * ## Example
 * difficulty 148.26e12 → 1061.28 EH/s (148.26e12 × 4294967296 / 600 / 1e18 = 1061.2838…).
 */
export function networkHashrate(difficulty: unknown): Decimal {
  const d = readNumber(DIFFICULTY_SPEC, difficulty);
  return d.times(HASHES_PER_DIFFICULTY).div(600).div("1e18");
}
