/**
 * Running one long computation as slices across the pool, written once for the bootstrap and the
 * multiverse: the slices are handed to whichever worker is free (which balances uneven cores),
 * progress is summed over slices and throttled to about every 50 ms (plus the last), the first failure
 * stops every worker, and a user abort resolves `CANCELLED`. Results come back by slice index, so the
 * caller assembles them in a fixed order whatever the number of workers.
 */
import { proxy } from 'comlink';
import type { CallControl, EstimatorApi, Progress, Result } from '../api.js';
import type { EstimatorPool } from './pool.js';
import { cancelledValue, runCancellable } from './run-cancellable.js';

/** One computation cut into slices. */
export interface SlicedWork<S, R> {
  slices: readonly S[];
  /** Items (replications, specifications) in a slice, for progress. */
  itemsIn: (slice: S) => number;
  /** Items in the whole computation (the progress total). */
  total: number;
  /** Computes one slice on an estimator; `onProgress(done)` reports items of the slice done so far. */
  invoke: (
    api: EstimatorApi,
    control: CallControl,
    slice: S,
    onProgress: (done: number) => void,
  ) => Promise<Result<R>>;
}

/** Options of {@link runSliced}. */
export interface SlicedRunOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((p: Progress) => void) | undefined;
  hardCancelMs: number;
}

/** What {@link runSliced} resolves to: each slice's result by index, and the workers that took part. */
export interface SlicedResults<R> {
  results: R[];
  workers: number;
}

/**
 * Runs `work` on `loops` worker loops of `pool` (loop `i` uses estimator `i`).
 * @example // types-only: runs on worker threads
 * async function fits(pool: EstimatorPool, work: SlicedWork<number, number>) {
 *   const r = await runSliced(pool, 2, work, { hardCancelMs: 50 });
 *   return r.ok ? r.value.results : [];
 * }
 */
export async function runSliced<S, R>(
  pool: EstimatorPool,
  loops: number,
  work: SlicedWork<S, R>,
  opts: SlicedRunOptions,
): Promise<Result<SlicedResults<R>>> {
  const stop = new AbortController();
  const onUserAbort = () => stop.abort();
  opts.signal?.addEventListener('abort', onUserAbort, { once: true });
  const progress = throttledProgress(work.slices.length, work.total, opts.onProgress);
  const results: R[] = [];
  const state = { next: 0, used: 0, failure: undefined as Result<never> | undefined };
  const fail = (r: Result<never>) => {
    state.failure ??= r;
    stop.abort();
  };
  const loop = async (index: number) => {
    if (state.next >= work.slices.length) return;
    const host = await pool.host(index);
    if (!host.ok) return fail(host);
    state.used += 1;
    while (state.failure === undefined && !stop.signal.aborted && state.next < work.slices.length) {
      const j = state.next++;
      const slice = work.slices[j] as S;
      const onSliceProgress = proxy((done: number) => progress.set(j, done, false));
      const r = await runCancellable(
        host.value,
        (api, control) => work.invoke(api, control, slice, onSliceProgress),
        stop.signal,
        opts.hardCancelMs,
        () => pool.spareReady,
      );
      if (!r.ok) return fail(r);
      results[j] = r.value;
      progress.set(j, work.itemsIn(slice), false);
    }
  };
  await Promise.all(Array.from({ length: loops }, (_, i) => loop(i)));
  opts.signal?.removeEventListener('abort', onUserAbort);
  if (opts.signal?.aborted) return cancelledValue();
  if (state.failure) return state.failure;
  progress.flush();
  return { ok: true, value: { results, workers: state.used } };
}

/**
 * Before a sliced run: refuses an aborted signal, starts estimator 0 (falling back in-thread if no worker
 * can start), prepares a spare worker for a cancel, and says how many workers the run may use.
 * @example // types-only: starts worker threads
 * const workers = (pool: EstimatorPool, signal: AbortSignal) => prepareSlicedRun(pool, signal);
 */
export async function prepareSlicedRun(
  pool: EstimatorPool,
  signal: AbortSignal | undefined,
): Promise<Result<number>> {
  if (signal?.aborted) return cancelledValue();
  const first = await pool.host(0);
  if (!first.ok) return first;
  if (signal) pool.prepareSpare();
  return { ok: true, value: await pool.size() };
}

/** Progress summed over slices, reported at most about every 50 ms, and always on `flush`. */
function throttledProgress(
  slices: number,
  total: number,
  onProgress: ((p: Progress) => void) | undefined,
): { set(slice: number, done: number, final: boolean): void; flush(): void } {
  const done = new Float64Array(slices);
  let lastReport = 0;
  const report = (final: boolean) => {
    const now = performance.now();
    if (!onProgress || (!final && now - lastReport < 50)) return;
    lastReport = now;
    onProgress({ done: done.reduce((a, b) => a + b, 0), total });
  };
  return {
    set(slice, value, final) {
      done[slice] = value;
      report(final);
    },
    flush: () => report(true),
  };
}
