/**
 * Dense kernels on a column-major n × p matrix (column j occupies X[j·n … j·n + n − 1]), the layout
 * the estimators use: each column streams contiguously, so X'WX is a set of dot products.
 */

const CHUNK = 256;

/**
 * X'WX (p × p, row-major, symmetric) for column-major X and weights w (null for X'X). Rows are
 * processed in chunks of 256 that stay in cache; within a chunk, 4 × 4 blocks of the result are
 * accumulated in registers (8 loads per 16 multiply-adds), the upper triangle only, then mirrored.
 * Cost n·p²/2 multiply-adds. Reference: Goto & van de Geijn, "Anatomy of high-performance matrix
 * multiplication", ACM TOMS 34(3), 2008 (blocking for cache and registers).
 * @example gramWeighted(Float64Array.of(1, 3, 2, 4), 2, 2, null) // => [10, 14, 14, 20]
 */
export function gramWeighted(
  X: Float64Array,
  n: number,
  p: number,
  w: Float64Array | null,
  out: Float64Array = new Float64Array(p * p),
  layout?: SparseLayout,
): Float64Array {
  out.fill(0);
  const pAll = p;
  if (layout) p = layout.pDense;
  const wx = new Float64Array(p * CHUNK);
  const full = p - (p % 4);
  for (let i0 = 0; i0 < n; i0 += CHUNK) {
    const m = Math.min(CHUNK, n - i0);
    for (let a = 0; a < p; a++) {
      const src = a * n + i0;
      const dst = a * CHUNK;
      if (w) for (let i = 0; i < m; i++) wx[dst + i] = (X[src + i] as number) * (w[i0 + i] as number);
      else for (let i = 0; i < m; i++) wx[dst + i] = X[src + i] as number;
    }
    for (let a = 0; a < full; a += 4) {
      const pa0 = a * CHUNK;
      const pa1 = pa0 + CHUNK;
      const pa2 = pa1 + CHUNK;
      const pa3 = pa2 + CHUNK;
      for (let b = a; b < full; b += 4) {
        const pb0 = b * n + i0;
        const pb1 = pb0 + n;
        const pb2 = pb1 + n;
        const pb3 = pb2 + n;
        let s00 = 0,
          s01 = 0,
          s02 = 0,
          s03 = 0,
          s10 = 0,
          s11 = 0,
          s12 = 0,
          s13 = 0;
        let s20 = 0,
          s21 = 0,
          s22 = 0,
          s23 = 0,
          s30 = 0,
          s31 = 0,
          s32 = 0,
          s33 = 0;
        for (let i = 0; i < m; i++) {
          const x0 = wx[pa0 + i] as number;
          const x1 = wx[pa1 + i] as number;
          const x2 = wx[pa2 + i] as number;
          const x3 = wx[pa3 + i] as number;
          const y0 = X[pb0 + i] as number;
          const y1 = X[pb1 + i] as number;
          const y2 = X[pb2 + i] as number;
          const y3 = X[pb3 + i] as number;
          s00 += x0 * y0;
          s01 += x0 * y1;
          s02 += x0 * y2;
          s03 += x0 * y3;
          s10 += x1 * y0;
          s11 += x1 * y1;
          s12 += x1 * y2;
          s13 += x1 * y3;
          s20 += x2 * y0;
          s21 += x2 * y1;
          s22 += x2 * y2;
          s23 += x2 * y3;
          s30 += x3 * y0;
          s31 += x3 * y1;
          s32 += x3 * y2;
          s33 += x3 * y3;
        }
        const o0 = a * pAll + b;
        const o1 = o0 + pAll;
        const o2 = o1 + pAll;
        const o3 = o2 + pAll;
        out[o0] = (out[o0] as number) + s00;
        out[o0 + 1] = (out[o0 + 1] as number) + s01;
        out[o0 + 2] = (out[o0 + 2] as number) + s02;
        out[o0 + 3] = (out[o0 + 3] as number) + s03;
        out[o1] = (out[o1] as number) + s10;
        out[o1 + 1] = (out[o1 + 1] as number) + s11;
        out[o1 + 2] = (out[o1 + 2] as number) + s12;
        out[o1 + 3] = (out[o1 + 3] as number) + s13;
        out[o2] = (out[o2] as number) + s20;
        out[o2 + 1] = (out[o2 + 1] as number) + s21;
        out[o2 + 2] = (out[o2 + 2] as number) + s22;
        out[o2 + 3] = (out[o2 + 3] as number) + s23;
        out[o3] = (out[o3] as number) + s30;
        out[o3 + 1] = (out[o3 + 1] as number) + s31;
        out[o3 + 2] = (out[o3 + 2] as number) + s32;
        out[o3 + 3] = (out[o3 + 3] as number) + s33;
      }
    }
    // Columns beyond the last full block of 4: against blocks of 4 earlier columns (4 multiply-adds
    // per 5 loads), then plain dot products with the other trailing columns.
    for (let b = full; b < p; b++) {
      const pb = b * n + i0;
      for (let a = 0; a < full; a += 4) {
        const pa0 = a * CHUNK;
        const pa1 = pa0 + CHUNK;
        const pa2 = pa1 + CHUNK;
        const pa3 = pa2 + CHUNK;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let i = 0; i < m; i++) {
          const y = X[pb + i] as number;
          s0 += (wx[pa0 + i] as number) * y;
          s1 += (wx[pa1 + i] as number) * y;
          s2 += (wx[pa2 + i] as number) * y;
          s3 += (wx[pa3 + i] as number) * y;
        }
        const o = a * pAll + b;
        out[o] = (out[o] as number) + s0;
        out[o + pAll] = (out[o + pAll] as number) + s1;
        out[o + 2 * pAll] = (out[o + 2 * pAll] as number) + s2;
        out[o + 3 * pAll] = (out[o + 3 * pAll] as number) + s3;
      }
      for (let a = full; a <= b; a++) {
        const pa = a * CHUNK;
        let s = 0;
        for (let i = 0; i < m; i++) s += (wx[pa + i] as number) * (X[pb + i] as number);
        out[a * pAll + b] = (out[a * pAll + b] as number) + s;
      }
    }
  }
  if (layout) sparseGram(X, n, pAll, w, out, layout);
  for (let a = 0; a < pAll; a++) for (let b = 0; b < a; b++) out[a * pAll + b] = out[b * pAll + a] as number;
  return out;
}

/**
 * Columns from `pDense` on are sparse (e.g. fixed-effect indicators), each with the list of its
 * nonzero rows: products with them cost their number of nonzeros, not n.
 */
export interface SparseLayout {
  pDense: number;
  /** Nonzero row indices of column pDense + j. */
  nz: Int32Array[];
}

/**
 * The sparsity layout of a column-major matrix whose columns from `pDense` on are sparse.
 * @example sparseLayout(Float64Array.of(1, 1, 0, 1), 2, 2, 1).nz // => [Int32Array.of(1)]
 */
export function sparseLayout(X: Float64Array, n: number, p: number, pDense: number): SparseLayout {
  const nz: Int32Array[] = [];
  for (let j = pDense; j < p; j++) {
    const rows: number[] = [];
    const o = j * n;
    for (let i = 0; i < n; i++) if ((X[o + i] as number) !== 0) rows.push(i);
    nz.push(Int32Array.from(rows));
  }
  return { pDense, nz };
}

/** Upper-triangle entries (a, j) of X'WX for the sparse columns j ≥ pDense. */
function sparseGram(
  X: Float64Array,
  n: number,
  p: number,
  w: Float64Array | null,
  out: Float64Array,
  layout: SparseLayout,
): void {
  const { pDense, nz } = layout;
  for (let j = pDense; j < p; j++) {
    const rows = nz[j - pDense] as Int32Array;
    const oj = j * n;
    for (let a = 0; a <= j; a++) {
      const oa = a * n;
      let s = 0;
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r] as number;
        s += (w ? (w[i] as number) : 1) * (X[oa + i] as number) * (X[oj + i] as number);
      }
      out[a * p + j] = s;
    }
  }
}

/**
 * X'v for column-major X.
 * @example crossprodVectorCols(Float64Array.of(1, 3, 2, 4), 2, 2, Float64Array.of(1, 1)) // => [4, 6]
 */
export function crossprodVectorCols(
  X: Float64Array,
  n: number,
  p: number,
  v: Float64Array,
  out = new Float64Array(p),
  layout?: SparseLayout,
): Float64Array {
  const pDense = layout ? layout.pDense : p;
  for (let j = pDense; j < p; j++) {
    const rows = (layout as SparseLayout).nz[j - pDense] as Int32Array;
    const o = j * n;
    let s = 0;
    for (let r = 0; r < rows.length; r++)
      s += (X[o + (rows[r] as number)] as number) * (v[rows[r] as number] as number);
    out[j] = s;
  }
  // Four columns per sweep: v is read once for four dot products.
  const full = pDense - (pDense % 4);
  for (let a = 0; a < full; a += 4) {
    const o0 = a * n;
    const o1 = o0 + n;
    const o2 = o1 + n;
    const o3 = o2 + n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i++) {
      const vi = v[i] as number;
      s0 += (X[o0 + i] as number) * vi;
      s1 += (X[o1 + i] as number) * vi;
      s2 += (X[o2 + i] as number) * vi;
      s3 += (X[o3 + i] as number) * vi;
    }
    out[a] = s0;
    out[a + 1] = s1;
    out[a + 2] = s2;
    out[a + 3] = s3;
  }
  for (let a = full; a < pDense; a++) {
    const o = a * n;
    let s0 = 0;
    for (let i = 0; i < n; i++) s0 += (X[o + i] as number) * (v[i] as number);
    out[a] = s0;
  }
  return out;
}

/**
 * η = Xb + offset for column-major X.
 * @example linearPredictorCols(Float64Array.of(1, 3, 2, 4), 2, 2, Float64Array.of(1, 1), null) // => [3, 7]
 */
export function linearPredictorCols(
  X: Float64Array,
  n: number,
  p: number,
  b: Float64Array,
  offset: Float64Array | null,
  out: Float64Array = new Float64Array(n),
  layout?: SparseLayout,
): Float64Array {
  if (offset) out.set(offset.subarray(0, n));
  else out.fill(0);
  const pDense = layout ? layout.pDense : p;
  for (let j = pDense; j < p; j++) {
    const bj = b[j] as number;
    if (bj === 0) continue;
    const rows = (layout as SparseLayout).nz[j - pDense] as Int32Array;
    const o = j * n;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r] as number;
      out[i] = (out[i] as number) + (X[o + i] as number) * bj;
    }
  }
  // Four columns per sweep: out is read and written once for four columns.
  const full = pDense - (pDense % 4);
  for (let a = 0; a < full; a += 4) {
    const o0 = a * n;
    const o1 = o0 + n;
    const o2 = o1 + n;
    const o3 = o2 + n;
    const b0 = b[a] as number;
    const b1 = b[a + 1] as number;
    const b2 = b[a + 2] as number;
    const b3 = b[a + 3] as number;
    for (let i = 0; i < n; i++)
      out[i] =
        (out[i] as number) +
        (X[o0 + i] as number) * b0 +
        (X[o1 + i] as number) * b1 +
        (X[o2 + i] as number) * b2 +
        (X[o3 + i] as number) * b3;
  }
  for (let a = full; a < pDense; a++) {
    const ba = b[a] as number;
    if (ba === 0) continue;
    const o = a * n;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + (X[o + i] as number) * ba;
  }
  return out;
}

/**
 * Converts a row-major n × p matrix to column-major, keeping only the listed columns.
 * @example toColumnMajor(Float64Array.of(1, 2, 3, 4), 2, 2, [0, 1]) // => [1, 3, 2, 4]
 */
export function toColumnMajor(X: Float64Array, n: number, p: number, keep: readonly number[]): Float64Array {
  const k = keep.length;
  const out = new Float64Array(n * k);
  for (let c = 0; c < k; c++) {
    const j = keep[c] as number;
    const o = c * n;
    for (let i = 0; i < n; i++) out[o + i] = X[i * p + j] as number;
  }
  return out;
}
