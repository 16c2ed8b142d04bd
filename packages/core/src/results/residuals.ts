import { PeacepanelError } from '../errors.js';
import { type AnyFitted, countObservations, isTwoPart } from './observations.js';

/** Residual types of {@link residuals}, as R's `residuals(model, type)`. */
export type ResidualType = 'response' | 'pearson' | 'deviance';

/**
 * Residuals of a fitted count model, as R's `residuals()`: `response` y − μ̂; `pearson`
 * (y − μ̂)/√Var(y) (NB2: μ + μ²/θ; for zero-inflated and hurdle models pscl's variance); `deviance`
 * sign(y − μ̂)·√dᵢ with dᵢ the unit deviance of the GLM family (NB2 with θ fixed, as `glm.nb`;
 * Poisson), not defined for two-part models (pscl offers only response and Pearson).
 * Default `deviance` for GLMs as R's `residuals.glm`, `pearson` for two-part models as pscl.
 * @throws PeacepanelError `BAD_OPTION` for deviance residuals of a two-part model.
 * @example residuals(fitModelDetailed({ formula: 'Days ~ Eth' }, quine), 'pearson')[0]
 */
export function residuals(model: AnyFitted, type?: ResidualType): number[] {
  const o = countObservations(model);
  const t = type ?? (isTwoPart(model) ? 'pearson' : 'deviance');
  const n = o.y.length;
  const out = new Array<number>(n);
  if (t === 'deviance' && isTwoPart(model))
    throw new PeacepanelError(
      'BAD_OPTION',
      `deviance residuals are not defined for ${model.result.model} models`,
      {
        fix: 'use type "pearson" or "response" (as pscl)',
      },
    );
  for (let i = 0; i < n; i++) {
    const y = o.y[i] as number;
    const mu = o.mean[i] as number;
    if (t === 'response') out[i] = y - mu;
    else if (t === 'pearson') out[i] = (y - mu) / Math.sqrt(o.variance[i] as number);
    else {
      const th = o.theta;
      const d =
        (y > 0 ? y * Math.log(y / mu) : 0) +
        (th === null ? mu - y : (y + th) * Math.log((mu + th) / (y + th)));
      out[i] = Math.sign(y - mu) * Math.sqrt(Math.max(2 * d, 0));
    }
  }
  return out;
}

/**
 * Fitted means μ̂ᵢ = E(Yᵢ), as R's `fitted()` (for zero-inflated and hurdle models the mean of the
 * whole two-part distribution, as pscl's `fitted`).
 * @example const model = fitModelDetailed({ formula: 'Days ~ Eth' }, quine);
 * fitted(model).length === nobs(model) // => true
 */
export function fitted(model: AnyFitted): number[] {
  return Array.from(countObservations(model).mean);
}

/**
 * Number of observations used, as R's `nobs()`.
 * @example nobs(fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine)) // => 146
 */
export function nobs(model: AnyFitted): number {
  return model.result.n;
}

/**
 * Residual degrees of freedom, as R's `df.residual`: n minus the coefficients for glm.nb/glm (θ not
 * counted, fixed effects counted), n minus all parameters including θ for pscl's two-part models.
 * @example dfResidual(fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine)) // => 139
 */
export function dfResidual(model: AnyFitted): number {
  if (isTwoPart(model)) return model.result.n - model.result.df;
  return model.result.n - (model.rank ?? model.beta.length);
}
