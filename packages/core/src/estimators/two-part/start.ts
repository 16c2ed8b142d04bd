import { fitPoisson } from '../poisson/fit.js';
import type { TwoPartData } from './data.js';
import { logitIrls } from './logit-irls.js';

/**
 * Starting values as pscl computes them: count part from a Poisson GLM (on all rows for the
 * zero-inflated model, on the positive counts for the hurdle), zero part from a logistic regression
 * of y = 0 (zero-inflated) or y > 0 (hurdle), and log θ = 0 (θ = 1) for NB2.
 * @example import { buildTwoPartDesign } from './design.js';
 * const { data } = buildTwoPartDesign('Days ~ Eth | 1', quine);
 * twoPartStart(data, 'zero-inflated', 'negbin').length // => 4
 */
export function twoPartStart(
  d: TwoPartData,
  kind: 'zero-inflated' | 'hurdle',
  dist: 'poisson' | 'negbin',
): Float64Array {
  const { n, kCount, kZero } = d;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (kind === 'zero-inflated' || (d.y[i] as number) > 0) rows.push(i);
  const m = rows.length;
  const X = new Float64Array(m * kCount);
  for (let j = 0; j < kCount; j++)
    rows.forEach((i, r) => {
      X[j * m + r] = d.xCount[j * n + i] as number;
    });
  const count = fitPoisson(
    {
      X,
      n: m,
      p: kCount,
      y: Float64Array.from(rows, (i) => d.y[i] as number),
      offset: Float64Array.from(rows, (i) => d.offsetCount[i] as number),
    },
    { maxIter: 100, tol: 1e-10 },
  ).beta;
  const indicator = d.y.map((v) => (kind === 'zero-inflated' ? (v === 0 ? 1 : 0) : v > 0 ? 1 : 0));
  const zero = logitIrls(d.xZero, n, kZero, indicator, d.offsetZero);
  const par = new Float64Array(kCount + kZero + (dist === 'negbin' ? 1 : 0));
  par.set(count, 0);
  par.set(zero, kCount);
  return par;
}
