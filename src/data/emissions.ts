import type { DataRecord } from "./record";

/** Emission-factor presets accepted by CO2_TONNES (names match case-insensitively). */
export const EMISSION_FACTOR_PRESETS = {
  "JILIN-2022": {
    value: "0.4932",
    unit: "tCO2/MWh",
    source: "Ministry of Ecology and Environment (MEE) and National Bureau of Statistics (NBS), 2022 power CO2 emission factors, Jilin provincial grid (announced 2024-12-20; read from a public code table of the MEE provincial factors)",
    asOf: "2022",
    note: "location-based; latest Jilin provincial value found (2023 not published in the material)",
  },
  "NORTHEAST-2023": {
    value: "0.5122",
    unit: "tCO2/MWh",
    source: "Ministry of Ecology and Environment (MEE) and National Bureau of Statistics (NBS), 2023 power CO2 emission factors, Northeast regional grid (reported by Guangming Daily, ~Jan 2026)",
    asOf: "2023",
    note: "location-based; default grid factor",
  },
  "CHINA-2023": {
    value: "0.5306",
    unit: "tCO2/MWh",
    source: "Ministry of Ecology and Environment (MEE) and National Bureau of Statistics (NBS), 2023 power CO2 emission factors, national average (reported by Guangming Daily, ~Jan 2026)",
    asOf: "2023",
    note: "location-based national average",
  },
  "COAL-LCA": {
    value: "0.820",
    unit: "tCO2/MWh",
    source: "IPCC AR5 WGIII Annex III Table A.III.2, coal PC median 820 gCO2e/kWh (2014)",
    asOf: "2014",
    note: "lifecycle factor",
  },
  "HYDRO-LCA": {
    value: "0.024",
    unit: "tCO2/MWh",
    source: "IPCC AR5 WGIII Annex III Table A.III.2, hydropower median 24 gCO2e/kWh (2014)",
    asOf: "2014",
    note: "lifecycle factor",
  },
  "WIND-LCA": {
    value: "0.011",
    unit: "tCO2/MWh",
    source: "IPCC AR5 WGIII Annex III Table A.III.2, wind onshore median 11 gCO2e/kWh (2014)",
    asOf: "2014",
    note: "lifecycle factor",
  },
} satisfies Record<string, DataRecord>;

export const DEFAULT_GRID_FACTOR_PRESET = "NORTHEAST-2023";

export const DEFAULT_HYDRO_FACTOR: DataRecord = {
  value: "0",
  unit: "tCO2/MWh",
  source: "WRI and WBCSD, GHG Protocol Scope 2 Guidance (2015): location-based method; electricity supplied directly by a hydro plant carries its zero combustion emissions",
  asOf: "2026-02",
  note: "use the HYDRO-LCA preset for a lifecycle view",
};
