import type { Coefficient, Exclusion } from '../result.js';
import type { TwoPartModelName } from './spec.js';

/**
 * The result of a zero-inflated or hurdle fit, shaped as pscl's `summary.zeroinfl`/`summary.hurdle`:
 * count and zero coefficient tables, θ with the standard error of log θ, log-likelihood. Plain data
 * (structured-clone safe).
 */
export interface TwoPartResult {
  model: TwoPartModelName;
  formula: string;
  countFormula: string;
  zeroFormula: string;
  /** The outcome as written left of `~`. */
  response: string;
  n: number;
  nExcluded: number;
  exclusions: Exclusion[];
  converged: boolean;
  iterations: number;
  /** Count-part coefficients (log link). */
  count: Coefficient[];
  /** Zero-part coefficients (logit of a structural zero for zip/zinb; of crossing the hurdle, y > 0, for hurdle models). */
  zero: Coefficient[];
  /** NB2 θ (null for Poisson) and the standard error of log θ, as pscl's `SE.logtheta`. */
  theta: number | null;
  logThetaStdError: number | null;
  logLik: number;
  /** Parameters estimated: count and zero coefficients plus θ. */
  df: number;
  aic: number;
  bic: number;
  vcovType: string;
  /** Covariance of (count, zero) coefficients, row-major, in that order (θ excluded, as pscl's `vcov`). */
  vcov: number[][];
  gradientNorm: number;
  warnings: string[];
}
