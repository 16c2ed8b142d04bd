import { negbinDerivatives } from '../likelihood/negbin.js';
import { groupOutcomes, thetaTables } from '../likelihood/negbin-y-tables.js';
import type { SparseLayout } from '../linalg/column-major.js';
import { crossprodVectorCols, gramWeighted } from '../linalg/column-major.js';

/** What the variance estimators need from a fit. */
export interface VcovInput {
  /** n × p, column-major. */
  X: Float64Array;
  /** Sparse trailing columns (fixed-effect indicators), when any. */
  layout?: SparseLayout | undefined;
  n: number;
  p: number;
  y: Float64Array;
  eta: Float64Array;
  /** NB2 θ, or null for Poisson. */
  theta: number | null;
  /** Frequency weights (row i counts as wᵢ observations), when any. */
  weights?: Float64Array | undefined;
}

/** wᵢ, or 1 without weights. */
const weightAt = (m: VcovInput, i: number): number => (m.weights ? (m.weights[i] as number) : 1);

/**
 * Expected (Fisher) information for β with θ held fixed: X'WX with W = w·μθ/(θ+μ) (w·μ for Poisson;
 * w the frequency weights, 1 when absent),
 * the matrix glm.nb's `summary()` inverts.
 * @example expectedInformation({ X, n, p, y, eta, theta: 1.27 })
 */
export function expectedInformation(m: VcovInput): Float64Array {
  const w = new Float64Array(m.n);
  for (let i = 0; i < m.n; i++) {
    const mu = Math.exp(m.eta[i] as number);
    w[i] = weightAt(m, i) * (m.theta === null ? mu : (mu * m.theta) / (m.theta + mu));
  }
  return gramWeighted(m.X, m.n, m.p, w, undefined, m.layout);
}

/**
 * Observed information (negated Hessian of the frequency-weighted log-likelihood) over (β, ln θ), (p+1) × (p+1); for
 * Poisson the p × p X'diag(μ)X (observed = expected with the canonical link).
 * @example observedInformation({ X, n, p, y, eta, theta: 1.27 })
 */
export function observedInformation(m: VcovInput): { info: Float64Array; q: number } {
  if (m.theta === null) return { info: expectedInformation(m), q: m.p };
  const { n, p } = m;
  const q = p + 1;
  const hEE = new Float64Array(n);
  const hET = new Float64Array(n);
  let hTT = 0;
  for (let i = 0; i < n; i++) {
    const d = negbinDerivatives(m.y[i] as number, m.eta[i] as number, m.theta);
    const wi = weightAt(m, i);
    hEE[i] = wi * d.hEtaEta;
    hET[i] = wi * d.hEtaT;
    hTT += wi * d.hTT;
  }
  const xtwx = gramWeighted(m.X, n, p, hEE, undefined, m.layout);
  const xh = crossprodVectorCols(m.X, n, p, hET, undefined, m.layout);
  const info = new Float64Array(q * q);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) info[a * q + b] = xtwx[a * p + b] as number;
    info[a * q + p] = xh[a] as number;
    info[p * q + a] = xh[a] as number;
  }
  info[p * q + p] = hTT;
  return { info, q };
}

/**
 * Per-observation scores, n × q row-major: ∂ℓᵢ/∂β (and ∂ℓᵢ/∂ln θ when `withTheta`) of one copy of
 * row i, not multiplied by its frequency weight (the sandwich applies the weights by convention).
 * @example observationScores({ X, n, p, y, eta, theta: 1.27 }, true)
 */
export function observationScores(m: VcovInput, withTheta: boolean): { scores: Float64Array; q: number } {
  const { n, p } = m;
  const q = withTheta && m.theta !== null ? p + 1 : p;
  const scores = new Float64Array(n * q);
  for (let i = 0; i < n; i++) {
    let gEta: number;
    let gT = 0;
    if (m.theta === null) gEta = (m.y[i] as number) - Math.exp(m.eta[i] as number);
    else {
      const d = negbinDerivatives(m.y[i] as number, m.eta[i] as number, m.theta);
      gEta = d.gEta;
      gT = d.gT;
    }
    const o = i * q;
    for (let a = 0; a < p; a++) scores[o + a] = (m.X[a * n + i] as number) * gEta;
    if (q > p) scores[o + p] = gT;
  }
  return { scores, q };
}

/**
 * The score (gradient of the frequency-weighted log-likelihood) over (β, ln θ) summed over observations, without
 * forming the n × q matrix of per-observation scores.
 * @example scoreVector({ X, n, p, y, eta, theta: 1.27 })
 */
export function scoreVector(m: VcovInput): Float64Array {
  const { n, p } = m;
  const gEta = new Float64Array(n);
  let gT = 0;
  const theta = m.theta;
  if (theta === null)
    for (let i = 0; i < n; i++)
      gEta[i] = weightAt(m, i) * ((m.y[i] as number) - Math.exp(m.eta[i] as number));
  else {
    // ψ(y+θ) − ψ(θ) tabulated once per distinct count.
    const groups = groupOutcomes(m.y);
    const { dg } = thetaTables(groups.values, theta, true);
    for (let i = 0; i < n; i++) {
      const yi = m.y[i] as number;
      const mu = Math.exp(m.eta[i] as number);
      const tm = theta + mu;
      const wi = weightAt(m, i);
      gEta[i] = (wi * ((yi - mu) * theta)) / tm;
      gT +=
        wi * theta * ((dg[groups.index[i] as number] as number) - Math.log1p(mu / theta) + (mu - yi) / tm);
    }
  }
  const g = crossprodVectorCols(m.X, n, p, gEta, undefined, m.layout);
  if (m.theta === null) return g;
  const out = new Float64Array(p + 1);
  out.set(g);
  out[p] = gT;
  return out;
}

/**
 * Observed information for θ alone with β fixed (MASS::theta.ml's), whose inverse root is glm.nb's
 * `SE.theta`; frequency weights w weight each row's term.
 * @example thetaInformation(y, eta, 1.27)
 */
export function thetaInformation(
  y: Float64Array,
  eta: Float64Array,
  theta: number,
  weights?: Float64Array,
): number {
  // −∂²ℓ/∂θ² = −Σ [ψ'(y+θ) − ψ'(θ) + 1/θ − 2/(θ+μ) + (y+θ)/(θ+μ)²], with the trigamma differences
  // tabulated once per distinct count (see groupOutcomes).
  const groups = groupOutcomes(y);
  const { tg } = thetaTables(groups.values, theta, true);
  let info = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const tm = theta + Math.exp(eta[i] as number);
    info -=
      (weights ? (weights[i] as number) : 1) *
      ((tg[groups.index[i] as number] as number) + 1 / theta - 2 / tm + (yi + theta) / (tm * tm));
  }
  return info;
}
