/**
 * The worker entry: creates the estimator and exposes it with comlink. The same file runs as a browser
 * module Worker (`new Worker(url, { type: 'module' })`, or a bundler's inline worker) and as a Node
 * `worker_threads` worker (through comlink's node adapter). Node modules are imported lazily and
 * hidden from bundlers, so browser builds never see them.
 */
import { createEstimator } from './worker/estimator.js';
import { exposeEstimator } from './worker/expose-estimator.js';
import { researchOperations } from './worker/research.js';
import { currentWorkerEndpoint } from './worker/worker-endpoint.js';

exposeEstimator(createEstimator({ research: researchOperations }), await currentWorkerEndpoint());
