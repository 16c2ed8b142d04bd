/**
 * Splitting a bootstrap into slices for a pool and putting the slices back together. Replication `i`
 * depends only on `(seed, i)` (docs/CONTRACTS.md, `clusterBootstrap`), so any split gives the draws a
 * single thread gives; slices are handed to whichever worker is free, which balances uneven cores.
 */
import type { BootstrapRange } from '../api.js';

/**
 * Cuts `[0, reps)` into contiguous slices, about `perWorker` per worker.
 * @example splitReplications(10, 2, 2) // => [{start:0,end:3},{start:3,end:6},{start:6,end:9},{start:9,end:10}]
 */
export function splitReplications(
  reps: number,
  workers: number,
  perWorker = 4,
): { start: number; end: number }[] {
  const size = Math.max(1, Math.ceil(reps / Math.max(1, workers * perWorker)));
  const slices: { start: number; end: number }[] = [];
  for (let start = 0; start < reps; start += size) slices.push({ start, end: Math.min(reps, start + size) });
  return slices;
}

/**
 * Places each slice's rows at its replication offset: a `reps × k` row-major matrix.
 * @throws Error when slices disagree on the terms (they come from one spec, so this is a bug).
 * @example assembleDraws([{ start: 0, end: 1, draws: Float64Array.of(1, 2), terms: ['a', 'b'], failed: 0 }], 1)
 */
export function assembleDraws(
  ranges: readonly BootstrapRange[],
  reps: number,
): { draws: Float64Array; terms: string[]; failed: number } {
  const terms = ranges[0]?.terms ?? [];
  const k = terms.length;
  const draws = new Float64Array(reps * k);
  let failed = 0;
  for (const r of ranges) {
    if (r.terms.join('\u0000') !== terms.join('\u0000'))
      throw new Error('bootstrap slices disagree on the terms');
    draws.set(r.draws, r.start * k);
    failed += r.failed;
  }
  return { draws, terms, failed };
}
