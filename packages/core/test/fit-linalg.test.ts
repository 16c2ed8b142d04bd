import { describe, expect, it } from 'vitest';
import { aliasedColumns, cholesky } from '../src/linalg/cholesky.js';
import {
  crossprodVectorCols,
  gramWeighted,
  linearPredictorCols,
  sparseLayout,
  toColumnMajor,
} from '../src/linalg/column-major.js';
import { invertSpd, solveSpd } from '../src/linalg/spd.js';
import { weightedCrossprod } from '../src/linalg/weighted-crossprod.js';
import { mulberry32 } from './fit-simulate.js';

/** n × p row-major with dense leading columns and one-hot indicator columns after them. */
function design(n: number, pDense: number, levels: number, seed: number) {
  const u = mulberry32(seed);
  const p = pDense + levels;
  const X = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < pDense; j++) X[i * p + j] = u() - 0.5;
    X[i * p + pDense + Math.floor(u() * levels)] = 1;
  }
  return { X, n, p, w: new Float64Array(n).map(() => u()) };
}

describe('linear algebra kernels', () => {
  it.each([
    [7, 1, 0],
    [300, 5, 0],
    [513, 9, 0],
    [1000, 6, 7],
    [257, 3, 11],
  ])("X'WX, X'v and Xb agree across layouts (n %i, dense %i, sparse %i)", (n, pDense, levels) => {
    const { X, p, w } = design(n, pDense, levels, n);
    const Xc = toColumnMajor(
      X,
      n,
      p,
      Array.from({ length: p }, (_, j) => j),
    );
    const layout = levels ? sparseLayout(Xc, n, p, pDense) : undefined;
    const ref = weightedCrossprod(X, n, p, w);
    const got = gramWeighted(Xc, n, p, w, undefined, layout);
    const dense = gramWeighted(Xc, n, p, w);
    for (let k = 0; k < p * p; k++) {
      expect(got[k]!).toBeCloseTo(ref[k]!, 10);
      expect(dense[k]!).toBeCloseTo(ref[k]!, 10);
    }
    const b = new Float64Array(p).map((_, j) => j - 2);
    const eta = linearPredictorCols(Xc, n, p, b, null, undefined, layout);
    const xtv = crossprodVectorCols(Xc, n, p, w, undefined, layout);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += X[i * p + j]! * b[j]!;
      expect(eta[i]!).toBeCloseTo(s, 10);
    }
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[i * p + j]! * w[i]!;
      expect(xtv[j]!).toBeCloseTo(s, 10);
    }
  });

  it('Cholesky solves and inverts; aliased columns found in order', () => {
    const A = Float64Array.of(4, 2, 0.4, 2, 3, 0.5, 0.4, 0.5, 2);
    const x = solveSpd(A, 3, Float64Array.of(1, 2, 3))!;
    const back = [0, 1, 2].map((i) => A[i * 3]! * x[0]! + A[i * 3 + 1]! * x[1]! + A[i * 3 + 2]! * x[2]!);
    back.forEach((v, i) => {
      expect(v).toBeCloseTo(i + 1, 12);
    });
    const inv = invertSpd(A, 3)!;
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += A[i * 3 + k]! * inv[k * 3 + j]!;
        expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    expect(cholesky(Float64Array.of(1, 2, 2, 1), 2)).toBe(false);
    // columns: a, b, a + b, c  → the third is aliased
    const n = 50;
    const u = mulberry32(3);
    const X = new Float64Array(n * 4);
    for (let i = 0; i < n; i++) {
      const a = u();
      const b2 = u();
      X.set([a, b2, a + b2, u()], i * 4);
    }
    expect(aliasedColumns(weightedCrossprod(X, n, 4, null), 4)).toEqual([false, false, true, false]);
  });
});
