import type { Column, Table } from '@peacepanel/core';

/** A bundled dataset file (`packages/data/datasets/<id>.json`), per docs/CONTRACTS.md. */
export interface DatasetJson {
  id: string;
  version: string;
  title: string;
  source: string;
  caveat: string;
  columns: { name: string; kind: 'number' | 'string'; values: (number | string | null)[] }[];
}

/**
 * The table of a DatasetJson, for display on the main thread (the worker builds its own copy for
 * fitting). Numeric nulls become NaN (missing), string nulls stay null.
 * @example tableOfDataset({ id: 'x', version: '1', title: '', source: '', caveat: '', columns: [{ name: 'y', kind: 'number', values: [1, null] }] }).columns.y
 * // { kind: 'number', values: Float64Array [1, NaN] }
 */
export function tableOfDataset(json: DatasetJson): Table {
  const columns: Record<string, Column> = {};
  let n = 0;
  for (const c of json.columns) {
    n = Math.max(n, c.values.length);
    columns[c.name] =
      c.kind === 'number'
        ? {
            kind: 'number',
            values: Float64Array.from(c.values, (v) => (typeof v === 'number' ? v : Number.NaN)),
          }
        : { kind: 'string', values: c.values.map((v) => (v === null ? null : String(v))) };
  }
  return { n, columns };
}
