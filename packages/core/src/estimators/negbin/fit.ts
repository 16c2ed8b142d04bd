import { messages } from '../../errors.js';
import { cholesky } from '../../linalg/cholesky.js';
import { crossprodVectorCols, gramWeighted, linearPredictorCols } from '../../linalg/column-major.js';
import { choleskySolve } from '../../linalg/spd.js';
import type { CountFit, FitControl, GlmData } from '../glm-data.js';
import { fitPoisson } from '../poisson/fit.js';
import { thetaMl } from './theta-ml.js';
import { groupedNegbinLogLik, groupOutcomes, thetaTables } from './y-tables.js';

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
 * `MASS::glm.nb`). Where the joint Hessian is not negative definite (far from the optimum) it takes
 * a block step (Fisher scoring in β, Newton or a unit step in ln θ), which still ascends.
 * Unlike glm.nb's alternation between IRLS for β and `theta.ml`, the joint step does not stall when
 * β and θ are strongly correlated. Converges when the Newton decrement g'H⁻¹g is below
 * 1e-3·tol·(1 + |ℓ|) and the largest relative Newton step is below 1e-7.
 * References: Hilbe, Negative Binomial Regression (2011), §8.2; Cameron & Trivedi (2013), §3.3.
 * @example fitNegbin({ X, n, p, y, offset }, { maxIter: 100, tol: 1e-10 }).theta
 */
export function fitNegbin(data: GlmData, control: FitControl): NegbinFit {
  const { X, n, p, y, offset, layout } = data;
  const warnings: string[] = [];
  // A rough Poisson start is enough: the joint Newton iterations below converge quadratically.
  const pois = fitPoisson(data, {
    ...control,
    maxIter: Math.min(control.maxIter, 3),
    tol: 1e-6,
    onProgress: undefined,
  });
  const groups = groupOutcomes(y);
  let beta: Float64Array = Float64Array.from(pois.beta);
  const eta = Float64Array.from(pois.eta);
  const start = thetaMl(y, pois.mu, groups);
  let t = Math.log(start.theta);
  const loglik = (e: Float64Array, th: number) => groupedNegbinLogLik(y, e, th, groups);
  let ll = loglik(eta, Math.exp(t));
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

  for (let iter = 1; iter <= control.maxIter; iter++) {
    if (control.signal?.aborted) throw messages.cancelled('the fit');
    iterations = iter;
    const theta = Math.exp(t);
    let gT = 0;
    let hTT = 0;
    const tables = thetaTables(groups.values, theta, true);
    for (let i = 0; i < n; i++) {
      // Derivatives in η and t = ln θ (see negbinDerivatives, here with tabulated ψ, ψ').
      const yi = y[i] as number;
      const mu = Math.exp(eta[i] as number);
      const tm = theta + mu;
      const u = groups.index[i] as number;
      const gTheta = (tables.dg[u] as number) - Math.log1p(mu / theta) + (mu - yi) / tm;
      const hThetaTheta = (tables.tg[u] as number) + 1 / theta - 2 / tm + (yi + theta) / (tm * tm);
      gEta[i] = ((yi - mu) * theta) / tm;
      hEE[i] = (mu * theta * (theta + yi)) / (tm * tm);
      hET[i] = -(theta * (yi - mu) * mu) / (tm * tm);
      wExp[i] = (mu * theta) / tm;
      gT += theta * gTheta;
      hTT -= theta * theta * hThetaTheta + theta * gTheta;
    }
    const gB = crossprodVectorCols(X, n, p, gEta, undefined, layout);
    const xh = crossprodVectorCols(X, n, p, hET, undefined, layout);
    g.set(gB);
    g[p] = gT;
    if (t >= T_BOUND && gT > 0) fixT = true;

    // Newton direction on the joint observed information; block fallback when not positive definite.
    gramWeighted(X, n, p, hEE, xtwx, layout);
    let dir: Float64Array | null = null;
    if (!fixT) {
      for (let a = 0; a < p; a++) {
        for (let b = 0; b < p; b++) H[a * q + b] = xtwx[a * p + b] as number;
        H[a * q + p] = xh[a] as number;
        H[p * q + a] = xh[a] as number;
      }
      H[p * q + p] = hTT;
      if (cholesky(H, q, 1e-13)) dir = choleskySolve(H, q, g);
    }
    if (!dir) {
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
    let newEta: Float64Array = eta;
    let newLl = ll;
    for (let h = 0; h < 50; h++) {
      newBeta = beta.map((b, j) => b + scale * (dir[j] as number));
      newT = Math.max(-T_BOUND, Math.min(T_BOUND, t + scale * (dir[p] as number)));
      newEta = linearPredictorCols(X, n, p, newBeta, offset, undefined, layout);
      newLl = loglik(newEta, Math.exp(newT));
      if (Number.isFinite(newLl) && (newLl >= ll || belowNoise)) {
        accepted = true;
        break;
      }
      scale /= 2;
    }
    if (accepted) {
      beta = newBeta;
      t = newT;
      eta.set(newEta);
      ll = newLl;
    }
    trace.push(ll);
    control.onProgress?.({ iteration: iter, logLik: ll });
    if (decrement < 1e-3 * control.tol * (1 + Math.abs(ll)) && maxStep < 1e-7) {
      converged = true;
      break;
    }
    if (!accepted) {
      // No ascent possible at machine precision: converged if the decrement is already negligible.
      converged = decrement < 1e-8 * (1 + Math.abs(ll));
      if (!converged)
        warnings.push(
          'line search failed: the log-likelihood cannot be increased along the Newton direction',
        );
      break;
    }
  }
  const theta = Math.exp(t);
  const thetaInfinite = t >= T_BOUND - 1e-9;
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) mu[i] = Math.exp(eta[i] as number);
  if (!converged && !thetaInfinite)
    warnings.push(
      `negative binomial fit did not converge in ${iterations} iterations (maxIter ${control.maxIter})`,
    );
  return {
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
}
