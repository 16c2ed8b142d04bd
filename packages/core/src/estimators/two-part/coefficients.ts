import { twoSidedNormalP } from '../../special/normal-cdf.js';
import { normalQuantile } from '../../special/normal-quantile.js';
import type { Coefficient } from '../result.js';

/**
 * Wald z table rows (estimate, SE, z, two-sided normal p, interval) for coefficients `from…from+names.length−1`
 * of a parameter vector with covariance `V` (k × k row-major), as pscl's `summary` prints them.
 * @example coefficientRows(['(Intercept)'], [1], Float64Array.of(0.25), 1, 0, 0.95)[0]?.z // => 2
 */
export function coefficientRows(
  names: readonly string[],
  par: ArrayLike<number>,
  V: Float64Array | null,
  k: number,
  from: number,
  ciLevel: number,
): Coefficient[] {
  const zq = normalQuantile(0.5 + ciLevel / 2);
  return names.map((term, j) => {
    const c = from + j;
    const estimate = par[c] as number;
    const stdError = V ? Math.sqrt(V[c * k + c] as number) : Number.NaN;
    const z = estimate / stdError;
    return {
      term,
      estimate,
      stdError,
      z,
      p: twoSidedNormalP(z),
      ciLow: estimate - zq * stdError,
      ciHigh: estimate + zq * stdError,
      aliased: false,
    };
  });
}
