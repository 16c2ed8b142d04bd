/**
 * Percentile intervals of assembled bootstrap draws, by core's `percentileIntervals` (R's
 * `quantile(type = 7)`), labelled with their terms. Cheap (O(k · reps log reps)), so it runs where
 * the slices are assembled.
 */

import { percentileIntervals } from '@peacepanel/core';
import type { BootstrapInterval } from '../api.js';

/**
 * One interval per term of a row-major `reps × terms.length` draw matrix.
 * @example bootstrapIntervals(Float64Array.of(1, 2, 3, 4, 5), ['un'], 0.5) // => [{ term: 'un', lower: 2, upper: 4, reps: 5 }]
 */
export function bootstrapIntervals(draws: Float64Array, terms: string[], level: number): BootstrapInterval[] {
  if (terms.length === 0) return [];
  return percentileIntervals(draws, terms.length, level).map((ci, j) => ({
    term: terms[j] ?? `#${j}`,
    lower: ci.lower,
    upper: ci.upper,
    reps: ci.reps,
  }));
}
