import type { Table } from '../table.js';

/** Design rows of new data: the estimable model columns and the fixed part of the linear predictor. */
export interface DesignRows {
  n: number;
  k: number;
  /** n × k row-major, estimable (non-aliased) columns in coefficient order. */
  X: Float64Array;
  /** Offset plus any fixed-effect contribution per row (0 when none). */
  offset: Float64Array;
  /** Index in the data of each design row, when some rows were skipped (missing values, unseen levels). */
  rowsUsed?: Int32Array;
}

/** Sample summaries of the raw numeric columns a formula uses (over the estimation sample). */
export interface SampleSummary {
  means: Record<string, number>;
  min: Record<string, number>;
  max: Record<string, number>;
}

/**
 * What predictions, marginal effects and contrasts need from a fitted log-link model: β, its
 * covariance, and a way to build design rows for new data. `predictionModelOf` makes one from a
 * `FittedModel`; tests may build one by hand.
 */
export interface PredictionModel {
  /** Estimable terms, as R prints them. */
  terms: string[];
  /** Estimable coefficients. */
  beta: Float64Array;
  /** k × k row-major covariance of `beta` (the model's own vcov convention). */
  vcov: Float64Array;
  /** Raw data columns the formula reads, with their kind. */
  variables: { name: string; kind: 'number' | 'factor'; levels: string[] | null }[];
  /** Builds design rows; throws PeacepanelError when a needed column is missing or a value is bad. */
  rows(data: Table): DesignRows;
  /** Sample means/min/max of the raw numeric columns, when the fit recorded them. */
  sample: SampleSummary | null;
  /** The variance estimator in words (from the fit). */
  vcovType: string;
}

/** η = Xβ + offset, its delta-method SE sqrt(x V xᵀ) and μ = exp(η) for every row. */
export interface LinearPredictions {
  eta: Float64Array;
  seEta: Float64Array;
  mu: Float64Array;
}

/**
 * Linear predictor, its standard error and the mean for every design row. O(n k²).
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * const pm = predictionModelOf(fitModelDetailed({ formula: 'Days ~ Eth' }, quine));
 * linearPredictions(pm, pm.rows(tableFromRows([{ Eth: 'A' }]))).mu // => [21.2319]
 */
export function linearPredictions(pm: PredictionModel, d: DesignRows): LinearPredictions {
  const { n, k, X, offset } = d;
  const eta = new Float64Array(n);
  const seEta = new Float64Array(n);
  const mu = new Float64Array(n);
  const xv = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    let e = offset[i]!;
    for (let j = 0; j < k; j++) e += X[base + j]! * pm.beta[j]!;
    eta[i] = e;
    mu[i] = Math.exp(e);
    seEta[i] = Math.sqrt(quadraticForm(X, base, pm.vcov, k, xv));
  }
  return { eta, seEta, mu };
}

/**
 * gᵀ V g for the vector g = a[offset .. offset + k) and a k × k row-major V; `work` is scratch space.
 * @example quadraticForm(new Float64Array([1, 2]), 0, new Float64Array([1, 0, 0, 1]), 2) // => 5
 */
export function quadraticForm(
  a: ArrayLike<number>,
  offset: number,
  V: Float64Array,
  k: number,
  work: Float64Array = new Float64Array(k),
): number {
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let l = 0; l < k; l++) s += V[j * k + l]! * a[offset + l]!;
    work[j] = s;
  }
  let q = 0;
  for (let j = 0; j < k; j++) q += a[offset + j]! * work[j]!;
  return Math.max(0, q);
}
