import type { Table } from '../table.js';

/** `YYYY-MM` month strings (the panel's `ym`). */
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The time of each row as a number on which `lag(x, k)` counts periods: numeric times as they are;
 * when every filled time is a `YYYY-MM` month, the month index year·12 + month − 1 (so 2000-12 → 2001-01
 * is one period); any other text, the rank of the value among the sorted distinct values (C-locale
 * order, so each distinct value present is one period). NaN where the time is missing.
 * @example timeIndex({ n: 2, columns: { ym: { kind: 'string', values: ['2000-12', '2001-01'] } } }, 'ym').index // => [24011, 24012]
 */
export function timeIndex(
  table: Table,
  time: string,
): { index: Float64Array; rule: 'number' | 'month' | 'rank' } {
  const t = table.columns[time];
  const index = new Float64Array(table.n).fill(Number.NaN);
  if (!t) return { index, rule: 'number' };
  if (t.kind === 'number') {
    index.set(t.values);
    return { index, rule: 'number' };
  }
  const values = t.values;
  let allMonths = true;
  for (const v of values) {
    if (v === null) continue;
    const m = YEAR_MONTH.exec(v);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
      allMonths = false;
      break;
    }
  }
  if (allMonths) {
    for (let i = 0; i < table.n; i++) {
      const v = values[i];
      if (v === null || v === undefined) continue;
      index[i] = Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
    }
    return { index, rule: 'month' };
  }
  const sorted = [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const rank = new Map(sorted.map((v, r) => [v, r]));
  for (let i = 0; i < table.n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) index[i] = rank.get(v) as number;
  }
  return { index, rule: 'rank' };
}

/**
 * For each row, the row of the same panel unit whose time is exactly k periods earlier (see
 * {@link timeIndex}: numeric time minus k, `YYYY-MM` k months earlier, other text k ranks earlier), or −1
 * when that period is absent from the unit or unit/time are missing. A gap in a unit's months therefore
 * makes the lag missing rather than reaching further back, as a merge on (unit, time − k) in R does.
 * Duplicated (unit, time) pairs are counted and the first returned, so callers can refuse them.
 * @example const table = tableFromRows([{ country: 'Mali', ym: '2012-01' }, { country: 'Mali', ym: '2012-02' }, { country: 'Mali', ym: '2012-04' }]);
 * laggedRowIndex(table, 'country', 'ym', 1).index // => Int32Array.of(-1, 0, -1)
 */
export function laggedRowIndex(
  table: Table,
  unit: string,
  time: string,
  k: number,
): { index: Int32Array; duplicates: number; firstDuplicate: [number, number] | null } {
  const u = table.columns[unit];
  const index = new Int32Array(table.n).fill(-1);
  if (!u || !table.columns[time]) return { index, duplicates: 0, firstDuplicate: null };
  const t = timeIndex(table, time).index;
  const unitKey = (i: number): string | null => {
    const v = u.values[i];
    return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : String(v);
  };
  // (unit, time) → row; rows scanned in order so the first of a duplicated pair is kept.
  const byUnit = new Map<string, Map<number, number>>();
  const unitOf: (string | null)[] = new Array(table.n);
  let duplicates = 0;
  let firstDuplicate: [number, number] | null = null;
  for (let i = 0; i < table.n; i++) {
    const key = unitKey(i);
    const ti = t[i] as number;
    unitOf[i] = key;
    if (key === null || Number.isNaN(ti)) continue;
    let m = byUnit.get(key);
    if (!m) {
      m = new Map();
      byUnit.set(key, m);
    }
    const prev = m.get(ti);
    if (prev !== undefined) {
      duplicates++;
      firstDuplicate ??= [i, prev];
    } else m.set(ti, i);
  }
  for (let i = 0; i < table.n; i++) {
    const key = unitOf[i];
    const ti = t[i] as number;
    if (key === null || key === undefined || Number.isNaN(ti)) continue;
    const j = byUnit.get(key)?.get(ti - k);
    if (j !== undefined) index[i] = j;
  }
  return { index, duplicates, firstDuplicate };
}
