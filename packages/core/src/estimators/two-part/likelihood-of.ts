import { hurdleLikelihood } from '../hurdle/loglik.js';
import { zeroInflatedLikelihood } from '../zero-inflated/loglik.js';
import type { TwoPartLikelihood } from './observation.js';
import type { TwoPartModelName } from './spec.js';

/**
 * The likelihood of a named two-part model.
 * @example likelihoodOf('zinb').dist // => 'negbin'
 */
export function likelihoodOf(model: TwoPartModelName): TwoPartLikelihood {
  const dist = model === 'zip' || model === 'hurdle-poisson' ? 'poisson' : 'negbin';
  return model.startsWith('hurdle') ? hurdleLikelihood(dist) : zeroInflatedLikelihood(dist);
}

/** Whether a named model is a hurdle model (else zero-inflated). */
export function isHurdle(model: TwoPartModelName): boolean {
  return model.startsWith('hurdle');
}
