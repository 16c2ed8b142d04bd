/**
 * Column names of the bundled country-month panel (`africa-cm`) that the default model uses.
 * The derived columns are made by `addPartnershipVariables` (panel/derive.ts):
 * - `un_troops_k_lag1`, `nonun_troops_k_lag1`: troops in thousands, lagged one month within country;
 * - `battle_deaths_lag1`: battle deaths lagged one month within country;
 * - `conflict_duration`: months since the country's current spell in the panel began.
 */
export const PARTNERSHIP_COLUMNS = {
  outcome: 'battle_deaths',
  un: 'un_troops_k_lag1',
  nonun: 'nonun_troops_k_lag1',
  deathsLag: 'battle_deaths_lag1',
  duration: 'conflict_duration',
  unit: 'country',
  time: 'ym',
} as const;
