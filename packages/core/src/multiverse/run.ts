import { messages } from '../errors.js';
import { yieldMacrotask } from '../estimators/run-steps.js';
import type { Table } from '../table.js';
import { DesignCache } from './design-cache.js';
import type { MultiverseSpec } from './expand.js';
import { fitSpec, type MultiverseContext } from './fit-spec.js';
import type { MultiverseRow } from './row.js';
import { prepareDataset } from './sample-table.js';

/** Progress of a multiverse run. */
export interface MultiverseProgress {
  done: number;
  total: number;
  failed: number;
}

/** Options of {@link runMultiverse}. */
export interface RunMultiverseOptions {
  signal?: AbortSignal;
  onProgress?: (p: MultiverseProgress) => void;
  /** Designs kept at once (default 8: a formula's NB2 and Poisson fits are adjacent in the grid). */
  cacheSize?: number;
}

/**
 * A context for fitting specifications: the datasets prepared once (`prepareDataset`), an empty
 * sample cache and a design cache.
 * @example const ctx = multiverseContext({ 'africa-cm': tableFromDataset(africaCm) });
 * Object.keys(ctx.datasets) // => [ 'africa-cm' ]
 */
export function multiverseContext(datasets: Record<string, Table>, cacheSize = 8): MultiverseContext {
  const prepared: Record<string, Table> = {};
  for (const [id, t] of Object.entries(datasets)) prepared[id] = prepareDataset(t);
  return { datasets: prepared, designs: new DesignCache(cacheSize), samples: new Map() };
}

/**
 * Fits every specification in order and returns one row each (failed fits are rows with their
 * reason). Shared work is done once: datasets are prepared once, each dataset × sample table is
 * filtered once, and each design matrix (dataset + sample + formula) is built once while the
 * specifications that use it are fitted. Deterministic: the rows depend only on the specifications and
 * the data, not on the order or the split of a run.
 * @throws PeacepanelError `CANCELLED` once `signal` is aborted (checked between specifications).
 * @example runMultiverse(countryMonthGrid.specs.slice(0, 2), { 'africa-cm': tableFromDataset(africaCm) }).length // => 2
 */
export function runMultiverse(
  specs: readonly MultiverseSpec[],
  datasets: Record<string, Table> | MultiverseContext,
  opts: RunMultiverseOptions = {},
): MultiverseRow[] {
  const ctx =
    'designs' in datasets
      ? (datasets as MultiverseContext)
      : multiverseContext(datasets as Record<string, Table>, opts.cacheSize);
  const rows: MultiverseRow[] = [];
  let failed = 0;
  for (const spec of specs) {
    if (opts.signal?.aborted) throw messages.cancelled('the multiverse run');
    const row = fitSpec(spec, ctx);
    if (!row.ok) failed++;
    rows.push(row);
    opts.onProgress?.({ done: rows.length, total: specs.length, failed });
  }
  return rows;
}

/**
 * {@link runMultiverse} that yields to the event loop between specifications (for a page's main
 * thread when no worker is available); the same rows, bit for bit.
 * @throws PeacepanelError `CANCELLED` once `signal` is aborted.
 * @example const ctx = multiverseContext({ 'africa-cm': tableFromDataset(africaCm) });
 * const signal = new AbortController().signal;
 * (await runMultiverseAsync(countryMonthGrid.specs.slice(0, 2), ctx, { signal })).length // => 2
 */
export async function runMultiverseAsync(
  specs: readonly MultiverseSpec[],
  datasets: Record<string, Table> | MultiverseContext,
  opts: RunMultiverseOptions = {},
): Promise<MultiverseRow[]> {
  const ctx =
    'designs' in datasets
      ? (datasets as MultiverseContext)
      : multiverseContext(datasets as Record<string, Table>, opts.cacheSize);
  const rows: MultiverseRow[] = [];
  for (const spec of specs) {
    await yieldMacrotask();
    for (const row of runMultiverse([spec], ctx, { signal: opts.signal })) rows.push(row);
    opts.onProgress?.({ done: rows.length, total: specs.length, failed: rows.filter((r) => !r.ok).length });
  }
  return rows;
}
