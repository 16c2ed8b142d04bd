import { PeacepanelError } from '../errors.js';
import type { Design } from '../model/design.js';
import type { ModelSpec, ModelSpecInput } from '../model/spec.js';
import { withSummaryText } from '../results/summary-text.js';
import type { Table } from '../table.js';
import { checkModelSpec } from '../validation/model-spec.js';
import type { VcovResult } from '../vcov/compute-vcov.js';
import {
  type CoefficientTable,
  coefficientTable,
  covarianceOf,
  designFor,
  deviances,
  type Estimate,
  estimateSteps,
  keptColumns,
  sampleWarnings,
  setFixedEffects,
} from './fit-model-steps.js';
import type { AsyncFitOptions, FitOptions, FittedModel } from './fitted-model.js';
import type { FitResult } from './result.js';
import { runSteps, runStepsAsync, type Steps } from './run-steps.js';
import { sampleSummary } from './sample-summary.js';
import { sanityGate } from './sanity-gate.js';

/**
 * Validates a model spec as `ModelSpecSchema` does (see `checkModelSpec`: zod's checks and messages, without zod).
 * @throws PeacepanelError `BAD_SPEC` naming the field.
 * @example parseModelSpec({ formula: 'y ~ x' }).family // 'negbin'
 */
export function parseModelSpec(spec: ModelSpecInput): ModelSpec {
  const parsed = checkModelSpec(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PeacepanelError(
      'BAD_SPEC',
      `model spec: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
      {
        fix: 'see ModelSpecSchema for the allowed fields and values',
      },
    );
  }
  if (parsed.data.vcov === 'cluster' && !parsed.data.cluster)
    throw new PeacepanelError('BAD_SPEC', 'vcov "cluster" needs a cluster column', {
      fix: 'set cluster (CLI: --cluster COLUMN) or choose another vcov',
    });
  return parsed.data;
}

/**
 * Fits a negative binomial (NB2) or Poisson count model from an R-style formula, with the variance
 * convention of the spec, and returns the result plus what prediction needs (see `FittedModel`).
 * Steps: design matrix (R's contrasts and names; missing rows and all-zero fixed-effect units excluded
 * and reported), aliased columns found in R's way and dropped with a warning, ML fit (Poisson IRLS,
 * or joint Newton in (β, ln θ) for NB2; on identical rows merged with frequency weights, see `collapseRows`;
 * sandwich covariances use every row), covariance, z tests, intervals and fit statistics as
 * R's `glm.nb`/`glm` report them (AIC = −2ℓ + 2·df with df = k + 1 for NB2). With `weights` (a column of
 * frequency weights) every row counts wᵢ times in the likelihood, score and information, as R's
 * `glm(weights =)` and `glm.nb(weights =)`; `n` stays the number of rows used (R's `nobs`).
 * @throws PeacepanelError for user mistakes (bad spec or formula, unknown column, bad outcome, no rows).
 * @example fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine).result.theta // 1.2749
 */
export function fitModelDetailed(specInput: ModelSpecInput, data: Table, opts: FitOptions = {}): FittedModel {
  return runSteps(fitModelSteps(specInput, data, opts));
}

/**
 * {@link fitModelDetailed} that yields to the event loop between the steps of the fit (design,
 * aliasing, each iteration, covariance), so a page stays responsive when the fit runs on its main
 * thread and an abort is honoured at the next step. The same code as the synchronous fit, so the
 * result is identical bit for bit.
 * @throws PeacepanelError for user mistakes; `CANCELLED` once `signal` is aborted.
 * @example await fitModelDetailedAsync(spec, panel, { signal: controller.signal })
 */
export function fitModelDetailedAsync(
  specInput: ModelSpecInput,
  data: Table,
  opts: AsyncFitOptions = {},
): Promise<FittedModel> {
  return runStepsAsync(fitModelSteps(specInput, data, opts), opts);
}

/**
 * The steps of {@link fitModelDetailed}, as a pipeline (estimators/fit-model-steps.ts): design, sample
 * warnings, aliased columns, the ML fit, covariance and score, coefficient table, fixed effects, the
 * result; yields between phases and after each iteration.
 */
function* fitModelSteps(specInput: ModelSpecInput, data: Table, opts: FitOptions): Steps<FittedModel> {
  const spec = parseModelSpec(specInput);
  const design = designFor(spec, data, opts);
  yield;
  const warnings = sampleWarnings(spec, design);
  const cols = keptColumns(spec, design, warnings);
  yield;
  const est = yield* estimateSteps(spec, design, cols, opts, warnings);
  yield;
  const { vc, gradientNorm } = covarianceOf(spec, data, design, est, warnings);
  yield;
  const table = coefficientTable(design, cols, est.fit.beta, vc, spec.ciLevel);
  setFixedEffects(design, table.keptIndex, est.fit.beta);
  const result = fitResultOf(spec, design, est, { vc, gradientNorm, table, rank: cols.p, warnings });
  // θ → ∞: offer the Poisson fit of the same specification beside the degenerate NB.
  if (est.thetaInfinite)
    result.poissonAlternative = (yield* fitModelSteps({ ...spec, family: 'poisson' }, data, opts)).result;
  sanityGate(result);
  const sample = sampleSummary(data, design.info, design.rows);
  withSummaryText(result);
  return withSummaryText(
    {
      result,
      spec,
      sample,
      beta: table.reportedIdx.map((c) => est.fit.beta[c] as number),
      vcov: table.vcov,
      design: design.info,
      trace: est.fit.trace,
      y: design.y,
      fitted: est.fit.mu,
      rank: cols.p,
    },
    result,
  );
}

/** The plain result of a fit: sample, estimates, covariance, likelihood and deviance statistics. */
function fitResultOf(
  spec: ModelSpec,
  design: Design,
  est: Estimate,
  o: {
    vc: VcovResult | null;
    gradientNorm: number;
    table: CoefficientTable;
    rank: number;
    warnings: string[];
  },
): FitResult {
  const { fit, theta } = est;
  const { n } = design;
  const df = o.rank + (theta === null ? 0 : 1);
  const dev = deviances(design, est);
  const result: FitResult = {
    family: spec.family,
    formula: spec.formula,
    n,
    nExcluded: design.exclusions.reduce((s, e) => s + e.count, 0),
    exclusions: design.exclusions,
    converged: fit.converged,
    iterations: fit.iterations,
    theta,
    thetaStdError: o.vc?.thetaStdError ?? null,
    alpha: theta === null ? null : 1 / theta,
    logLik: fit.logLik,
    df,
    aic: -2 * fit.logLik + 2 * df,
    bic: -2 * fit.logLik + Math.log(n) * df,
    deviance: dev.deviance,
    nullDeviance: dev.nullDeviance,
    vcovType: o.vc?.description ?? 'not available (singular information)',
    coefficients: o.table.coefficients,
    vcov: o.table.vcov,
    gradientNorm: o.gradientNorm,
    warnings: o.warnings,
  };
  const weights = design.weights;
  if (weights && spec.weights)
    result.weights = { column: spec.weights, total: weights.reduce((a, b) => a + b, 0) };
  return result;
}

/**
 * Fits a count model and returns the plain result (see {@link fitModelDetailed}).
 * @throws PeacepanelError for user mistakes.
 * @example fitModel({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine).coefficients[1].term // 'EthN'
 */
export function fitModel(spec: ModelSpecInput, data: Table, opts: FitOptions = {}): FitResult {
  return fitModelDetailed(spec, data, opts).result;
}

/**
 * {@link fitModel} yielding to the event loop between steps (see {@link fitModelDetailedAsync}).
 * @throws PeacepanelError for user mistakes; `CANCELLED` once `signal` is aborted.
 * @example (await fitModelAsync({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine)).theta // 1.2749
 */
export async function fitModelAsync(
  spec: ModelSpecInput,
  data: Table,
  opts: AsyncFitOptions = {},
): Promise<FitResult> {
  return (await fitModelDetailedAsync(spec, data, opts)).result;
}
