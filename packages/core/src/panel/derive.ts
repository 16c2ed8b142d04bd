import { messages } from '../errors.js';
import { PARTNERSHIP_COLUMNS } from '../partnership/default-spec.js';
import type { Table } from '../table.js';
import { lagWithin, previousRow } from './lags.js';

/**
 * Adds the regressors of the partnership model to a country-month panel, within `country` ordered by
 * `ym` (rows need not be sorted; the table is not modified, a new one is returned):
 * - `un_troops_k_lag1`, `nonun_troops_k_lag1`: UN / non-UN troops in thousands, previous calendar month;
 * - `battle_deaths_lag1`: battle deaths, previous calendar month;
 * - `conflict_duration`: months since the country's current spell in the panel began: 0 in the first
 *   month of a run of consecutive panel months, then 1, 2, …; the run restarts after any month the
 *   country is absent from the panel. Spells already running at the panel's first month (1993-01 for
 *   `africa-cm`) start at 0 there (left-censored).
 * A lag is NaN when the previous month is absent from the panel or its value is missing: missing lags
 * stay missing, they are never filled with 0.
 * **Columns the table already carries are kept as they are**: the bundled datasets (`africa-cm` from
 * v1.1.0, `africa-conflict-month`) compute their lags and duration on the complete monthly series before
 * rows are filtered, which a filtered table cannot redo (the first month of a spell would lose its lag).
 * Reference: Schumann & Bara (2023) ISQ, model specification (troops lagged one month, in thousands).
 * @throws PeacepanelError MISSING_COLUMN when `country`, `ym`, `battle_deaths`, `un_troops` or `nonun_troops` is absent.
 * @example addPartnershipVariables(tableFromDataset(africaCm)).columns.un_troops_k_lag1?.kind // => 'number'
 */
export function addPartnershipVariables(table: Table): Table {
  for (const c of ['battle_deaths', 'un_troops', 'nonun_troops'])
    if (table.columns[c]?.kind !== 'number')
      throw messages.missingColumn(undefined, c, Object.keys(table.columns));
  const opts = { unit: PARTNERSHIP_COLUMNS.unit, time: PARTNERSHIP_COLUMNS.time };
  const thousands = (v: Float64Array) => v.map((x) => x / 1000);
  const un = thousands(lagWithin(table, 'un_troops', 1, opts));
  const nonun = thousands(lagWithin(table, 'nonun_troops', 1, opts));
  const deaths = lagWithin(table, 'battle_deaths', 1, opts);
  const prev = previousRow(table, 1, opts);
  // duration: follow each row's chain of previous months (memoised, rows in any order)
  const duration = new Float64Array(table.n).fill(-1);
  const resolve = (i: number): number => {
    const stack: number[] = [];
    let j = i;
    while (duration[j]! < 0) {
      stack.push(j);
      const p = prev[j]!;
      if (p < 0) {
        duration[j] = 0;
        stack.pop();
        break;
      }
      j = p;
    }
    for (let s = stack.length - 1; s >= 0; s--) {
      const r = stack[s]!;
      duration[r] = duration[prev[r]!]! + 1;
    }
    return duration[i]!;
  };
  for (let i = 0; i < table.n; i++) resolve(i);
  const derived: Table['columns'] = {
    [PARTNERSHIP_COLUMNS.un]: { kind: 'number', values: un },
    [PARTNERSHIP_COLUMNS.nonun]: { kind: 'number', values: nonun },
    [PARTNERSHIP_COLUMNS.deathsLag]: { kind: 'number', values: deaths },
    [PARTNERSHIP_COLUMNS.duration]: { kind: 'number', values: duration },
  };
  const columns: Table['columns'] = { ...table.columns };
  for (const [name, col] of Object.entries(derived))
    if (table.columns[name]?.kind !== 'number') columns[name] = col;
  return { n: table.n, columns };
}
