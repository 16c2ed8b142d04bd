import type { Table } from '../table.js';

/**
 * For each row, the row index `k` observations earlier within the same panel unit, after sorting
 * each unit's rows by time (numbers numerically, strings such as `YYYY-MM` lexically); −1 when the
 * unit has fewer than k earlier rows or unit/time are missing. The lag is positional: a unit's
 * missing months make the lag reach further back, so panels should be complete (duplicated (unit, time)
 * pairs are counted and the first returned, so callers can refuse them).
 * @example laggedRowIndex(table, 'country', 'ym', 1)
 */
export function laggedRowIndex(
  table: Table,
  unit: string,
  time: string,
  k: number,
): { index: Int32Array; duplicates: number; firstDuplicate: [number, number] | null } {
  const u = table.columns[unit];
  const t = table.columns[time];
  const index = new Int32Array(table.n).fill(-1);
  if (!u || !t) return { index, duplicates: 0, firstDuplicate: null };
  const unitKey = (i: number): string | null => {
    const v = u.values[i];
    return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : String(v);
  };
  const groups = new Map<string, number[]>();
  for (let i = 0; i < table.n; i++) {
    const key = unitKey(i);
    const tv = t.values[i];
    if (key === null || tv === null || tv === undefined || (typeof tv === 'number' && Number.isNaN(tv)))
      continue;
    let g = groups.get(key);
    if (!g) {
      g = [];
      groups.set(key, g);
    }
    g.push(i);
  }
  const cmp =
    t.kind === 'number'
      ? (a: number, b: number) => (t.values[a] as number) - (t.values[b] as number)
      : (a: number, b: number) => {
          const x = t.values[a] as string;
          const y = t.values[b] as string;
          return x < y ? -1 : x > y ? 1 : 0;
        };
  let duplicates = 0;
  let firstDuplicate: [number, number] | null = null;
  for (const rows of groups.values()) {
    rows.sort((a, b) => cmp(a, b) || a - b);
    for (let j = 0; j < rows.length; j++) {
      if (j > 0 && cmp(rows[j] as number, rows[j - 1] as number) === 0) {
        duplicates++;
        firstDuplicate ??= [rows[j] as number, rows[j - 1] as number];
      }
      if (j >= k) index[rows[j] as number] = rows[j - k] as number;
    }
  }
  return { index, duplicates, firstDuplicate };
}
