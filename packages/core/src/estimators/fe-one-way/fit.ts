import { messages } from '../../errors.js';
import { groupedNegbinLogLik, groupOutcomes, thetaTables } from '../../likelihood/negbin-y-tables.js';
import { poissonLogLik, sumLogFactorials } from '../../likelihood/poisson.js';
import { linearPredictorCols } from '../../linalg/column-major.js';
import type { CountFit, FitControl, GlmData } from '../glm-data.js';
import { negbinRowDerivatives } from '../negbin/row-derivatives.js';
import { thetaMl } from '../negbin/theta-ml.js';
import { LINE_SEARCH_FAILED, newtonStop } from '../newton-stop.js';
import type { Steps } from '../run-steps.js';
import { type Groups, type RowTerms, reducedSystem, solveReduced } from './system.js';

/** A count fit with one-way fixed effects: β for the columns of X, α per group, θ for NB2 (else null). */
export interface OneWayFeFit extends CountFit {
  alpha: Float64Array;
  theta: number | null;
  thetaInfinite: boolean;
}

/** ln θ stays within ±T_BOUND (as in the dense NB2 fit). */
const T_BOUND = 20;

/** The likelihood pieces of one family at η (and t = ln θ for NB2). */
interface Family {
  withT: boolean;
  logLik(eta: Float64Array, t: number): number;
  /** Row derivatives at η (and t); `expected` gives expected-information weights in hEE and no t terms. */
  terms(eta: Float64Array, t: number, expected: boolean): RowTerms;
}

/**
 * Poisson or NB2 regression with one-way fixed effects α_g (η = Xβ + α_g + offset) by Newton's method
 * on the full likelihood, the α block eliminated in every step (see `reducedSystem`): no indicator
 * columns are formed, so a step costs O(n·p²) and memory O(n·p + G). Starts from α_g = log(Σ_g y /
 * Σ_g e^offset) with β = 0, takes Poisson steps (to convergence for Poisson, three for NB2) and, for
 * NB2, the ML θ at those means, then joint Newton steps in (β, ln θ, α) with step-halving (the
 * log-likelihood never falls); where the joint information is not positive definite, a Fisher step in
 * (β, α) and a Newton step in ln θ. Converges as the dense fits do (Newton decrement and relative step).
 * References: Cameron & Trivedi (2013), §9.3 (fixed-effects count models by dummies, the
 * incidental-parameter caveat for NB2); Guimarães & Portugal (2010), Stata Journal 10(4).
 * @example runSteps(fitOneWayFeSteps(glm, { codes, G }, 'negbin', { maxIter: 100, tol: 1e-10 })).alpha
 */
export function* fitOneWayFeSteps(
  data: GlmData,
  groups: Groups,
  family: 'poisson' | 'negbin',
  control: FitControl,
): Steps<OneWayFeFit> {
  const { n, p, y, offset, weights } = data;
  const alpha = new Float64Array(groups.G);
  const sy = new Float64Array(groups.G);
  const se = new Float64Array(groups.G);
  for (let i = 0; i < n; i++) {
    const g = groups.codes[i] as number;
    const w = weights ? (weights[i] as number) : 1;
    sy[g] = (sy[g] as number) + w * (y[i] as number);
    se[g] = (se[g] as number) + w * Math.exp(offset[i] as number);
  }
  for (let g = 0; g < groups.G; g++) alpha[g] = Math.log(Math.max(sy[g] as number, 1e-8) / (se[g] as number));
  const state = { beta: new Float64Array(p), alpha, t: 0 };
  const pois = poissonFamily(data);
  const first = yield* newton(data, groups, pois, state, {
    ...control,
    maxIter: family === 'poisson' ? control.maxIter : Math.min(3, control.maxIter),
    tol: family === 'poisson' ? control.tol : 1e-6,
  });
  if (family === 'poisson') return { ...first, alpha: state.alpha, theta: null, thetaInfinite: false };
  const yGroups = groupOutcomes(y, weights);
  const ml = thetaMl(y, first.mu, yGroups, 50, weights);
  state.t = Math.log(ml.theta);
  const fit = yield* newton(data, groups, negbinFamily(data, yGroups), state, control);
  const thetaInfinite = state.t >= T_BOUND - 1e-9;
  return {
    ...fit,
    alpha: state.alpha,
    theta: Math.exp(state.t),
    thetaInfinite,
    converged: fit.converged || thetaInfinite,
  };
}

function poissonFamily(data: GlmData): Family {
  const { y, weights } = data;
  const lf = sumLogFactorials(y, weights);
  return {
    withT: false,
    logLik: (eta) => poissonLogLik(y, eta, lf, weights),
    terms: (eta) => {
      const gEta = new Float64Array(y.length);
      const hEE = new Float64Array(y.length);
      for (let i = 0; i < y.length; i++) {
        const w = weights ? (weights[i] as number) : 1;
        const mu = Math.exp(eta[i] as number);
        gEta[i] = w * ((y[i] as number) - mu);
        hEE[i] = w * mu;
      }
      return { gEta, hEE };
    },
  };
}

function negbinFamily(data: GlmData, yGroups: ReturnType<typeof groupOutcomes>): Family {
  const { y, weights } = data;
  const n = y.length;
  const mu = new Float64Array(n);
  const l1p = new Float64Array(n);
  return {
    withT: true,
    logLik: (eta, t) => groupedNegbinLogLik(y, eta, Math.exp(t), yGroups, mu, l1p, weights),
    terms: (eta, t, expected) => {
      const theta = Math.exp(t);
      groupedNegbinLogLik(y, eta, theta, yGroups, mu, l1p, weights);
      const out = {
        gEta: new Float64Array(n),
        hEE: new Float64Array(n),
        hET: new Float64Array(n),
        wExp: new Float64Array(n),
      };
      const tables = thetaTables(yGroups.values, theta, true);
      const { gT, hTT } = negbinRowDerivatives(y, mu, l1p, yGroups.index, tables, theta, true, out, weights);
      return expected ? { gEta: out.gEta, hEE: out.wExp, gT, hTT } : { ...out, gT, hTT };
    },
  };
}

/** Damped Newton iterations on (β, [t], α); updates `state` in place. */
function* newton(
  data: GlmData,
  groups: Groups,
  fam: Family,
  state: { beta: Float64Array; alpha: Float64Array; t: number },
  control: FitControl,
): Steps<CountFit> {
  const { X, n, p, offset } = data;
  const etaOf = (beta: Float64Array, alpha: Float64Array) => {
    const eta = linearPredictorCols(X, n, p, beta, offset);
    for (let i = 0; i < n; i++) eta[i] = (eta[i] as number) + (alpha[groups.codes[i] as number] as number);
    return eta;
  };
  let eta = etaOf(state.beta, state.alpha);
  let ll = fam.logLik(eta, state.t);
  const trace = [ll];
  const warnings: string[] = [];
  let converged = false;
  let iterations = 0;
  for (let iter = 1; iter <= control.maxIter; iter++) {
    if (control.signal?.aborted) throw messages.cancelled('the fit');
    iterations = iter;
    const rows = fam.terms(eta, state.t, false);
    const fixT = fam.withT && state.t >= T_BOUND && (rows.gT as number) > 0;
    const dir = direction(data, groups, fam, rows, eta, state, fixT);
    if (!dir) {
      warnings.push('the information matrix for β is not positive definite; stopped');
      break;
    }
    const { step, dT, decrement, maxStep } = dir;
    const belowNoise = decrement < 1e-11 * (1 + Math.abs(ll));
    let scale = Math.abs(dT) > 3 ? 3 / Math.abs(dT) : 1;
    let accepted = false;
    for (let h = 0; h < 50; h++) {
      const beta = state.beta.map((b, j) => b + scale * (step.dD[j] as number));
      const alpha = state.alpha.map((a, g) => a + scale * (step.dAlpha[g] as number));
      const t = Math.max(-T_BOUND, Math.min(T_BOUND, state.t + scale * dT));
      const etaTrial = etaOf(beta, alpha);
      const llTrial = fam.logLik(etaTrial, t);
      if (Number.isFinite(llTrial) && (llTrial >= ll || belowNoise)) {
        Object.assign(state, { beta, alpha, t });
        eta = etaTrial;
        ll = llTrial;
        accepted = true;
        break;
      }
      scale /= 2;
    }
    trace.push(ll);
    control.onProgress?.({ iteration: iter, logLik: ll });
    const stop = newtonStop({ decrement, maxStep, logLik: ll, accepted, tol: control.tol });
    if (stop !== 'continue') {
      converged = stop === 'converged';
      if (!converged) warnings.push(LINE_SEARCH_FAILED);
      break;
    }
    yield;
  }
  if (!converged && !(fam.withT && state.t >= T_BOUND - 1e-9))
    warnings.push(
      `fixed-effects fit did not converge in ${iterations} iterations (maxIter ${control.maxIter})`,
    );
  const mu = eta.map(Math.exp);
  return { beta: Float64Array.from(state.beta), eta, mu, logLik: ll, iterations, converged, trace, warnings };
}

/**
 * The Newton direction of one iteration: the joint reduced system, or where it is not positive
 * definite a Fisher step in (β, α) and a Newton (or unit) step in ln θ; with its decrement and the
 * largest relative step. Null when even the expected information is singular.
 */
function direction(
  data: GlmData,
  groups: Groups,
  fam: Family,
  rows: RowTerms,
  eta: Float64Array,
  state: { beta: Float64Array; alpha: Float64Array; t: number },
  fixT: boolean,
): {
  step: NonNullable<ReturnType<typeof solveReduced>>;
  dT: number;
  decrement: number;
  maxStep: number;
} | null {
  const { X, n, p } = data;
  let step = fixT ? null : solveReduced(reducedSystem(X, n, p, groups, rows));
  let dT = step && fam.withT ? (step.dD[p] as number) : 0;
  const joint = step !== null;
  if (!step) {
    const ex = fam.withT ? fam.terms(eta, state.t, true) : rows;
    step = solveReduced(reducedSystem(X, n, p, groups, { gEta: ex.gEta, hEE: ex.hEE }));
    if (!step) return null;
    const hTT = rows.hTT ?? 0;
    dT = fixT || !fam.withT ? 0 : hTT > 0 ? (rows.gT as number) / hTT : Math.sign(rows.gT as number);
  }
  let maxStep = Math.abs(dT) / (Math.abs(state.t) + 0.1);
  for (let j = 0; j < p; j++)
    maxStep = Math.max(maxStep, Math.abs(step.dD[j] as number) / (Math.abs(state.beta[j] as number) + 0.1));
  for (let g = 0; g < groups.G; g++)
    maxStep = Math.max(
      maxStep,
      Math.abs(step.dAlpha[g] as number) / (Math.abs(state.alpha[g] as number) + 0.1),
    );
  const decrement = step.decrement + (joint ? 0 : dT * (rows.gT ?? 0));
  return { step, dT, decrement, maxStep };
}
