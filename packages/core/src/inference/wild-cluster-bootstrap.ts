import { messages, PeacepanelError } from '../errors.js';
import { parseModelSpec } from '../estimators/fit-model.js';
import { fitNegbin } from '../estimators/negbin/fit.js';
import { fitPoisson } from '../estimators/poisson/fit.js';
import { aliasedColumns } from '../linalg/cholesky.js';
import { gramWeighted } from '../linalg/column-major.js';
import { solveSpd } from '../linalg/spd.js';
import { buildDesign } from '../model/design.js';
import type { ModelSpecInput } from '../model/spec.js';
import type { Table } from '../table.js';
import { type WildScoreTestResult, type WildWeights, wildScoreTest } from './wild-score-test.js';

/** Options of {@link wildClusterBootstrap}. */
export interface WildClusterBootstrapOptions {
  /** The coefficient tested (H0: it is 0), as R names it, e.g. `troop_lag1000`. */
  term: string;
  /** Cluster column (default: the spec's `cluster`). */
  cluster?: string;
  reps: number;
  seed: number;
  /** Default `webb` (Rademacher allows only 2^G distinct draws). */
  weights?: WildWeights;
}

/** The result: the test plus what it was run on. */
export interface WildClusterBootstrapResult extends WildScoreTestResult {
  term: string;
  cluster: string;
  clusters: number;
  /** The restricted fit's θ (null for Poisson). */
  restrictedTheta: number | null;
}

/**
 * Wild cluster score bootstrap test of H0: β_term = 0 in a negative binomial or Poisson model
 * (Kline & Santos 2012), for few clusters where CR1 Wald tests over-reject: one fit with the null
 * imposed (the column dropped), observation scores sᵢ = xᵢ(yᵢ − μᵢ)θ/(θ + μᵢ) (Poisson: xᵢ(yᵢ − μᵢ))
 * at that fit with θ fixed, a = H⁻¹e_term with H = X'WX its expected information, per-cluster
 * contributions c_g = Σ_{i∈g} a·sᵢ, then {@link wildScoreTest}. No refits per replication. The spec's
 * `subset` selects the rows and its frequency `weights` multiply each row's score and information, as
 * in the fit of the same spec.
 * @throws PeacepanelError for an unknown term or cluster column, or fewer than 2 clusters.
 * @example wildClusterBootstrap({ formula: 'Days ~ Eth', cluster: 'Age', vcov: 'cluster' }, quine, { term: 'EthN', reps: 99, seed: 1 }).p // => 0.272727
 */
export function wildClusterBootstrap(
  specInput: ModelSpecInput,
  data: Table,
  opts: WildClusterBootstrapOptions,
): WildClusterBootstrapResult {
  const spec = parseModelSpec(specInput);
  const clusterName = opts.cluster ?? spec.cluster;
  if (!clusterName) throw messages.bootstrapNeedsCluster();
  if (!(Number.isInteger(opts.reps) && opts.reps > 0))
    throw messages.badOption('reps', String(opts.reps), 'a positive whole number');
  // The spec's sample (subset) and frequency weights, as its fit uses them.
  const design = buildDesign(spec.formula, data, {
    unit: spec.unit,
    time: spec.time,
    required: [clusterName],
    subset: spec.subset,
    weights: spec.weights,
  });
  const wt = design.weights;
  const { n, X: Xall } = design;
  const aliased = aliasedColumns(gramWeighted(Xall, n, design.p, null), design.p);
  const keep = design.names.map((_, j) => j).filter((j) => !aliased[j]);
  const j = keep.findIndex((c) => design.names[c] === opts.term && c < design.pModel);
  if (j < 0)
    throw new PeacepanelError(
      'BAD_OPTION',
      `"${opts.term}" is not an estimated coefficient of ${spec.formula}`,
      {
        fix: `name one of ${design.names.slice(0, design.pModel).join(', ')}`,
      },
    );
  const p = keep.length;
  const X = new Float64Array(n * p);
  keep.forEach((c, k) => {
    X.set(Xall.subarray(c * n, (c + 1) * n), k * n);
  });
  const Xr = new Float64Array(n * (p - 1));
  for (let k = 0, o = 0; k < p; k++) if (k !== j) Xr.set(X.subarray(k * n, (k + 1) * n), n * o++);
  const glm = { X: Xr, n, p: p - 1, y: design.y, offset: design.offset, weights: wt ?? undefined };
  const control = { maxIter: spec.maxIter, tol: spec.tol };
  const restricted =
    spec.family === 'poisson' ? { ...fitPoisson(glm, control), theta: null } : fitNegbin(glm, control);
  const theta = restricted.theta;
  const r = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const mu = restricted.mu[i] as number;
    const f = theta === null ? 1 : theta / (theta + mu);
    const fw = wt ? (wt[i] as number) : 1;
    r[i] = ((design.y[i] as number) - mu) * f * fw;
    w[i] = mu * f * fw;
  }
  const e = new Float64Array(p);
  e[j] = 1;
  const a = solveSpd(gramWeighted(X, n, p, w), p, e);
  if (!a) throw new PeacepanelError('NUMERICAL', 'the information matrix of the restricted fit is singular');
  const { contrib, ids } = clusterContributions(data.columns[clusterName], design.rows, X, n, p, a, r);
  if (ids.size < 2)
    throw new PeacepanelError(
      'BAD_SPEC',
      `cluster column "${clusterName}" has only ${ids.size} value among the rows used`,
      {
        location: { column: clusterName },
        fix: 'cluster on a column with several groups',
      },
    );
  const test = wildScoreTest(Float64Array.from(contrib), {
    reps: opts.reps,
    seed: opts.seed,
    weights: opts.weights ?? 'webb',
  });
  return { ...test, term: opts.term, cluster: clusterName, clusters: ids.size, restrictedTheta: theta };
}

/** c_g = Σ_{i∈g} (a·xᵢ) rᵢ per cluster, clusters numbered in order of first appearance. */
function clusterContributions(
  col: Table['columns'][string] | undefined,
  rows: Int32Array,
  X: Float64Array,
  n: number,
  p: number,
  a: Float64Array,
  r: Float64Array,
): { contrib: number[]; ids: Map<string, number> } {
  const ids = new Map<string, number>();
  const contrib: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = String(col?.values[rows[i] as number]);
    let g = ids.get(key);
    if (g === undefined) {
      g = ids.size;
      ids.set(key, g);
      contrib.push(0);
    }
    let ax = 0;
    for (let k = 0; k < p; k++) ax += (a[k] as number) * (X[k * n + i] as number);
    contrib[g] = (contrib[g] as number) + ax * (r[i] as number);
  }
  return { contrib, ids };
}
