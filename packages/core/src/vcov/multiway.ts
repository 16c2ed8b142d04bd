import { symmetricEigen } from '../linalg/symmetric-eigen.js';

/** The meat of a one- or two-way cluster-robust covariance. */
export interface ClusterMeat {
  /** q × q row-major, including each dimension's G/(G−1). */
  meat: Float64Array;
  /** Number of clusters of each dimension, then of their intersection (two-way). */
  groups: number[];
}

/**
 * Cluster-robust meat Σ_g s_g s_gᵀ·G/(G−1) for one clustering, or for two the Cameron–Gelbach–Miller
 * (2011) inclusion–exclusion M_A + M_B − M_{A∩B}, each term with its own G/(G−1), as
 * `sandwich::vcovCL(cluster = ~ a + b)` (`cadjust = TRUE`, `multi0 = FALSE`). A two-way result can be
 * indefinite: see {@link psdFix}. `scores` is n × q row-major, `clusters` holds each row's code per dimension.
 * @example clusterMeat(Float64Array.of(1, -1, 2, 0), 4, 1, [['a', 'a', 'b', 'b'], [1, 2, 1, 2]]).groups // => [2, 2, 4]
 */
export function clusterMeat(
  scores: Float64Array,
  n: number,
  q: number,
  clusters: readonly ArrayLike<number | string>[],
): ClusterMeat {
  const dims: { codes: Int32Array; sign: number }[] = clusters.map((c) => ({
    codes: recode(Array.from(c, String)),
    sign: 1,
  }));
  if (clusters.length === 2) {
    const [a, b] = clusters as [ArrayLike<number | string>, ArrayLike<number | string>];
    dims.push({ codes: recode(Array.from({ length: n }, (_, i) => `${a[i]}\u0000${b[i]}`)), sign: -1 });
  }
  const meat = new Float64Array(q * q);
  const groups: number[] = [];
  for (const { codes, sign } of dims) {
    let G = 0;
    for (let i = 0; i < n; i++) G = Math.max(G, (codes[i] as number) + 1);
    groups.push(G);
    const sums = new Float64Array(G * q);
    for (let i = 0; i < n; i++) {
      const o = (codes[i] as number) * q;
      for (let a = 0; a < q; a++) sums[o + a] = (sums[o + a] as number) + (scores[i * q + a] as number);
    }
    const f = (sign * G) / (G - 1);
    for (let g = 0; g < G; g++)
      for (let a = 0; a < q; a++) {
        const sa = (sums[g * q + a] as number) * f;
        if (sa === 0) continue;
        for (let b = 0; b < q; b++)
          meat[a * q + b] = (meat[a * q + b] as number) + sa * (sums[g * q + b] as number);
      }
  }
  return { meat, groups };
}

/**
 * Sets the negative eigenvalues of a symmetric covariance to zero, V = U max(Λ, 0) Uᵀ, as
 * `sandwich::vcovCL(fix = TRUE)` does to the finished two-way covariance (Cameron, Gelbach & Miller
 * 2011, §2.3). Returns the input unchanged (and `fixed: false`) when it is already positive semi-definite.
 * @example psdFix(Float64Array.of(1, 2, 2, 1), 2).fixed // true (eigenvalues 3 and −1)
 */
export function psdFix(V: Float64Array, q: number): { vcov: Float64Array; fixed: boolean } {
  const { values, vectors } = symmetricEigen(V, q);
  if (values.every((v) => v >= 0)) return { vcov: V, fixed: false };
  const out = new Float64Array(q * q);
  for (let k = 0; k < q; k++) {
    const lam = Math.max(values[k] as number, 0);
    if (lam === 0) continue;
    for (let a = 0; a < q; a++)
      for (let b = 0; b < q; b++)
        out[a * q + b] =
          (out[a * q + b] as number) + lam * (vectors[a * q + k] as number) * (vectors[b * q + k] as number);
  }
  return { vcov: out, fixed: true };
}

/**
 * B·M·B for a bread B and meat M (q × q, row-major): the sandwich covariance.
 * @example sandwichOf(Float64Array.of(2), Float64Array.of(3), 1) // => [12]
 */
export function sandwichOf(bread: Float64Array, meat: Float64Array, q: number): Float64Array {
  const bm = new Float64Array(q * q);
  for (let i = 0; i < q; i++)
    for (let k = 0; k < q; k++) {
      const x = bread[i * q + k] as number;
      for (let j = 0; j < q; j++) bm[i * q + j] = (bm[i * q + j] as number) + x * (meat[k * q + j] as number);
    }
  const out = new Float64Array(q * q);
  for (let i = 0; i < q; i++)
    for (let k = 0; k < q; k++) {
      const x = bm[i * q + k] as number;
      for (let j = 0; j < q; j++)
        out[i * q + j] = (out[i * q + j] as number) + x * (bread[k * q + j] as number);
    }
  return out;
}

/** Codes 0…G−1 in order of first appearance. */
function recode(keys: string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(keys, (k) => {
    let g = ids.get(k);
    if (g === undefined) {
      g = ids.size;
      ids.set(k, g);
    }
    return g;
  });
}
