import type { TwoPartLikelihood } from './observation.js';

/** The numeric input of a two-part fit: both design matrices on the same rows. */
export interface TwoPartData {
  n: number;
  y: Float64Array;
  /** Count-part design, n × kCount, column-major. */
  xCount: Float64Array;
  kCount: number;
  offsetCount: Float64Array;
  /** Zero-part design, n × kZero, column-major. */
  xZero: Float64Array;
  kZero: number;
  offsetZero: Float64Array;
}

/** Number of parameters: count β, zero γ, and log θ for the NB2 count part. */
export function parameterCount(d: TwoPartData, lik: TwoPartLikelihood): number {
  return d.kCount + d.kZero + (lik.dist === 'negbin' ? 1 : 0);
}

/**
 * The two linear predictors at a parameter vector laid out as pscl's `zeroinfl` does:
 * (count β, zero γ, log θ).
 * @example import { buildTwoPartDesign } from './design.js';
 * const { data } = buildTwoPartDesign('Days ~ Eth | 1', quine);
 * linearPredictors(data, [1, 0.5, -2, 0]).etaZero[0] // => -2
 */
export function linearPredictors(
  d: TwoPartData,
  par: ArrayLike<number>,
): { etaCount: Float64Array; etaZero: Float64Array; theta: number } {
  const { n, kCount, kZero } = d;
  const etaCount = Float64Array.from(d.offsetCount);
  const etaZero = Float64Array.from(d.offsetZero);
  for (let j = 0; j < kCount; j++) {
    const b = par[j] as number;
    const col = j * n;
    for (let i = 0; i < n; i++) etaCount[i] = (etaCount[i] as number) + b * (d.xCount[col + i] as number);
  }
  for (let j = 0; j < kZero; j++) {
    const g = par[kCount + j] as number;
    const col = j * n;
    for (let i = 0; i < n; i++) etaZero[i] = (etaZero[i] as number) + g * (d.xZero[col + i] as number);
  }
  const t = par[kCount + kZero];
  return { etaCount, etaZero, theta: t === undefined ? Number.POSITIVE_INFINITY : Math.exp(t) };
}

/**
 * Log-likelihood and analytic gradient (as pscl's `gradNegBin`/`gradPoisson`) of a two-part model.
 * With `scores`, also each observation's score (n × q, row-major) for sandwich estimators.
 * Cost O(n·q).
 * @example import { buildTwoPartDesign } from './design.js';
 * import { zeroInflatedLikelihood } from '../zero-inflated/loglik.js';
 * const { data } = buildTwoPartDesign('Days ~ Eth | 1', quine);
 * twoPartLogLik(zeroInflatedLikelihood('negbin'), data, [2.5, 0.3, -3, 0]).grad.length // => 4
 */
export function twoPartLogLik(
  lik: TwoPartLikelihood,
  d: TwoPartData,
  par: ArrayLike<number>,
  scores = false,
): { ll: number; grad: Float64Array; scores?: Float64Array } {
  const { n, kCount, kZero } = d;
  const q = parameterCount(d, lik);
  const { etaCount, etaZero, theta } = linearPredictors(d, par);
  const gC = new Float64Array(n);
  const gZ = new Float64Array(n);
  const gT = new Float64Array(n);
  let ll = 0;
  for (let i = 0; i < n; i++) {
    const o = lik.terms(d.y[i] as number, etaCount[i] as number, etaZero[i] as number, theta);
    ll += o.ll;
    gC[i] = o.dEtaCount;
    gZ[i] = o.dEtaZero;
    gT[i] = o.dT;
  }
  const grad = new Float64Array(q);
  const S = scores ? new Float64Array(n * q) : undefined;
  for (let j = 0; j < kCount + kZero; j++) {
    const zero = j >= kCount;
    const X = zero ? d.xZero : d.xCount;
    const g = zero ? gZ : gC;
    const col = (zero ? j - kCount : j) * n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const v = (g[i] as number) * (X[col + i] as number);
      s += v;
      if (S) S[i * q + j] = v;
    }
    grad[j] = s;
  }
  if (q > kCount + kZero) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      s += gT[i] as number;
      if (S) S[i * q + q - 1] = gT[i] as number;
    }
    grad[q - 1] = s;
  }
  return S ? { ll, grad, scores: S } : { ll, grad };
}
