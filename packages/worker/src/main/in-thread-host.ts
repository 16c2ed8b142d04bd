/**
 * The fallback host: the estimator on the calling thread, for pages whose CSP forbids workers or
 * platforms without them. Same API and results; long computations run in chunks that yield to the
 * event loop (a fit between its phases and iterations, the bootstrap between chunks of about 16 ms),
 * so the page keeps painting and a cancel gets through between chunks.
 */
import type { EstimatorApi, Result } from '../api.js';
import { createEstimator } from '../worker/estimator.js';
import type { ResearchFactory } from '../worker/research.js';
import type { EstimatorHost } from './estimator-host.js';

export class InThreadHost implements EstimatorHost {
  readonly mode = 'in-thread' as const;
  readonly alive = true;
  loadsApplied = 0;
  replaying: Promise<Result<true>> = Promise.resolve({ ok: true, value: true });
  readonly #estimator: EstimatorApi;

  /** `research`: the research operations, when the client was given them (`ClientOptions.research`). */
  constructor(research?: ResearchFactory) {
    this.#estimator = createEstimator({ chunkMs: 16, ...(research ? { research } : {}) });
  }

  run<T>(invoke: (api: EstimatorApi) => Promise<Result<T>>): Promise<Result<T>> {
    return invoke(this.#estimator);
  }

  /** An in-thread estimator cannot be killed; cancellation is cooperative only. */
  kill(): void {}
}
