/**
 * The digamma function ψ(x) = d/dx log Γ(x) for x > 0: recurrence up to x ≥ 12, then the asymptotic
 * series (Abramowitz & Stegun 6.3.18), absolute error below 1e-14.
 * @example digamma(1) // -0.5772156649015329 (minus the Euler–Mascheroni constant)
 */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let r = 0;
  while (x < 12) {
    r -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return (
    r +
    Math.log(x) -
    0.5 / x -
    f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132 - (f * 691) / 32760)))))
  );
}
