import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { type ClientOptions, createClient, type PeacepanelClient } from '../../src/index.js';

/** The built worker entry (test/global-setup.ts builds the package first). */
export const WORKER_ENTRY = new URL('../../dist/worker.js', import.meta.url);
export const CRASHING_WORKER_ENTRY = new URL('../fixtures/crashing-worker.mjs', import.meta.url);

/** A client on real `worker_threads` workers running the built entry. */
export function nodeClient(options: ClientOptions = {}): PeacepanelClient {
  return createClient({ workerUrl: WORKER_ENTRY, ...options });
}

/** A `workerFactory` that starts `entry` and counts the workers it made. */
export function countingFactory(entry: URL): { factory: () => Worker; count: () => number } {
  let n = 0;
  return {
    factory: () => {
      n += 1;
      return new Worker(entry);
    },
    count: () => n,
  };
}

/**
 * Real UCDP GED 20.1 state-based conflict-months for five countries (packages/data/raw/
 * ged20_minerva_5countries, see its PROVENANCE.md), one row per conflict and month, projected to the
 * columns `unit,year,month,best_start` with unit = `country / conflict_name` (no quoted fields).
 */
export const GED_CONFLICT_MONTHS = readFileSync(
  new URL(
    '../../../data/raw/ged20_minerva_5countries/ged20_5countries_sb_conflict_month.csv',
    import.meta.url,
  ),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => {
    const [country, conflict, year, month, best] = line.split(',');
    return country === 'country'
      ? 'unit,year,month,best_start'
      : `${country} / ${conflict},${year},${month},${best}`;
  })
  .join('\n');

/** The panel mapping of that file: country-conflicts are the units, `best_start` is the outcome. */
export const GED_MAPPING = { unit: 'unit', outcome: 'best_start' } as const;

/** The bundled country-month panel (`packages/data/datasets/africa-cm.json`), as a `file:` URL the worker reads. */
export const AFRICA_CM_URL = new URL('../../../data/datasets/africa-cm.json', import.meta.url).href;
