/**
 * The multiverse across the pool: the grid (core's `expandGrid`) cut into contiguous chunks that
 * keep a formula's NB2 and Poisson fits together (so each engine's design cache serves both), handed
 * to whichever worker is free; rows come back in grid order whatever the split, so the result is the
 * same bytes with 1 or N workers. Progress is throttled to about every 50 ms; an abort stops every
 * worker (the call resolves `CANCELLED`).
 */
import { expandGrid, type MultiverseRow, type MultiverseSpec, multiverseResult } from '@peacepanel/core';
import { proxy } from 'comlink';
import type { MultiverseRequest, MultiverseResponse, Progress, Result } from './api.js';
import { toErrorValue } from './error-values.js';
import type { EnginePool } from './pool.js';
import { cancelledValue, runCancellable } from './run-cancellable.js';

/**
 * Cuts the specifications into contiguous chunks of an even size (a formula's two models stay
 * together), about `perWorker` chunks per worker: small, so that the specifications that fit (others
 * fail at once on a missing column) spread over the workers.
 * @example splitSpecs(Array.from({ length: 10 }, (_, i) => i), 2).length // => 5
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
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  hardCancelMs: number;
}

/**
 * Runs the multiverse restricted by `req.only` on the pool's engines (datasets as loaded).
 * @example // types-only: starts worker threads
 * import type { EnginePool } from './pool.js';
 * async function nb2Only(pool: EnginePool) {
 *   return runMultiverseOnPool(pool, { only: { model: ['nb2'] } }, { hardCancelMs: 50 });
 * }
 */
export async function runMultiverseOnPool(
  pool: EnginePool,
  req: MultiverseRequest,
  opts: MultiversePoolOptions,
): Promise<Result<MultiverseResponse>> {
  let expanded: ReturnType<typeof expandGrid>;
  try {
    expanded = expandGrid(req.only ?? {});
  } catch (e) {
    return toErrorValue(e);
  }
  if (opts.signal?.aborted) return cancelledValue();
  const first = await pool.host(0);
  if (!first.ok) return first;
  if (opts.signal) pool.prepareSpare();
  const workers = await pool.size();
  const chunks = splitSpecs<MultiverseSpec>(expanded.specs, workers);
  const stop = new AbortController();
  const onUserAbort = () => stop.abort();
  opts.signal?.addEventListener('abort', onUserAbort, { once: true });
  const progress = new Float64Array(chunks.length);
  let lastReport = 0;
  const report = (final: boolean) => {
    const now = performance.now();
    if (!opts.onProgress || (!final && now - lastReport < 50)) return;
    lastReport = now;
    opts.onProgress({ done: progress.reduce((a, b) => a + b, 0), total: expanded.specs.length });
  };
  const rows: MultiverseRow[] = [];
  let failure: Result<never> | undefined;
  let next = 0;
  let used = 0;
  const work = async (index: number) => {
    if (next >= chunks.length) return;
    const host = await pool.host(index);
    if (!host.ok) {
      failure ??= host;
      stop.abort();
      return;
    }
    used += 1;
    while (failure === undefined && !stop.signal.aborted && next < chunks.length) {
      const j = next++;
      const specs = chunks[j] as MultiverseSpec[];
      const onChunkProgress = proxy((done: number) => {
        progress[j] = done;
        report(false);
      });
      const r = await runCancellable(
        host.value,
        (api, control) => api.multiverseRange({ specs }, control, onChunkProgress),
        stop.signal,
        opts.hardCancelMs,
        () => pool.spareReady,
      );
      if (!r.ok) {
        failure ??= r;
        stop.abort();
        return;
      }
      for (const row of r.value) rows.push(row);
      progress[j] = specs.length;
      report(false);
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, chunks.length) }, (_, i) => work(i)));
  opts.signal?.removeEventListener('abort', onUserAbort);
  if (opts.signal?.aborted) return cancelledValue();
  if (failure) return failure;
  report(true);
  rows.sort((a, b) => a.index - b.index);
  const ids = [...new Set(rows.filter((r) => r.n !== null).map((r) => r.dataset))].sort();
  const labels = Object.fromEntries(ids.map((id) => [id, id]));
  return { ok: true, value: { result: multiverseResult(expanded, rows, labels), workers: used } };
}
