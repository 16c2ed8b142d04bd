import { lgamma } from '../../special/lgamma.js';

/**
 * Poisson log-likelihood Σ y·η − μ − log y! with μ = exp(η); pass Σ log y! when it is known.
 * @example poissonLogLik(Float64Array.of(0, 2), Float64Array.of(0, Math.log(2))) // -1 + (2·log 2 − 2 − log 2)
 */
export function poissonLogLik(
  y: Float64Array,
  eta: Float64Array,
  sumLogFactorial = sumLogFactorials(y),
): number {
  let ll = -sumLogFactorial;
  for (let i = 0; i < y.length; i++) {
    const e = eta[i] as number;
    ll += (y[i] as number) * e - Math.exp(e);
  }
  return ll;
}

/**
 * Σ log yᵢ!, the parameter-free part of count log-likelihoods (computed once per fit).
 * @example sumLogFactorials(Float64Array.of(0, 3)) // log 6
 */
export function sumLogFactorials(y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    if (yi > 1) s += lgamma(yi + 1);
  }
  return s;
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
