/**
 * @peacepanel/widget: the `<partnership-effect>` web component, built into two scripts:
 * - `dist/partnership-effect.js` (this module): lit, the element and its drawing code. Importing it
 *   in a window registers the element (guarded: a second copy on the page does nothing). The default
 *   views are painted at once from `default-views.json` next to the script, fitted at build time;
 * - `dist/live-fit.js`: core's fit path, the comlink client and the worker side, imported lazily
 *   (relative to this script's URL) only when a view needs a live fit, and run by the live-fit worker.
 * The bundled datasets are fetched from `./datasets/` next to the script, only for live fits, and
 * languages other than English from `./locales/<lang>.js`, only when a chart uses them.
 * Elsewhere (a worker, server-side rendering) it does nothing and its exports are undefined.
 */
import type * as ElementApi from './element-api.js';
import { isWindowScope } from './live-fit-worker/worker-scope.js';
import { precomputedViews } from './partnership-effect/precomputed.js';

const script = new URL(import.meta.url);
const views = new URL(/* @vite-ignore */ './default-views.json', import.meta.url);
// The default views' numbers are requested before the element code is evaluated (lit and the element
// take a while on a slow phone), so the download overlaps that work instead of following it.
if (isWindowScope()) void precomputedViews(views.href);
const api: typeof ElementApi | undefined = isWindowScope() ? await import('./element-api.js') : undefined;
// Each file next to the script as a literal `new URL('./…', import.meta.url)`: from a CDN this is the
// file next to the script, and a bundler that bundles the widget into an app (Vite, webpack 5, Parcel)
// emits the file and rewrites the URL (a computed URL would leave it out of the app's build). The
// `@vite-ignore` marks keep this package's own build from touching them (it would take `src/live-fit.ts`
// for `./live-fit.js`); the build removes the marks from `dist/partnership-effect.js`
// (`unmarkAssetUrls` in vite.config.ts), so an app's bundler sees them.
api?.definePartnershipEffect(
  new URL('./datasets/', script),
  new URL(/* @vite-ignore */ './live-fit.js', import.meta.url),
  views,
  {
    datasets: {
      'africa-conflict-month': new URL(
        /* @vite-ignore */ './datasets/africa-conflict-month.json',
        import.meta.url,
      ),
      'africa-cm': new URL(/* @vite-ignore */ './datasets/africa-cm.json', import.meta.url),
    },
    multiverse: new URL(/* @vite-ignore */ './multiverse-curve.json', import.meta.url),
    locales: {
      fr: new URL(/* @vite-ignore */ './locales/fr.js', import.meta.url),
      pt: new URL(/* @vite-ignore */ './locales/pt.js', import.meta.url),
      es: new URL(/* @vite-ignore */ './locales/es.js', import.meta.url),
      ar: new URL(/* @vite-ignore */ './locales/ar.js', import.meta.url),
    },
  },
);

/** The element class (undefined outside a window). */
export const PartnershipEffectElement =
  api?.PartnershipEffectElement as typeof ElementApi.PartnershipEffectElement;
export type PartnershipEffectElement = ElementApi.PartnershipEffectElement;
/** Registers the element (done on import; see `define.ts`). */
export const definePartnershipEffect =
  api?.definePartnershipEffect as typeof ElementApi.definePartnershipEffect;
/** `'partnership-effect'`. */
export const TAG_NAME = api?.TAG_NAME as typeof ElementApi.TAG_NAME;
/** The widget's version, also `PartnershipEffectElement.version`. */
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
export type { FallbackInfo } from './partnership-effect/precomputed.js';
export type { Theme, View } from './partnership-effect/settings.js';
