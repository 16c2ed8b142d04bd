/**
 * The numbers of one view, fitted live: the data are prepared once in the engine (fetched, filtered
 * by country, loaded into the worker), then the view's values are computed from the dataset's
 * default model. The same function runs in the reader's browser (engine module) and at build time,
 * where it produces the precomputed default views (`scripts/build-views.ts`), so both agree.
 */
import type { ChartEngine, PreparedDataset } from './chart-engine.js';
import { intervalsFor } from './intervals.js';
import type { ViewData } from './plotted-values.js';
import type { Settings } from './settings.js';

/** The settings that change the numbers (language, theme and height only change the drawing). */
export type ComputeSettings = Pick<
  Settings,
  'view' | 'dataSrc' | 'dataset' | 'unMax' | 'nonunLevels' | 'countries' | 'ci'
>;

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
 * @example // types-only: fetches the dataset next to the built script
 * import { sharedEngine } from './shared-engine.js';
 * const settings = { view: 'effect' as const, dataSrc: null, dataset: 'africa-cm', unMax: 20000, nonunLevels: null, countries: null, ci: 0.95 };
 * await computeView(sharedEngine(), settings, 'https://cdn.example/w/datasets/africa-cm.json')
 */
export async function computeView(
  engine: ChartEngine,
  s: ComputeSettings,
  bundledUrl: string,
  signal?: AbortSignal,
): Promise<ComputedView> {
  const prepared = await engine.prepare({ bundledUrl, dataSrc: s.dataSrc, countries: s.countries });
  if (!prepared.ok) throw new ChartFailure(prepared.code, prepared.message);
  signal?.throwIfAborted();
  const p = prepared.value;
  if (p.rows === 0) return { prepared: p, viewData: emptyData(s.view) };
  const partner = p.typical.nonun ?? 5000;
  const r =
    s.view === 'trend'
      ? await engine.trend(p.id).then((x) => tag('trend', x))
      : s.view === 'scenario'
        ? await engine
            .scenario(p.id, {
              un: Math.min(s.unMax, p.typical.un ?? s.unMax / 2),
              nonun: s.nonunLevels?.filter((n) => n > 0).pop() ?? partner,
              ciLevel: s.ci,
              intervals: intervalsFor(p.clusters),
            })
            .then((x) => tag('scenario', x))
        : await engine
            .effect(p.id, {
              unMax: s.unMax,
              nonunLevels: s.nonunLevels ?? [0, partner],
              ciLevel: s.ci,
              intervals: intervalsFor(p.clusters),
            })
            .then((x) => tag('effect', x));
  if (!r.ok) throw new ChartFailure(r.code, r.message);
  signal?.throwIfAborted();
  return { prepared: p, viewData: r.value };
}

type Tagged<V extends ViewData['view']> = Extract<ViewData, { view: V }>;

function tag<V extends ViewData['view']>(
  view: V,
  r: { ok: true; value: Tagged<V>['data'] } | { ok: false; code: string; message: string },
): { ok: true; value: ViewData } | { ok: false; code: string; message: string } {
  return r.ok ? { ok: true, value: { view, data: r.value } as ViewData } : r;
}

/**
 * The view's values when no row is left (e.g. `countries` matched nothing).
 * @example const empty = emptyData('trend');
 * empty.view === 'trend' && empty.data.years.length // => 0
 */
export function emptyData(view: Settings['view']): ViewData {
  if (view === 'trend') return { view, data: { years: [], overallShare: null } };
  if (view === 'scenario')
    return { view, data: { estimates: [], ciLevel: 0.95, reduction: null, unAlone: 0, unWithPartner: null } };
  return { view: 'effect', data: { curves: [], ciLevel: 0.95 } };
}
