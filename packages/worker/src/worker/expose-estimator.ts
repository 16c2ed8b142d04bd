/**
 * Serves the estimator over a comlink endpoint, transferring (not copying) the large typed arrays a
 * result carries: bootstrap draws, diagnostics' fitted values and residuals, and the columns of a
 * validated CSV table. A progress callback
 * arrives as a comlink proxy; it is called fire-and-forget (a closed port must not crash the worker
 * with an unhandled rejection) and released when the call ends.
 */

import type { Endpoint } from 'comlink';
import { expose, releaseProxy, transfer } from 'comlink';
import type { EstimatorApi, Result } from '../api.js';

/** A callback as it arrives through comlink: calling it posts a message; it can be released. */
interface RemoteCallback {
  (done: number): unknown;
  [releaseProxy]?: () => void;
}

/**
 * Exposes `estimator` on `endpoint` (a worker's global scope, or a Node `parentPort` wrapped by
 * comlink's node adapter).
 * Reference: comlink `expose` (https://github.com/GoogleChromeLabs/comlink#api).
 * @example // types-only: must run inside a worker thread or Web Worker
 * import { createEstimator } from './estimator.js';
 * import { currentWorkerEndpoint } from './worker-endpoint.js';
 * exposeEstimator(createEstimator(), await currentWorkerEndpoint());
 */
export function exposeEstimator(estimator: EstimatorApi, endpoint: Endpoint): void {
  const served: EstimatorApi = {
    ...estimator,
    bootstrapRange: async (req, control, onProgress) => {
      const remote = onProgress as RemoteCallback | undefined;
      const report = remote
        ? (done: number) => {
            void Promise.resolve(remote(done)).catch(() => undefined);
          }
        : undefined;
      try {
        return transferred(await estimator.bootstrapRange(req, control, report), (v) => [v.draws.buffer]);
      } finally {
        try {
          remote?.[releaseProxy]?.();
        } catch {
          // already released or the port is closed
        }
      }
    },
    diagnostics: async (req, control) =>
      transferred(await estimator.diagnostics(req, control), (v) => [v.fitted.buffer, v.residuals.buffer]),
    validatePanelCsv: async (req) =>
      transferred(await estimator.validatePanelCsv(req), (v) =>
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

/** @deprecated Use {@link exposeEstimator} (the same function). */
export const exposeEngine = exposeEstimator;
