import { cholesky } from '../../linalg/cholesky.js';
import { crossprodVectorCols, gramWeighted } from '../../linalg/column-major.js';
import { choleskySolve } from '../../linalg/spd.js';

/** One-way fixed effects: the group (0 … G−1) of every row. */
export interface Groups {
  codes: Int32Array;
  G: number;
}

/** Per-row derivatives of the log-likelihood in η (and in t = ln θ for NB2), as in `negbinRowDerivatives`. */
export interface RowTerms {
  gEta: Float64Array;
  /** −∂²ℓᵢ/∂ηᵢ² (or an expected-information weight). */
  hEE: Float64Array;
  /** −∂²ℓᵢ/∂ηᵢ∂t, when the system includes t. */
  hET?: Float64Array | undefined;
  gT?: number | undefined;
  hTT?: number | undefined;
}

/**
 * The Newton system over (β, [t], α₁ … α_G) with its fixed-effect block eliminated. The information
 * has a diagonal α block (a row touches only its own group's α), so with d = (β, t):
 * S = H_dd − Σ_g c_g c_gᵀ / a_g and r = g_d − Σ_g c_g g_g / a_g, where a_g = Σ_{i∈g} hᵢ,
 * c_g = (Σ_{i∈g} hᵢ xᵢ, Σ_{i∈g} h_ETᵢ) and g_g = Σ_{i∈g} gᵢ. Cost O(n·q²/2 + G·q²) instead of the
 * O((q+G)³) of dense indicator columns.
 */
export interface ReducedSystem {
  q: number;
  /** Schur complement S (q × q, row-major) and reduced gradient r. */
  S: Float64Array;
  r: Float64Array;
  /** G × q rows c_g, the diagonal a_g and the group gradients g_g. */
  c: Float64Array;
  a: Float64Array;
  gAlpha: Float64Array;
  /** The full gradient over d (for the Newton decrement). */
  gD: Float64Array;
}

/**
 * Builds the reduced Newton system of {@link ReducedSystem} (Schur complement of the diagonal fixed-effect block).
 * Reference: Golub & Van Loan (2013), Matrix Computations, §3.2 (block elimination); Guimarães & Portugal
 * (2010), "A simple feasible procedure to fit models with high-dimensional fixed effects", Stata Journal 10(4).
 * @example const rows = { gEta: Float64Array.of(1, -1, 0, 2), hEE: Float64Array.of(1, 1, 1, 1) };
 * reducedSystem(Float64Array.of(0, 1, 0, 1), 4, 1, { codes: Int32Array.of(0, 0, 1, 1), G: 2 }, rows).S // => [1]
 */
export function reducedSystem(
  X: Float64Array,
  n: number,
  p: number,
  groups: Groups,
  rows: RowTerms,
): ReducedSystem {
  const withT = rows.hET !== undefined;
  const q = withT ? p + 1 : p;
  const { codes, G } = groups;
  const xtwx = gramWeighted(X, n, p, rows.hEE);
  const gB = crossprodVectorCols(X, n, p, rows.gEta);
  const S = new Float64Array(q * q);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) S[a * q + b] = xtwx[a * p + b] as number;
  const gD = new Float64Array(q);
  gD.set(gB);
  if (withT) {
    const xh = crossprodVectorCols(X, n, p, rows.hET as Float64Array);
    for (let a = 0; a < p; a++) {
      S[a * q + p] = xh[a] as number;
      S[p * q + a] = xh[a] as number;
    }
    S[p * q + p] = rows.hTT as number;
    gD[p] = rows.gT as number;
  }
  const c = new Float64Array(G * q);
  const aDiag = new Float64Array(G);
  const gAlpha = new Float64Array(G);
  groupSums(X, n, p, codes, rows, q, c, aDiag, gAlpha);
  const r = Float64Array.from(gD);
  for (let g = 0; g < G; g++) {
    const ag = aDiag[g] as number;
    if (!(ag > 0)) continue;
    const o = g * q;
    const f = (gAlpha[g] as number) / ag;
    for (let j = 0; j < q; j++) {
      const cj = c[o + j] as number;
      r[j] = (r[j] as number) - cj * f;
      const cjOverA = cj / ag;
      for (let k = 0; k <= j; k++) S[j * q + k] = (S[j * q + k] as number) - cjOverA * (c[o + k] as number);
    }
  }
  for (let j = 0; j < q; j++) for (let k = 0; k < j; k++) S[k * q + j] = S[j * q + k] as number;
  return { q, S, r, c, a: aDiag, gAlpha, gD };
}

/** a_g, c_g and g_g of {@link reducedSystem} in one pass per column. */
function groupSums(
  X: Float64Array,
  n: number,
  p: number,
  codes: Int32Array,
  rows: RowTerms,
  q: number,
  c: Float64Array,
  a: Float64Array,
  gAlpha: Float64Array,
): void {
  const { hEE, gEta, hET } = rows;
  for (let i = 0; i < n; i++) {
    const g = codes[i] as number;
    a[g] = (a[g] as number) + (hEE[i] as number);
    gAlpha[g] = (gAlpha[g] as number) + (gEta[i] as number);
    if (hET) c[g * q + p] = (c[g * q + p] as number) + (hET[i] as number);
  }
  for (let j = 0; j < p; j++) {
    const o = j * n;
    for (let i = 0; i < n; i++) {
      const k = (codes[i] as number) * q + j;
      c[k] = (c[k] as number) + (hEE[i] as number) * (X[o + i] as number);
    }
  }
}

/**
 * Solves the reduced system: δd = S⁻¹ r, then δα_g = (g_g − c_gᵀ δd) / a_g. Returns null when S is not
 * positive definite. `factor` receives the Cholesky factor of S when given.
 * @example const rows = { gEta: Float64Array.of(1, -1, 0, 2), hEE: Float64Array.of(1, 1, 1, 1) };
 * const sys = reducedSystem(Float64Array.of(0, 1, 0, 1), 4, 1, { codes: Int32Array.of(0, 0, 1, 1), G: 2 }, rows);
 * solveReduced(sys)?.dD // => [0]
 */
export function solveReduced(
  sys: ReducedSystem,
  factor?: Float64Array,
): { dD: Float64Array; dAlpha: Float64Array; decrement: number } | null {
  const { q, S, r, c, a, gAlpha, gD } = sys;
  const L = factor ?? new Float64Array(q * q);
  L.set(S);
  if (!cholesky(L, q, 1e-13)) return null;
  const dD = choleskySolve(L, q, r);
  const G = a.length;
  const dAlpha = new Float64Array(G);
  let decrement = 0;
  for (let j = 0; j < q; j++) decrement += (gD[j] as number) * (dD[j] as number);
  for (let g = 0; g < G; g++) {
    const ag = a[g] as number;
    if (!(ag > 0)) continue;
    let s = gAlpha[g] as number;
    for (let j = 0; j < q; j++) s -= (c[g * q + j] as number) * (dD[j] as number);
    dAlpha[g] = s / ag;
    decrement += (gAlpha[g] as number) * (dAlpha[g] as number);
  }
  return { dD, dAlpha, decrement };
}
