/**
 * The type-7 quantile (R's default `quantile(type = 7)`) of the finite values among the selected rows;
 * NaN when none is selected. Reference: Hyndman & Fan (1996), The American Statistician 50(4), definition 7.
 * @example quantileOf([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileOf(
  values: ArrayLike<number>,
  p: number,
  keep: (i: number) => boolean = () => true,
): number {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v) && keep(i)) xs.push(v);
  }
  if (xs.length === 0) return Number.NaN;
  xs.sort((a, b) => a - b);
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(xs.length - 1, lo + 1);
  return (xs[lo] as number) + (h - lo) * ((xs[hi] as number) - (xs[lo] as number));
}
