/**
 * X'WX for a row-major n × p matrix X and weights w, into `out` (p × p, row-major, full symmetric).
 * Accumulates the upper triangle four rows at a time (one load/store of each accumulator per four
 * multiply-adds), then mirrors: about n·p²/2 multiply-adds. Pass `w = null` for X'X.
 * @example weightedCrossprod(Float64Array.of(1, 2, 3, 4), 2, 2, Float64Array.of(1, 1)) // => [10, 14, 14, 20]
 */
export function weightedCrossprod(
  X: Float64Array,
  n: number,
  p: number,
  w: Float64Array | null,
  out: Float64Array = new Float64Array(p * p),
): Float64Array {
  out.fill(0);
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const r0 = i * p;
    const r1 = r0 + p;
    const r2 = r1 + p;
    const r3 = r2 + p;
    const w0 = w ? (w[i] as number) : 1;
    const w1 = w ? (w[i + 1] as number) : 1;
    const w2 = w ? (w[i + 2] as number) : 1;
    const w3 = w ? (w[i + 3] as number) : 1;
    for (let a = 0; a < p; a++) {
      const a0 = (X[r0 + a] as number) * w0;
      const a1 = (X[r1 + a] as number) * w1;
      const a2 = (X[r2 + a] as number) * w2;
      const a3 = (X[r3 + a] as number) * w3;
      if (a0 === 0 && a1 === 0 && a2 === 0 && a3 === 0) continue;
      const o = a * p;
      for (let b = a; b < p; b++)
        out[o + b] =
          (out[o + b] as number) +
          a0 * (X[r0 + b] as number) +
          a1 * (X[r1 + b] as number) +
          a2 * (X[r2 + b] as number) +
          a3 * (X[r3 + b] as number);
    }
  }
  for (; i < n; i++) {
    const r = i * p;
    const wi = w ? (w[i] as number) : 1;
    for (let a = 0; a < p; a++) {
      const xa = (X[r + a] as number) * wi;
      if (xa === 0) continue;
      const o = a * p;
      for (let b = a; b < p; b++) out[o + b] = (out[o + b] as number) + xa * (X[r + b] as number);
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) out[a * p + b] = out[b * p + a] as number;
  return out;
}

/**
 * X'v for a row-major n × p matrix X.
 * @example crossprodVector(Float64Array.of(1, 2, 3, 4), 2, 2, Float64Array.of(1, 1)) // => [4, 6]
 */
export function crossprodVector(
  X: Float64Array,
  n: number,
  p: number,
  v: Float64Array,
  out = new Float64Array(p),
): Float64Array {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const vi = v[i] as number;
    if (vi === 0) continue;
    const r = i * p;
    for (let a = 0; a < p; a++) out[a] = (out[a] as number) + (X[r + a] as number) * vi;
  }
  return out;
}

/**
 * Xb + offset for a row-major n × p matrix X.
 * @example linearPredictor(Float64Array.of(1, 2, 3, 4), 2, 2, Float64Array.of(1, 1), null) // => [3, 7]
 */
export function linearPredictor(
  X: Float64Array,
  n: number,
  p: number,
  b: Float64Array,
  offset: Float64Array | null,
  out = new Float64Array(n),
): Float64Array {
  for (let i = 0; i < n; i++) {
    const r = i * p;
    let s = offset ? (offset[i] as number) : 0;
    for (let a = 0; a < p; a++) s += (X[r + a] as number) * (b[a] as number);
    out[i] = s;
  }
  return out;
}
