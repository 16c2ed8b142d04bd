/**
 * @peacepanel/data: the bundled real datasets. Each has a DATASHEET (`datasets/<id>.DATASHEET.md`)
 * with its sources, licences, coverage and transformations. The ViEWS-derived battle deaths in
 * `africa-cm` are CC BY-NC 4.0 (non-commercial use, attribution).
 */
import type { DatasetInfo, DatasetJson } from '@peacepanel/core';
import BUILT from './generated.json' with { type: 'json' };
import { type DatasetId, META } from './meta.js';

export type { DatasetId } from './meta.js';
export { META, VERSIONS } from './meta.js';

/**
 * One entry of the dataset index: core's `DatasetInfo` (id, version, title, rows, source, caveat) plus
 * what the package ships for it.
 */
export interface BundledDataset extends DatasetInfo {
  id: DatasetId;
  columns: readonly string[];
  /** File names under `datasets/`. */
  files: { json: string; csv: string; datasheet: string };
  /** Citation line of the sources (the same text as `source`, kept for existing callers). */
  citation: string;
  license: string;
}

/** The id of the default dataset (African country-months 1993–2019). */
export const DEFAULT_DATASET_ID: DatasetId = 'africa-cm';

/**
 * The bundled datasets, default first.
 * @example DATASETS.map((d) => `${d.id} (${d.rows} rows)`)
 */
export const DATASETS: readonly BundledDataset[] = BUILT.map((b) => {
  const id = b.id as DatasetId;
  const meta = META[id];
  return {
    id,
    title: meta.title,
    version: b.version,
    rows: b.rows,
    columns: b.columns,
    files: { json: `${b.id}.json`, csv: `${b.id}.csv`, datasheet: `${b.id}.DATASHEET.md` },
    caveat: meta.caveat,
    source: meta.source,
    citation: meta.source,
    license: meta.license ?? '',
  };
});

/** The dataset ids, default first. */
export const DATASET_IDS: readonly DatasetId[] = DATASETS.map((d) => d.id);

/**
 * The entry of a dataset, or undefined for an unknown id.
 * @example datasetInfo('africa-cm')?.rows
 */
export function datasetInfo(id: string): BundledDataset | undefined {
  return DATASETS.find((d) => d.id === id);
}

/**
 * Where a dataset file lives, relative to this module (works in Node and with bundlers that resolve
 * `new URL(…, import.meta.url)`, such as Vite).
 * @example datasetUrl('africa-cm').href // 'file:///…/packages/data/datasets/africa-cm.json'
 */
export function datasetUrl(id: DatasetId, format: 'json' | 'csv' = 'json'): URL {
  return new URL(`../datasets/${id}.${format}`, import.meta.url);
}

/**
 * Loads a dataset's JSON: with `fetch` over http(s) (browsers, workers) or from disk in Node. Pass
 * the result to `tableFromDataset` from @peacepanel/core.
 * @throws Error for an unknown id (a programming error: ids are typed).
 * @example const table = tableFromDataset(await loadDataset('africa-cm'));
 */
export async function loadDataset(id: DatasetId, options: { url?: URL | string } = {}): Promise<DatasetJson> {
  if (!datasetInfo(id)) throw new Error(`unknown dataset "${id}"`);
  const url = new URL(options.url ?? datasetUrl(id));
  if (url.protocol === 'file:') {
    const fsModule = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
    return JSON.parse(await fs.readFile(url, 'utf8')) as DatasetJson;
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url.href}: HTTP ${res.status}`);
  return (await res.json()) as DatasetJson;
}
