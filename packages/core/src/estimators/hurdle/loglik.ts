import { type CountDist, countTerms, log1pExp, plogis } from '../two-part/count-terms.js';
import type { ObservationTerms, TwoPartLikelihood } from '../two-part/observation.js';

/**
 * One observation of a hurdle count model (Mullahy 1986; Zeileis, Kleiber & Jackman 2008): with
 * p = logistic(η_zero) the probability of crossing the hurdle (binomial zero part, as pscl's
 * `zero.dist = "binomial"`) and f the Poisson/NB2 count density truncated at zero,
 * P(0) = 1 − p and P(y) = p f(y)/(1 − f(0)) for y > 0.
 * @example hurdleTerms('poisson', 0, 0, 0, 1).ll // => Math.log(0.5)
 */
export function hurdleTerms(
  dist: CountDist,
  y: number,
  etaCount: number,
  etaZero: number,
  theta: number,
): ObservationTerms {
  const p = plogis(etaZero);
  if (y === 0) return { ll: -log1pExp(etaZero), dEtaCount: 0, dEtaZero: -p, dT: 0 };
  const c = countTerms(dist, y, etaCount, theta);
  // log(1 − f(0)) and f(0)/(1 − f(0)) from log f(0) without cancellation.
  const log1mF0 = Math.log(-Math.expm1(c.logF0));
  const odds0 = 1 / Math.expm1(-c.logF0);
  return {
    ll: -log1pExp(-etaZero) + c.logF - log1mF0,
    dEtaCount: c.dLogFdEta + odds0 * c.dLogF0dEta,
    dEtaZero: 1 - p,
    dT: c.dLogFdT + odds0 * c.dLogF0dT,
  };
}

/**
 * The hurdle Poisson (`hurdle-poisson`) or negative binomial (`hurdle-nb`) likelihood as a {@link TwoPartLikelihood}.
 * @example hurdleLikelihood('poisson').prob(0, 0, 0, 1) // => 0.5
 */
export function hurdleLikelihood(dist: CountDist): TwoPartLikelihood {
  return {
    dist,
    terms: (y, etaCount, etaZero, theta) => hurdleTerms(dist, y, etaCount, etaZero, theta),
    prob(k, etaCount, etaZero, theta) {
      const p = plogis(etaZero);
      if (k === 0) return 1 - p;
      const c = countTerms(dist, k, etaCount, theta);
      return p * Math.exp(c.logF - Math.log(-Math.expm1(c.logF0)));
    },
    mean(etaCount, etaZero, theta) {
      const c = countTerms(dist, 0, etaCount, theta);
      return (plogis(etaZero) * Math.exp(etaCount)) / -Math.expm1(c.logF0);
    },
    variance(etaCount, etaZero, theta) {
      // pscl: with P(y>0) = p and truncated moments, Var = p·E(Y²|Y>0) − (p·E(Y|Y>0))².
      const p = plogis(etaZero);
      const mu = Math.exp(etaCount);
      const pos = -Math.expm1(countTerms(dist, 0, etaCount, theta).logF0);
      const ex2 = mu + mu * mu + (dist === 'negbin' ? (mu * mu) / theta : 0);
      const m = (p * mu) / pos;
      return (p * ex2) / pos - m * m;
    },
  };
}
