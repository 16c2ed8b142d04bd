import type { Column, Table } from '../table.js';

/**
 * Keeps the rows of a table for which `keep(i)` is true (all columns, same order).
 * Cost O(n · columns).
 * @example const table = tableFromRows([{ year: 1990 }, { year: 1995 }]);
 * filterRows(table, (i) => (table.columns.year?.values[i] as number) >= 1993).n // => 1
 */
export function filterRows(table: Table, keep: (row: number) => boolean): Table {
  const idx: number[] = [];
  for (let i = 0; i < table.n; i++) if (keep(i)) idx.push(i);
  const columns: Record<string, Column> = {};
  for (const [name, col] of Object.entries(table.columns)) {
    columns[name] =
      col.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(idx, (i) => col.values[i] as number) }
        : { kind: 'string', values: idx.map((i) => col.values[i] ?? null) };
  }
  return { n: idx.length, columns };
}

/**
 * A numeric column's values, or undefined when the column is absent or holds text.
 * @example numberColumn(tableFromRows([{ un_troops: 6000 }]), 'un_troops') // => [6000]
 */
export function numberColumn(table: Table, name: string): Float64Array | undefined {
  const c = table.columns[name];
  return c?.kind === 'number' ? c.values : undefined;
}

/**
 * A text column's values, or undefined when the column is absent or numeric.
 * @example stringColumn(tableFromRows([{ country: 'Mali' }]), 'country') // => ['Mali']
 */
export function stringColumn(table: Table, name: string): (string | null)[] | undefined {
  const c = table.columns[name];
  return c?.kind === 'string' ? c.values : undefined;
}

/**
 * The type-7 quantile (R's default) of the finite values among the selected rows.
 * @example quantileOf([1, 2, 3, 4, 100], 0.5) // => 3
 */
export function quantileOf(
  values: ArrayLike<number>,
  p: number,
  keep: (i: number) => boolean = () => true,
): number {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v) && keep(i)) xs.push(v);
  }
  if (xs.length === 0) return Number.NaN;
  xs.sort((a, b) => a - b);
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(xs.length - 1, lo + 1);
  return (xs[lo] as number) + (h - lo) * ((xs[hi] as number) - (xs[lo] as number));
}
