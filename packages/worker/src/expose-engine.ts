/**
 * Serves an engine over a comlink endpoint, transferring (not copying) the large typed arrays a
 * result carries: bootstrap draws and the columns of a validated CSV table.
 */

import type { Endpoint } from 'comlink';
import { expose, transfer } from 'comlink';
import type { EstimatorApi, Result } from './api.js';

/**
 * Exposes `engine` on `endpoint` (a worker's global scope, or a Node `parentPort` wrapped by comlink's
 * node adapter).
 * @example exposeEngine(createEngine(), self as unknown as Endpoint)
 */
export function exposeEngine(engine: EstimatorApi, endpoint: Endpoint): void {
  const served: EstimatorApi = {
    ...engine,
    bootstrapRange: async (req, control, onProgress) =>
      transferred(await engine.bootstrapRange(req, control, onProgress), (v) => [v.draws.buffer]),
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
