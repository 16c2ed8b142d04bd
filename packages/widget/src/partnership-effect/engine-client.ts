/**
 * The estimator client. Its worker is the widget's engine module (`engine.js`) started as a module
 * worker from a `blob:` URL (see `start-engine-worker.ts`), so it runs when the script is served from
 * a CDN; where the page's CSP forbids that worker, the client runs the same engine in-thread. Core's
 * estimators are in the engine module once, used by either. This module is evaluated on first use.
 */
import { createClient } from '@peacepanel/worker';
import { startEngineWorker } from '../engine-worker/start-engine-worker.js';
import type { EngineClient } from './chart-engine.js';

/**
 * A client with one worker (charts make single calls; a pool only helps bootstraps).
 * @param script URL of the engine module (`dist/engine.js`), which the worker imports.
 * @example const client = createEngineClient(new URL(import.meta.url)); await client.fit({ dataset: 'africa-cm' })
 */
export function createEngineClient(script: URL): EngineClient {
  return createClient({ workers: 1, maxWorkers: 1, workerFactory: () => startEngineWorker(script) });
}
