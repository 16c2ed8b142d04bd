/**
 * The widget's engine module, built into `dist/engine.js` (the second of its two scripts): core's
 * fit path, the comlink client and the worker side. The element (`dist/partnership-effect.js`)
 * imports it lazily, relative to its own URL, only when a view has to be fitted live (`data-src`,
 * `countries`, or settings other than the precomputed defaults). It runs in two places:
 * - in a window, it exports the page's shared engine and `computeView`;
 * - in the engine worker (a `blob:` module that imports this same URL, so it works from a CDN), it
 *   serves core's estimators with comlink.
 * Where the page's CSP forbids that worker, the same engine runs in-thread from this module.
 */
import { isEngineWorkerScope } from './engine-worker/engine-worker-scope.js';
import { serveEngine } from './engine-worker/serve-engine.js';

export { ChartFailure, computeView } from './partnership-effect/compute-view.js';
export { releaseEngine, retainEngine, sharedEngine } from './partnership-effect/shared-engine.js';

if (isEngineWorkerScope()) serveEngine();
