import { messages } from '../../errors.js';
import { poissonLogLik, sumLogFactorials } from '../../likelihood/poisson.js';
import { crossprodVectorCols, gramWeighted, linearPredictorCols } from '../../linalg/column-major.js';
import { solveSpd } from '../../linalg/spd.js';
import type { CountFit, FitControl, GlmData } from '../glm-data.js';
import { runSteps, type Steps } from '../run-steps.js';

/**
 * Poisson regression with log link by iteratively reweighted least squares (McCullagh & Nelder 1989,
 * §2.5; R's `glm.fit`), starting from μ = y + 0.1 as R does, with step-halving whenever the
 * log-likelihood would fall. Converges when the relative change in log-likelihood is below `tol`.
 * @example fitPoisson({ X, n, p, y, offset }, { maxIter: 50, tol: 1e-10 }).beta
 */
export function fitPoisson(data: GlmData, control: FitControl, start?: Float64Array): CountFit {
  return runSteps(fitPoissonSteps(data, control, start));
}

/**
 * {@link fitPoisson} as resumable steps: yields after each IRLS iteration.
 * @example const fit = await runStepsAsync(fitPoissonSteps(glm, { maxIter: 50, tol: 1e-10 }))
 */
export function* fitPoissonSteps(data: GlmData, control: FitControl, start?: Float64Array): Steps<CountFit> {
  const { X, n, p, y, offset, layout, weights } = data;
  let eta = new Float64Array(n);
  const mu = new Float64Array(n);
  const w = new Float64Array(n);
  const wz = new Float64Array(n);
  const xtwx = new Float64Array(p * p);
  const trace: number[] = [];
  const warnings: string[] = [];
  let beta: Float64Array = new Float64Array(p);
  if (start) {
    beta = Float64Array.from(start);
    linearPredictorCols(X, n, p, beta, offset, eta, layout);
  } else for (let i = 0; i < n; i++) eta[i] = Math.log((y[i] as number) + 0.1);
  const lf = sumLogFactorials(y, weights);
  let ll = start ? poissonLogLik(y, eta, lf, weights) : Number.NEGATIVE_INFINITY;
  let newEta = new Float64Array(n);
  let converged = false;
  let iter = 0;
  for (iter = 1; iter <= control.maxIter; iter++) {
    if (control.signal?.aborted) throw messages.cancelled('the fit');
    poissonWorkingWeights(y, eta, offset, weights, mu, w, wz);
    gramWeighted(X, n, p, w, xtwx, layout);
    const rhs = crossprodVectorCols(X, n, p, wz, undefined, layout);
    const next = solveSpd(xtwx, p, rhs);
    if (!next) {
      warnings.push("Poisson IRLS: X'WX is not positive definite (fitted means near zero); stopped early");
      break;
    }
    linearPredictorCols(X, n, p, next, offset, newEta, layout);
    let newLl = poissonLogLik(y, newEta, lf, weights);
    let cand: Float64Array = next;
    for (let h = 0; h < 40 && !(newLl >= ll - 1e-12 * Math.abs(ll)) && Number.isFinite(ll); h++) {
      cand = cand.map((b, j) => ((b as number) + (beta[j] as number)) / 2);
      linearPredictorCols(X, n, p, cand, offset, newEta, layout);
      newLl = poissonLogLik(y, newEta, lf, weights);
    }
    if (!Number.isFinite(newLl)) {
      warnings.push('Poisson IRLS: log-likelihood not finite; stopped');
      break;
    }
    let maxChange = 0;
    for (let j = 0; j < p; j++)
      maxChange = Math.max(
        maxChange,
        Math.abs((cand[j] as number) - (beta[j] as number)) / (Math.abs(cand[j] as number) + 0.1),
      );
    const relLl = Math.abs(newLl - ll) / (Math.abs(newLl) + 0.1);
    beta = cand;
    [eta, newEta] = [newEta, eta];
    ll = newLl;
    trace.push(ll);
    control.onProgress?.({ iteration: iter, logLik: ll });
    if (relLl < control.tol && maxChange < Math.sqrt(control.tol)) {
      converged = true;
      break;
    }
    yield;
  }
  for (let i = 0; i < n; i++) mu[i] = Math.exp(eta[i] as number);
  return {
    beta,
    eta,
    mu,
    logLik: ll,
    iterations: Math.min(iter, control.maxIter),
    converged,
    trace,
    warnings,
  };
}

/**
 * IRLS working quantities of the Poisson log-link model in one pass: μ = exp(η), weights W = w·μ and
 * W·z with z = η − offset + (y − μ)/μ (McCullagh & Nelder 1989, §2.5), w the frequency weights (1
 * when absent). A plain function rather than part of the fit's generator, where loops compile less well.
 * @example poissonWorkingWeights(y, eta, offset, undefined, mu, w, wz)
 */
export function poissonWorkingWeights(
  y: Float64Array,
  eta: Float64Array,
  offset: Float64Array,
  weights: Float64Array | undefined,
  mu: Float64Array,
  w: Float64Array,
  wz: Float64Array,
): void {
  for (let i = 0; i < y.length; i++) {
    const m = Math.exp(eta[i] as number);
    const fw = weights ? (weights[i] as number) : 1;
    mu[i] = m;
    w[i] = fw * m;
    wz[i] = fw * (m * ((eta[i] as number) - (offset[i] as number)) + ((y[i] as number) - m));
  }
}
