/**
 * Serves an engine over a comlink endpoint, transferring (not copying) the large typed arrays a
 * result carries: bootstrap draws and the columns of a validated CSV table. A progress callback
 * arrives as a comlink proxy; it is called fire-and-forget (a closed port must not crash the worker
 * with an unhandled rejection) and released when the call ends.
 */

import type { Endpoint } from 'comlink';
import { expose, releaseProxy, transfer } from 'comlink';
import type { EstimatorApi, Result } from './api.js';

/** A callback as it arrives through comlink: calling it posts a message; it can be released. */
interface RemoteCallback {
  (done: number): unknown;
  [releaseProxy]?: () => void;
}

/**
 * Exposes `engine` on `endpoint` (a worker's global scope, or a Node `parentPort` wrapped by comlink's
 * node adapter).
 * @example // types-only: runs inside a worker thread (see worker.ts)
 * import { createEngine } from './engine/engine.js';
 * import { currentWorkerEndpoint } from './worker-endpoint.js';
 * exposeEngine(createEngine(), await currentWorkerEndpoint());
 */
export function exposeEngine(engine: EstimatorApi, endpoint: Endpoint): void {
  const served: EstimatorApi = {
    ...engine,
    bootstrapRange: async (req, control, onProgress) => {
      const remote = onProgress as RemoteCallback | undefined;
      const report = remote
        ? (done: number) => {
            void Promise.resolve(remote(done)).catch(() => undefined);
          }
        : undefined;
      try {
        return transferred(await engine.bootstrapRange(req, control, report), (v) => [v.draws.buffer]);
      } finally {
        try {
          remote?.[releaseProxy]?.();
        } catch {
          // already released or the port is closed
        }
      }
    },
    validatePanelCsv: async (req) =>
      transferred(await engine.validatePanelCsv(req), (v) =>
        Object.values(v.table.columns).flatMap((c) => (c.kind === 'number' ? [c.values.buffer] : [])),
      ),
  };
  expose(served, endpoint);
}

function transferred<T>(result: Result<T>, buffers: (value: T) => ArrayBufferLike[]): Result<T> {
  if (!result.ok) return result;
  const unique = [...new Set(buffers(result.value))].filter(
    (b): b is ArrayBuffer => b instanceof ArrayBuffer,
  );
  return transfer(result, unique);
}
