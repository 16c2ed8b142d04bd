/** One column of a `DatasetJson`: numbers (null = missing) or strings (null = missing). */
export type DatasetColumnJson =
  | { name: string; kind: 'number'; values: (number | null)[] }
  | { name: string; kind: 'string'; values: (string | null)[] };

/**
 * A bundled dataset as stored in `packages/data/datasets/<id>.json`: metadata plus columnar values
 * (compact, and cheap to turn into a `Table`). Numeric missing values are `null` in JSON.
 * Validated by `DatasetJsonSchema` (panel/dataset-schema.ts), whose inferred type is checked to equal this one.
 */
export interface DatasetJson {
  id: string;
  /** Bumped whenever the build changes the values or columns. */
  version: string;
  title: string;
  /** Citation line(s) of the sources. */
  source: string;
  /** Coverage caveat shown next to any chart made from it. */
  caveat: string;
  /** Licence of the dataset as a whole (the most restrictive of its sources). */
  license?: string | undefined;
  /** Number of rows (every column holds this many values). */
  n?: number | undefined;
  columns: DatasetColumnJson[];
}
