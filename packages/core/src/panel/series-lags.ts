/**
 * The lag `k` of a complete monthly series (one value per consecutive month): `out[t] = v[t − k]`,
 * NaN for the first `k` months. Computed on the complete series, before rows are filtered, so a
 * month whose predecessor is later dropped from a panel still has its lag.
 * @example lagSeries(Float64Array.of(1, 2, 3)) // => [NaN, 1, 2]
 */
export function lagSeries(v: Float64Array, k = 1): Float64Array {
  const out = new Float64Array(v.length).fill(Number.NaN);
  for (let t = k; t < v.length; t++) out[t] = v[t - k]!;
  return out;
}

/**
 * Mean of the `k` previous months of a complete monthly series (`v[t−1] … v[t−k]`), NaN when any of
 * them is missing or before the series starts.
 * @example meanOfLags(Float64Array.of(3, 6, 9, 12), 3) // => [NaN, NaN, NaN, 6]
 */
export function meanOfLags(v: Float64Array, k: number): Float64Array {
  const out = new Float64Array(v.length).fill(Number.NaN);
  for (let t = k; t < v.length; t++) {
    let s = 0;
    for (let j = 1; j <= k; j++) s += v[t - j]!;
    out[t] = s / k;
  }
  return out;
}

/**
 * Troops in thousands, rounded to whole persons (3 decimals), NaN kept.
 * @example thousands(Float64Array.of(11963, Number.NaN)) // => [11.963, NaN]
 */
export function thousands(v: Float64Array): Float64Array {
  return v.map((x) => Math.round(x) / 1000);
}
