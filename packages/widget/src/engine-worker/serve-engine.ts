/**
 * The worker side of the engine module (`engine.js`): inside the engine worker, it creates core's
 * estimator engine and exposes it with comlink on the worker's global scope, exactly as
 * `@peacepanel/worker/worker` does, so the page's client talks to it unchanged.
 */
import { createEngine, exposeEngine } from '@peacepanel/worker';
import type { Endpoint } from 'comlink';

/**
 * Serves the estimator engine to the page that started this worker.
 * Reference: comlink `expose` (https://github.com/GoogleChromeLabs/comlink#api).
 * @example import { isEngineWorkerScope } from './engine-worker-scope.js';
 * if (isEngineWorkerScope()) serveEngine();
 */
export function serveEngine(): void {
  exposeEngine(createEngine(), globalThis as unknown as Endpoint);
}
