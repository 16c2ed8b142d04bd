/**
 * Fits the widget's default views at build time, with the element's own code path (`computeView`,
 * `LiveFitter`) on core's in-thread engine (`@peacepanel/worker`, `forceInThread`). The defaults come
 * from ONE place, the element's own `readSettings` with no attribute set: whatever the widget's default
 * view settings, dataset and model are, the precomputed values follow them.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DatasetJson } from '@peacepanel/core';
import { createClient } from '@peacepanel/worker';
import { type ComputeSettings, computeView } from '../src/partnership-effect/compute-view.js';
import { type FitClient, LiveFitter } from '../src/partnership-effect/live-fitter.js';
import {
  PRECOMPUTED_FORMAT,
  type PrecomputedFile,
  type PrecomputedView,
  viewKey,
} from '../src/partnership-effect/precomputed.js';
import {
  DATASET_VIEWS,
  type DatasetView,
  readSettings,
  type Settings,
} from '../src/partnership-effect/settings.js';

const PACKAGE_VERSION = (
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../package.json'), 'utf8')) as {
    version: string;
  }
).version;

const NO_ATTRIBUTES = {
  view: null,
  dataSrc: null,
  dataset: null,
  unMax: null,
  nonunLevels: null,
  countries: null,
  ci: null,
  lang: null,
  theme: null,
  height: null,
};

/**
 * The settings of an element with no attribute but `view` (English page).
 * @example defaultSettings('trend').dataset // the default bundled dataset
 */
export function defaultSettings(view: DatasetView): Settings & { view: DatasetView } {
  return { ...readSettings({ ...NO_ATTRIBUTES, view }, 'en', 'https://embed.invalid/').settings, view };
}

/**
 * Fits every default view on the bundled datasets in `datasetsDir` (`<id>.json`).
 * @example const file = await precomputeDefaultViews('packages/data/datasets'); file.views.length // 3
 */
export async function precomputeDefaultViews(datasetsDir: string): Promise<PrecomputedFile> {
  const client: FitClient = createClient({ forceInThread: true });
  const readJson = async (url: string) =>
    JSON.parse(await readFile(fileURLToPath(url), 'utf8')) as DatasetJson;
  const engine = new LiveFitter(client, readJson);
  try {
    const views: PrecomputedView[] = [];
    let dataset: { id: string; version: string } | undefined;
    for (const view of DATASET_VIEWS) {
      const s: ComputeSettings = defaultSettings(view);
      const url = pathToFileURL(join(datasetsDir, `${s.dataset}.json`)).href;
      const { prepared, viewData } = await computeView(engine, s, url);
      // The engine's dataset id carries a hash of the build machine's path; the page needs the plain id.
      const id = prepared.id.split('#')[0] ?? prepared.id;
      dataset ??= { id, version: (await readJson(url)).version };
      views.push({ key: viewKey(s), prepared: { ...prepared, id }, viewData });
    }
    if (!dataset) throw new Error('no default view to precompute');
    return { format: PRECOMPUTED_FORMAT, widget: PACKAGE_VERSION, dataset, views };
  } finally {
    engine.dispose();
  }
}
