/**
 * The estimator client. Its worker is the widget's live-fit module (`live-fit.js`) started as a module
 * worker from a `blob:` URL (see `start-live-fit-worker.ts`), so it runs when the script is served from
 * a CDN; where the page's CSP forbids that worker, the client runs the same engine in-thread. Core's
 * estimators are in the live-fit module once, used by either. This module is evaluated on first use.
 */
import { createClient } from '@peacepanel/worker';
import { startLiveFitWorker } from '../live-fit-worker/start-live-fit-worker.js';
import type { FitClient } from './live-fitter.js';

/**
 * A client with one worker (charts make single calls; a pool only helps bootstraps).
 * @param script URL of the live-fit module (`dist/live-fit.js`), which the worker imports.
 * @example const client = createFitClient(new URL(import.meta.url)); await client.fit({ dataset: 'africa-cm' })
 */
export function createFitClient(script: URL): FitClient {
  return createClient({ workers: 1, maxWorkers: 1, workerFactory: () => startLiveFitWorker(script) });
}
