/**
 * The widget's live-fit module, built into `dist/live-fit.js` (the second of its two scripts): core's
 * fit path, the comlink client and the worker side. The element (`dist/partnership-effect.js`)
 * imports it lazily, relative to its own URL, only when a view has to be fitted live (`data-src`,
 * `countries`, or settings other than the precomputed defaults). It runs in two places:
 * - in a window, it exports the page's shared live fitter and `computeView`;
 * - in the live-fit worker (a `blob:` module that imports this same URL, so it works from a CDN), it
 *   serves core's estimators with comlink.
 * Where the page's CSP forbids that worker, the same estimators run in-thread from this module.
 */

import { serveLiveFit } from './live-fit-worker/serve-live-fit.js';
import { isLiveFitWorkerScope } from './live-fit-worker/worker-scope.js';

export { ChartFailure, computeView } from './partnership-effect/compute-view.js';
export { releaseFitter, retainFitter, sharedFitter } from './partnership-effect/shared-fitter.js';

if (isLiveFitWorkerScope()) serveLiveFit();
