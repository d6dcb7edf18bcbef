/*
 * JILIN.* custom functions: thin adapters. Each one passes Excel's arguments unchanged to jilin.ts,
 * which reads them and calls the typed core, and turns the result into a number or an Excel error
 * value (see adapt.ts).
 *
 * Scalar parameters are typed `any` so a blank cell is read as a blank (null), not as a silent
 * 0, and so preset or model names can be passed where the function accepts them. Omitted optional arguments
 * arrive as null. Ranges arrive as number[][] and are read in row-major order.
 *
 * The JSDoc below is what Excel users read in the formula tooltip; the webpack plugin turns it into
 * functions.json and appends the CustomFunctions.associate calls. Renaming a function or a
 * parameter breaks users' workbooks: test/functions/metadata.test.ts guards against it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { excel } from "./adapt";
import * as J from "./jilin";

/**
 * BTC price at which mining revenue exactly covers power (and other) costs, in the currency of the power price per BTC.
 * @customfunction BREAKEVEN
 * @param efficiency_j_per_th Machine efficiency in J/TH (= W per TH/s), > 0.
 * @param power_price_per_kwh Power price per kWh, ≥ 0, in the currency you want the answer in (USD or CNY).
 * @param network_hashrate_eh_s Network hashrate in EH/s, > 0.
 * @param [block_reward_btc] Block subsidy in BTC per block, ≥ 0. Default 3.125.
 * @param [fees_btc_per_block] Transaction fees in BTC per block, ≥ 0. Default 0.
 * @param [pue] Power usage effectiveness (facility / IT power), ≥ 1. Default 1.
 * @param [pool_fee] Pool fee as a fraction in [0, 1) (2.5 % = 0.025). Default 0.
 * @param [other_cost_per_th_day] Other costs per TH/s per day, same currency, ≥ 0. Default 0.
 * @returns Break-even BTC price, currency per BTC.
 */
export function breakeven(
  efficiency_j_per_th: any,
  power_price_per_kwh: any,
  network_hashrate_eh_s: any,
  block_reward_btc?: any,
  fees_btc_per_block?: any,
  pue?: any,
  pool_fee?: any,
  other_cost_per_th_day?: any,
): number {
  return excel(() =>
    J.breakeven(
      efficiency_j_per_th,
      power_price_per_kwh,
      network_hashrate_eh_s,
      block_reward_btc,
      fees_btc_per_block,
      pue,
      pool_fee,
      other_cost_per_th_day,
    ),
  );
}

/**
 * Effective power price of a site that buys hydro power when Jilin's rivers run and grid power when they are frozen.
 * @customfunction HYDRO_COST
 * @param hydro_price_per_kwh Hydro power price per kWh, ≥ 0.
 * @param grid_price_per_kwh Grid power price per kWh, ≥ 0, same currency.
 * @param [month] Month 1..12, or an Excel date (its calendar month is used). Omit for the annual average (weighted by days, non-leap year).
 * @param [hydro_share_by_month] 12 cells, Jan..Dec: share of the load hydro covers, each a fraction in [0, 1]. Default: the Jilin run-of-river profile.
 * @param [wheeling_per_kwh] Charge added to every kWh, ≥ 0. Default 0.
 * @returns Effective power price per kWh, in the currency of the prices given.
 */
export function hydro_cost(
  hydro_price_per_kwh: any,
  grid_price_per_kwh: any,
  month?: any,
  hydro_share_by_month?: number[][],
  wheeling_per_kwh?: any,
): number {
  return excel(() => J.hydroCost(hydro_price_per_kwh, grid_price_per_kwh, month, hydro_share_by_month, wheeling_per_kwh));
}

/**
 * Tonnes of CO2 from a site's electricity (location-based unless you pass lifecycle factors).
 * @customfunction CO2_TONNES
 * @param energy_mwh Electricity used, MWh, ≥ 0.
 * @param [hydro_share] Fraction of the energy from hydro, in [0, 1]. Default 0.
 * @param [grid_factor_t_per_mwh] Grid emission factor in tCO2/MWh, or a preset: JILIN-2022, NORTHEAST-2023, CHINA-2023, COAL-LCA, HYDRO-LCA, WIND-LCA. Default NORTHEAST-2023 (0.5122).
 * @param [hydro_factor_t_per_mwh] Hydro emission factor in tCO2/MWh, or a preset name. Default 0 (location-based).
 * @returns Tonnes of CO2.
 */
export function co2_tonnes(
  energy_mwh: any,
  hydro_share?: any,
  grid_factor_t_per_mwh?: any,
  hydro_factor_t_per_mwh?: any,
): number {
  return excel(() => J.co2Tonnes(energy_mwh, hydro_share, grid_factor_t_per_mwh, hydro_factor_t_per_mwh));
}

/**
 * Probability that the operation is still running after a number of years under a constant risk of forced shutdown: (1 - p)^years.
 * @customfunction REG_RISK
 * @param annual_shutdown_probability Probability of a forced shutdown per year, a fraction in [0, 1], or a preset: LOW (0.10), BASE (0.25), HIGH (0.50).
 * @param years Time in years (fractions allowed), ≥ 0.
 * @returns Survival probability, a fraction in [0, 1].
 */
export function reg_risk(annual_shutdown_probability: any, years: any): number {
  return excel(() => J.regRisk(annual_shutdown_probability, years));
}

/**
 * Expected mining revenue per PH/s per day (hashprice), in the currency of the BTC price.
 * @customfunction HASHPRICE
 * @param btc_price BTC price, ≥ 0 (USD or CNY per BTC).
 * @param network_hashrate_eh_s Network hashrate in EH/s, > 0.
 * @param [block_reward_btc] Block subsidy in BTC per block, ≥ 0. Default 3.125.
 * @param [fees_btc_per_block] Transaction fees in BTC per block, ≥ 0. Default 0.
 * @param [pool_fee] Pool fee as a fraction in [0, 1). Default 0.
 * @returns Revenue per PH/s per day, in the currency of btc_price.
 */
export function hashprice(
  btc_price: any,
  network_hashrate_eh_s: any,
  block_reward_btc?: any,
  fees_btc_per_block?: any,
  pool_fee?: any,
): number {
  return excel(() => J.hashprice(btc_price, network_hashrate_eh_s, block_reward_btc, fees_btc_per_block, pool_fee));
}

/**
 * Network hashrate implied by a mining difficulty: difficulty × 2^32 / 600 / 10^18.
 * @customfunction NETWORK_HASHRATE
 * @param difficulty Bitcoin mining difficulty, > 0 (e.g. 148.26E12).
 * @returns Network hashrate in EH/s.
 */
export function network_hashrate(difficulty: any): number {
  return excel(() => J.networkHashrate(difficulty));
}

/**
 * Block subsidy at the block height expected on a date (144 blocks per day from an anchor block).
 * @customfunction SUBSIDY
 * @param date An Excel date (or text YYYY-MM-DD).
 * @param [anchor_height] Block height at anchor_date, ≥ 0. Default 935424.
 * @param [anchor_date] Date of anchor_height. Default 2026-02-07.
 * @returns Block subsidy in BTC per block.
 */
export function subsidy(date: any, anchor_height?: any, anchor_date?: any): number {
  return excel(() => J.subsidy(date, anchor_height, anchor_date));
}

/**
 * Expected BTC mined by a hashrate over a number of days.
 * @customfunction BTC_MINED
 * @param hashrate_th_s Hashrate in TH/s, ≥ 0.
 * @param network_hashrate_eh_s Network hashrate in EH/s, > 0.
 * @param days Days of mining, ≥ 0.
 * @param [block_reward_btc] Block subsidy in BTC per block, ≥ 0. Default 3.125.
 * @param [fees_btc_per_block] Transaction fees in BTC per block, ≥ 0. Default 0.
 * @param [pool_fee] Pool fee as a fraction in [0, 1). Default 0.
 * @param [uptime] Fraction of time running, in [0, 1]. Default 1.
 * @returns BTC mined.
 */
export function btc_mined(
  hashrate_th_s: any,
  network_hashrate_eh_s: any,
  days: any,
  block_reward_btc?: any,
  fees_btc_per_block?: any,
  pool_fee?: any,
  uptime?: any,
): number {
  return excel(() =>
    J.btcMined(hashrate_th_s, network_hashrate_eh_s, days, block_reward_btc, fees_btc_per_block, pool_fee, uptime),
  );
}

/**
 * Electricity drawn by a hashrate over a number of days.
 * @customfunction ENERGY_MWH
 * @param hashrate_th_s Hashrate in TH/s, ≥ 0.
 * @param efficiency_j_per_th Efficiency in J/TH (= W per TH/s), > 0.
 * @param days Days of running, ≥ 0.
 * @param [pue] Power usage effectiveness, ≥ 1. Default 1.
 * @param [uptime] Fraction of time running, in [0, 1]. Default 1.
 * @returns Energy in MWh.
 */
export function energy_mwh(hashrate_th_s: any, efficiency_j_per_th: any, days: any, pue?: any, uptime?: any): number {
  return excel(() => J.energyMwh(hashrate_th_s, efficiency_j_per_th, days, pue, uptime));
}

/**
 * A field of the built-in ASIC miner catalogue.
 * @customfunction MINER
 * @param model Miner model name, e.g. "Antminer S21 XP" (case-insensitive).
 * @param [field] One of "hashrate" (TH/s), "power" (W), "efficiency" (J/TH), "price" (USD/TH). Default "efficiency".
 * @returns The field's value in its unit.
 */
export function miner(model: any, field?: any): number {
  return excel(() => J.miner(model, field));
}

/**
 * Levelised cost of energy of a hydro plant.
 * @customfunction HYDRO_LCOE
 * @param capex_per_kw Capital cost per kW of capacity, ≥ 0.
 * @param capacity_factor Capacity factor, a fraction in (0, 1].
 * @param fixed_om_fraction Fixed O&M per year as a fraction of capex, ≥ 0.
 * @param discount_rate Discount rate per year as a fraction, ≥ 0.
 * @param life_years Plant life in years, > 0.
 * @param [variable_om_per_kwh] Variable O&M per kWh, ≥ 0. Default 0.
 * @returns Cost per kWh, in the currency of capex.
 */
export function hydro_lcoe(
  capex_per_kw: any,
  capacity_factor: any,
  fixed_om_fraction: any,
  discount_rate: any,
  life_years: any,
  variable_om_per_kwh?: any,
): number {
  return excel(() =>
    J.hydroLcoe(capex_per_kw, capacity_factor, fixed_om_fraction, discount_rate, life_years, variable_om_per_kwh),
  );
}
