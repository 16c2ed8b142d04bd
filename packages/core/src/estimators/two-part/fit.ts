import { messages } from '../../errors.js';
import { withSummaryText } from '../../results/summary-text.js';
import type { Table } from '../../table.js';
import { clusterKeys } from './cluster-keys.js';
import { coefficientRows } from './coefficients.js';
import { linearPredictors, parameterCount, twoPartLogLik } from './data.js';
import { buildTwoPartDesign, type TwoPartDesign } from './design.js';
import { twoPartInformation } from './information.js';
import { isHurdle, likelihoodOf } from './likelihood-of.js';
import { maximizeNewton } from './maximize.js';
import type { TwoPartResult } from './result.js';
import { parseTwoPartSpec, type TwoPartSpec, type TwoPartSpecInput } from './spec.js';
import { twoPartStart } from './start.js';
import { type TwoPartVcov, twoPartVcov } from './vcov.js';

/** A two-part fit with what residuals, fitted values, the rootogram and the Vuong test need. Plain data. */
export interface TwoPartFitted {
  result: TwoPartResult;
  spec: TwoPartSpec;
  /** All parameters: count β, zero γ, log θ (NB2). */
  par: number[];
  y: Float64Array;
  etaCount: Float64Array;
  etaZero: Float64Array;
  /** Table row index of each observation used. */
  rows: Int32Array;
  /** Log-likelihood after each Newton iteration. */
  trace: number[];
}

/**
 * Fits a zero-inflated (`zip`, `zinb`; Lambert 1992) or hurdle (`hurdle-poisson`, `hurdle-nb`;
 * Mullahy 1986) count model by maximum likelihood, as R's `pscl::zeroinfl` and `pscl::hurdle` with a
 * logit zero part (Zeileis, Kleiber & Jackman 2008, J. Stat. Softw. 27(8)): pscl's starting values,
 * then damped Newton on the exact log-likelihood over (β, γ, log θ) with the analytic gradient
 * (pscl stops BFGS at reltol 1e-8; this runs to a Newton decrement below `tol`). Standard errors from
 * the observed information, or sandwich / one- or two-way cluster-robust (see `twoPartVcov`).
 * @throws PeacepanelError for a bad spec or formula, an unknown column (in the zero part: said so), an outcome without zeros.
 * @example fitTwoPartModel({ formula: 'Days ~ Eth + Sex + Age + Lrn | Eth', model: 'zinb' }, quine).result.theta
 */
export function fitTwoPartModel(specInput: TwoPartSpecInput, data: Table): TwoPartFitted {
  const spec = parseTwoPartSpec(specInput);
  const design = buildTwoPartDesign(spec.formula, data, {
    required: spec.cluster ?? [],
    unit: spec.unit,
    time: spec.time,
  });
  const d = design.data;
  const lik = likelihoodOf(spec.model);
  const q = parameterCount(d, lik);
  const k = d.kCount + d.kZero;
  const warnings = checkSample(spec, design, q);

  const start = twoPartStart(d, isHurdle(spec.model) ? 'hurdle' : 'zero-inflated', lik.dist);
  const max = maximizeNewton(
    (par) => twoPartLogLik(lik, d, par),
    (par) => twoPartInformation(lik, d, par),
    start,
    spec,
  );
  if (!max.converged)
    warnings.push(
      `the fit did not converge in ${max.iterations} Newton iterations: estimates are not reliable`,
    );
  const vc = covarianceAt(spec, design, data, lik, max, q, warnings);
  const theta = thetaAt(lik, max.par, q, warnings);
  const V = vc?.vcov ?? null;
  const df = q;
  const nExcluded = design.exclusions.reduce((s, e) => s + e.count, 0);
  const result: TwoPartResult = {
    model: spec.model,
    formula: spec.formula,
    countFormula: design.countFormula,
    zeroFormula: design.zeroFormula,
    response: design.responseLabel,
    n: d.n,
    nExcluded,
    exclusions: design.exclusions,
    converged: max.converged,
    iterations: max.iterations,
    count: coefficientRows(design.countNames, max.par, V, k, 0, spec.ciLevel),
    zero: coefficientRows(design.zeroNames, max.par, V, k, d.kCount, spec.ciLevel),
    theta,
    logThetaStdError: vc?.logThetaStdError ?? null,
    logLik: max.ll,
    df,
    aic: -2 * max.ll + 2 * df,
    bic: -2 * max.ll + Math.log(d.n) * df,
    vcovType: vc?.description ?? 'not available (singular information)',
    vcov: Array.from({ length: k }, (_, a) =>
      Array.from({ length: k }, (_, b) => (V ? (V[a * k + b] as number) : Number.NaN)),
    ),
    gradientNorm: Math.sqrt(max.grad.reduce((s, g) => s + g * g, 0)),
    warnings,
  };
  const eta = linearPredictors(d, max.par);
  withSummaryText(result);
  return withSummaryText(
    {
      result,
      spec,
      par: Array.from(max.par),
      y: d.y,
      etaCount: eta.etaCount,
      etaZero: eta.etaZero,
      rows: design.rows,
      trace: max.trace,
    },
    result,
  );
}

/** The covariance at the estimate (observed information, sandwich or cluster-robust); null when singular (said in `warnings`). */
function covarianceAt(
  spec: TwoPartSpec,
  design: TwoPartDesign,
  data: Table,
  lik: ReturnType<typeof likelihoodOf>,
  max: ReturnType<typeof maximizeNewton>,
  q: number,
  warnings: string[],
): TwoPartVcov | null {
  const d = design.data;
  const { scores } = twoPartLogLik(lik, d, max.par, true);
  const clusters = clusterKeys(spec.vcov === 'cluster' ? (spec.cluster ?? []) : [], data, design.rows);
  const vc = twoPartVcov(max.info, scores as Float64Array, d.n, d.kCount + d.kZero, q, {
    type: spec.vcov,
    clusters,
    names: spec.cluster,
  });
  if (!vc)
    warnings.push('the information matrix is singular at the estimate: standard errors are not available');
  else warnings.push(...vc.warnings);
  return vc;
}

/** θ of a negative binomial count part (its last parameter is log θ), with a warning when it ran off; null otherwise. */
function thetaAt(
  lik: ReturnType<typeof likelihoodOf>,
  par: ArrayLike<number>,
  q: number,
  warnings: string[],
): number | null {
  const theta = lik.dist === 'negbin' ? Math.exp(par[q - 1] as number) : null;
  if (theta !== null && theta > 1e5)
    warnings.push(
      `θ is very large (${theta.toExponential(2)}): no overdispersion left; the Poisson version is nearly identical`,
    );
  return theta;
}

/** Refuses samples a two-part model cannot fit; returns the warnings about the sample. */
function checkSample(spec: TwoPartSpec, design: TwoPartDesign, q: number): string[] {
  const d = design.data;
  let zeros = 0;
  for (let i = 0; i < d.n; i++) if (d.y[i] === 0) zeros++;
  if (zeros === 0 || zeros === d.n)
    throw messages.noZerosToModel(spec.model, design.responseLabel, zeros, d.n);
  if (d.n <= q) throw messages.twoPartRows(spec.formula, d.n, q);
  const warnings = [...design.warnings];
  for (const e of design.exclusions) warnings.push(`${e.count} rows excluded: ${e.reason}`);
  if (d.y.some((v) => !Number.isInteger(v)))
    warnings.push(
      `outcome ${design.responseLabel} has non-integer values; the count likelihood treats them as counts`,
    );

  return warnings;
}
