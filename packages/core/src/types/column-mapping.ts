/**
 * How the columns of a user's panel file map onto peacepanel's names. Every field is optional; a
 * mapped column appears in the table under the target name (`country`, `ym`, `battle_deaths`, or the
 * key in `regressors`) instead of its own. Validated by `ColumnMappingSchema` (io/column-mapping-schema.ts).
 */
export interface ColumnMapping {
  /** The panel unit (becomes `country`). Default: `country`, else `iso3`, `unit`, `conflict_id`. */
  unit?: string | undefined;
  /** A `YYYY-MM` (or `YYYY-MM-DD`) column (becomes `ym`). Default: `ym`, else `year` + `month`. */
  time?: string | undefined;
  /** Year and month columns, used when there is no `time` column. */
  year?: string | undefined;
  month?: string | undefined;
  /** The outcome (becomes `battle_deaths`); must be numeric. */
  outcome?: string | undefined;
  /** Target name → source column, e.g. `{ un_troops: "UN_troops_total" }`; each must be numeric. */
  regressors?: Record<string, string> | undefined;
}
