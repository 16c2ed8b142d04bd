import { lgamma } from '../../special/lgamma.js';

/**
 * Poisson log-likelihood Σ y·η − μ − log y! with μ = exp(η).
 * @example poissonLogLik(Float64Array.of(0, 2), Float64Array.of(0, Math.log(2))) // -1 + (2·log 2 − 2 − log 2)
 */
export function poissonLogLik(y: Float64Array, eta: Float64Array): number {
  let ll = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const e = eta[i] as number;
    ll += yi * e - Math.exp(e) - lgamma(yi + 1);
  }
  return ll;
}

/**
 * Poisson deviance 2 Σ [y log(y/μ) − (y − μ)].
 * @example poissonDeviance(Float64Array.of(1), Float64Array.of(1)) // 0
 */
export function poissonDeviance(y: Float64Array, mu: Float64Array | number): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const m = typeof mu === 'number' ? mu : (mu[i] as number);
    d += (yi > 0 ? yi * Math.log(yi / m) : 0) - (yi - m);
  }
  return 2 * d;
}
