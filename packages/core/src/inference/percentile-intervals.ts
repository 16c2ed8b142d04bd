/** A percentile interval for one coefficient, from the replications that succeeded. */
export interface PercentileInterval {
  lower: number;
  upper: number;
  /** Number of finite draws used (failed replications are NaN and left out). */
  reps: number;
}

/**
 * Percentile bootstrap intervals (Efron & Tibshirani 1993, An Introduction to the Bootstrap, §13.3),
 * one per column of a row-major `reps × k` draw matrix, with R's default quantile definition
 * (`quantile(type = 7)`: linear interpolation between order statistics). NaN rows (failed
 * replications) are skipped per column; a column with no finite draw gets NaN bounds and `reps: 0`.
 * Cost O(k · reps log reps).
 * @throws RangeError when `level` is not in (0, 1) or `draws.length` is not a multiple of `k`.
 * @example percentileIntervals(new Float64Array([1, 2, 3, 4, 5]), 1, 0.5) // => [{ lower: 2, upper: 4, reps: 5 }]
 */
export function percentileIntervals(draws: ArrayLike<number>, k: number, level = 0.95): PercentileInterval[] {
  if (!(level > 0 && level < 1))
    throw new RangeError(`percentileIntervals: level must be in (0, 1), got ${level}`);
  if (!(Number.isInteger(k) && k > 0) || draws.length % k !== 0)
    throw new RangeError(`percentileIntervals: ${draws.length} draws do not form rows of ${k}`);
  const reps = draws.length / k;
  const out: PercentileInterval[] = [];
  const column = new Float64Array(reps);
  for (let j = 0; j < k; j++) {
    let m = 0;
    for (let r = 0; r < reps; r++) {
      const v = draws[r * k + j]!;
      if (Number.isFinite(v)) column[m++] = v;
    }
    const sorted = column.subarray(0, m).sort();
    const alpha = (1 - level) / 2;
    out.push({ lower: quantileType7(sorted, alpha), upper: quantileType7(sorted, 1 - alpha), reps: m });
  }
  return out;
}

/** R's `quantile(x, p, type = 7)` of an ascending array; NaN when empty. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
