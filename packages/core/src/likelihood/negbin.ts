import { digamma } from '../special/digamma.js';
import { lgamma, lgammaRatio } from '../special/lgamma.js';
import { trigamma } from '../special/trigamma.js';

/**
 * One observation's NB2 log-likelihood (variance μ + μ²/θ; Cameron & Trivedi 2013, §3.3):
 * log Γ(y+θ) − log Γ(θ) − log y! + θ log(θ/(θ+μ)) + y log(μ/(θ+μ)), with η = log μ.
 * @example negbinLogLikTerm(0, 0, 1) // log(1/2)
 */
export function negbinLogLikTerm(y: number, eta: number, theta: number): number {
  const mu = Math.exp(eta);
  const logThetaMu = Math.log(theta + mu);
  return lgammaRatio(theta, y) - lgamma(y + 1) - theta * Math.log1p(mu / theta) + y * (eta - logThetaMu);
}

/**
 * NB2 log-likelihood summed over observations.
 * @example negbinLogLik(Float64Array.of(0), Float64Array.of(0), 1) // log(1/2)
 */
export function negbinLogLik(y: Float64Array, eta: Float64Array, theta: number): number {
  let ll = 0;
  for (let i = 0; i < y.length; i++) ll += negbinLogLikTerm(y[i] as number, eta[i] as number, theta);
  return ll;
}

/**
 * ψ(y+θ) − ψ(θ): a sum for small whole y (no cancellation), else the digamma difference.
 * @example digammaDiff(2, 1) // 1/2
 */
export function digammaDiff(theta: number, y: number): number {
  if (y === 0) return 0;
  if (y < 30 && Number.isInteger(y)) {
    let s = 0;
    for (let j = 0; j < y; j++) s += 1 / (theta + j);
    return s;
  }
  return digamma(theta + y) - digamma(theta);
}

/**
 * ψ'(y+θ) − ψ'(θ): a sum for small whole y, else the trigamma difference.
 * @example trigammaDiff(2, 1) // −1/4
 */
export function trigammaDiff(theta: number, y: number): number {
  if (y === 0) return 0;
  if (y < 30 && Number.isInteger(y)) {
    let s = 0;
    for (let j = 0; j < y; j++) s -= 1 / (theta + j) ** 2;
    return s;
  }
  return trigamma(theta + y) - trigamma(theta);
}

/**
 * Derivatives of one observation's NB2 log-likelihood in η = log μ and t = log θ, for the score,
 * the observed information and sandwich estimators: first derivatives `gEta`, `gT`, and the
 * negated second derivatives `hEtaEta`, `hEtaT`, `hTT`; `wExp` is the expected information weight
 * μθ/(θ+μ) (IRLS weight of glm.nb).
 * @example negbinDerivatives(1, 0, 1).gEta // 0
 */
export function negbinDerivatives(
  y: number,
  eta: number,
  theta: number,
): { gEta: number; gT: number; hEtaEta: number; hEtaT: number; hTT: number; wExp: number } {
  const mu = Math.exp(eta);
  const tm = theta + mu;
  const gEta = ((y - mu) * theta) / tm;
  const gTheta = digammaDiff(theta, y) - Math.log1p(mu / theta) + (mu - y) / tm;
  const hThetaTheta = trigammaDiff(theta, y) + 1 / theta - 2 / tm + (y + theta) / (tm * tm);
  return {
    gEta,
    gT: theta * gTheta,
    hEtaEta: (mu * theta * (theta + y)) / (tm * tm),
    hEtaT: -(theta * (y - mu) * mu) / (tm * tm),
    hTT: -(theta * theta * hThetaTheta + theta * gTheta),
    wExp: (mu * theta) / tm,
  };
}

/**
 * NB2 deviance 2 Σ wᵢ [y log(y/μ) + (y+θ) log((μ+θ)/(y+θ))] (as `MASS::negative.binomial`; w = 1 when absent).
 * @example negbinDeviance(Float64Array.of(2), Float64Array.of(2), 1) // 0
 */
export function negbinDeviance(
  y: Float64Array,
  mu: Float64Array | number,
  theta: number,
  weights?: Float64Array,
): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const m = typeof mu === 'number' ? mu : (mu[i] as number);
    const di = (yi > 0 ? yi * Math.log(yi / m) : 0) + (yi + theta) * Math.log((m + theta) / (yi + theta));
    d += weights ? (weights[i] as number) * di : di;
  }
  return 2 * d;
}
