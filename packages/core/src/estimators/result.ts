import type { Exclusion } from '../types/exclusion.js';

export type { Exclusion };

/**
 * The result of a fit: plain data only (structured-clone safe), so it crosses the worker boundary
 * and serialises to the CLI's `--json` output unchanged.
 */
export interface Coefficient {
  /** Term name exactly as R prints it: `(Intercept)`, `EthN`, `un:nonun`, `log1p(x)`. */
  term: string;
  estimate: number;
  stdError: number;
  z: number;
  p: number;
  ciLow: number;
  ciHigh: number;
  /** True when the column was aliased (collinear) and dropped; the numbers are then NaN in memory and null in JSON. */
  aliased: boolean;
}

export interface FitResult {
  family: 'negbin' | 'poisson';
  formula: string;
  n: number;
  nExcluded: number;
  exclusions: Exclusion[];
  converged: boolean;
  iterations: number;
  /** NB2 dispersion θ (variance μ + μ²/θ); null for Poisson. */
  theta: number | null;
  thetaStdError: number | null;
  /** α = 1/θ; null for Poisson. */
  alpha: number | null;
  logLik: number;
  /** Number of estimated parameters (β plus θ for negbin). */
  df: number;
  aic: number;
  bic: number;
  deviance: number;
  nullDeviance: number;
  /** Which variance estimator, in words, e.g. "cluster-robust CR1 by country (G = 27), Stata nbreg convention". */
  vcovType: string;
  coefficients: Coefficient[];
  /** Covariance of the non-aliased coefficients, row-major, in `coefficients` order (aliased omitted). */
  vcov: number[][];
  /** Norm of the score at the optimum: evidence of convergence. */
  gradientNorm: number;
  warnings: string[];
  /**
   * When θ ran to its bound (θ → ∞: no overdispersion), the Poisson fit of the same specification,
   * offered in place of the degenerate negative binomial (as a Stata user would refit with `poisson`).
   */
  poissonAlternative?: FitResult;
  /** The frequency-weight column and Σ wᵢ over the rows used, when the fit is weighted. */
  weights?: { column: string; total: number };
}
