/**
 * The column-oriented table every part of peacepanel passes around: importers produce it, the
 * estimators read it, the worker transfers its typed arrays. Numeric columns use `NaN` for missing
 * (never 0); string columns use `null`.
 */
export type NumberColumn = { kind: 'number'; values: Float64Array };
export type StringColumn = { kind: 'string'; values: (string | null)[] };
export type Column = NumberColumn | StringColumn;

export interface Table {
  /** Number of rows. Every column has exactly this length. */
  n: number;
  /** Columns by name, in file order (object key order is kept). */
  columns: Record<string, Column>;
}

/**
 * Builds a table from plain row objects (numbers, strings, null/undefined for missing).
 * A column is numeric when every non-missing value is a finite number.
 * @example tableFromRows([{ y: 1, g: 'a' }, { y: null, g: 'b' }]).columns.y // => { kind: 'number', values: Float64Array.of(1, NaN) }
 */
export function tableFromRows(rows: readonly Record<string, unknown>[]): Table {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const r of rows)
    for (const k of Object.keys(r))
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
  const columns: Record<string, Column> = {};
  for (const name of names) {
    const numeric = rows.every((r) => {
      const v = r[name];
      return (
        v === null || v === undefined || (typeof v === 'number' && (Number.isFinite(v) || Number.isNaN(v)))
      );
    });
    if (numeric) {
      const values = new Float64Array(rows.length);
      rows.forEach((r, i) => {
        const v = r[name];
        values[i] = typeof v === 'number' ? v : Number.NaN;
      });
      columns[name] = { kind: 'number', values };
    } else {
      columns[name] = {
        kind: 'string',
        values: rows.map((r) => {
          const v = r[name];
          return v === null || v === undefined ? null : String(v);
        }),
      };
    }
  }
  return { n: rows.length, columns };
}
