/**
 * What names, cites and sizes a dataset: the part every description of a dataset carries, from the
 * data package's index (`@peacepanel/data`'s `DATASETS`, which adds its columns, files and licence) to
 * the replication report's `meta.dataset` (which adds the UCDP GED release). The fields are
 * `DatasetJson`'s metadata, with `rows` for its `n`.
 *
 * Not the same thing as the worker's report on a table it has loaded (which may come from a CSV with no
 * version, source or caveat): that one describes a loaded table and carries a row count, columns with
 * kinds and the importer's exclusions.
 */
export interface DatasetInfo {
  id: string;
  /** Bumped whenever the build changes the values or columns. */
  version: string;
  title: string;
  /** Number of rows (unit-months). */
  rows: number;
  /** Citation line(s) of the sources (`DatasetJson.source`). */
  source: string;
  /** Coverage caveat to show next to anything built from it. */
  caveat: string;
}
