/**
 * The bundled dataset on the main thread: fetched once per URL (all instances share the request),
 * optionally restricted to some countries, with its cluster count. The typical troop sizes used as
 * defaults are core's (`typicalTroops`, core/src/partnership/).
 * No estimator runs here; the model is fitted in the worker.
 */
import type { DatasetColumnJson, DatasetJson } from '@peacepanel/core';
import { fetchData } from './fetch-data.js';

const requests = new Map<string, Promise<DatasetJson>>();

/**
 * Fetches a dataset JSON once per URL; concurrent and later callers share the same promise. A failed
 * request is forgotten so that "Try again" fetches anew.
 * @example // types-only: fetches the dataset next to the built script
 * await fetchDatasetJson('https://cdn.example/pkg/dist/datasets/africa-cm.json')
 */
export function fetchDatasetJson(url: string): Promise<DatasetJson> {
  let p = requests.get(url);
  if (!p) {
    p = fetchData(url).then(async (r) => {
      const json: unknown = await r.json();
      if (!isDatasetJson(json)) throw new Error(`${url} is not a peacepanel dataset (no "columns")`);
      return json;
    });
    p.catch(() => requests.delete(url));
    requests.set(url, p);
  }
  return p;
}

function isDatasetJson(x: unknown): x is DatasetJson {
  return typeof x === 'object' && x !== null && Array.isArray((x as { columns?: unknown }).columns);
}

function column(json: DatasetJson, name: string): readonly (number | string | null)[] | undefined {
  return json.columns.find((c) => c.name === name)?.values;
}

/**
 * Keeps only the rows of the named countries (matched case-insensitively on `country` or `iso3`).
 * Returns the names that matched nothing, so the element can say so.
 * @example import { loadDataset } from '@peacepanel/data';
 * const json = await loadDataset('africa-cm');
 * filterCountries(json, ['COD', 'Mali']).unknown // => []
 */
export function filterCountries(
  json: DatasetJson,
  wanted: readonly string[],
): { json: DatasetJson; unknown: string[] } {
  const names = column(json, 'country') ?? [];
  const iso = column(json, 'iso3') ?? [];
  const keys = wanted.map((w) => w.trim().toLowerCase());
  const hit = new Set<string>();
  const keep: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = String(names[i] ?? '').toLowerCase();
    const b = String(iso[i] ?? '').toLowerCase();
    const k = keys.find((key) => key === a || key === b);
    if (k !== undefined) {
      hit.add(k);
      keep.push(i);
    }
  }
  const unknown = wanted.filter((_, i) => !hit.has(keys[i] ?? ''));
  return {
    json: {
      ...json,
      columns: json.columns.map(
        (c): DatasetColumnJson =>
          c.kind === 'number'
            ? { ...c, values: pickRows(c.values, keep) }
            : { ...c, values: pickRows(c.values, keep) },
      ),
    },
    unknown,
  };
}

function pickRows<T>(values: readonly (T | null)[], keep: readonly number[]): (T | null)[] {
  return keep.map((i) => values[i] ?? null);
}

/**
 * The clusters of the model's cluster-robust intervals: distinct conflicts in a conflict-month panel
 * (the main specification clusters by `conflict_id`), distinct countries otherwise (the country-month
 * specification clusters by `country`). One cluster means none can be computed.
 * Reference: Cameron & Miller (2015), "A practitioner's guide to cluster-robust inference", JHR 50(2).
 * @example import { loadDataset } from '@peacepanel/data';
 * clusterCount(filterCountries(await loadDataset('africa-cm'), ['Sudan']).json) // => { n: 1, unit: 'country' }
 */
export function clusterCount(json: DatasetJson): { n: number; unit: 'conflict' | 'country' } {
  const conflicts = column(json, 'conflict_id');
  const unit = conflicts ? 'conflict' : 'country';
  const seen = new Set<string>();
  for (const v of conflicts ?? column(json, 'country') ?? [])
    if (v !== null && v !== undefined) seen.add(String(v));
  return { n: seen.size, unit };
}
