import { crossprodVectorCols, gramWeighted, linearPredictorCols } from '../../linalg/column-major.js';
import { solveSpd } from '../../linalg/spd.js';
import { plogis } from './count-terms.js';

/**
 * Logistic regression by IRLS (Fisher scoring with the canonical logit link; McCullagh & Nelder 1989,
 * §4.4), as R's `glm.fit(X, y, family = binomial())`: the starting values of the zero part of
 * pscl's `zeroinfl` (y = 1 for zeros) and `hurdle` (y = 1 for positives). `X` is n × k column-major.
 * Returns the coefficients after convergence or `maxIter` steps (a start only: the joint fit refines them).
 * @example logitIrls(Float64Array.of(1, 1, 1, 1), 4, 1, Float64Array.of(1, 0, 0, 0), new Float64Array(4))[0] // => Math.log(1 / 3)
 */
export function logitIrls(
  X: Float64Array,
  n: number,
  k: number,
  y: Float64Array,
  offset: Float64Array,
  maxIter = 50,
): Float64Array {
  let beta = new Float64Array(k);
  const w = new Float64Array(n);
  const r = new Float64Array(n);
  for (let it = 0; it < maxIter; it++) {
    const eta = linearPredictorCols(X, n, k, beta, offset);
    for (let i = 0; i < n; i++) {
      const p = plogis(eta[i] as number);
      w[i] = Math.max(p * (1 - p), 1e-10);
      r[i] = (y[i] as number) - p;
    }
    const step = solveSpd(gramWeighted(X, n, k, w), k, crossprodVectorCols(X, n, k, r));
    if (!step) break;
    let change = 0;
    const next = beta.map((b, j) => {
      const s = step[j] as number;
      change = Math.max(change, Math.abs(s) / (Math.abs(b) + 0.1));
      return b + s;
    });
    beta = next;
    if (change < 1e-10) break;
  }
  return beta;
}
