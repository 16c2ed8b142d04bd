/**
 * In-place Cholesky factorisation A = LLᵀ of a symmetric p × p matrix (row-major; L is written to the
 * lower triangle, the upper triangle is zeroed). Returns false when A is not numerically positive
 * definite (a pivot ≤ `tol` × its diagonal). Golub & Van Loan, Matrix Computations, alg. 4.2.1.
 * @example const a = Float64Array.of(4, 2, 2, 3); cholesky(a, 2); // a = [2, 0, 1, 1.414…]
 */
export function cholesky(a: Float64Array, p: number, tol = 1e-14): boolean {
  for (let j = 0; j < p; j++) {
    const jj = j * p;
    let d = a[jj + j] as number;
    const dOrig = d;
    for (let k = 0; k < j; k++) d -= (a[jj + k] as number) ** 2;
    if (!(d > tol * Math.abs(dOrig)) || !(d > 0)) return false;
    const ljj = Math.sqrt(d);
    a[jj + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      const ii = i * p;
      let s = a[ii + j] as number;
      for (let k = 0; k < j; k++) s -= (a[ii + k] as number) * (a[jj + k] as number);
      a[ii + j] = s / ljj;
    }
    for (let i = j + 1; i < p; i++) a[jj + i] = 0;
  }
  return true;
}

/**
 * Finds the columns of a Gram matrix G = XᵀX that are linear combinations of earlier columns, the way
 * R's `lm`/`glm` (LINPACK dqrdc2 with limited pivoting) decide: columns are taken in order and a
 * column is aliased when its squared residual norm, after projecting on the kept earlier columns, is
 * below `tol²` times its squared norm (`norms`, when G is a projected Gram matrix such as the within
 * X'X of a fixed-effects model, gives the squared norms before projection). Returns one flag per column.
 * @example aliasedColumns(Float64Array.of(1, 2, 2, 4), 2) // => [false, true]
 */
export function aliasedColumns(G: Float64Array, p: number, tol = 1e-7, norms?: Float64Array): boolean[] {
  const a = Float64Array.from(G);
  const aliased: boolean[] = new Array(p).fill(false);
  const tol2 = tol * tol;
  for (let j = 0; j < p; j++) {
    const jj = j * p;
    const norm = norms ? (norms[j] as number) : (a[jj + j] as number);
    let d = a[jj + j] as number;
    for (let k = 0; k < j; k++) if (!aliased[k]) d -= (a[jj + k] as number) ** 2;
    if (!(norm > 0) || d <= tol2 * norm) {
      aliased[j] = true;
      continue;
    }
    const ljj = Math.sqrt(d);
    a[jj + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      const ii = i * p;
      let s = a[ii + j] as number;
      for (let k = 0; k < j; k++) if (!aliased[k]) s -= (a[ii + k] as number) * (a[jj + k] as number);
      a[ii + j] = s / ljj;
    }
  }
  return aliased;
}
