/**
 * The sandwich B M B with M = Σ_g s_g s_gᵀ, s_g the summed scores of cluster g (each row its own
 * cluster when `cluster` is null), times `factor`. `bread` is the inverse information (q × q,
 * row-major), `scores` n × q row-major. White (1980); Liang & Zeger (1986); Cameron & Miller (2015).
 * @example clusterSandwich(Float64Array.of(0.5), Float64Array.of(1, -1, 2), 3, 1, null, 3, 1) // => [1.5]
 */
export function clusterSandwich(
  bread: Float64Array,
  scores: Float64Array,
  n: number,
  q: number,
  cluster: Int32Array | null,
  groups: number,
  factor: number,
): Float64Array {
  const G = cluster ? groups : n;
  const sums = new Float64Array(G * q);
  for (let i = 0; i < n; i++) {
    const g = cluster ? (cluster[i] as number) : i;
    const o = g * q;
    const r = i * q;
    for (let a = 0; a < q; a++) sums[o + a] = (sums[o + a] as number) + (scores[r + a] as number);
  }
  const meat = new Float64Array(q * q);
  for (let g = 0; g < G; g++) {
    const o = g * q;
    for (let a = 0; a < q; a++) {
      const sa = sums[o + a] as number;
      if (sa === 0) continue;
      for (let b = 0; b < q; b++)
        meat[a * q + b] = (meat[a * q + b] as number) + sa * (sums[o + b] as number);
    }
  }
  const bm = multiply(bread, meat, q);
  const out = multiply(bm, bread, q);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * factor;
  return out;
}

function multiply(A: Float64Array, B: Float64Array, q: number): Float64Array {
  const C = new Float64Array(q * q);
  for (let i = 0; i < q; i++)
    for (let k = 0; k < q; k++) {
      const a = A[i * q + k] as number;
      if (a === 0) continue;
      for (let j = 0; j < q; j++) C[i * q + j] = (C[i * q + j] as number) + a * (B[k * q + j] as number);
    }
  return C;
}
