/**
 * The fallback host: the engine on the calling thread, for pages whose CSP forbids workers or
 * platforms without them. Same API and results; long computations run in chunks that yield to the
 * event loop (a fit between its phases and iterations, the bootstrap between chunks of about 16 ms),
 * so the page keeps painting and a cancel gets through between chunks.
 */
import type { EstimatorApi, Result } from './api.js';
import { createEngine } from './engine/engine.js';
import type { EngineHost } from './engine-host.js';

export class InThreadHost implements EngineHost {
  readonly mode = 'in-thread' as const;
  readonly alive = true;
  loadsApplied = 0;
  replaying: Promise<Result<true>> = Promise.resolve({ ok: true, value: true });
  readonly #engine: EstimatorApi = createEngine({ chunkMs: 16 });

  run<T>(invoke: (api: EstimatorApi) => Promise<Result<T>>): Promise<Result<T>> {
    return invoke(this.#engine);
  }

  /** An in-thread engine cannot be killed; cancellation is cooperative only. */
  kill(): void {}
}
