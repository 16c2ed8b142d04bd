/**
 * Solves A x = b for a small symmetric positive-definite A (q × q, q = number of restrictions) by
 * Cholesky decomposition (Golub & Van Loan, Matrix Computations, 4th ed., §4.2). Returns null when
 * A is not positive definite to working precision (dependent restrictions). O(q³).
 * @example solveSymmetric([[4, 2], [2, 3]], [2, 1]) // => [0.5, 0]
 */
export function solveSymmetric(A: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const q = b.length;
  const L = A.map(() => new Array<number>(q).fill(0));
  let maxDiag = 0;
  for (let i = 0; i < q; i++) maxDiag = Math.max(maxDiag, Math.abs(A[i]![i]!));
  for (let j = 0; j < q; j++) {
    let s = A[j]![j]!;
    for (let k = 0; k < j; k++) s -= L[j]![k]! ** 2;
    if (!(s > maxDiag * 1e-13)) return null;
    const ljj = Math.sqrt(s);
    L[j]![j] = ljj;
    for (let i = j + 1; i < q; i++) {
      let t = A[i]![j]!;
      for (let k = 0; k < j; k++) t -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = t / ljj;
    }
  }
  const y = new Array<number>(q).fill(0);
  for (let i = 0; i < q; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * y[k]!;
    y[i] = s / L[i]![i]!;
  }
  const x = new Array<number>(q).fill(0);
  for (let i = q - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < q; k++) s -= L[k]![i]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}
