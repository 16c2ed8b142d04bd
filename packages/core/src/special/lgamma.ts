// biome-ignore-all lint/correctness/noPrecisionLoss: published coefficients are kept digit for digit as printed in the reference
/**
 * Natural logarithm of the gamma function for x > 0, by the Lanczos approximation (g = 7, 9 terms;
 * Numerical Recipes 3rd ed., §6.1; Godfrey's coefficients), relative error about 1e-15.
 * Returns `Infinity` at 0 and `NaN` for negative input (not needed by the estimators).
 * @example lgamma(5) // 3.1780538303479458 (= log 24)
 */
export function lgamma(x: number): number {
  if (x <= 0) return x === 0 ? Number.POSITIVE_INFINITY : Number.NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lgamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += (LANCZOS[i] as number) / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const G = 7;
const HALF_LOG_2PI = 0.9189385332046728;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * log Γ(x + y) − log Γ(x) for x > 0 and a count y ≥ 0, without the cancellation of the plain
 * difference when x is large: exact sum of logs for small integer y, `lgamma` difference otherwise.
 * @example lgammaRatio(2.5, 3) // log(2.5 · 3.5 · 4.5)
 */
export function lgammaRatio(x: number, y: number): number {
  if (y === 0) return 0;
  if (y < 30 && Number.isInteger(y)) {
    let s = 0;
    for (let j = 0; j < y; j++) s += Math.log(x + j);
    return s;
  }
  return lgamma(x + y) - lgamma(x);
}
