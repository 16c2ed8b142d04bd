import type { Column, Table } from '../table.js';

/**
 * Keeps the rows of a table for which `keep(i)` is true (all columns, same order).
 * Cost O(n · columns).
 * @example filterRows(tableFromRows([{ year: 1990 }, { year: 1995 }]), (i) => i > 0).n // 1
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
 * @example numberColumn(tableFromRows([{ un_troops: 5 }]), 'un_troops') // Float64Array [5]
 */
export function numberColumn(table: Table, name: string): Float64Array | undefined {
  const c = table.columns[name];
  return c?.kind === 'number' ? c.values : undefined;
}

/**
 * A text column's values, or undefined when the column is absent or numeric.
 * @example stringColumn(tableFromRows([{ country: 'Mali' }]), 'country') // ['Mali']
 */
export function stringColumn(table: Table, name: string): (string | null)[] | undefined {
  const c = table.columns[name];
  return c?.kind === 'string' ? c.values : undefined;
}
