/**
 * Rows left out of a fit or an import and why (e.g. "missing value in battle_deaths_lag1"). Every
 * importer and the design builder report these instead of dropping rows silently.
 */
export interface Exclusion {
  reason: string;
  count: number;
  /** Up to 20 example ids or row numbers. */
  examples: string[];
}
