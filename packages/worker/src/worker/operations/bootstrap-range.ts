/**
 * One worker's share of a cluster bootstrap: replications `[start, end)` computed by core's
 * `clusterBootstrap` in chunks sized to take about `targetMs` each, yielding to the event loop
 * between chunks so a `cancel` message gets through (and, in-thread, the page can paint). Each call
 * of `clusterBootstrap` has a fixed cost (about 27 ms on the africa-cm panel, against 35–60 ms per
 * replication), so chunks in a worker are long; a cancel still lands within a replication through the
 * polled shared flag. Replication `i` depends only on `(seed, i)`, so chunking changes nothing in the
 * draws. Progress is reported per replication.
 */
import { clusterBootstrap, type ModelSpecInput, messages, type Table } from '@peacepanel/core';
import type { BootstrapRange } from '../../api.js';
import type { CancelToken } from '../cancellation.js';
import { yieldToEventLoop } from '../yield-to-event-loop.js';

export interface BootstrapRangeOptions {
  reps: number;
  seed: number;
  start: number;
  end: number;
  token: CancelToken;
  onProgress?: (done: number) => void;
  /** Wall time a chunk should take (default 250 ms; see `EstimatorOptions.chunkMs`). */
  targetMs?: number;
}

/**
 * Computes replications `[start, end)` of the cluster bootstrap of `spec` on `table`.
 * @throws PeacepanelError CANCELLED when the token is cancelled; core's errors otherwise.
 * @example import { tableFromRows } from '@peacepanel/core';
 * import { CancelToken } from '../cancellation.js';
 * const table = tableFromRows([0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ y: [0, 1, 0, 3, 7, 0, 2, 12][i], x: i % 2, g: `c${i % 4}` })));
 * const spec = { formula: 'y ~ x', family: 'poisson' as const, vcov: 'cluster' as const, cluster: 'g' };
 * const r = await bootstrapRange(spec, table, { reps: 10, seed: 1, start: 0, end: 5, token: new CancelToken(undefined, new Set()) });
 * r.draws.length // => 10
 */
export async function bootstrapRange(
  spec: ModelSpecInput,
  table: Table,
  opts: BootstrapRangeOptions,
): Promise<BootstrapRange> {
  const targetMs = opts.targetMs ?? 250;
  const parts: Float64Array[] = [];
  let terms: string[] = [];
  let failed = 0;
  let chunk = 1;
  let at = opts.start;
  while (at < opts.end) {
    if (opts.token.check()) throw messages.cancelled('the computation');
    const to = Math.min(opts.end, at + chunk);
    const t0 = performance.now();
    const r = clusterBootstrap(spec, table, {
      reps: opts.reps,
      seed: opts.seed,
      start: at,
      end: to,
      signal: opts.token.signal,
      onProgress: (p) => {
        opts.token.check();
        opts.onProgress?.(at - opts.start + p.done);
      },
    });
    if (opts.token.check()) throw messages.cancelled('the computation');
    terms = r.terms;
    const k = terms.length;
    // Core returns either the slice's rows or a reps-long matrix with the slice filled in.
    parts.push(r.draws.length === (to - at) * k ? r.draws : r.draws.subarray(at * k, to * k));
    failed += r.failed;
    at = to;
    const elapsed = performance.now() - t0;
    chunk = Math.max(1, Math.min(chunk * 2, Math.floor((chunk * targetMs) / Math.max(elapsed, 0.1))));
    await yieldToEventLoop();
  }
  return { start: opts.start, end: opts.end, draws: concat(parts), terms, failed };
}

function concat(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
