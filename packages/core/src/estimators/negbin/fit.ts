import { messages } from '../../errors.js';
import {
  groupedNegbinLogLik,
  groupOutcomes,
  type OutcomeGroups,
  thetaTables,
} from '../../likelihood/negbin-y-tables.js';
import { cholesky } from '../../linalg/cholesky.js';
import { crossprodVectorCols, gramWeighted, linearPredictorCols } from '../../linalg/column-major.js';
import { choleskySolve } from '../../linalg/spd.js';
import type { CountFit, FitControl, GlmData } from '../glm-data.js';
import { LINE_SEARCH_FAILED, newtonStop } from '../newton-stop.js';
import { fitPoissonSteps } from '../poisson/fit.js';
import { runSteps, type Steps } from '../run-steps.js';
import { negbinRowDerivatives } from './row-derivatives.js';
import { thetaMl } from './theta-ml.js';

/** A negative binomial (NB2) fit: β, θ and the bookkeeping of the Newton iterations. */
export interface NegbinFit extends CountFit {
  theta: number;
  /** θ ran to its upper bound e^20: no overdispersion, the model is Poisson. */
  thetaInfinite: boolean;
}

/** ln θ is kept within ±T_BOUND so that θ stays finite (θ ≈ 4.9e8 at the bound). */
const T_BOUND = 20;

/**
 * Maximum-likelihood NB2 regression (log link, variance μ + μ²/θ), jointly in (β, ln θ) by Newton's
 * method on the observed information with step-halving line search, so the log-likelihood never
 * decreases. Starts from three Poisson IRLS steps and the ML θ for those means (moment start, as
 * `MASS::glm.nb`), or for large data from a fit on a subsample (see `startingValues`). Where the joint Hessian is not negative definite (far from the optimum) it takes
 * a block step (Fisher scoring in β, Newton or a unit step in ln θ), which still ascends.
 * Near the optimum (and, for large data, from the start, with the subsample's information scaled to
 * n rows) it takes chord steps that reuse the last information factor, each costing O(np) instead of
 * the O(np²) pass that forms X'WX.
 * Unlike glm.nb's alternation between IRLS for β and `theta.ml`, the joint step does not stall when
 * β and θ are strongly correlated. Converges when the Newton decrement g'H⁻¹g is below
 * 1e-3·tol·(1 + |ℓ|) and the largest relative Newton step is below 1e-7.
 * References: Hilbe, Negative Binomial Regression (2011), §8.2; Cameron & Trivedi (2013), §3.3.
 * @example fitNegbin({ X, n, p, y, offset }, { maxIter: 100, tol: 1e-10 }).theta
 */
export function fitNegbin(data: GlmData, control: FitControl): NegbinFit {
  return runSteps(fitNegbinSteps(data, control));
}

/**
 * {@link fitNegbin} as resumable steps: yields after the starting values' iterations and after each
 * Newton iteration.
 * @example const fit = await runStepsAsync(fitNegbinSteps(glm, { maxIter: 100, tol: 1e-10 }))
 */
export function* fitNegbinSteps(data: GlmData, control: FitControl): Steps<NegbinFit> {
  const groups = groupOutcomes(data.y, data.weights);
  const start = yield* startingValues(data, control, groups);
  yield;
  return (yield* newtonNegbin(data, control, groups, start)).fit;
}

/** Starting values of the Newton iterations, optionally with an approximate information factor. */
interface Start {
  beta: Float64Array;
  eta: Float64Array;
  theta: number;
  /** Cholesky factor of an approximation of the joint information divided by `factorScale`. */
  factor?: Float64Array;
  factorScale?: number;
}

/** The joint Newton iterations of {@link fitNegbin}; also returns the last information factor. */
function* newtonNegbin(
  data: GlmData,
  control: FitControl,
  groups: OutcomeGroups,
  start: Start,
): Steps<{ fit: NegbinFit; factor: Float64Array | null }> {
  const { X, n, p, y, offset, layout, weights } = data;
  const warnings: string[] = [];
  let beta: Float64Array = start.beta;
  let eta: Float64Array = start.eta;
  let t = Math.log(start.theta);
  // μ at the current iterate, and at the line-search trial (swapped in when the trial is accepted).
  let muCur = new Float64Array(n);
  let muTrial = new Float64Array(n);
  let l1pCur = new Float64Array(n);
  let l1pTrial = new Float64Array(n);
  let ll = groupedNegbinLogLik(y, eta, Math.exp(t), groups, muCur, l1pCur, weights);
  let etaTrial: Float64Array = new Float64Array(n);
  const trace: number[] = [ll];
  control.onProgress?.({ iteration: 0, logLik: ll });

  const q = p + 1;
  const gEta = new Float64Array(n);
  const hEE = new Float64Array(n);
  const hET = new Float64Array(n);
  const wExp = new Float64Array(n);
  const H = new Float64Array(q * q);
  const xtwx = new Float64Array(p * p);
  const g = new Float64Array(q);
  let converged = false;
  let iterations = 0;
  let fixT = false;
  /** H holds the Cholesky factor of the joint information of an earlier iterate. */
  let haveFactor = false;
  let chordReady = false;
  let chordSteps = 0;
  /** H is the factor of (information / factorScale): the subsample's at first, then 1. */
  let factorScale = 1;
  let lastMaxStep = Number.POSITIVE_INFINITY;
  if (start.factor && start.factor.length === q * q) {
    H.set(start.factor);
    factorScale = start.factorScale ?? 1;
    haveFactor = true;
    chordReady = true;
  }

  for (let iter = 1; iter <= control.maxIter; iter++) {
    if (control.signal?.aborted) throw messages.cancelled('the fit');
    iterations = iter;
    const theta = Math.exp(t);
    const tables = thetaTables(groups.values, theta, true);
    // Chord steps need only the gradient; a fresh information (or the fallback) needs the curvature.
    const needCurvature = !chordReady || t >= T_BOUND;
    const rows = { gEta, hEE, hET, wExp };
    const { gT, hTT } = negbinRowDerivatives(
      y,
      muCur,
      l1pCur,
      groups.index,
      tables,
      theta,
      needCurvature,
      rows,
      weights,
    );
    const gB = crossprodVectorCols(X, n, p, gEta, undefined, layout);
    g.set(gB);
    g[p] = gT;
    if (t >= T_BOUND && gT > 0) fixT = true;

    // Newton direction on the joint observed information; block fallback when not positive definite.
    // Close to the optimum (the last full step was accepted and moved no parameter by more than
    // 1e-2 relative) the previous factor is reused: a chord step (simplified Newton, Kelley 1995,
    // Iterative Methods for Linear and Nonlinear Equations, §5.4) whose error contracts by a factor
    // O(step size) and which saves the n·p²/2 pass over X, typically the final, confirming iteration.
    let dir: Float64Array | null = null;
    if (chordReady && !fixT) {
      dir = choleskySolve(H, q, g);
      if (factorScale !== 1) for (let j = 0; j < q; j++) dir[j] = (dir[j] as number) / factorScale;
      chordSteps++;
    } else if (!fixT) {
      gramWeighted(X, n, p, hEE, xtwx, layout);
      const xh = crossprodVectorCols(X, n, p, hET, undefined, layout);
      chordSteps = 0;
      factorScale = 1;
      for (let a = 0; a < p; a++) {
        for (let b = 0; b < p; b++) H[a * q + b] = xtwx[a * p + b] as number;
        H[a * q + p] = xh[a] as number;
        H[p * q + a] = xh[a] as number;
      }
      H[p * q + p] = hTT;
      haveFactor = cholesky(H, q, 1e-13);
      if (haveFactor) dir = choleskySolve(H, q, g);
    }
    const usedFactor = dir !== null;
    if (!dir) {
      if (fixT) gramWeighted(X, n, p, hEE, xtwx, layout);
      const info = fixT ? xtwx : gramWeighted(X, n, p, wExp, undefined, layout);
      const Lb = Float64Array.from(info);
      if (!cholesky(Lb, p, 1e-13)) {
        warnings.push('the information matrix for β is not positive definite; stopped');
        break;
      }
      const db = choleskySolve(Lb, p, gB);
      dir = new Float64Array(q);
      dir.set(db);
      dir[p] = fixT ? 0 : hTT > 0 ? gT / hTT : Math.sign(gT);
    }
    let decrement = 0;
    let maxStep = 0;
    for (let j = 0; j < q; j++) {
      decrement += (g[j] as number) * (dir[j] as number);
      const cur = j < p ? (beta[j] as number) : t;
      maxStep = Math.max(maxStep, Math.abs(dir[j] as number) / (Math.abs(cur) + 0.1));
    }
    const tStepCap = 3;
    let scale = Math.abs(dir[p] as number) > tStepCap ? tStepCap / Math.abs(dir[p] as number) : 1;

    // Line search: halve until the log-likelihood does not fall. When the predicted gain (half the
    // Newton decrement) is below the rounding noise of ℓ itself, the iterate is in Newton's quadratic
    // region and the full step is taken: comparing ℓ values there would only measure rounding.
    const belowNoise = decrement < 1e-11 * (1 + Math.abs(ll));
    let accepted = false;
    let newBeta: Float64Array = beta;
    let newT = t;
    let newLl = ll;
    for (let h = 0; h < 50; h++) {
      newBeta = beta.map((b, j) => b + scale * (dir[j] as number));
      newT = Math.max(-T_BOUND, Math.min(T_BOUND, t + scale * (dir[p] as number)));
      linearPredictorCols(X, n, p, newBeta, offset, etaTrial, layout);
      newLl = groupedNegbinLogLik(y, etaTrial, Math.exp(newT), groups, muTrial, l1pTrial, weights);
      if (Number.isFinite(newLl) && (newLl >= ll || belowNoise)) {
        accepted = true;
        break;
      }
      scale /= 2;
    }
    // Reuse the factor after a full accepted step that was small (fresh Newton) or that cut the step
    // at least fourfold (chord: linear convergence at a rate set by the factor's error, each step
    // costing O(np) instead of O(np²)); otherwise evaluate the information afresh.
    chordReady =
      accepted &&
      usedFactor &&
      haveFactor &&
      scale === 1 &&
      chordSteps < 12 &&
      (chordSteps === 0 ? maxStep < 1e-2 : maxStep < 0.25 * lastMaxStep);
    lastMaxStep = maxStep;
    if (accepted) {
      beta = newBeta;
      t = newT;
      [eta, etaTrial] = [etaTrial, eta];
      ll = newLl;
      [muCur, muTrial] = [muTrial, muCur];
      [l1pCur, l1pTrial] = [l1pTrial, l1pCur];
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
  const theta = Math.exp(t);
  const thetaInfinite = t >= T_BOUND - 1e-9;
  const mu = Float64Array.from(muCur);
  if (!converged && !thetaInfinite)
    warnings.push(
      `negative binomial fit did not converge in ${iterations} iterations (maxIter ${control.maxIter})`,
    );
  const fit: NegbinFit = {
    beta,
    eta,
    mu,
    logLik: ll,
    iterations,
    converged: converged || thetaInfinite,
    trace,
    warnings,
    theta,
    thetaInfinite,
  };
  return { fit, factor: haveFactor && factorScale === 1 ? Float64Array.from(H) : null };
}

/** Rows of the subsample that gives large fits their starting values. */
const SUBSAMPLE_ROWS = 4096;

/**
 * Starting values (β, η, θ) for the joint Newton iterations. Small data: three Poisson IRLS steps and
 * the ML θ for those means (moment start, as `MASS::glm.nb`). Large dense data with many columns
 * (p ≥ 20, where the n·p²/2 pass that forms X'WX dominates an iteration; n ≥ 3·m rows with
 * m = max(4096, 40p)): the NB2 fit, to a loose tolerance, of every ⌊n/m⌋-th row, then the ML θ of all
 * rows at that β, together with the subsample's information factor scaled by n/m. Its error is
 * O(1/√m), and the full-data iterations start with chord steps on the scaled factor (each O(np)),
 * converging linearly at a rate set by the factor's relative error, also O(1/√m); a fresh X'WX is
 * formed when a chord step fails to cut the step fourfold. When the subsample fit fails (aliased columns
 * in the subsample, θ → ∞, no convergence) the Poisson start is used.
 * Reference: pilot estimates from a subsample, as in Wang, Zhu & Ma (2018), "Optimal subsampling for
 * large sample logistic regression", JASA 113; chord method: Kelley (1995), §5.4.
 * @example runSteps(startingValues({ X, n, p, y, offset }, { maxIter: 100, tol: 1e-10 }, groupOutcomes(y))).theta
 */
function* startingValues(data: GlmData, control: FitControl, groups: OutcomeGroups): Steps<Start> {
  const { X, n, p, y, offset, layout, weights } = data;
  const m = Math.max(SUBSAMPLE_ROWS, 40 * p);
  if (!layout && p >= 20 && n >= 3 * m) {
    const step = Math.floor(n / m);
    const ns = Math.floor(n / step);
    const Xs = new Float64Array(ns * p);
    const ys = new Float64Array(ns);
    const os = new Float64Array(ns);
    const ws = weights ? new Float64Array(ns) : undefined;
    let scale = n / ns;
    for (let r = 0; r < ns; r++) {
      ys[r] = y[r * step] as number;
      os[r] = offset[r * step] as number;
      if (ws) ws[r] = (weights as Float64Array)[r * step] as number;
    }
    if (weights && ws) scale = weights.reduce((a, b) => a + b, 0) / ws.reduce((a, b) => a + b, 0);
    for (let j = 0; j < p; j++) {
      const src = j * n;
      const dst = j * ns;
      for (let r = 0; r < ns; r++) Xs[dst + r] = X[src + r * step] as number;
    }
    const subData = { X: Xs, n: ns, p, y: ys, offset: os, weights: ws };
    const subControl = { maxIter: 50, tol: 1e-6, signal: control.signal };
    const subGroups = groupOutcomes(ys, ws);
    let sub: { fit: NegbinFit; factor: Float64Array | null } | null = null;
    try {
      const subStart = yield* startingValues(subData, subControl, subGroups);
      sub = yield* newtonNegbin(subData, subControl, subGroups, subStart);
    } catch (e) {
      if (control.signal?.aborted) throw e;
    }
    if (sub?.fit.converged && !sub.fit.thetaInfinite && sub.fit.warnings.length === 0) {
      const beta = Float64Array.from(sub.fit.beta);
      const eta = linearPredictorCols(X, n, p, beta, offset);
      const mu = eta.map(Math.exp);
      const ml = thetaMl(y, mu, groups, 50, weights);
      // The subsample's information, scaled by n / ns, approximates the full data's: early steps use it.
      if (!ml.atBound && Number.isFinite(ml.theta))
        return sub.factor
          ? { beta, eta, theta: ml.theta, factor: sub.factor, factorScale: scale }
          : { beta, eta, theta: ml.theta };
    }
  }
  // A rough Poisson start is enough: the joint Newton iterations converge quadratically.
  const pois = yield* fitPoissonSteps(data, {
    ...control,
    maxIter: Math.min(control.maxIter, 3),
    tol: 1e-6,
    onProgress: undefined,
  });
  return {
    beta: Float64Array.from(pois.beta),
    eta: Float64Array.from(pois.eta),
    theta: thetaMl(y, pois.mu, groups, 50, weights).theta,
  };
}
