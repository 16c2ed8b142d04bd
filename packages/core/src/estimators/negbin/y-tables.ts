import { lgamma, lgammaRatio } from '../../special/lgamma.js';
import { digammaDiff, trigammaDiff } from './loglik.js';

/** The distinct outcome values of a sample and, for each observation, the index of its value. */
export interface OutcomeGroups {
  values: Float64Array;
  index: Int32Array;
  /** Σ log y! over observations (constant in the parameters). */
  sumLogFactorial: number;
}

/**
 * Groups outcomes by value, so θ-dependent special functions (log Γ(y+θ) − log Γ(θ), ψ, ψ') are
 * evaluated once per distinct count instead of once per row: counts repeat heavily (zeros dominate
 * conflict data), which makes each NB2 iteration cost O(n + distinct counts) special-function calls.
 * @example groupOutcomes(Float64Array.of(0, 3, 0)).values // [0, 3]
 */
export function groupOutcomes(y: Float64Array): OutcomeGroups {
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
  const lf = values.map((v) => lgamma(v + 1));
  for (let i = 0; i < y.length; i++) sumLogFactorial += lf[index[i] as number] as number;
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
 * NB2 log-likelihood from grouped outcomes: Σ [log Γ(y+θ) − log Γ(θ) − log y! − θ log(1 + μ/θ) + y (η − log(θ+μ))].
 * The means μ = exp(η) and log(1 + μ/θ) are written to `muOut` / `log1pOut` when given (the caller reuses them).
 * @example groupedNegbinLogLik(y, eta, 1.3, groupOutcomes(y))
 */
export function groupedNegbinLogLik(
  y: Float64Array,
  eta: Float64Array,
  theta: number,
  groups: OutcomeGroups,
  muOut?: Float64Array,
  log1pOut?: Float64Array,
): number {
  const { lgr } = thetaTables(groups.values, theta, false);
  // log(θ + μ) = log θ + log1p(μ/θ): one logarithm per row.
  const logTheta = Math.log(theta);
  let ll = -groups.sumLogFactorial;
  for (let i = 0; i < y.length; i++) {
    const e = eta[i] as number;
    const mu = Math.exp(e);
    if (muOut) muOut[i] = mu;
    const yi = y[i] as number;
    const l1p = Math.log1p(mu / theta);
    if (log1pOut) log1pOut[i] = l1p;
    ll += (lgr[groups.index[i] as number] as number) - theta * l1p;
    if (yi !== 0) ll += yi * (e - logTheta - l1p);
  }
  return ll;
}
