import type { SparseLayout } from '../linalg/column-major.js';

/** The numeric input of a count-model fit: a full-rank design (aliased columns already removed). */
export interface GlmData {
  /** n × p, column-major (column j at X[j·n … j·n + n − 1]). */
  X: Float64Array;
  n: number;
  p: number;
  y: Float64Array;
  /** Offset on the link scale (zeros when none). */
  offset: Float64Array;
  /** Sparse trailing columns (fixed-effect indicators), when any. */
  layout?: SparseLayout | undefined;
  /** Frequency weights (≥ 0, one per row): row i counts as wᵢ observations. All 1 when absent. */
  weights?: Float64Array | undefined;
}

/** Controls shared by the Poisson and negative binomial fits. */
export interface FitControl {
  maxIter: number;
  /** Convergence tolerance on the relative change in log-likelihood and on the Newton decrement. */
  tol: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((p: { iteration: number; logLik: number }) => void) | undefined;
}

/** What every count-model fit returns. */
export interface CountFit {
  beta: Float64Array;
  eta: Float64Array;
  mu: Float64Array;
  logLik: number;
  iterations: number;
  converged: boolean;
  /** Log-likelihood after each iteration (non-decreasing up to rounding: steps in the last, quadratic phase may differ by ~1e-13·|ℓ|). */
  trace: number[];
  warnings: string[];
}
