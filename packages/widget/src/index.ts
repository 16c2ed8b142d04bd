/**
 * @peacepanel/widget: the `<partnership-effect>` web component, built into two scripts:
 * - `dist/partnership-effect.js` (this module): lit, the element and its drawing code. Importing it
 *   in a window registers the element (guarded: a second copy on the page does nothing). The default
 *   views are painted at once from `default-views.json` next to the script, fitted at build time;
 * - `dist/engine.js`: core's fit path, the comlink client and the worker side, imported lazily
 *   (relative to this script's URL) only when a view needs a live fit, and run by the engine worker.
 * The bundled datasets are fetched from `./datasets/` next to the script, only for live fits.
 * Elsewhere (a worker, server-side rendering) it does nothing and its exports are undefined.
 */
import type * as ElementApi from './element-api.js';
import { isWindowScope } from './engine-worker/engine-worker-scope.js';

const api: typeof ElementApi | undefined = isWindowScope() ? await import('./element-api.js') : undefined;
// `@vite-ignore`: the widget's own build must not inline these files (`src/engine.ts` would be taken
// for `./engine.js`); they are resolved at run time next to the built script.
api?.definePartnershipEffect(
  new URL(/* @vite-ignore */ './datasets/', import.meta.url),
  new URL(/* @vite-ignore */ './engine.js', import.meta.url),
  new URL(/* @vite-ignore */ './default-views.json', import.meta.url),
);

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
export type { FallbackInfo } from './partnership-effect/precomputed.js';
export type { Theme, View } from './partnership-effect/settings.js';
