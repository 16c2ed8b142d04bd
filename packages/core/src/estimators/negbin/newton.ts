import { messages } from '../../errors.js';
import { groupedNegbinLogLik, type OutcomeGroups, thetaTables } from '../../likelihood/negbin-y-tables.js';
import { cholesky } from '../../linalg/cholesky.js';
import { crossprodVectorCols, gramWeighted, linearPredictorCols } from '../../linalg/column-major.js';
import { choleskySolve } from '../../linalg/spd.js';
import type { CountFit, FitControl, GlmData } from '../glm-data.js';
import { LINE_SEARCH_FAILED, newtonStop } from '../newton-stop.js';
import type { Steps } from '../run-steps.js';
import { negbinRowDerivatives } from './row-derivatives.js';

/** A negative binomial (NB2) fit: β, θ and the bookkeeping of the Newton iterations. */
export interface NegbinFit extends CountFit {
  theta: number;
  /** θ ran to its upper bound e^20: no overdispersion, the model is Poisson. */
  thetaInfinite: boolean;
}

/** ln θ is kept within ±T_BOUND so that θ stays finite (θ ≈ 4.9e8 at the bound). */
export const T_BOUND = 20;

/** Starting values of the Newton iterations. */
export interface Start {
  beta: Float64Array;
  eta: Float64Array;
  theta: number;
  /** Cholesky factor of an approximation of the joint information divided by `factorScale`. */
  factor?: Float64Array;
  factorScale?: number;
}

/** The iterate and the buffers of the joint Newton iterations over (β, t = ln θ). */
interface Iterate {
  beta: Float64Array;
  eta: Float64Array;
  t: number;
  ll: number;
  // μ and log1p terms at the current iterate, and at the line-search trial (swapped in when accepted).
  muCur: Float64Array;
  muTrial: Float64Array;
  l1pCur: Float64Array;
  l1pTrial: Float64Array;
  etaTrial: Float64Array;
  /** Per-row derivatives: ∂ℓ/∂η, −∂²ℓ/∂η², −∂²ℓ/∂η∂t, expected weights. */
  rows: { gEta: Float64Array; hEE: Float64Array; hET: Float64Array; wExp: Float64Array };
  /** The joint information's Cholesky factor (q × q), X'WX (p × p) and the gradient (q). */
  H: Float64Array;
  xtwx: Float64Array;
  g: Float64Array;
  fixT: boolean;
  /** H holds the Cholesky factor of the joint information of an earlier iterate. */
  haveFactor: boolean;
  chordReady: boolean;
  chordSteps: number;
  /** H is the factor of (information / factorScale): the subsample's at first, then 1. */
  factorScale: number;
  lastMaxStep: number;
}

/**
 * The joint Newton iterations of `fitNegbin`; also returns the last information factor. Each
 * iteration: gradient (and curvature when needed), a Newton direction (chord, fresh factor or block
 * fallback), a step-halving line search, the stopping rule.
 * @example import { groupOutcomes } from '../../likelihood/negbin-y-tables.js';
 * import { runSteps } from '../run-steps.js';
 * // y = 0, 1, 0, 3, 7, 0, 2, 12 on an intercept, started at β = 0, θ = 1
 * const y = Float64Array.of(0, 1, 0, 3, 7, 0, 2, 12);
 * const glm = { X: new Float64Array(8).fill(1), n: 8, p: 1, y, offset: new Float64Array(8) };
 * const start = { beta: Float64Array.of(0), eta: new Float64Array(8), theta: 1 };
 * const { fit } = runSteps(newtonNegbin(glm, { maxIter: 100, tol: 1e-10 }, groupOutcomes(y), start));
 * [fit.beta, fit.theta] // => [[1.1394343], 0.52986635]
 */
export function* newtonNegbin(
  data: GlmData,
  control: FitControl,
  groups: OutcomeGroups,
  start: Start,
): Steps<{ fit: NegbinFit; factor: Float64Array | null }> {
  const warnings: string[] = [];
  const s = initialIterate(data, groups, start);
  const trace: number[] = [s.ll];
  control.onProgress?.({ iteration: 0, logLik: s.ll });
  let converged = false;
  let iterations = 0;
  for (let iter = 1; iter <= control.maxIter; iter++) {
    if (control.signal?.aborted) throw messages.cancelled('the fit');
    iterations = iter;
    const { gB, gT, hTT } = gradientAt(data, groups, s);
    const step = newtonDirection(data, s, gB, gT, hTT);
    if (!step) {
      warnings.push('the information matrix for β is not positive definite; stopped');
      break;
    }
    const { decrement, maxStep, accepted } = takeStep(data, groups, s, step);
    trace.push(s.ll);
    control.onProgress?.({ iteration: iter, logLik: s.ll });
    const stop = newtonStop({ decrement, maxStep, logLik: s.ll, accepted, tol: control.tol });
    if (stop !== 'continue') {
      converged = stop === 'converged';
      if (!converged) warnings.push(LINE_SEARCH_FAILED);
      break;
    }
    yield;
  }
  const theta = Math.exp(s.t);
  const thetaInfinite = s.t >= T_BOUND - 1e-9;
  if (!converged && !thetaInfinite)
    warnings.push(
      `negative binomial fit did not converge in ${iterations} iterations (maxIter ${control.maxIter})`,
    );
  const fit: NegbinFit = {
    beta: s.beta,
    eta: s.eta,
    mu: Float64Array.from(s.muCur),
    logLik: s.ll,
    iterations,
    converged: converged || thetaInfinite,
    trace,
    warnings,
    theta,
    thetaInfinite,
  };
  return { fit, factor: s.haveFactor && s.factorScale === 1 ? Float64Array.from(s.H) : null };
}

/** The starting iterate and buffers; a factor handed over from the subsample fit is used for chord steps. */
function initialIterate(data: GlmData, groups: OutcomeGroups, start: Start): Iterate {
  const { n, p, y, weights } = data;
  const q = p + 1;
  const muCur = new Float64Array(n);
  const l1pCur = new Float64Array(n);
  const t = Math.log(start.theta);
  const ll = groupedNegbinLogLik(y, start.eta, Math.exp(t), groups, muCur, l1pCur, weights);
  const s: Iterate = {
    beta: start.beta,
    eta: start.eta,
    t,
    ll,
    muCur,
    muTrial: new Float64Array(n),
    l1pCur,
    l1pTrial: new Float64Array(n),
    etaTrial: new Float64Array(n),
    rows: {
      gEta: new Float64Array(n),
      hEE: new Float64Array(n),
      hET: new Float64Array(n),
      wExp: new Float64Array(n),
    },
    H: new Float64Array(q * q),
    xtwx: new Float64Array(p * p),
    g: new Float64Array(q),
    fixT: false,
    haveFactor: false,
    chordReady: false,
    chordSteps: 0,
    factorScale: 1,
    lastMaxStep: Number.POSITIVE_INFINITY,
  };
  if (start.factor && start.factor.length === q * q) {
    s.H.set(start.factor);
    s.factorScale = start.factorScale ?? 1;
    s.haveFactor = true;
    s.chordReady = true;
  }
  return s;
}

/**
 * The gradient over (β, t) at the iterate (into `s.g`), and the per-row curvature when a fresh
 * information (or the fallback) will be needed; t held once it reaches its bound with a positive slope.
 */
function gradientAt(
  data: GlmData,
  groups: OutcomeGroups,
  s: Iterate,
): { gB: Float64Array; gT: number; hTT: number } {
  const { X, n, p, y, layout, weights } = data;
  const theta = Math.exp(s.t);
  const tables = thetaTables(groups.values, theta, true);
  // Chord steps need only the gradient; a fresh information (or the fallback) needs the curvature.
  const needCurvature = !s.chordReady || s.t >= T_BOUND;
  const { gT, hTT } = negbinRowDerivatives(
    y,
    s.muCur,
    s.l1pCur,
    groups.index,
    tables,
    theta,
    needCurvature,
    s.rows,
    weights,
  );
  const gB = crossprodVectorCols(X, n, p, s.rows.gEta, undefined, layout);
  s.g.set(gB);
  s.g[p] = gT;
  if (s.t >= T_BOUND && gT > 0) s.fixT = true;
  return { gB, gT, hTT };
}

/**
 * The Newton direction on the joint observed information; a block step when it is not positive
 * definite (null when even X'WX is not). Close to the optimum (the last full step was accepted and
 * moved no parameter by more than 1e-2 relative) the previous factor is reused: a chord step
 * (simplified Newton, Kelley 1995, Iterative Methods for Linear and Nonlinear Equations, §5.4) whose
 * error contracts by a factor O(step size) and which saves the n·p²/2 pass over X, typically the
 * final, confirming iteration.
 */
function newtonDirection(
  data: GlmData,
  s: Iterate,
  gB: Float64Array,
  gT: number,
  hTT: number,
): { dir: Float64Array; usedFactor: boolean } | null {
  const { X, n, p, layout } = data;
  const q = p + 1;
  const { H, xtwx, g } = s;
  let dir: Float64Array | null = null;
  if (s.chordReady && !s.fixT) {
    dir = choleskySolve(H, q, g);
    if (s.factorScale !== 1) for (let j = 0; j < q; j++) dir[j] = (dir[j] as number) / s.factorScale;
    s.chordSteps++;
  } else if (!s.fixT) {
    gramWeighted(X, n, p, s.rows.hEE, xtwx, layout);
    const xh = crossprodVectorCols(X, n, p, s.rows.hET, undefined, layout);
    s.chordSteps = 0;
    s.factorScale = 1;
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < p; b++) H[a * q + b] = xtwx[a * p + b] as number;
      H[a * q + p] = xh[a] as number;
      H[p * q + a] = xh[a] as number;
    }
    H[p * q + p] = hTT;
    s.haveFactor = cholesky(H, q, 1e-13);
    if (s.haveFactor) dir = choleskySolve(H, q, g);
  }
  const usedFactor = dir !== null;
  if (dir) return { dir, usedFactor };
  if (s.fixT) gramWeighted(X, n, p, s.rows.hEE, xtwx, layout);
  const info = s.fixT ? xtwx : gramWeighted(X, n, p, s.rows.wExp, undefined, layout);
  const Lb = Float64Array.from(info);
  if (!cholesky(Lb, p, 1e-13)) return null;
  const db = choleskySolve(Lb, p, gB);
  dir = new Float64Array(q);
  dir.set(db);
  dir[p] = s.fixT ? 0 : hTT > 0 ? gT / hTT : Math.sign(gT);
  return { dir, usedFactor };
}

/**
 * Takes the step along `dir` with a step-halving line search and moves the iterate when accepted;
 * decides whether the next iteration may reuse the factor (chord step). Returns the Newton decrement
 * and the largest relative step, for the stopping rule.
 */
function takeStep(
  data: GlmData,
  groups: OutcomeGroups,
  s: Iterate,
  step: { dir: Float64Array; usedFactor: boolean },
): { decrement: number; maxStep: number; accepted: boolean } {
  const { dir } = step;
  const p = data.p;
  let decrement = 0;
  let maxStep = 0;
  for (let j = 0; j <= p; j++) {
    decrement += (s.g[j] as number) * (dir[j] as number);
    const cur = j < p ? (s.beta[j] as number) : s.t;
    maxStep = Math.max(maxStep, Math.abs(dir[j] as number) / (Math.abs(cur) + 0.1));
  }
  const { accepted, scale, trial } = lineSearch(data, groups, s, dir, decrement);
  // Reuse the factor after a full accepted step that was small (fresh Newton) or that cut the step
  // at least fourfold (chord: linear convergence at a rate set by the factor's error, each step
  // costing O(np) instead of O(np²)); otherwise evaluate the information afresh.
  s.chordReady =
    accepted &&
    step.usedFactor &&
    s.haveFactor &&
    scale === 1 &&
    s.chordSteps < 12 &&
    (s.chordSteps === 0 ? maxStep < 1e-2 : maxStep < 0.25 * s.lastMaxStep);
  s.lastMaxStep = maxStep;
  if (accepted) {
    s.beta = trial.beta;
    s.t = trial.t;
    [s.eta, s.etaTrial] = [s.etaTrial, s.eta];
    s.ll = trial.ll;
    [s.muCur, s.muTrial] = [s.muTrial, s.muCur];
    [s.l1pCur, s.l1pTrial] = [s.l1pTrial, s.l1pCur];
  }
  return { decrement, maxStep, accepted };
}

/**
 * Line search: halve until the log-likelihood does not fall (ln θ steps capped at 3). When the
 * predicted gain (half the Newton decrement) is below the rounding noise of ℓ itself, the iterate is
 * in Newton's quadratic region and the full step is taken: comparing ℓ values there would only
 * measure rounding. The trial's η, μ and log1p terms are left in the trial buffers.
 */
function lineSearch(
  data: GlmData,
  groups: OutcomeGroups,
  s: Iterate,
  dir: Float64Array,
  decrement: number,
): { accepted: boolean; scale: number; trial: { beta: Float64Array; t: number; ll: number } } {
  const { X, n, p, y, offset, layout, weights } = data;
  const tStepCap = 3;
  let scale = Math.abs(dir[p] as number) > tStepCap ? tStepCap / Math.abs(dir[p] as number) : 1;
  const belowNoise = decrement < 1e-11 * (1 + Math.abs(s.ll));
  let trial = { beta: s.beta, t: s.t, ll: s.ll };
  for (let h = 0; h < 50; h++) {
    const beta = s.beta.map((b, j) => b + scale * (dir[j] as number));
    const t = Math.max(-T_BOUND, Math.min(T_BOUND, s.t + scale * (dir[p] as number)));
    linearPredictorCols(X, n, p, beta, offset, s.etaTrial, layout);
    const ll = groupedNegbinLogLik(y, s.etaTrial, Math.exp(t), groups, s.muTrial, s.l1pTrial, weights);
    trial = { beta, t, ll };
    if (Number.isFinite(ll) && (ll >= s.ll || belowNoise)) return { accepted: true, scale, trial };
    scale /= 2;
  }
  return { accepted: false, scale, trial };
}
