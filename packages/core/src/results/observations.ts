import { PeacepanelError } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { countTerms } from '../estimators/two-part/count-terms.js';
import type { TwoPartFitted } from '../estimators/two-part/fit.js';
import { likelihoodOf } from '../estimators/two-part/likelihood-of.js';

/** Any fitted count model whose observations can be examined. */
export type AnyFitted = FittedModel | TwoPartFitted;

/**
 * Per-observation view of a fitted count model: outcome, mean, variance and P(Y = k), what
 * `residuals`, `fitted`, the rootogram and the Vuong test need.
 */
export interface CountObservations {
  y: Float64Array;
  mean: Float64Array;
  variance: Float64Array;
  /** P(Yᵢ = k) under the fitted model. */
  prob: (i: number, k: number) => number;
  /** Number of estimated parameters (as R's `attr(logLik(m), "df")`). */
  df: number;
  /** `negbin`/`poisson` (plain GLM) or a two-part model name. */
  kind: string;
  /** NB2 θ when the count distribution is NB2. */
  theta: number | null;
}

/** True for a zero-inflated or hurdle fit. */
export function isTwoPart(m: AnyFitted): m is TwoPartFitted {
  return 'par' in m && 'etaZero' in m;
}

/**
 * The per-observation view of a fit (see {@link CountObservations}).
 * @throws PeacepanelError `BAD_OPTION` for a model built without its observations (older caches).
 * @example countObservations(fitModelDetailed({ formula: 'Days ~ Eth' }, quine)).y.length // => 146
 */
export function countObservations(m: AnyFitted): CountObservations {
  if (isTwoPart(m)) {
    const lik = likelihoodOf(m.result.model);
    const theta = m.result.theta ?? Number.POSITIVE_INFINITY;
    const n = m.y.length;
    const c = m.etaCount;
    const z = m.etaZero;
    return {
      y: m.y,
      mean: Float64Array.from({ length: n }, (_, i) => lik.mean(c[i] as number, z[i] as number, theta)),
      variance: Float64Array.from({ length: n }, (_, i) =>
        lik.variance(c[i] as number, z[i] as number, theta),
      ),
      prob: (i, k) => lik.prob(k, c[i] as number, z[i] as number, theta),
      df: m.result.df,
      kind: m.result.model,
      theta: m.result.theta,
    };
  }
  if (!m.y || !m.fitted)
    throw new PeacepanelError('BAD_OPTION', 'this fitted model does not carry its observations (y, fitted)', {
      fix: 'refit with fitModelDetailed from this version of @peacepanel/core',
    });
  const theta = m.result.theta;
  const mu = m.fitted;
  const dist = theta === null ? 'poisson' : 'negbin';
  return {
    y: m.y,
    mean: mu,
    variance: mu.map((v) => (theta === null ? v : v + (v * v) / theta)),
    prob: (i, k) => Math.exp(countTerms(dist, k, Math.log(mu[i] as number), theta ?? 1).logF),
    df: m.result.df,
    kind: m.result.family,
    theta,
  };
}
