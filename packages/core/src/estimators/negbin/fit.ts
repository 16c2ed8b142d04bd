import { groupOutcomes, type OutcomeGroups } from '../../likelihood/negbin-y-tables.js';
import { linearPredictorCols } from '../../linalg/column-major.js';
import type { FitControl, GlmData } from '../glm-data.js';
import { fitPoissonSteps } from '../poisson/fit.js';
import { runSteps, type Steps } from '../run-steps.js';
import { type NegbinFit, newtonNegbin, type Start } from './newton.js';
import { thetaMl } from './theta-ml.js';

export type { NegbinFit } from './newton.js';

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
 * @example // intercept only, y = 0, 1, 0, 3, 7, 0, 2, 12 (mean 3.125)
 * const y = Float64Array.of(0, 1, 0, 3, 7, 0, 2, 12);
 * fitNegbin({ X: new Float64Array(8).fill(1), n: 8, p: 1, y, offset: new Float64Array(8) }, { maxIter: 100, tol: 1e-10 }).theta // => 0.5298663515385178
 */
export function fitNegbin(data: GlmData, control: FitControl): NegbinFit {
  return runSteps(fitNegbinSteps(data, control));
}

/**
 * {@link fitNegbin} as resumable steps: yields after the starting values' iterations and after each
 * Newton iteration.
 * @example import { runStepsAsync } from '../run-steps.js';
 * const y = Float64Array.of(0, 1, 0, 3, 7, 0, 2, 12);
 * const glm = { X: new Float64Array(8).fill(1), n: 8, p: 1, y, offset: new Float64Array(8) };
 * (await runStepsAsync(fitNegbinSteps(glm, { maxIter: 100, tol: 1e-10 }))).beta // => [1.13943]
 */
export function* fitNegbinSteps(data: GlmData, control: FitControl): Steps<NegbinFit> {
  const groups = groupOutcomes(data.y, data.weights);
  const start = yield* startingValues(data, control, groups);
  yield;
  return (yield* newtonNegbin(data, control, groups, start)).fit;
}

/** Starting values of the Newton iterations, optionally with an approximate information factor. */
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
 * @example const y = Float64Array.of(0, 1, 0, 3, 7, 0, 2, 12);
 * const data = { X: new Float64Array(8).fill(1), n: 8, p: 1, y, offset: new Float64Array(8) };
 * runSteps(startingValues(data, { maxIter: 100, tol: 1e-10 }, groupOutcomes(y))).beta // => [1.1586393557917638]
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
