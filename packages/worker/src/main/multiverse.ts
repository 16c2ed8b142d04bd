/**
 * The multiverse across the pool: the grid (core's `expandGrid`) cut into contiguous chunks that
 * keep a formula's NB2 and Poisson fits together (so each estimator's design cache serves both), handed
 * to whichever worker is free (`sliced-run.ts`); rows come back in grid order whatever the split, so the result is the
 * same bytes with 1 or N workers. Progress is throttled to about every 50 ms; an abort stops every
 * worker (the call resolves `CANCELLED`).
 */
import { expandGrid, type MultiverseRow, type MultiverseSpec, multiverseResult } from '@peacepanel/core';
import type { MultiverseRequest, MultiverseResponse, Progress, Result } from '../api.js';
import { toErrorValue } from '../error-values.js';
import { yieldToEventLoop } from '../worker/yield-to-event-loop.js';
import type { EstimatorPool } from './pool.js';
import { prepareSlicedRun, runSliced } from './sliced-run.js';

/**
 * Cuts the specifications into contiguous chunks of an even size (a formula's two models stay
 * together), about `perWorker` chunks per worker: small, so that the specifications that fit (others
 * fail at once on a missing column) spread over the workers.
 * @example splitSpecs(Array.from({ length: 1000 }, (_, i) => i), 2).length // => 125
 */
export function splitSpecs<T>(specs: readonly T[], workers: number, perWorker = 64): T[][] {
  let size = Math.max(2, Math.ceil(specs.length / Math.max(1, workers * perWorker)));
  size += size % 2;
  const out: T[][] = [];
  for (let i = 0; i < specs.length; i += size) out.push(specs.slice(i, i + size));
  return out;
}

/** Options of {@link runMultiverseOnPool}. */
export interface MultiversePoolOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((p: Progress) => void) | undefined;
  hardCancelMs: number;
}

/**
 * Runs the multiverse restricted by `req.only` on the pool's estimators (datasets as loaded).
 * @example // types-only: runs on worker threads
 * const nb2Only = (pool: EstimatorPool) => runMultiverseOnPool(pool, { only: { model: ['nb2'] } }, { hardCancelMs: 50 });
 */
export async function runMultiverseOnPool(
  pool: EstimatorPool,
  req: MultiverseRequest,
  opts: MultiversePoolOptions,
): Promise<Result<MultiverseResponse>> {
  let expanded: ReturnType<typeof expandGrid>;
  try {
    expanded = expandGrid(req.only ?? {});
  } catch (e) {
    return toErrorValue(e);
  }
  const workers = await prepareSlicedRun(pool, opts.signal);
  if (!workers.ok) return workers;
  const chunks = splitSpecs<MultiverseSpec>(expanded.specs, workers.value);
  const run = await runSliced<MultiverseSpec[], MultiverseRow[]>(
    pool,
    Math.min(workers.value, chunks.length),
    {
      slices: chunks,
      itemsIn: (specs) => specs.length,
      total: expanded.specs.length,
      invoke: (api, control, specs, onProgress) => api.multiverseRange({ specs }, control, onProgress),
    },
    opts,
  );
  if (!run.ok) return run;
  // Assemble in a task of its own, not in the one that received the last slice (the page stays responsive).
  await yieldToEventLoop();
  const rows = run.value.results.flat().sort((a, b) => a.index - b.index);
  const ids = [...new Set(rows.filter((r) => r.n !== null).map((r) => r.dataset))].sort();
  const labels = Object.fromEntries(ids.map((id) => [id, id]));
  return {
    ok: true,
    value: { result: multiverseResult(expanded, rows, labels), workers: run.value.workers },
  };
}
