/**
 * @peacepanel/widget: the `<partnership-effect>` web component, built into ONE file,
 * `dist/partnership-effect.js`, that runs in two places:
 * - in a window, importing it registers the element (guarded: a second copy on the page does
 *   nothing); the bundled datasets are fetched from `./datasets/` next to the script, only when a
 *   chart needs them;
 * - in the chart engine's worker (started by the element from a `blob:` module that imports this
 *   same URL), it serves core's estimators with comlink instead.
 * The two parts are dynamic imports inlined into the file and evaluated lazily, so the worker never
 * evaluates lit and the page evaluates the engine only when a chart asks for it (in-thread fallback).
 * Elsewhere (another worker, server-side rendering) it does nothing and its exports are undefined.
 */
import type * as ElementApi from './element-api.js';
import { isEngineWorkerScope, isWindowScope } from './engine-worker/engine-worker-scope.js';

const script = new URL(import.meta.url);
const api: typeof ElementApi | undefined = isWindowScope() ? await import('./element-api.js') : undefined;
// Each bundled dataset and language module as a literal `new URL('./…', import.meta.url)`: from a CDN this is the file next
// to the script, and a bundler that bundles the widget into an app (Vite, webpack 5, Parcel) emits the
// file and rewrites the URL (a computed URL would leave it out of the app's build). `@vite-ignore`
// keeps this package's own build from touching it; the minifier drops the comment.
api?.definePartnershipEffect(
  new URL('./datasets/', script),
  script,
  { 'africa-cm': new URL(/* @vite-ignore */ './datasets/africa-cm.json', import.meta.url) },
  {
    fr: new URL(/* @vite-ignore */ './locales/fr.js', import.meta.url),
    pt: new URL(/* @vite-ignore */ './locales/pt.js', import.meta.url),
    es: new URL(/* @vite-ignore */ './locales/es.js', import.meta.url),
    ar: new URL(/* @vite-ignore */ './locales/ar.js', import.meta.url),
  },
);
if (isEngineWorkerScope()) (await import('./engine-worker/serve-engine.js')).serveEngine();

/** The element class (undefined outside a window). */
export const PartnershipEffect = api?.PartnershipEffect as typeof ElementApi.PartnershipEffect;
export type PartnershipEffect = ElementApi.PartnershipEffect;
/** Registers the element (done on import; see `define.ts`). */
export const definePartnershipEffect =
  api?.definePartnershipEffect as typeof ElementApi.definePartnershipEffect;
/** `'partnership-effect'`. */
export const TAG_NAME = api?.TAG_NAME as typeof ElementApi.TAG_NAME;
/** The widget's version, also `PartnershipEffect.version`. */
export const WIDGET_VERSION = api?.WIDGET_VERSION as typeof ElementApi.WIDGET_VERSION;

export type {
  PartnershipErrorDetail,
  PartnershipErrorEvent,
  PartnershipEventMap,
  PartnershipReadyDetail,
  PartnershipReadyEvent,
  PartnershipSelectDetail,
  PartnershipSelectEvent,
} from './events/partnership-events.js';
export type { Lang } from './partnership-effect/i18n.js';
export type { Theme, View } from './partnership-effect/settings.js';
