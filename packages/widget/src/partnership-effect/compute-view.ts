/**
 * The numbers of one view, fitted live: the data are prepared once in the engine (fetched, filtered
 * by country, loaded into the worker), then the view's values are computed from the dataset's
 * default model. The same function runs in the reader's browser (live-fit module) and at build time,
 * where it produces the precomputed default views (`scripts/build-views.ts`), so both agree.
 */
import type { LiveFitter, Outcome, PreparedDataset } from './live-fitter.js';
import type { DatasetView, Settings } from './settings.js';
import { emptyEffect, fitEffect } from './views/effect-view.js';
import type { ViewData, ViewDataMap } from './views/index.js';
import { emptyScenario, fitScenario } from './views/scenario-view.js';
import { emptyTrend, fitTrend } from './views/trend-view.js';

/** The settings that change the numbers (language, theme and height only change the drawing). */
export type ComputeSettings = Pick<
  Settings,
  'dataSrc' | 'dataset' | 'unMax' | 'nonunLevels' | 'countries' | 'ci'
> & { view: DatasetView };

/** A view's values with the dataset they came from. */
export interface ComputedView {
  prepared: PreparedDataset;
  viewData: ViewData;
}

/** A failure the element shows with a retry button; `code` is core's error code. */
export class ChartFailure extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Computes the view's values for `s` through `engine`.
 * Reference: Schumann & Bara (2023), ISQ, the predictions behind each view (core's `partnershipEffect`,
 * `scenario`, `describeDeployments`).
 * @param bundledUrl URL of the bundled dataset JSON (`datasets/<id>.json` next to the script).
 * @throws ChartFailure when loading or fitting fails.
 * @example // types-only: fits in the live-fit worker
 * import { sharedFitter } from './shared-fitter.js';
 * const compute = (s: ComputeSettings) => computeView(sharedFitter(), s, 'https://cdn.example/w/datasets/africa-cm.json');
 */
export async function computeView(
  engine: LiveFitter,
  s: ComputeSettings,
  bundledUrl: string,
  signal?: AbortSignal,
): Promise<ComputedView> {
  const prepared = await engine.prepare({ bundledUrl, dataSrc: s.dataSrc, countries: s.countries });
  if (!prepared.ok) throw new ChartFailure(prepared.code, prepared.message);
  signal?.throwIfAborted();
  const p = prepared.value;
  if (p.rows === 0) return { prepared: p, viewData: emptyData(s.view) };
  const live = LIVE_FITS[s.view];
  const r = await live.fit(engine, p, s);
  if (!r.ok) throw new ChartFailure(r.code, r.message);
  signal?.throwIfAborted();
  return { prepared: p, viewData: { view: s.view, data: r.value } as ViewData };
}

/**
 * How each view is fitted live and what it shows with no data: each view module's `fit<View>` and
 * `empty<View>` (not the modules' drawing code, which stays out of the live-fit script).
 */
const LIVE_FITS: {
  [V in DatasetView]: {
    fit(engine: LiveFitter, p: PreparedDataset, s: ComputeSettings): Promise<Outcome<ViewDataMap[V]>>;
    empty(): ViewDataMap[V];
  };
} = {
  effect: { fit: fitEffect, empty: emptyEffect },
  trend: { fit: fitTrend, empty: emptyTrend },
  scenario: { fit: fitScenario, empty: emptyScenario },
};

/**
 * The view's values when no row is left (e.g. `countries` matched nothing).
 * @example const empty = emptyData('trend');
 * empty.view === 'trend' && empty.data.years.length // => 0
 */
export function emptyData(view: DatasetView): ViewData {
  return { view, data: LIVE_FITS[view].empty() } as ViewData;
}
