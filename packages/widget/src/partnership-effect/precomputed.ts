/**
 * The default views fitted at build time (`dist/default-views.json`, written by
 * `scripts/build-views.ts` with the same core code the engine runs). The element paints them at
 * once, without downloading the dataset or the engine; anything else (`data-src`, `countries`,
 * other settings) is fitted live. A missing or unreadable file only means every view is fitted live.
 */

import type { ComputeSettings } from './compute-view.js';
import type { PreparedDataset } from './live-fitter.js';
import type { ViewData } from './plotted-values.js';
import type { View } from './settings.js';

/** The settings a precomputed view answers (any view; only the dataset views are precomputed). */
export type KeySettings = Omit<ComputeSettings, 'view'> & { view: View };

/** File name of the precomputed views, next to the script. */
export const PRECOMPUTED_FILE = 'default-views.json';

/** Format version of the file; the element ignores files of another format. */
export const PRECOMPUTED_FORMAT = 1;

/**
 * A default view's pre-rendered image (`fallback/<view>.svg` and `.png`), as listed in
 * `fallback/fallbacks.json`: for `<noscript>` and light-DOM fallbacks in snippets.
 */
export interface FallbackInfo {
  view: 'effect' | 'trend' | 'scenario';
  /** Size in CSS px (the PNG has twice as many pixels). */
  width: number;
  height: number;
  /** Text alternative: the chart's title and its one-sentence reading. */
  alt: string;
}

/** One precomputed view: the settings it answers (`viewKey`) and its values. */
export interface PrecomputedView {
  key: string;
  prepared: PreparedDataset;
  viewData: ViewData;
}

/** `default-views.json`. */
export interface PrecomputedFile {
  format: typeof PRECOMPUTED_FORMAT;
  /** The widget version that wrote it. */
  widget: string;
  /** The dataset's id and version the values were fitted on. */
  dataset: { id: string; version: string };
  views: PrecomputedView[];
}

/**
 * The key of the settings that change a view's numbers: equal keys give equal numbers. The trend
 * view counts deployments, so troop numbers and the confidence level do not change it.
 * @example viewKey({ view: 'effect', dataSrc: null, dataset: 'africa-cm', unMax: 20000, nonunLevels: null, countries: null, ci: 0.95 })
 * // '["effect",null,"africa-cm",null,20000,null,0.95]'
 */
export function viewKey(s: KeySettings): string {
  const model = s.view === 'trend' ? [] : [s.unMax, s.nonunLevels, s.ci];
  return JSON.stringify([s.view, s.dataSrc, s.dataset, s.countries, ...model]);
}

const files = new Map<string, Promise<Map<string, PrecomputedView>>>();

/**
 * The precomputed views at `url` by key, fetched once per URL; empty when the file is missing or
 * not in the expected format (then every view is fitted live).
 * @example // types-only: fetches default-views.json next to the script
 * const count = async () => (await precomputedViews('https://cdn.example/w/default-views.json')).size;
 */
export function precomputedViews(url: string): Promise<Map<string, PrecomputedView>> {
  let p = files.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'omit' })
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => {
        const f = json as Partial<PrecomputedFile> | null;
        const views = f?.format === PRECOMPUTED_FORMAT && Array.isArray(f.views) ? f.views : [];
        return new Map(views.map((v) => [v.key, v]));
      })
      .catch(() => new Map<string, PrecomputedView>());
    files.set(url, p);
  }
  return p;
}

/**
 * The precomputed view for `s`, or undefined when it must be fitted live.
 * @example // types-only: fetches default-views.json next to the script
 * const view = (s: KeySettings) => precomputedView('https://cdn.example/w/default-views.json', s);
 */
export async function precomputedView(url: string, s: KeySettings): Promise<PrecomputedView | undefined> {
  if (s.dataSrc !== null || s.countries !== null) return undefined;
  return (await precomputedViews(url)).get(viewKey(s));
}
