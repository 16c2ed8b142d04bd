import { messages } from '../errors.js';
import { monthIndex, parseYearMonth } from '../io/cells.js';
import type { Table } from '../table.js';

/**
 * Month index (`year × 12 + month − 1`) of every row, from a `ym` column (`YYYY-MM`) or, failing
 * that, from numeric `year` and `month` columns. NaN where the month is missing.
 * @throws PeacepanelError MISSING_COLUMN when the table has neither.
 * @example rowMonths(tableFromRows([{ ym: '2013-01' }, { ym: '2013-02' }]), 'ym') // => [24156, 24157]
 */
export function rowMonths(table: Table, time = 'ym'): Float64Array {
  const out = new Float64Array(table.n).fill(Number.NaN);
  const col = table.columns[time];
  if (col?.kind === 'string') {
    col.values.forEach((v, i) => {
      const ym = v === null ? undefined : parseYearMonth(v);
      if (ym) out[i] = monthIndex(ym.year, ym.month);
    });
    return out;
  }
  const y = table.columns.year;
  const m = table.columns.month;
  if (y?.kind === 'number' && m?.kind === 'number') {
    for (let i = 0; i < table.n; i++) out[i] = monthIndex(y.values[i]!, m.values[i]!);
    return out;
  }
  throw messages.missingColumn(undefined, time, Object.keys(table.columns));
}

/**
 * Unit label of every row (string or numeric unit column; numbers become text, NaN null).
 * @throws PeacepanelError MISSING_COLUMN when the unit column is absent.
 * @example rowUnits(tableFromDataset(africaCm), 'country')[0] // => 'Algeria'
 */
export function rowUnits(table: Table, unit = 'country'): (string | null)[] {
  const col = table.columns[unit];
  if (!col) throw messages.missingColumn(undefined, unit, Object.keys(table.columns));
  return col.kind === 'string'
    ? col.values
    : Array.from(col.values, (v) => (Number.isNaN(v) ? null : String(v)));
}

/**
 * For every row, the row index of the same unit `k` calendar months earlier, or -1 when that
 * unit-month is not in the table (a gap, the unit's first month, or a missing unit or month).
 * Cost: O(n).
 * @example const table = tableFromRows([{ country: 'Mali', ym: '2013-01' }, { country: 'Mali', ym: '2013-02' }, { country: 'Chad', ym: '2013-02' }]);
 * previousRow(table, 1) // => Int32Array.of(-1, 0, -1)
 */
export function previousRow(table: Table, k = 1, options: { unit?: string; time?: string } = {}): Int32Array {
  const units = rowUnits(table, options.unit ?? 'country');
  const months = rowMonths(table, options.time ?? 'ym');
  const at = new Map<string, number>();
  for (let i = 0; i < table.n; i++) {
    const u = units[i];
    const m = months[i]!;
    if (u !== null && u !== undefined && !Number.isNaN(m)) at.set(`${u}\u0000${m}`, i);
  }
  const out = new Int32Array(table.n).fill(-1);
  for (let i = 0; i < table.n; i++) {
    const u = units[i];
    const m = months[i]!;
    if (u === null || u === undefined || Number.isNaN(m)) continue;
    out[i] = at.get(`${u}\u0000${m - k}`) ?? -1;
  }
  return out;
}

/**
 * The value of a numeric column `k` months earlier within the same unit (the time-series lag of a
 * panel): NaN when that month is absent from the table or its value is missing. Rows need not be
 * sorted. Equivalent to `dplyr::lag` after `group_by(unit) |> complete(month)`.
 * @throws PeacepanelError MISSING_COLUMN when `column`, the unit or the time column is absent.
 * @example const table = tableFromRows([{ country: 'Mali', ym: '2013-01', y: 4 }, { country: 'Mali', ym: '2013-02', y: 9 }]);
 * lagWithin(table, 'y', 1) // => [NaN, 4]
 */
export function lagWithin(
  table: Table,
  column: string,
  k = 1,
  options: { unit?: string; time?: string } = {},
): Float64Array {
  const col = table.columns[column];
  if (col?.kind !== 'number') throw messages.missingColumn(undefined, column, Object.keys(table.columns));
  const prev = previousRow(table, k, options);
  return Float64Array.from(prev, (j) => (j < 0 ? Number.NaN : col.values[j]!));
}
