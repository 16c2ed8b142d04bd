import { messages, PeacepanelError } from '../errors.js';
import { aliasedColumns } from '../linalg/cholesky.js';
import { gramWeighted, sparseLayout } from '../linalg/column-major.js';
import { buildDesign } from '../model/design.js';
import type { ModelSpec, ModelSpecInput } from '../model/spec.js';
import { withSummaryText } from '../results/summary-text.js';
import { twoSidedNormalP } from '../special/normal-cdf.js';
import { normalQuantile } from '../special/normal-quantile.js';
import type { Table } from '../table.js';
import { checkModelSpec } from '../validation/model-spec.js';
import { computeVcov } from '../vcov/compute-vcov.js';
import { scoreVector } from '../vcov/information.js';
import { secondClustering } from '../vcov/second-clustering.js';
import { collapseRows, expandFit, keepColumns } from './collapse-rows.js';
import { fitOneWayFeSteps } from './fe-one-way/fit.js';
import { oneWayFeVcov } from './fe-one-way/vcov.js';
import { withinAliased } from './fe-one-way/within-aliased.js';
import type { AsyncFitOptions, FitOptions, FittedModel } from './fitted-model.js';
import type { CountFit } from './glm-data.js';
import { fitNegbinSteps, type NegbinFit } from './negbin/fit.js';
import { negbinDeviance } from './negbin/loglik.js';
import { nullDeviance } from './null-deviance.js';
import { fitPoissonSteps } from './poisson/fit.js';
import { poissonDeviance } from './poisson/loglik.js';
import type { Coefficient, FitResult } from './result.js';
import { runSteps, runStepsAsync, type Steps } from './run-steps.js';
import { sampleSummary } from './sample-summary.js';
import { sanityGate } from './sanity-gate.js';

/**
 * Validates a model spec as `ModelSpecSchema` does (see `checkModelSpec`: zod's checks and messages, without zod).
 * @throws PeacepanelError `BAD_SPEC` naming the field.
 * @example parseModelSpec({ formula: 'y ~ x' }).family // => 'negbin'
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
 * @example fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine).result.theta // => 1.2749
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
 * @example const controller = new AbortController();
 * (await fitModelDetailedAsync({ formula: 'Days ~ Eth' }, quine, { signal: controller.signal })).result.n // => 146
 */
export function fitModelDetailedAsync(
  specInput: ModelSpecInput,
  data: Table,
  opts: AsyncFitOptions = {},
): Promise<FittedModel> {
  return runStepsAsync(fitModelSteps(specInput, data, opts), opts);
}

/** The steps of {@link fitModelDetailed}: yields between phases and after each iteration. */
function* fitModelSteps(specInput: ModelSpecInput, data: Table, opts: FitOptions): Steps<FittedModel> {
  const spec = parseModelSpec(specInput);
  const required =
    spec.vcov === 'cluster' && spec.cluster ? [spec.cluster, ...(spec.cluster2 ? [spec.cluster2] : [])] : [];
  const design = opts.design
    ? { ...opts.design, info: structuredClone(opts.design.info) }
    : buildDesign(spec.formula, data, {
        unit: spec.unit,
        time: spec.time,
        required,
        subset: spec.subset,
        extraParameters: spec.family === 'negbin' ? 1 : 0,
        weights: spec.weights,
        // the one-way fixed-effects path has its own covariance; two-way clustering takes the dense one
        oneWayCodes: !spec.cluster2,
      });
  const feGroups = design.feGroups;
  const weights = design.weights ?? undefined;
  yield;
  const warnings: string[] = [];
  const { n } = design;

  const nonInteger = design.y.some((v) => !Number.isInteger(v));
  if (nonInteger)
    warnings.push(
      `outcome ${design.info.responseLabel} has non-integer values; the count likelihood treats them as counts`,
    );
  if (weights?.some((w) => !Number.isInteger(w)))
    warnings.push(
      `weights ${spec.weights} have non-integer values; they are used as frequency weights (row i counts wᵢ times)`,
    );
  for (const e of design.exclusions) warnings.push(`${e.count} rows excluded: ${e.reason}`);
  warnings.push(...design.warnings);

  // Aliased (collinear) columns, decided on X'X as R's QR with limited pivoting does.
  const Xall = design.X;
  // Fixed-effect indicators (after the model columns) are sparse: products with them cost their nonzeros.
  const hasFe = design.p > design.pModel;
  const layoutAll = hasFe ? sparseLayout(Xall, n, design.p, design.pModel) : undefined;
  // Identical rows are merged (frequency weights) for X'X and the iterations: same sums, fewer rows.
  const merged =
    hasFe || feGroups
      ? null
      : collapseRows({ X: Xall, n, p: design.p, y: design.y, offset: design.offset, weights });
  const aliased = feGroups
    ? withinAliased(Xall, n, design.p, feGroups)
    : aliasedColumns(
        merged
          ? gramWeighted(merged.data.X, merged.data.n, design.p, merged.data.weights ?? null)
          : gramWeighted(Xall, n, design.p, null, undefined, layoutAll),
        design.p,
      );
  const keep: number[] = [];
  aliased.forEach((a, j) => {
    if (!a) keep.push(j);
  });
  // Columns of X: the kept model (and indicator) columns; one-way fixed effects follow as parameters.
  const pX = keep.length;
  const X = pX === design.p ? Xall : new Float64Array(n * pX);
  if (pX !== design.p)
    keep.forEach((j, c) => {
      X.set(Xall.subarray(j * n, (j + 1) * n), c * n);
    });
  if (feGroups) for (let g = 0; g < feGroups.G; g++) keep.push(design.p + g);
  const p = keep.length;
  const aliasedModel = design.info.columns.filter((_, j) => aliased[j]).map((c) => c.name);
  if (aliasedModel.length)
    warnings.push(
      `${aliasedModel.length} coefficient(s) not defined because of singularities (collinear columns dropped): ${aliasedModel.join(', ')}`,
    );
  const aliasedFe = aliased.slice(design.pModel).filter(Boolean).length;
  if (aliasedFe)
    warnings.push(`${aliasedFe} fixed-effect indicator(s) collinear with other columns were dropped`);
  if (n <= p + (spec.family === 'negbin' ? 1 : 0))
    throw messages.tooManyCoefficients(
      spec.formula,
      n,
      `${p} coefficients after dropping ${design.p - p} collinear column(s) of ${design.p}`,
      p + (spec.family === 'negbin' ? 1 : 0),
    );

  yield;
  const pDense = keep.filter((j) => j < design.pModel).length;
  const layout = hasFe ? sparseLayout(X, n, p, pDense) : undefined;
  const glm = { X, n, p: pX, y: design.y, offset: design.offset, layout, weights };
  const control = { maxIter: spec.maxIter, tol: spec.tol, signal: opts.signal, onProgress: opts.onProgress };
  let fit: CountFit | NegbinFit;
  let theta: number | null = null;
  let thetaInfinite = false;
  // The iterations, model-based covariances and deviances run on the merged rows; sandwiches on all.
  const collapsed = merged && keepColumns(merged, keep);
  const fitData = collapsed?.data ?? glm;
  let fitMerged: CountFit;
  let nb: NegbinFit | null = null;
  if (feGroups) {
    const fe = yield* fitOneWayFeSteps(glm, feGroups, spec.family, control);
    const beta = new Float64Array(pX + fe.alpha.length);
    beta.set(fe.beta);
    beta.set(fe.alpha, pX);
    const joined = { ...fe, beta };
    fit = fitMerged = joined;
    if (fe.theta !== null) nb = { ...joined, theta: fe.theta, thetaInfinite: fe.thetaInfinite };
  } else if (spec.family === 'poisson') fit = fitMerged = yield* fitPoissonSteps(fitData, control);
  else fit = fitMerged = nb = yield* fitNegbinSteps(fitData, control);
  if (nb) {
    theta = nb.theta;
    if (!nb.thetaInfinite && nb.theta > 1e5)
      warnings.push(
        `θ is very large (${nb.theta.toExponential(2)}, α = ${(1 / nb.theta).toExponential(2)}): little or no overdispersion; the Poisson fit (family "poisson") is nearly identical`,
      );
    thetaInfinite = nb.thetaInfinite;
    if (nb.thetaInfinite)
      warnings.push(
        `θ → ∞ (reached ${nb.theta.toExponential(2)}): the data show no overdispersion, so the negative binomial reduces to Poisson; its Poisson fit is in poissonAlternative (or refit with family "poisson")`,
      );
  }
  warnings.push(...fit.warnings);
  if (collapsed) fit = expandFit(fit, collapsed.rowOf);
  yield;

  // Covariance.
  let cluster: Int32Array | undefined;
  let groups: number | undefined;
  if (spec.vcov === 'cluster' && spec.cluster) {
    const col = data.columns[spec.cluster];
    const ids = new Map<string, number>();
    cluster = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const key = String(col?.values[design.rows[i] as number]);
      let g = ids.get(key);
      if (g === undefined) {
        g = ids.size;
        ids.set(key, g);
      }
      cluster[i] = g;
    }
    groups = ids.size;
    if (groups < 2)
      throw new PeacepanelError(
        'BAD_SPEC',
        `cluster column "${spec.cluster}" has only ${groups} value among the rows used`,
        {
          location: { column: spec.cluster },
          fix: 'cluster on a column with several groups (ideally 30 or more)',
        },
      );
    if (groups < 20)
      warnings.push(`only ${groups} clusters: cluster-robust standard errors may be unreliable`);
  }
  const vInput = { X, n, p: pX, y: design.y, eta: fit.eta, theta, layout, weights };
  const vMerged = collapsed ? { ...fitData, eta: fitMerged.eta, theta } : vInput;
  const perRow = spec.vcov === 'robust' || spec.vcov === 'cluster';
  const request = {
    type: spec.vcov,
    hc: spec.hc,
    convention: spec.clusterConvention,
    cluster,
    clusterName: spec.cluster,
    groups,
    ...secondClustering(spec, data, design.rows, warnings),
  };
  const vc = feGroups
    ? oneWayFeVcov(vInput, feGroups, request)
    : computeVcov(perRow ? vInput : vMerged, request);
  if (!vc)
    warnings.push('the information matrix is singular at the estimate: standard errors are not available');
  yield;

  // Score at the optimum, over (β, ln θ).
  const score = scoreVector(vMerged);
  let scoreSq = 0;
  for (const g of score) scoreSq += g * g;
  const gradientNorm = Math.sqrt(scoreSq); // no spread into Math.hypot: p may be large

  // Coefficients in R's order; fixed-effect columns are reported in design.info.fixedEffects.
  const z = normalQuantile(0.5 + spec.ciLevel / 2);
  const keptIndex = new Map(keep.map((j, c) => [j, c]));
  const coefficients: Coefficient[] = [];
  const reportedIdx: number[] = [];
  for (let j = 0; j < design.pModel; j++) {
    const term = design.names[j] as string;
    const c = keptIndex.get(j);
    if (c === undefined) {
      coefficients.push({
        term,
        estimate: Number.NaN,
        stdError: Number.NaN,
        z: Number.NaN,
        p: Number.NaN,
        ciLow: Number.NaN,
        ciHigh: Number.NaN,
        aliased: true,
      });
      continue;
    }
    reportedIdx.push(c);
    const est = fit.beta[c] as number;
    const se = vc ? Math.sqrt(vc.vcov[c * pX + c] as number) : Number.NaN;
    const zz = est / se;
    coefficients.push({
      term,
      estimate: est,
      stdError: se,
      z: zz,
      p: twoSidedNormalP(zz),
      ciLow: est - z * se,
      ciHigh: est + z * se,
      aliased: false,
    });
  }
  const vcovReported = reportedIdx.map((a) =>
    reportedIdx.map((b) => (vc ? (vc.vcov[a * pX + b] as number) : Number.NaN)),
  );

  // Fixed effects on the link scale.
  let col = design.pModel;
  design.info.fixedEffects.forEach((fe, d) => {
    const first = d === 0 ? 0 : 1;
    fe.effects = fe.levels.map((_, l) => {
      if (l < first) return 0;
      const c = keptIndex.get(col + l - first);
      return c === undefined ? 0 : (fit.beta[c] as number);
    });
    col += fe.levels.length - first;
  });
  design.info.aliased = design.info.columns.map((_, j) => !keptIndex.has(j));

  const df = p + (theta === null ? 0 : 1);
  const fw = fitData.weights;
  const deviance =
    theta === null
      ? poissonDeviance(fitData.y, fitMerged.mu, fw)
      : negbinDeviance(fitData.y, fitMerged.mu, theta, fw);
  const nullDev = nullDeviance(
    fitData.y,
    fitData.offset,
    design.hasOffset,
    design.info.intercept || design.info.fixedEffects.length > 0,
    theta,
    fw,
  );
  const nExcluded = design.exclusions.reduce((s, e) => s + e.count, 0);
  const result: FitResult = {
    family: spec.family,
    formula: spec.formula,
    n,
    nExcluded,
    exclusions: design.exclusions,
    converged: fit.converged,
    iterations: fit.iterations,
    theta,
    thetaStdError: vc?.thetaStdError ?? null,
    alpha: theta === null ? null : 1 / theta,
    logLik: fit.logLik,
    df,
    aic: -2 * fit.logLik + 2 * df,
    bic: -2 * fit.logLik + Math.log(n) * df,
    deviance,
    nullDeviance: nullDev,
    vcovType: vc?.description ?? 'not available (singular information)',
    coefficients,
    vcov: vcovReported,
    gradientNorm,
    warnings,
  };
  if (weights && spec.weights)
    result.weights = { column: spec.weights, total: weights.reduce((a, b) => a + b, 0) };
  // θ → ∞: offer the Poisson fit of the same specification beside the degenerate NB.
  if (thetaInfinite)
    result.poissonAlternative = (yield* fitModelSteps({ ...spec, family: 'poisson' }, data, opts)).result;
  sanityGate(result);
  const sample = sampleSummary(data, design.info, design.rows);
  withSummaryText(result);
  return withSummaryText(
    {
      result,
      spec,
      sample,
      beta: reportedIdx.map((c) => fit.beta[c] as number),
      vcov: vcovReported,
      design: design.info,
      trace: fit.trace,
      y: design.y,
      fitted: fit.mu,
      rank: p,
    },
    result,
  );
}

/**
 * Fits a count model and returns the plain result (see {@link fitModelDetailed}).
 * @throws PeacepanelError for user mistakes.
 * @example fitModel({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine).coefficients[1]?.term // => 'EthN'
 */
export function fitModel(spec: ModelSpecInput, data: Table, opts: FitOptions = {}): FitResult {
  return fitModelDetailed(spec, data, opts).result;
}

/**
 * {@link fitModel} yielding to the event loop between steps (see {@link fitModelDetailedAsync}).
 * @throws PeacepanelError for user mistakes; `CANCELLED` once `signal` is aborted.
 * @example (await fitModelAsync({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine)).theta // => 1.2749
 */
export async function fitModelAsync(
  spec: ModelSpecInput,
  data: Table,
  opts: AsyncFitOptions = {},
): Promise<FitResult> {
  return (await fitModelDetailedAsync(spec, data, opts)).result;
}
