/**
 * The worker side of the live-fit module (`live-fit.js`): inside the live-fit worker, it creates core's
 * estimator engine and exposes it with comlink on the worker's global scope, exactly as
 * `@peacepanel/worker/worker` does, so the page's client talks to it unchanged.
 */
import { createEngine, exposeEngine } from '@peacepanel/worker';
import type { Endpoint } from 'comlink';

/**
 * Serves the estimator engine to the page that started this worker.
 * Reference: comlink `expose` (https://github.com/GoogleChromeLabs/comlink#api).
 * @example // types-only: runs inside the live-fit worker
 * import { isLiveFitWorkerScope } from './worker-scope.js';
 * if (isLiveFitWorkerScope()) serveLiveFit();
 */
export function serveLiveFit(): void {
  exposeEngine(createEngine(), globalThis as unknown as Endpoint);
}
