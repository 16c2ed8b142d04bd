import { lgamma } from '../special/lgamma.js';

/**
 * Poisson log-likelihood Σ wᵢ (y·η − μ − log y!) with μ = exp(η) and frequency weights w (all 1
 * when absent); pass Σ wᵢ log yᵢ! when it is known.
 * @example poissonLogLik(Float64Array.of(0, 2), Float64Array.of(0, Math.log(2))) // -1 + (2·log 2 − 2 − log 2)
 */
export function poissonLogLik(
  y: Float64Array,
  eta: Float64Array,
  sumLogFactorial = sumLogFactorials(y),
  weights?: Float64Array,
): number {
  let ll = -sumLogFactorial;
  if (weights)
    for (let i = 0; i < y.length; i++) {
      const e = eta[i] as number;
      ll += (weights[i] as number) * ((y[i] as number) * e - Math.exp(e));
    }
  else
    for (let i = 0; i < y.length; i++) {
      const e = eta[i] as number;
      ll += (y[i] as number) * e - Math.exp(e);
    }
  return ll;
}

/** log k! for k = 0 … 1023, filled on first use. */
let logFactorialTable: Float64Array | null = null;

/**
 * log y! for a count y ≥ 0: read from a table for whole y below 1024, else log Γ(y + 1).
 * @example logFactorial(3) // log 6
 */
export function logFactorial(y: number): number {
  if (y < 1024 && Number.isInteger(y)) {
    if (!logFactorialTable) {
      logFactorialTable = new Float64Array(1024);
      for (let k = 2; k < 1024; k++)
        logFactorialTable[k] = (logFactorialTable[k - 1] as number) + Math.log(k);
    }
    return logFactorialTable[y] as number;
  }
  return lgamma(y + 1);
}

/**
 * Σ wᵢ log yᵢ!, the parameter-free part of count log-likelihoods (computed once per fit; w = 1 when absent).
 * @example sumLogFactorials(Float64Array.of(0, 3)) // log 6
 */
export function sumLogFactorials(y: Float64Array, weights?: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    if (yi > 1) s += (weights ? (weights[i] as number) : 1) * logFactorial(yi);
  }
  return s;
}

/**
 * Poisson deviance 2 Σ wᵢ [y log(y/μ) − (y − μ)] (w = 1 when absent).
 * @example poissonDeviance(Float64Array.of(1), Float64Array.of(1)) // 0
 */
export function poissonDeviance(y: Float64Array, mu: Float64Array | number, weights?: Float64Array): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const m = typeof mu === 'number' ? mu : (mu[i] as number);
    d += (weights ? (weights[i] as number) : 1) * ((yi > 0 ? yi * Math.log(yi / m) : 0) - (yi - m));
  }
  return 2 * d;
}
