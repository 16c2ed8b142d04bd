/**
 * Where a view's numbers come from, for the element: the precomputed default views (no dataset or
 * live-fit download), or a live fit through the lazily loaded live-fit module; and the notes the chart
 * carries about them. No DOM and no lit here.
 */
import type { PartnershipReadyDetail } from '../events/partnership-events.js';
import { createFormats, type Lang, loadMessages, messagesFor } from './i18n.js';
import { intervalsFor } from './intervals.js';
import type { LiveFitLoader } from './live-fit-loader.js';
import type { PreparedDataset } from './live-fitter.js';
import { decodeCurve, fetchCurve, type MultiverseCurveFile } from './multiverse-curve.js';
import type { ViewData } from './plotted-values.js';
import { precomputedView } from './precomputed.js';
import type { Settings } from './settings.js';
import { chartView } from './views/index.js';

/**
 * Below this many clusters, cluster-robust intervals are flagged on the chart (core's fit warns
 * from the same count: "only N clusters: cluster-robust standard errors may be unreliable").
 */
const FEW_CLUSTERS = 20;

/** A view's numbers, ready to draw. */
export interface LoadedView {
  prepared: PreparedDataset;
  viewData: ViewData;
  settings: Settings;
  /** Where the numbers came from: fitted at build time, or live in the worker or in-thread. */
  mode: PartnershipReadyDetail['mode'];
}

/** Where one copy of the element finds its files, all next to its script. Set by `define.ts`. */
export interface WidgetResources {
  /** Folder of the bundled `<id>.json` datasets. */
  datasets: URL;
  /** Bundled datasets' URLs where an app bundler renamed them; others are `<datasets><id>.json`. */
  datasetUrls: Record<string, URL>;
  /** `default-views.json`, the default views fitted at build time. */
  views: URL;
  /** `multiverse-curve.json`, the compact multiverse result of the robustness view. */
  multiverse: URL;
  /** The live-fit module (`live-fit.js`), loaded on the first live fit. */
  liveFit: LiveFitLoader;
}

/**
 * The view's numbers for `settings`: the precomputed default view when the settings match one,
 * otherwise a live fit. The language's messages load beside the numbers (English is built in; a
 * failed load keeps English).
 * @throws an Error with core's `code` when loading or fitting fails (the element shows it with a retry).
 * @example // types-only: fetches the precomputed views or the live-fit module
 * const load = (s: Settings, res: WidgetResources, signal: AbortSignal) => loadView(s, res, signal);
 */
export async function loadView(
  settings: Settings,
  res: WidgetResources | undefined,
  signal: AbortSignal,
): Promise<LoadedView> {
  if (!res) throw failure('INTERNAL', 'the element is not set up (define it with definePartnershipEffect())');
  const messages = loadMessages(settings.lang).catch(() => undefined);
  if (settings.view === 'robustness') {
    const curve = await fetchCurve(res.multiverse.href);
    await messages;
    signal.throwIfAborted();
    const viewData = { view: 'robustness' as const, data: decodeCurve(curve) };
    return { prepared: multiversePrepared(curve, settings.lang), viewData, settings, mode: 'precomputed' };
  }
  const view = settings.view;
  const pre = await precomputedView(res.views.href, settings);
  signal.throwIfAborted();
  if (pre) {
    await messages;
    return {
      prepared: { ...pre.prepared, unknownCountries: [] },
      viewData: pre.viewData,
      settings,
      mode: 'precomputed',
    };
  }
  let liveFit: Awaited<ReturnType<LiveFitLoader['load']>>;
  try {
    liveFit = await res.liveFit.load();
  } catch (e) {
    throw failure('FILE_NOT_FOUND', `the live-fit module could not be loaded (${errorText(e)})`);
  }
  const shared = liveFit.sharedFitter();
  const url = (res.datasetUrls[settings.dataset] ?? new URL(`${settings.dataset}.json`, res.datasets)).href;
  const { prepared, viewData } = await liveFit.computeView(shared, { ...settings, view }, url, signal);
  await messages;
  signal.throwIfAborted();
  return { prepared, viewData, settings, mode: shared.mode };
}

/**
 * What the robustness view says about its data (source lines, credits): the multiverse run, not one
 * dataset. Its `clusters` are not used (the view has no interval note).
 * @example // types-only: the curve file is fetched next to the script
 * const source = (curve: MultiverseCurveFile) => multiversePrepared(curve, 'en').source;
 */
export function multiversePrepared(curve: MultiverseCurveFile, lang: Lang): PreparedDataset {
  const m = messagesFor(lang).robustness;
  const datasets = new Intl.ListFormat(lang).format(Object.values(curve.datasets));
  return {
    id: 'multiverse',
    title: 'peacepanel multiverse',
    source: m.source(createFormats(lang).count(curve.total), datasets),
    caveat: m.method,
    rows: curve.points.length,
    typical: { un: null, nonun: null },
    unknownCountries: [],
    clusters: 0,
    clusterUnit: 'conflict',
  };
}

/**
 * What the intervals are when they are not the study's (one cluster: model-based) or are weak (few
 * clusters), for the chart and its exports; null otherwise and for views without intervals.
 * @example // types-only: a loaded view comes from `loadView`
 * const note = (loaded: LoadedView) => intervalNote(loaded, 'en');
 */
export function intervalNote(d: LoadedView, lang: Lang): string | null {
  if (!chartView(d.viewData).intervals) return null;
  const m = messagesFor(lang);
  const n = d.prepared.clusters;
  const unit = d.prepared.clusterUnit ?? 'country';
  if (intervalsFor(n) === 'model') {
    const known = d.settings.countries?.find((c) => !d.prepared.unknownCountries.includes(c)) ?? '';
    return m.intervalsModelBased(known, unit);
  }
  return n < FEW_CLUSTERS ? m.fewClusters(n, unit) : null;
}

/**
 * The countries the view was fitted on (the ones asked for that the data hold), or null for all.
 * @example // types-only: a loaded view comes from `loadView`
 * const countries = (loaded: LoadedView) => fittedCountries(loaded);
 */
export function fittedCountries(d: LoadedView): string[] | null {
  return d.settings.countries?.filter((c) => !d.prepared.unknownCountries.includes(c)) ?? null;
}

/** An error with core's code (`ChartFailure` in the live-fit module, which this bundle does not hold). */
function failure(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * The code of a failure (`INTERNAL` when it has none).
 * @example failureCode(Object.assign(new Error('x'), { code: 'FILE_NOT_FOUND' })) // 'FILE_NOT_FOUND'
 */
export function failureCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'INTERNAL';
}

/**
 * The message of a failure.
 * @example errorText(new Error('x')) // 'x'
 */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
