/**
 * The trigamma function ψ'(x) for x > 0: recurrence up to x ≥ 12, then the asymptotic series
 * (Abramowitz & Stegun 6.4.12), absolute error below 1e-14.
 * @example trigamma(1) // 1.6449340668482264 (π²/6)
 */
export function trigamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let r = 0;
  while (x < 12) {
    r += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  return r + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f * (1 / 30 - (f * 5) / 66))));
}
