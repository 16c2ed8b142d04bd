import { negbinDeviance } from '../likelihood/negbin.js';
import { poissonDeviance } from '../likelihood/poisson.js';

/**
 * Deviance of the null model as R's `glm` / `glm.nb` report it: intercept only (fitted with the
 * offset when there is one, θ fixed at its final value) or, without an intercept, μ = exp(offset);
 * frequency weights w weight every row (1 when absent).
 * @example nullDeviance(y, offset, false, true, 1.27)
 */
export function nullDeviance(
  y: Float64Array,
  offset: Float64Array,
  hasOffset: boolean,
  intercept: boolean,
  theta: number | null,
  weights?: Float64Array,
): number {
  const n = y.length;
  const w = (i: number) => (weights ? (weights[i] as number) : 1);
  const dev = (mu: Float64Array | number) =>
    theta === null ? poissonDeviance(y, mu, weights) : negbinDeviance(y, mu, theta, weights);
  if (!intercept) return dev(offset.map(Math.exp));
  let sy = 0;
  let sw = 0;
  for (let i = 0; i < n; i++) {
    sy += w(i) * (y[i] as number);
    sw += w(i);
  }
  if (!hasOffset) return dev(sy / sw);
  let se = 0;
  for (let i = 0; i < n; i++) se += w(i) * Math.exp(offset[i] as number);
  let a = Math.log(sy / se);
  if (theta !== null) {
    // Newton on the intercept: Σ (y − μ)θ/(θ + μ) = 0.
    for (let it = 0; it < 100; it++) {
      let g = 0;
      let h = 0;
      for (let i = 0; i < n; i++) {
        const mu = Math.exp(a + (offset[i] as number));
        const yi = y[i] as number;
        g += (w(i) * ((yi - mu) * theta)) / (theta + mu);
        h += (w(i) * (mu * theta * (theta + yi))) / (theta + mu) ** 2;
      }
      const step = g / h;
      a += step;
      if (Math.abs(step) < 1e-13) break;
    }
  }
  return dev(offset.map((o) => Math.exp(a + o)));
}
