/**
 * @peacepanel/worker: core's panel computations off the main thread, through comlink. Use
 * `createClient()`; the wire contract is in `api.ts`; the worker entry is `@peacepanel/worker/worker`.
 */
export { VERSION as CORE_VERSION } from '@peacepanel/core';
export type * from './api.js';
export { assembleDraws, splitReplications } from './bootstrap-plan.js';
export {
  type BootstrapOptions,
  type CallOptions,
  type ClientOptions,
  createClient,
  type PeacepanelClient,
} from './client.js';
export { createEngine } from './engine/engine.js';
export { exposeEngine } from './expose-engine.js';
export { splitSpecs } from './multiverse-pool.js';
export type { WorkerLike } from './spawn-worker.js';
