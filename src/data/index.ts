/** Default assumptions with their sources. See README.md in this folder for how to refresh them. */
export type { DataRecord } from "./record";
export { PROTOCOL } from "./protocol";
export { JILIN_HYDRO_SHARE_BY_MONTH, MONTH_NAMES, DAYS_IN_MONTH_NON_LEAP } from "./hydro";
export { EMISSION_FACTOR_PRESETS, DEFAULT_GRID_FACTOR_PRESET, DEFAULT_HYDRO_FACTOR } from "./emissions";
export { SHUTDOWN_PROBABILITY_PRESETS } from "./regulation";
export { MARKET } from "./market";
export { MINERS, DEFAULT_MINER, type MinerSpec, type Cooling } from "./miners";
export { SITE_DEFAULTS, PUE_BY_COOLING, type CoolingType } from "./site";
export { MONTE_CARLO, SCENARIOS, TORNADO_DEFAULT_SWING } from "./risk";
