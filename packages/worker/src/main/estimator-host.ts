/**
 * Where an estimator runs: a worker (`worker-host.ts`) or the calling thread (`in-thread-host.ts`). The
 * client talks to both through this interface, so pooling, cancellation and dataset replay are
 * written once.
 */
import type { EstimatorApi, ExecutionMode, LoadDatasetRequest, Result } from '../api.js';

export interface EstimatorHost {
  readonly mode: ExecutionMode;
  /** False once the worker died or was terminated; a dead host is replaced, never reused. */
  readonly alive: boolean;
  /**
   * Runs `invoke` against the estimator. Resolves `WORKER_CRASHED` if the worker dies meanwhile, or the
   * value given to `kill` if it is terminated on purpose.
   */
  run<T>(invoke: (api: EstimatorApi) => Promise<Result<T>>): Promise<Result<T>>;
  /** Ends the host; calls in flight resolve with `reason`. */
  kill(reason: Result<never>): void;
  /** How many of the client's dataset loads this host has applied (see `replayLoads`). */
  loadsApplied: number;
  /** Serialises replays so two callers never load the same dataset twice. */
  replaying: Promise<Result<true>>;
}

/**
 * Brings `host` up to date with the datasets loaded so far (a fresh worker after a crash or a
 * cancel, or a pool worker used for the first time), in load order.
 * @example // types-only: needs a running estimator worker (a pool's host)
 * async function reload(host: EstimatorHost) {
 *   const r = await replayLoads(host, [{ url: 'https://cdn.example/africa-cm.json' }]);
 *   if (!r.ok) return r;
 * }
 */
export function replayLoads(
  host: EstimatorHost,
  loads: readonly LoadDatasetRequest[],
): Promise<Result<true>> {
  host.replaying = host.replaying.then(async () => {
    while (host.loadsApplied < loads.length) {
      const req = loads[host.loadsApplied];
      if (!req) break;
      const r = await host.run((api) => api.loadDataset(req));
      if (!r.ok) return r;
      host.loadsApplied += 1;
    }
    return { ok: true, value: true } as const;
  });
  return host.replaying;
}
