import { cholesky } from './cholesky.js';

/**
 * Solves A x = b for symmetric positive definite A (p × p row-major) by Cholesky; returns null when A
 * is not positive definite. A is not modified.
 * @example solveSpd(Float64Array.of(4, 2, 2, 3), 2, Float64Array.of(2, 1)) // => [0.5, 0]
 */
export function solveSpd(A: Float64Array, p: number, b: Float64Array): Float64Array | null {
  const L = Float64Array.from(A);
  if (!cholesky(L, p)) return null;
  return choleskySolve(L, p, b);
}

/**
 * Solves L Lᵀ x = b given the Cholesky factor L (lower triangle of a row-major p × p array).
 * @example choleskySolve(Float64Array.of(2, 0, 1, Math.SQRT2), 2, Float64Array.of(2, 1)) // => [0.5, 0]
 */
export function choleskySolve(L: Float64Array, p: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < p; i++) {
    let s = x[i] as number;
    for (let k = 0; k < i; k++) s -= (L[i * p + k] as number) * (x[k] as number);
    x[i] = s / (L[i * p + i] as number);
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = x[i] as number;
    for (let k = i + 1; k < p; k++) s -= (L[k * p + i] as number) * (x[k] as number);
    x[i] = s / (L[i * p + i] as number);
  }
  return x;
}

/**
 * Inverse of a symmetric positive definite matrix by Cholesky (p × p row-major); null when not
 * positive definite.
 * @example invertSpd(Float64Array.of(4, 0, 0, 2), 2) // => [0.25, 0, 0, 0.5]
 */
export function invertSpd(A: Float64Array, p: number): Float64Array | null {
  const L = Float64Array.from(A);
  if (!cholesky(L, p)) return null;
  const inv = new Float64Array(p * p);
  const e = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(L, p, e);
    for (let i = 0; i < p; i++) inv[i * p + j] = col[i] as number;
  }
  for (let i = 0; i < p; i++)
    for (let j = 0; j < i; j++) {
      const m = ((inv[i * p + j] as number) + (inv[j * p + i] as number)) / 2;
      inv[i * p + j] = m;
      inv[j * p + i] = m;
    }
  return inv;
}

/**
 * Converts a row-major p × p array to nested arrays (for JSON and structured clone).
 * @example toNested(Float64Array.of(1, 2, 3, 4), 2) // => [[1, 2], [3, 4]]
 */
export function toNested(A: Float64Array, p: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < p; i++) out.push(Array.from(A.subarray(i * p, (i + 1) * p)));
  return out;
}
