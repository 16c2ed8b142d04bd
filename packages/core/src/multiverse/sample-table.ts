import { evaluateSubset } from '../model/subset.js';
import { addPartnershipVariables } from '../panel/derive.js';
import { PARTNERSHIP_COLUMNS } from '../partnership/default-spec.js';
import { MAIN_PERIOD } from '../partnership/main-spec.js';
import { filterRows } from '../table/columns.js';
import type { Table } from '../table.js';

/**
 * The row filter (`subset`, R's `subset=`) of each sample option; `all` has none:
 * - `active`: `conflict_active == 1` (country-months with an active ACD conflict);
 * - `1993-2018`: the study's period, as the main specification declares it (`MAIN_PERIOD`).
 * Lags were computed on the complete series before any filter, so no first month loses its lag.
 */
export const SAMPLE_SUBSETS: Record<string, string | undefined> = {
  all: undefined,
  active: 'conflict_active == 1',
  '1993-2018': `year >= ${MAIN_PERIOD.first} & year <= ${MAIN_PERIOD.last}`,
};

/**
 * A dataset ready for the grid: the partnership regressors are added with `addPartnershipVariables`
 * when the dataset does not carry them already (the bundled `africa-cm` before issue 11; datasets
 * built to the conflict-month contract carry every lag, computed before any row filter).
 * @example prepareDataset(tableFromDataset(africaCm)).columns.un_troops_k_lag1
 */
export function prepareDataset(table: Table): Table {
  if (table.columns[PARTNERSHIP_COLUMNS.un] && table.columns[PARTNERSHIP_COLUMNS.deathsLag]) return table;
  return addPartnershipVariables(table);
}

/**
 * The rows a `subset` keeps (all rows without one), for the typical levels of a sample. Rows where the
 * condition is missing are left out, as R's `subset=` does.
 * @throws PeacepanelError `BAD_SPEC` when the subset names an unknown column.
 * @example sampleTable(countryMonthPanel, SAMPLE_SUBSETS['1993-2018']).n // => 4868
 */
export function sampleTable(table: Table, subset: string | undefined): Table {
  if (subset === undefined) return table;
  const keep = evaluateSubset(subset, table);
  return filterRows(table, (i) => keep[i] === 1);
}
