/**
 * The comlink endpoint of the worker this code runs in: Node's `parentPort` (through comlink's node
 * adapter) or the browser worker's global scope. Node modules are imported lazily and hidden from
 * bundlers.
 */
import type { Endpoint } from 'comlink';

/**
 * The endpoint to `expose` the estimator on.
 * @throws Error when running in Node's main thread instead of a worker.
 * @example // types-only: must run inside a worker thread or Web Worker
 * import { createEstimator } from './estimator.js';
 * import { exposeEstimator } from './expose-estimator.js';
 * exposeEstimator(createEstimator(), await currentWorkerEndpoint());
 */
export async function currentWorkerEndpoint(): Promise<Endpoint> {
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (isNode) {
    const threadsName = 'node:worker_threads';
    const adapterName = 'comlink/dist/esm/node-adapter.mjs';
    const threads = (await import(/* @vite-ignore */ threadsName)) as typeof import('node:worker_threads');
    const adapter = (await import(/* @vite-ignore */ adapterName)) as {
      default: (port: import('node:worker_threads').MessagePort) => Endpoint;
    };
    if (!threads.parentPort) throw new Error('@peacepanel/worker/worker must run in a worker thread');
    return adapter.default(threads.parentPort);
  }
  return globalThis as unknown as Endpoint;
}
