/**
 * The client's `bootstrap`: the request checked, replications cut into slices (`bootstrap-plan.ts`),
 * the slices computed across the pool (`sliced-run.ts`, each worker running the estimator's
 * `bootstrapRange`), the draws put back in replication order and percentile intervals taken. Replication
 * `i` depends only on `(seed, i)`, so the draws are the same for any number of workers.
 */
import { messages } from '@peacepanel/core';
import type { BootstrapRange, BootstrapRequest, BootstrapResponse, Progress, Result } from '../api.js';
import { fromPeacepanelError, toErrorValue } from '../error-values.js';
import { bootstrapIntervals } from './bootstrap-intervals.js';
import { assembleDraws, splitReplications } from './bootstrap-plan.js';
import type { EstimatorPool } from './pool.js';
import { prepareSlicedRun, runSliced } from './sliced-run.js';

/** Options of {@link bootstrapOnPool}. */
export interface BootstrapPoolOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((p: Progress) => void) | undefined;
  hardCancelMs: number;
}

/**
 * A cluster bootstrap across the pool.
 * @example // types-only: a bootstrap of the loaded dataset's model on worker threads
 * async function interval(pool: EstimatorPool) {
 *   const r = await bootstrapOnPool(pool, { reps: 999, seed: 1 }, { hardCancelMs: 50 });
 *   return r.ok ? r.value.intervals : r.message;
 * }
 */
export async function bootstrapOnPool(
  pool: EstimatorPool,
  req: BootstrapRequest,
  opts: BootstrapPoolOptions,
): Promise<Result<BootstrapResponse>> {
  const level = req.level ?? 0.95;
  const bad = checkBootstrapRequest(req, level);
  if (bad) return bad;
  const workers = await prepareSlicedRun(pool, opts.signal);
  if (!workers.ok) return workers;
  const slices = splitReplications(req.reps, workers.value, workers.value > 1 ? 4 : 1);
  const run = await runSliced<{ start: number; end: number }, BootstrapRange>(
    pool,
    workers.value,
    {
      slices,
      itemsIn: (slice) => slice.end - slice.start,
      total: req.reps,
      invoke: (api, control, slice, onProgress) =>
        api.bootstrapRange(
          { spec: req.spec, dataset: req.dataset, reps: req.reps, seed: req.seed, ...slice },
          control,
          onProgress,
        ),
    },
    opts,
  );
  if (!run.ok) return run;
  try {
    const { draws, terms, failed } = assembleDraws(run.value.results, req.reps);
    const intervals = bootstrapIntervals(draws, terms, level);
    const value = { reps: req.reps, seed: req.seed, level, terms, draws, failed, intervals };
    return { ok: true, value: { ...value, workers: run.value.workers } };
  } catch (e) {
    return toErrorValue(e);
  }
}

/** The error value of a request with a bad `reps`, `seed` or `level`, if it has one. */
function checkBootstrapRequest(req: BootstrapRequest, level: number): Result<never> | undefined {
  if (!Number.isInteger(req.reps) || req.reps < 1)
    return fromPeacepanelError(messages.badOption('reps', String(req.reps), 'a positive whole number'));
  if (!Number.isInteger(req.seed))
    return fromPeacepanelError(messages.badOption('seed', String(req.seed), 'a whole number'));
  if (!(level > 0 && level < 1))
    return fromPeacepanelError(messages.badOption('level', String(level), 'a number between 0 and 1'));
  return undefined;
}
