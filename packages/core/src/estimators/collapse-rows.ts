import type { CountFit, GlmData } from './glm-data.js';

/** A design with identical rows merged: the merged data (with frequency weights) and each row's merged index. */
export interface CollapsedRows {
  data: GlmData;
  /** For every original row, the index of its merged row. */
  rowOf: Int32Array;
}

/** Rows looked at before deciding whether merging can pay (see {@link collapseRows}). */
const PROBE_ROWS = 2048;

/**
 * Merges rows that are identical in (y, offset, every column of X) into one row whose frequency
 * weight is the sum of theirs. Count likelihoods are sums over rows, so the merged data have the same
 * log-likelihood, score and information at every parameter value, and the fit on them is the same
 * fit (up to the order of floating-point sums) at a cost proportional to the distinct rows: panel
 * count data repeat rows heavily (zero outcomes with zero deployments: the pko dyad-month data have
 * 3,478 distinct rows among 18,340). Rows are hashed on the bits of their values (open addressing)
 * and compared exactly on a hash match. Returns null when fewer than `minShare` of the rows would be
 * saved (judged on the first 2,048 rows, then on all), or when the design has sparse columns.
 * Reference: grouping covariate patterns of a GLM, McCullagh & Nelder (1989), §4.3 (sufficient
 * statistics of grouped data); hashing: Knuth, TAOCP vol. 3, §6.4.
 * @example // fewer than 64 rows: not worth collapsing
 * collapseRows({ X: new Float64Array(8).fill(1), n: 8, p: 1, y: new Float64Array(8), offset: new Float64Array(8) }) // => null
 */
export function collapseRows(data: GlmData, minShare = 0.3): CollapsedRows | null {
  const { X, n, p, y, offset, layout, weights } = data;
  if (layout || n < 64) return null;
  const probe = Math.min(n, PROBE_ROWS);
  const probed = distinctRows(data, probe);
  if (probed.count > (1 - minShare) * probe) return null;
  const { count, rowOf, first } = distinctRows(data, n);
  if (count > (1 - minShare) * n) return null;
  const Xc = new Float64Array(count * p);
  const yc = new Float64Array(count);
  const oc = new Float64Array(count);
  const wc = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    const i = first[r] as number;
    yc[r] = y[i] as number;
    oc[r] = offset[i] as number;
  }
  for (let i = 0; i < n; i++) {
    const r = rowOf[i] as number;
    wc[r] = (wc[r] as number) + (weights ? (weights[i] as number) : 1);
  }
  for (let j = 0; j < p; j++) {
    const src = j * n;
    const dst = j * count;
    for (let r = 0; r < count; r++) Xc[dst + r] = X[src + (first[r] as number)] as number;
  }
  return { data: { X: Xc, n: count, p, y: yc, offset: oc, weights: wc }, rowOf };
}

/** Distinct rows among the first `m`: their number, each row's distinct index and each distinct row's first row. */
function distinctRows(data: GlmData, m: number): { count: number; rowOf: Int32Array; first: Int32Array } {
  const { X, n, p, y, offset } = data;
  const size = 1 << Math.ceil(Math.log2(2 * m + 2));
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const rowOf = new Int32Array(m);
  const first = new Int32Array(m);
  const hashes = rowHashes(data, m);
  let count = 0;
  for (let i = 0; i < m; i++) {
    let s = (hashes[i] as number) & mask;
    for (;;) {
      const r = slots[s] as number;
      if (r < 0) {
        slots[s] = count;
        first[count] = i;
        rowOf[i] = count++;
        break;
      }
      const k = first[r] as number;
      let same = y[k] === y[i] && offset[k] === offset[i];
      for (let j = 0; same && j < p; j++) same = X[j * n + k] === X[j * n + i];
      if (same) {
        rowOf[i] = r;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return { count, rowOf, first };
}

/** A 32-bit hash of each of the first `m` rows' bits (y, offset, X columns; multiply-xor mixing). */
function rowHashes(data: GlmData, m: number): Int32Array {
  const { X, n, p, y, offset } = data;
  const h = new Int32Array(m);
  const f = new Float64Array(1);
  const u = new Int32Array(f.buffer);
  const mix = (col: Float64Array, o: number) => {
    for (let i = 0; i < m; i++) {
      f[0] = col[o + i] as number;
      let x = (h[i] as number) ^ (u[0] as number);
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) ^ (u[1] as number);
      h[i] = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    }
  };
  mix(y, 0);
  mix(offset, 0);
  for (let j = 0; j < p; j++) mix(X, j * n);
  for (let i = 0; i < m; i++) {
    const x = h[i] as number;
    h[i] = x ^ (x >>> 16);
  }
  return h;
}

/**
 * Merged rows restricted to some columns of X (after aliased columns are dropped); rows stay merged.
 * @example // 100 rows, 2 distinct design rows: merged into 2
 * const x = Float64Array.from({ length: 100 }, (_, i) => i % 2);
 * const X = new Float64Array(200).fill(1);
 * X.set(x, 100);
 * const c = collapseRows({ X, n: 100, p: 2, y: Float64Array.from(x, (v) => 3 * v), offset: new Float64Array(100) });
 * c && keepColumns(c, [0]).data.p // => 1
 */
export function keepColumns(c: CollapsedRows, keep: readonly number[]): CollapsedRows {
  const { X, n, p } = c.data;
  if (keep.length === p) return c;
  const Xk = new Float64Array(n * keep.length);
  keep.forEach((j, k) => {
    Xk.set(X.subarray(j * n, (j + 1) * n), k * n);
  });
  return { data: { ...c.data, X: Xk, p: keep.length }, rowOf: c.rowOf };
}

/**
 * A fit on merged rows spread back to the original rows: η and μ of row i are those of its merged row.
 * @example import { fitPoisson } from './poisson/fit.js';
 * const x = Float64Array.from({ length: 100 }, (_, i) => i % 2);
 * const X = new Float64Array(200).fill(1);
 * X.set(x, 100);
 * const c = collapseRows({ X, n: 100, p: 2, y: Float64Array.from(x, (v) => 3 + v), offset: new Float64Array(100) });
 * c && expandFit(fitPoisson(c.data, { maxIter: 50, tol: 1e-10 }), c.rowOf).mu.length // => 100
 */
export function expandFit<F extends CountFit>(fit: F, rowOf: Int32Array): F {
  const n = rowOf.length;
  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rowOf[i] as number;
    eta[i] = fit.eta[r] as number;
    mu[i] = fit.mu[r] as number;
  }
  return { ...fit, eta, mu };
}
