/*
 * The model's formulas, once each, in exact decimals and in their double-precision twins: BTC mined,
 * energy, and tax with losses carried forward. The model (model/project.ts) and the JILIN functions
 * use the decimal kernel; the Monte Carlo, which runs millions of months, uses the twin. Each twin
 * multiplies in the same order as its kernel, so the two differ only by rounding.
 */
import { Decimal, ONE, ZERO } from "./decimal";

const BLOCKS_PER_DAY = 144;
const TH_PER_EH = 1e6;

/** BTC mined = TH/s × uptime × days × 144 × (reward + fees) × (1 − pool fee) / (network EH/s × 10^6). */
export function btcMinedKernel(thS: Decimal, uptime: Decimal, days: Decimal, rewardPlusFeesBtc: Decimal, poolFee: Decimal, networkEhS: Decimal): Decimal {
  return thS.times(uptime).times(days).times(BLOCKS_PER_DAY).times(rewardPlusFeesBtc).times(ONE.minus(poolFee)).div(networkEhS.times(TH_PER_EH));
}
/** The double twin of btcMinedKernel. */
export function btcMinedTwin(thS: number, uptime: number, days: number, rewardPlusFeesBtc: number, poolFee: number, networkEhS: number): number {
  return (thS * uptime * days * BLOCKS_PER_DAY * rewardPlusFeesBtc * (1 - poolFee)) / (networkEhS * TH_PER_EH);
}

/** Energy (MWh) = power at the wall (W) × PUE × uptime × 24 × days / 10^6. */
export function energyKernel(powerW: Decimal, pue: Decimal, uptime: Decimal, days: Decimal): Decimal {
  return powerW.times(pue).times(uptime).times(24).times(days).div(TH_PER_EH);
}
/** The double twin of energyKernel. */
export function energyTwin(powerW: number, pue: number, uptime: number, days: number): number {
  return (powerW * pue * uptime * 24 * days) / TH_PER_EH;
}

/**
 * Tax with losses carried forward: taxable = max(0, EBIT − losses brought forward); losses carried on
 * = max(0, losses − EBIT); tax = rate × taxable.
 */
export function taxKernel(ebit: Decimal, lossesIn: Decimal, rate: Decimal): { taxable: Decimal; lossesOut: Decimal; tax: Decimal } {
  const taxable = Decimal.max(ZERO, ebit.minus(lossesIn));
  return { taxable, lossesOut: Decimal.max(ZERO, lossesIn.minus(ebit)), tax: rate.times(taxable) };
}
/** The double twin of taxKernel (the tax and the losses carried on). */
export function taxTwin(ebit: number, lossesIn: number, rate: number): { tax: number; lossesOut: number } {
  const taxable = ebit - lossesIn > 0 ? ebit - lossesIn : 0;
  return { tax: rate * taxable, lossesOut: lossesIn - ebit > 0 ? lossesIn - ebit : 0 };
}
