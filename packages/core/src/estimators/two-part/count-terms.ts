import { digammaDiff } from '../../likelihood/negbin.js';
import { lgamma, lgammaRatio } from '../../special/lgamma.js';

/** The count distribution of a zero-inflated or hurdle model: Poisson, or NB2 with dispersion θ. */
export type CountDist = 'poisson' | 'negbin';

/**
 * One observation's count-part quantities: log f(y), log f(0), and their derivatives in η = log μ
 * and t = log θ (zero for Poisson). Shared by the zero-inflated and hurdle likelihoods.
 */
export interface CountTerms {
  logF: number;
  dLogFdEta: number;
  dLogFdT: number;
  logF0: number;
  dLogF0dEta: number;
  dLogF0dT: number;
}

/**
 * Log-probability of y and of 0 under Poisson(μ) or NB2(μ, θ) (variance μ + μ²/θ), with first
 * derivatives in η = log μ and t = log θ (Cameron & Trivedi 2013, §3.3; Zeileis, Kleiber & Jackman
 * 2008, the count parts of pscl's `zeroinfl`/`hurdle`). `theta` is ignored for Poisson.
 * @example countTerms('poisson', 0, 0, 1).logF0 // -1
 */
export function countTerms(dist: CountDist, y: number, eta: number, theta: number): CountTerms {
  const mu = Math.exp(eta);
  if (dist === 'poisson')
    return {
      logF: y * eta - mu - lgamma(y + 1),
      dLogFdEta: y - mu,
      dLogFdT: 0,
      logF0: -mu,
      dLogF0dEta: -mu,
      dLogF0dT: 0,
    };
  const tm = theta + mu;
  const log1pMu = Math.log1p(mu / theta);
  const logF0 = -theta * log1pMu;
  return {
    logF: lgammaRatio(theta, y) - lgamma(y + 1) + logF0 + y * (eta - Math.log(tm)),
    dLogFdEta: ((y - mu) * theta) / tm,
    dLogFdT: theta * (digammaDiff(theta, y) - log1pMu + (mu - y) / tm),
    logF0,
    dLogF0dEta: -(theta * mu) / tm,
    dLogF0dT: theta * (-log1pMu + mu / tm),
  };
}

/**
 * log(1 + eˣ) without overflow.
 * @example log1pExp(0) // Math.LN2
 */
export function log1pExp(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * The logistic function 1/(1 + e⁻ˣ) (inverse logit).
 * @example plogis(0) // 0.5
 */
export function plogis(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
