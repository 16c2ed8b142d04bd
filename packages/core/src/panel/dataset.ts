import { PeacepanelError } from '../errors.js';
import type { Column, Table } from '../table.js';
import { checkDatasetJson } from '../validation/dataset-json.js';
import type { DatasetJson } from './dataset-schema.js';

export type { DatasetJson } from './dataset-schema.js';

export type DatasetMeta = Omit<DatasetJson, 'columns' | 'n'>;

/**
 * Turns a `DatasetJson` (already parsed from JSON) into a `Table` (numbers as Float64Array, null → NaN).
 * Validates the shape (as `DatasetJsonSchema`, see `checkDatasetJson`) and checks every column has the same length.
 * @throws PeacepanelError BAD_VALUE when the JSON is not a dataset.
 * @example tableFromDataset(africaCm).n // => 5121
 */
export function tableFromDataset(json: unknown): Table {
  const parsed = checkDatasetJson(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PeacepanelError(
      'BAD_VALUE',
      `not a peacepanel dataset: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      { fix: 'load a file written by `peacepanel export --format json` or the @peacepanel/data package' },
    );
  }
  const d = parsed.data;
  const n = d.columns[0]?.values.length ?? 0;
  const columns: Record<string, Column> = {};
  for (const c of d.columns) {
    if (c.values.length !== n)
      throw new PeacepanelError(
        'BAD_VALUE',
        `dataset column "${c.name}" has ${c.values.length} values, not ${n}`,
        {
          fix: 'rebuild the dataset',
        },
      );
    columns[c.name] =
      c.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(c.values, (v) => (v === null ? Number.NaN : v)) }
        : { kind: 'string', values: [...c.values] };
  }
  return { n, columns };
}

/**
 * The inverse of `tableFromDataset`: a `Table` plus metadata as a `DatasetJson` (NaN → null).
 * @example const table = tableFromRows([{ y: 1 }, { y: null }]);
 * datasetFromTable(table, { id: 'x', version: '1', title: 'X', source: 'example', caveat: 'none' }).columns // => [{ name: 'y', kind: 'number', values: [1, null] }]
 */
export function datasetFromTable(table: Table, meta: DatasetMeta): DatasetJson {
  return {
    ...meta,
    n: table.n,
    columns: Object.entries(table.columns).map(([name, c]) =>
      c.kind === 'number'
        ? { name, kind: 'number' as const, values: Array.from(c.values, (v) => (Number.isNaN(v) ? null : v)) }
        : { name, kind: 'string' as const, values: [...c.values] },
    ),
  };
}
