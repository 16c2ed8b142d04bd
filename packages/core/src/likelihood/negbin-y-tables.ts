import { lgammaRatio } from '../special/lgamma.js';
import { digammaDiff, trigammaDiff } from './negbin.js';
import { logFactorial } from './poisson.js';

/** The distinct outcome values of a sample and, for each observation, the index of its value. */
export interface OutcomeGroups {
  values: Float64Array;
  index: Int32Array;
  /** Σ wᵢ log yᵢ! over observations (constant in the parameters; w = 1 without weights). */
  sumLogFactorial: number;
}

/**
 * Groups outcomes by value, so θ-dependent special functions (log Γ(y+θ) − log Γ(θ), ψ, ψ') are
 * evaluated once per distinct count instead of once per row: counts repeat heavily (zeros dominate
 * conflict data), which makes each NB2 iteration cost O(n + distinct counts) special-function calls.
 * Frequency weights, when given, enter only `sumLogFactorial`.
 * @example groupOutcomes(Float64Array.of(0, 3, 0)).values // [0, 3]
 */
export function groupOutcomes(y: Float64Array, weights?: Float64Array): OutcomeGroups {
  const pos = new Map<number, number>();
  const index = new Int32Array(y.length);
  const values: number[] = [];
  let sumLogFactorial = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i] as number;
    let j = pos.get(v);
    if (j === undefined) {
      j = values.length;
      pos.set(v, j);
      values.push(v);
    }
    index[i] = j;
  }
  const lf = values.map(logFactorial);
  for (let i = 0; i < y.length; i++)
    sumLogFactorial += (weights ? (weights[i] as number) : 1) * (lf[index[i] as number] as number);
  return { values: Float64Array.from(values), index, sumLogFactorial };
}

/** Per distinct count at a given θ: log Γ(y+θ) − log Γ(θ), ψ(y+θ) − ψ(θ), ψ'(y+θ) − ψ'(θ). */
export interface ThetaTables {
  lgr: Float64Array;
  dg: Float64Array;
  tg: Float64Array;
}

/**
 * Evaluates the θ-dependent special-function terms for every distinct count.
 * @example thetaTables(groupOutcomes(y).values, 1.3, true)
 */
export function thetaTables(values: Float64Array, theta: number, derivatives: boolean): ThetaTables {
  const m = values.length;
  const lgr = new Float64Array(m);
  const dg = new Float64Array(derivatives ? m : 0);
  const tg = new Float64Array(derivatives ? m : 0);
  for (let j = 0; j < m; j++) {
    const v = values[j] as number;
    lgr[j] = lgammaRatio(theta, v);
    if (derivatives) {
      dg[j] = digammaDiff(theta, v);
      tg[j] = trigammaDiff(theta, v);
    }
  }
  return { lgr, dg, tg };
}

/**
 * NB2 log-likelihood from grouped outcomes: Σ wᵢ [log Γ(y+θ) − log Γ(θ) − log y! − θ log(1 + μ/θ) + y (η − log(θ+μ))]
 * with frequency weights w (1 when absent; `groups` built with the same weights).
 * The means μ = exp(η) and log(1 + μ/θ) are written to `muOut` / `log1pOut` (the caller reuses them).
 * @example groupedNegbinLogLik(y, eta, 1.3, groupOutcomes(y), new Float64Array(n), new Float64Array(n))
 */
export function groupedNegbinLogLik(
  y: Float64Array,
  eta: Float64Array,
  theta: number,
  groups: OutcomeGroups,
  muOut: Float64Array = new Float64Array(y.length),
  log1pOut: Float64Array = new Float64Array(y.length),
  weights?: Float64Array,
): number {
  const { lgr } = thetaTables(groups.values, theta, false);
  return (
    -groups.sumLogFactorial + negbinLogLikPass(y, eta, theta, groups.index, lgr, muOut, log1pOut, weights)
  );
}

/** The per-row pass of {@link groupedNegbinLogLik}: one exp and one log1p per row. */
function negbinLogLikPass(
  y: Float64Array,
  eta: Float64Array,
  theta: number,
  index: Int32Array,
  lgr: Float64Array,
  muOut: Float64Array,
  log1pOut: Float64Array,
  weights: Float64Array | undefined,
): number {
  // log(θ + μ) = log θ + log1p(μ/θ): one logarithm per row.
  const logTheta = Math.log(theta);
  const invTheta = 1 / theta;
  let ll = 0;
  for (let i = 0; i < y.length; i++) {
    const e = eta[i] as number;
    const mu = Math.exp(e);
    muOut[i] = mu;
    const yi = y[i] as number;
    const l1p = Math.log1p(mu * invTheta);
    log1pOut[i] = l1p;
    let li = (lgr[index[i] as number] as number) - theta * l1p;
    if (yi !== 0) li += yi * (e - logTheta - l1p);
    ll += weights ? (weights[i] as number) * li : li;
  }
  return ll;
}
