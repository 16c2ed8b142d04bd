import { messages } from '../errors.js';
import type { Exclusion } from '../estimators/result.js';
import { addPartnershipVariables } from '../panel/derive.js';
import { PARTNERSHIP_COLUMNS } from '../partnership/default-spec.js';
import { filterRows, numberColumn } from '../replicate/panel-rows.js';
import type { Table } from '../table.js';

/** The first and last year of the study's sample (Schumann & Bara 2023; issue 11 §2). */
export const STUDY_YEARS = { first: 1993, last: 2018 } as const;

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
 * The rows of one sample option, and what was left out (reported in every row of the result):
 * - `all`: every row;
 * - `active`: rows with `conflict_active` = 1 (country-months with an active ACD conflict);
 * - `1993-2018`: rows with `year` from 1993 to 2018 (the study's period).
 * Lags were computed on the complete series before this filter, so no first month loses its lag.
 * @throws PeacepanelError MISSING_COLUMN when the sample's column is absent.
 * @example sampleTable(panel, '1993-2018').excluded[0].count
 */
export function sampleTable(table: Table, sample: string): { table: Table; excluded: Exclusion[] } {
  if (sample === 'all') return { table, excluded: [] };
  const column = sample === 'active' ? 'conflict_active' : 'year';
  const v = numberColumn(table, column);
  if (!v) throw messages.missingColumn(undefined, column, Object.keys(table.columns));
  const keep =
    sample === 'active'
      ? (i: number) => v[i] === 1
      : (i: number) => (v[i] as number) >= STUDY_YEARS.first && (v[i] as number) <= STUDY_YEARS.last;
  const out = filterRows(table, keep);
  const reason =
    sample === 'active'
      ? 'sample: not an active conflict-month (conflict_active ≠ 1)'
      : `sample: outside ${STUDY_YEARS.first}–${STUDY_YEARS.last}`;
  const count = table.n - out.n;
  return { table: out, excluded: count ? [{ reason, count, examples: [] }] : [] };
}
