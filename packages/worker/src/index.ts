/**
 * @peacepanel/worker: core's panel computations off the main thread, through comlink. Use
 * `createClient()` (`main/`: what runs on the page's thread); the wire contract is in `api.ts`; the
 * worker entry is `@peacepanel/worker/worker`, which exposes the estimator (`worker/`: what runs
 * inside the worker, or in-thread as the fallback).
 */
export { VERSION as CORE_VERSION } from '@peacepanel/core';
export type * from './api.js';
export { assembleDraws, splitReplications } from './main/bootstrap-plan.js';
export { createClient } from './main/client.js';
export type { BootstrapOptions, CallOptions, ClientOptions, PeacepanelClient } from './main/client-types.js';
export { splitSpecs } from './main/multiverse.js';
export type { WorkerLike } from './main/spawn-worker.js';
export {
  createEngine,
  createEstimator,
  type EngineOptions,
  type EstimatorOptions,
} from './worker/estimator.js';
export { exposeEngine, exposeEstimator } from './worker/expose-estimator.js';
export { type ResearchFactory, type ResearchOperations, researchOperations } from './worker/research.js';
