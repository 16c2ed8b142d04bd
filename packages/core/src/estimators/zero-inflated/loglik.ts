import { type CountDist, countTerms, log1pExp, plogis } from '../two-part/count-terms.js';
import type { ObservationTerms, TwoPartLikelihood } from '../two-part/observation.js';

/**
 * One observation of a zero-inflated count model (Lambert 1992; Zeileis, Kleiber & Jackman 2008):
 * with π = logistic(η_zero) the probability of a structural zero and f the Poisson/NB2 count density,
 * P(0) = π + (1−π) f(0) and P(y) = (1−π) f(y) for y > 0. Derivatives as pscl's `zeroinfl` gradient:
 * for y = 0, ∂ℓ/∂η_zero = π/P(0) − π and the count derivatives are those of log f(0) weighted by
 * (1−π) f(0)/P(0).
 * @example zeroInflatedTerms('poisson', 0, 0, 0, 1).ll // log(0.5 + 0.5·e⁻¹)
 */
export function zeroInflatedTerms(
  dist: CountDist,
  y: number,
  etaCount: number,
  etaZero: number,
  theta: number,
): ObservationTerms {
  const c = countTerms(dist, y, etaCount, theta);
  const pi = plogis(etaZero);
  const logPi = -log1pExp(-etaZero);
  const log1mPi = -log1pExp(etaZero);
  if (y > 0) return { ll: log1mPi + c.logF, dEtaCount: c.dLogFdEta, dEtaZero: -pi, dT: c.dLogFdT };
  const a = logPi;
  const b = log1mPi + c.logF0;
  const ll = Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
  const fromCount = Math.exp(b - ll);
  return {
    ll,
    dEtaCount: fromCount * c.dLogF0dEta,
    dEtaZero: Math.exp(a - ll) - pi,
    dT: fromCount * c.dLogF0dT,
  };
}

/**
 * The zero-inflated Poisson (`zip`) or negative binomial (`zinb`) likelihood as a {@link TwoPartLikelihood}.
 * @example zeroInflatedLikelihood('negbin').prob(0, 0, 0, 1) // 0.5 + 0.5 · 0.5
 */
export function zeroInflatedLikelihood(dist: CountDist): TwoPartLikelihood {
  return {
    dist,
    terms: (y, etaCount, etaZero, theta) => zeroInflatedTerms(dist, y, etaCount, etaZero, theta),
    prob(k, etaCount, etaZero, theta) {
      const pi = plogis(etaZero);
      const f = Math.exp(countTerms(dist, k, etaCount, theta).logF);
      return k === 0 ? pi + (1 - pi) * f : (1 - pi) * f;
    },
    mean: (etaCount, etaZero) => (1 - plogis(etaZero)) * Math.exp(etaCount),
    variance(etaCount, etaZero, theta) {
      // pscl: (1−π) μ (1 + π μ + μ/θ) for NB2, (1−π) μ (1 + π μ) for Poisson.
      const pi = plogis(etaZero);
      const mu = Math.exp(etaCount);
      return (1 - pi) * mu * (1 + pi * mu + (dist === 'negbin' ? mu / theta : 0));
    },
  };
}
