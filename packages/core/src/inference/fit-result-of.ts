import type { FitResult } from '../estimators/result.js';

/** A fit result, or anything that carries one (a `FittedModel`). */
export type HasFitResult = FitResult | { result: FitResult; spec?: { ciLevel: number } };

/**
 * The `FitResult` of a fit result or fitted model, so tests and tables accept either.
 * @example resultOf(fitModelDetailed({ formula: 'Days ~ Eth' }, quine)).n // => 146
 */
export function resultOf(m: HasFitResult): FitResult {
  return 'result' in m ? m.result : m;
}
