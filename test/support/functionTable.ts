/*
 * The JILIN functions as the tests know them, written from SPEC §2–3: each id's parameters (name,
 * metadata type, optional, range) and the adapter Excel calls. One table for the metadata golden
 * test, the fuzz test and the HyperFormula harness.
 */
import * as F from "../../src/functions/functions";

export type Param = [name: string, type: "any" | "number", optional: boolean, dimensionality?: "matrix"];
export const GOLDEN = {
  BREAKEVEN: [
    ["efficiency_j_per_th", "any", false], ["power_price_per_kwh", "any", false], ["network_hashrate_eh_s", "any", false],
    ["block_reward_btc", "any", true], ["fees_btc_per_block", "any", true], ["pue", "any", true], ["pool_fee", "any", true],
    ["other_cost_per_th_day", "any", true],
  ],
  HYDRO_COST: [
    ["hydro_price_per_kwh", "any", false], ["grid_price_per_kwh", "any", false], ["month", "any", true],
    ["hydro_share_by_month", "number", true, "matrix"], ["wheeling_per_kwh", "any", true],
  ],
  CO2_TONNES: [
    ["energy_mwh", "any", false], ["hydro_share", "any", true], ["grid_factor_t_per_mwh", "any", true],
    ["hydro_factor_t_per_mwh", "any", true],
  ],
  REG_RISK: [["annual_shutdown_probability", "any", false], ["years", "any", false]],
  HASHPRICE: [
    ["btc_price", "any", false], ["network_hashrate_eh_s", "any", false], ["block_reward_btc", "any", true],
    ["fees_btc_per_block", "any", true], ["pool_fee", "any", true],
  ],
  NETWORK_HASHRATE: [["difficulty", "any", false]],
  SUBSIDY: [["date", "any", false], ["anchor_height", "any", true], ["anchor_date", "any", true]],
  BTC_MINED: [
    ["hashrate_th_s", "any", false], ["network_hashrate_eh_s", "any", false], ["days", "any", false],
    ["block_reward_btc", "any", true], ["fees_btc_per_block", "any", true], ["pool_fee", "any", true], ["uptime", "any", true],
  ],
  ENERGY_MWH: [
    ["hashrate_th_s", "any", false], ["efficiency_j_per_th", "any", false], ["days", "any", false], ["pue", "any", true],
    ["uptime", "any", true],
  ],
  MINER: [["model", "any", false], ["field", "any", true]],
  HYDRO_LCOE: [
    ["capex_per_kw", "any", false], ["capacity_factor", "any", false], ["fixed_om_fraction", "any", false],
    ["discount_rate", "any", false], ["life_years", "any", false], ["variable_om_per_kwh", "any", true],
  ],
} satisfies Record<string, Param[]>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFn = (...args: any[]) => unknown;

export const ADAPTERS: Record<keyof typeof GOLDEN, AnyFn> = {
  BREAKEVEN: F.breakeven,
  HYDRO_COST: F.hydro_cost,
  CO2_TONNES: F.co2_tonnes,
  REG_RISK: F.reg_risk,
  HASHPRICE: F.hashprice,
  NETWORK_HASHRATE: F.network_hashrate,
  SUBSIDY: F.subsidy,
  BTC_MINED: F.btc_mined,
  ENERGY_MWH: F.energy_mwh,
  MINER: F.miner,
  HYDRO_LCOE: F.hydro_lcoe,
};
