import { messages, PeacepanelError } from '../errors.js';
import { fitModel, parseModelSpec } from '../estimators/fit-model.js';
import { runSteps, type Steps } from '../estimators/run-steps.js';
import type { ModelSpecInput } from '../model/spec.js';
import type { Column, Table } from '../table.js';
import { seededRng } from './rng.js';

/** Options of {@link clusterBootstrap}. */
export interface ClusterBootstrapOptions {
  /** Total number of replications (the whole run, across all workers). */
  reps: number;
  /** Seed: replication i draws from the generator seeded by (seed, i) alone. */
  seed: number;
  /** First replication to run (default 0); with `end`, a worker's share of the run. */
  start?: number;
  /** One past the last replication to run (default `reps`). */
  end?: number;
  /** Resampling column (default: the spec's `cluster`, else its `unit`, else single rows). */
  cluster?: string;
  /** Terms of the full-sample fit, when the caller already has them (saves one fit per worker). */
  terms?: string[];
  /** Checked before every replication (and by the fit): abort stops the run with a `CANCELLED` error. */
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number; failed: number }) => void;
}

/** Draws of a (part of a) cluster bootstrap. */
export interface ClusterBootstrapResult {
  /** (end − start) × k row-major: row r holds replication start + r; NaN where a replication failed. */
  draws: Float64Array;
  terms: string[];
  /** Replications that failed (fit error or no convergence); their rows are NaN. */
  failed: number;
  /** Up to 10 failures: replication index and reason. */
  failures: { rep: number; reason: string }[];
  start: number;
  end: number;
  seed: number;
  /** Resampling unit: a column name, or null for single rows. */
  cluster: string | null;
  /** Number of clusters drawn in each replication. */
  clusters: number;
}

interface Plan {
  spec: ModelSpecInput;
  clusterCol: string | null;
  groups: number[][];
  unitCol: string | null;
  terms: string[];
  start: number;
  end: number;
  k: number;
}

function plan(spec: ModelSpecInput, data: Table, opts: ClusterBootstrapOptions): Plan {
  const parsed = parseModelSpec(spec);
  const { reps, seed } = opts;
  if (!(Number.isInteger(reps) && reps > 0))
    throw messages.badOption('reps', String(reps), 'a positive whole number');
  if (!(Number.isSafeInteger(seed) && seed >= 0))
    throw messages.badOption('seed', String(seed), 'a whole number ≥ 0');
  const start = opts.start ?? 0;
  const end = opts.end ?? reps;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= reps))
    throw messages.badOption('start/end', `${start}..${end}`, `a range within 0..${reps}`);
  const clusterCol = opts.cluster ?? parsed.cluster ?? parsed.unit ?? null;
  const groups: number[][] = [];
  if (clusterCol) {
    const col = data.columns[clusterCol];
    if (!col) throw messages.missingColumn(undefined, clusterCol, Object.keys(data.columns));
    const index = new Map<string, number[]>();
    for (let i = 0; i < data.n; i++) {
      const v = col.values[i];
      if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) continue;
      const key = String(v);
      const g = index.get(key);
      if (g) g.push(i);
      else index.set(key, [i]);
    }
    for (const g of index.values()) groups.push(g); // no spread: one group per row would overflow the stack
  } else for (let i = 0; i < data.n; i++) groups.push([i]);
  if (groups.length < 2)
    throw messages.badOption(
      'cluster',
      clusterCol ?? '(rows)',
      'a column with at least two clusters to resample',
    );
  // Replicates only need the estimates: the cheapest variance type, no cluster requirement.
  const bootSpec: ModelSpecInput = { ...spec, vcov: 'model' };
  delete bootSpec.cluster;
  const terms =
    opts.terms ?? fitModel(bootSpec, data, { signal: opts.signal }).coefficients.map((c) => c.term);
  return {
    spec: bootSpec,
    clusterCol,
    groups,
    unitCol: parsed.unit ?? null,
    terms,
    start,
    end,
    k: terms.length,
  };
}

/** The resampled table of one replication: chosen clusters' rows, with copies relabelled. */
function resample(data: Table, p: Plan, choice: Int32Array): Table {
  let n = 0;
  for (const g of choice) n += p.groups[g]!.length;
  const relabel = new Set([p.clusterCol, p.unitCol].filter((c): c is string => c !== null));
  const columns: Record<string, Column> = {};
  for (const [name, col] of Object.entries(data.columns)) {
    if (relabel.has(name)) {
      // Each drawn copy of a cluster becomes its own cluster/unit, so lags and fixed effects stay within copies.
      const values: (string | null)[] = new Array(n);
      let r = 0;
      choice.forEach((g, copy) => {
        for (const i of p.groups[g]!) values[r++] = `${String(col.values[i])}#${copy}`;
      });
      columns[name] = { kind: 'string', values };
    } else if (col.kind === 'number') {
      const values = new Float64Array(n);
      let r = 0;
      for (const g of choice) for (const i of p.groups[g]!) values[r++] = col.values[i]!;
      columns[name] = { kind: 'number', values };
    } else {
      const values: (string | null)[] = new Array(n);
      let r = 0;
      for (const g of choice) for (const i of p.groups[g]!) values[r++] = col.values[i]!;
      columns[name] = { kind: 'string', values };
    }
  }
  return { n, columns };
}

/** Runs replication `rep` and writes its estimates into `row` (NaN on failure); returns the failure reason or null. */
function replicate(
  data: Table,
  p: Plan,
  seed: number,
  rep: number,
  row: Float64Array,
  signal?: AbortSignal,
): string | null {
  const rng = seededRng(seed, rep);
  const G = p.groups.length;
  const choice = new Int32Array(G);
  for (let j = 0; j < G; j++) choice[j] = rng.nextInt(G);
  row.fill(Number.NaN);
  try {
    const fit = fitModel(p.spec, resample(data, p, choice), { signal });
    if (!fit.converged) return `did not converge in ${fit.iterations} iterations`;
    const byTerm = new Map(fit.coefficients.map((c) => [c.term, c]));
    p.terms.forEach((t, j) => {
      const c = byTerm.get(t);
      if (c && !c.aliased) row[j] = c.estimate;
    });
    return null;
  } catch (e) {
    if (e instanceof PeacepanelError && e.code === 'CANCELLED') throw e;
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Seeded cluster (pairs) bootstrap of a count model (Cameron, Gelbach & Miller 2008, "Bootstrap-based
 * improvements for inference with clustered errors", REStat 90(3); Efron & Tibshirani 1993, ch. 6):
 * each replication draws G clusters with replacement (whole clusters: all their rows), relabels
 * repeated clusters as distinct units, refits the model and records the estimates. Replication i uses
 * the generator seeded by (seed, i) alone, so `start`/`end` ranges run on different workers give
 * exactly the draws of one run. Failed replications (fit error, no convergence) are counted, give NaN
 * rows and are skipped by `percentileIntervals`. Synchronous; see {@link clusterBootstrapAsync} to keep
 * an event loop responsive. Cost: (end − start) fits.
 * @throws PeacepanelError BAD_OPTION for bad reps/seed/range/cluster, CANCELLED when `signal` aborts.
 * @example const boot = clusterBootstrap({ formula: 'Days ~ Eth', cluster: 'Age', vcov: 'cluster' }, quine, { reps: 20, seed: 1 });
 * percentileIntervals(boot.draws, boot.terms.length, 0.95).length // => 2
 */
export function clusterBootstrap(
  spec: ModelSpecInput,
  data: Table,
  opts: ClusterBootstrapOptions,
): ClusterBootstrapResult {
  return runSteps(replications(data, plan(spec, data, opts), opts));
}

/**
 * {@link clusterBootstrap} that yields to the event loop between replications (at most every
 * `yieldEveryMs`, default 20 ms), so an `AbortController.abort()` from a timer, a UI or a worker
 * message is honoured within one replication. Identical draws to the synchronous version (same steps).
 * @example const controller = new AbortController();
 * const boot = await clusterBootstrapAsync({ formula: 'Days ~ Eth', cluster: 'Age', vcov: 'cluster' }, quine, { reps: 20, seed: 1, signal: controller.signal });
 * boot.terms // => ['(Intercept)', 'EthN']
 */
export async function clusterBootstrapAsync(
  spec: ModelSpecInput,
  data: Table,
  opts: ClusterBootstrapOptions & { yieldEveryMs?: number },
): Promise<ClusterBootstrapResult> {
  const steps = replications(data, plan(spec, data, opts), opts);
  let last = Date.now();
  let r = steps.next();
  while (!r.done) {
    if (Date.now() - last >= (opts.yieldEveryMs ?? 20)) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = Date.now();
    }
    r = steps.next();
  }
  return r.value;
}

/** The replications `start`..`end` as steps (one per replication), shared by the sync and async runs. */
function* replications(data: Table, p: Plan, opts: ClusterBootstrapOptions): Steps<ClusterBootstrapResult> {
  const draws = new Float64Array((p.end - p.start) * p.k);
  const failures: { rep: number; reason: string }[] = [];
  let failed = 0;
  for (let rep = p.start; rep < p.end; rep++) {
    if (opts.signal?.aborted) throw messages.cancelled('the bootstrap');
    const reason = replicate(
      data,
      p,
      opts.seed,
      rep,
      draws.subarray((rep - p.start) * p.k, (rep - p.start + 1) * p.k),
      opts.signal,
    );
    if (reason !== null) {
      failed++;
      if (failures.length < 10) failures.push({ rep, reason });
    }
    opts.onProgress?.({ done: rep - p.start + 1, total: p.end - p.start, failed });
    yield;
  }
  return result(p, draws, failed, failures, opts.seed);
}

function result(
  p: Plan,
  draws: Float64Array,
  failed: number,
  failures: { rep: number; reason: string }[],
  seed: number,
): ClusterBootstrapResult {
  return {
    draws,
    terms: p.terms,
    failed,
    failures,
    start: p.start,
    end: p.end,
    seed,
    cluster: p.clusterCol,
    clusters: p.groups.length,
  };
}
