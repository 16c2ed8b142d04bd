import { lgamma } from './lgamma.js';

/**
 * Upper tail P(X > x) of the chi-square distribution with `df` degrees of freedom, via the
 * regularized incomplete gamma function Q(df/2, x/2): series for x < a + 1, Lentz continued
 * fraction otherwise (Numerical Recipes 3rd ed., §6.2). Used for likelihood-ratio and Wald tests.
 * @example chiSquareUpperTail(3.841458820694124, 1) // => 0.05
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return 1 - regularizedGammaP(df / 2, x / 2);
}

/**
 * Distribution function P(X ≤ x) of the chi-square distribution.
 * @example chiSquareCdf(3.841458820694124, 1) // => 0.95
 */
export function chiSquareCdf(x: number, df: number): number {
  if (x <= 0) return 0;
  return regularizedGammaP(df / 2, x / 2);
}

/**
 * Regularized lower incomplete gamma P(a, x).
 * @example regularizedGammaP(1, 1) // => 1 - Math.exp(-1)
 */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - lgamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}
