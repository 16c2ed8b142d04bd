/**
 * Eigen-decomposition of a symmetric matrix (q × q, row-major) by cyclic Jacobi rotations (Golub &
 * Van Loan 2013, §8.5): returns the eigenvalues and the eigenvectors as the columns of `vectors`
 * (row-major q × q), so A = V diag(values) Vᵀ. Accurate to rounding; O(q³) per sweep, for the small
 * matrices of variance estimators.
 * @example symmetricEigen(Float64Array.of(2, 1, 1, 2), 2).values // [1, 3] in some order
 */
export function symmetricEigen(A: Float64Array, q: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(A);
  const v = new Float64Array(q * q);
  for (let i = 0; i < q; i++) v[i * q + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let scale = 0;
    for (let i = 0; i < q; i++)
      for (let j = 0; j < q; j++) {
        const x = (a[i * q + j] as number) ** 2;
        if (i !== j) off += x;
        else scale += x;
      }
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < q - 1; p++) for (let r = p + 1; r < q; r++) rotate(a, v, q, p, r);
  }
  const values = new Float64Array(q);
  for (let i = 0; i < q; i++) values[i] = a[i * q + i] as number;
  return { values, vectors: v };
}

/** One Jacobi rotation zeroing a[p][r]. */
function rotate(a: Float64Array, v: Float64Array, q: number, p: number, r: number): void {
  const apr = a[p * q + r] as number;
  if (apr === 0) return;
  const app = a[p * q + p] as number;
  const arr = a[r * q + r] as number;
  const tau = (arr - app) / (2 * apr);
  const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
  const c = 1 / Math.sqrt(1 + t * t);
  const s = t * c;
  for (let k = 0; k < q; k++) {
    const akp = a[k * q + p] as number;
    const akr = a[k * q + r] as number;
    a[k * q + p] = c * akp - s * akr;
    a[k * q + r] = s * akp + c * akr;
  }
  for (let k = 0; k < q; k++) {
    const apk = a[p * q + k] as number;
    const ark = a[r * q + k] as number;
    a[p * q + k] = c * apk - s * ark;
    a[r * q + k] = s * apk + c * ark;
  }
  for (let k = 0; k < q; k++) {
    const vkp = v[k * q + p] as number;
    const vkr = v[k * q + r] as number;
    v[k * q + p] = c * vkp - s * vkr;
    v[k * q + r] = s * vkp + c * vkr;
  }
}
