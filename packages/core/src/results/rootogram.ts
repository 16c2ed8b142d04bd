import { type AnyFitted, countObservations } from './observations.js';

/** One bar of a rootogram: a count, how often it was observed and how often the model expects it. */
export interface RootogramBar {
  count: number;
  observed: number;
  expected: number;
}

/**
 * Rootogram data (Kleiber & Zeileis 2016, "Visualizing count data regressions using rootograms",
 * The American Statistician 70(3)): for each count k = 0…`max` (default the largest observed count),
 * the observed frequency and the expected frequency Σᵢ P(Yᵢ = k) under the fitted model (NB2:
 * Σᵢ dnbinom(k, μᵢ, θ), as countreg's `rootogram`). Plot √observed hanging from √expected.
 * @example rootogram(fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine))[0]?.observed // => 9
 */
export function rootogram(model: AnyFitted, max?: number): RootogramBar[] {
  const o = countObservations(model);
  const n = o.y.length;
  let top = max ?? 0;
  if (max === undefined) for (let i = 0; i < n; i++) top = Math.max(top, o.y[i] as number);
  const bars: RootogramBar[] = [];
  for (let k = 0; k <= top; k++) {
    let observed = 0;
    let expected = 0;
    for (let i = 0; i < n; i++) {
      if (o.y[i] === k) observed++;
      expected += o.prob(i, k);
    }
    bars.push({ count: k, observed, expected });
  }
  return bars;
}
