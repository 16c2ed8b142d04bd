/**
 * The estimator client, in its own lazily loaded module (`dist/partnership-effect-engine.js`): it
 * holds core's estimators twice, inlined as the worker (started from a blob URL, so it runs when the
 * script is served from a CDN) and for the in-thread fallback (pages whose CSP forbids workers).
 * Keeping it out of the entry keeps the entry small; it is fetched next to the script on first use.
 */
import { createClient } from '@peacepanel/worker';
import EstimatorWorker from '@peacepanel/worker/worker?worker&inline';
import type { EngineClient } from './chart-engine.js';

/**
 * A client with one worker (charts make single calls; a pool only helps bootstraps).
 * @example const client = createEngineClient(); await client.fit({ dataset: 'africa-cm' })
 */
export function createEngineClient(): EngineClient {
  return createClient({ workers: 1, maxWorkers: 1, workerFactory: () => new EstimatorWorker() });
}
