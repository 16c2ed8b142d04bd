import { messages, PeacepanelError } from '../errors.js';
import { negbinDeviance } from '../likelihood/negbin.js';
import { poissonDeviance } from '../likelihood/poisson.js';
import { aliasedColumns } from '../linalg/cholesky.js';
import { gramWeighted, type SparseLayout, sparseLayout } from '../linalg/column-major.js';
import { buildDesign, type Design } from '../model/design.js';
import type { Table } from '../table.js';
import type { ModelSpec } from '../types/model-spec.js';
import { computeVcov, type VcovResult } from '../vcov/compute-vcov.js';
import { scoreVector } from '../vcov/information.js';
import { secondClustering } from '../vcov/second-clustering.js';
import { type CollapsedRows, collapseRows, expandFit, keepColumns } from './collapse-rows.js';
import { fitOneWayFeSteps } from './fe-one-way/fit.js';
import { oneWayFeVcov } from './fe-one-way/vcov.js';
import { withinAliased } from './fe-one-way/within-aliased.js';
import type { FitOptions } from './fitted-model.js';
import type { CountFit, GlmData } from './glm-data.js';
import { fitNegbinSteps, type NegbinFit } from './negbin/fit.js';
import { nullDeviance } from './null-deviance.js';
import { fitPoissonSteps } from './poisson/fit.js';
import type { Steps } from './run-steps.js';

// The steps of `fitModelDetailed` (estimators/fit-model.ts), in the order it runs them.

/**
 * The design of a spec on a table (or a copy of the one passed in `opts.design`): the cluster columns
 * are required, the negative binomial's θ counts as a parameter, one-way fixed effects as level codes.
 * @example designFor(parseModelSpec({ formula: 'Days ~ Eth + Sex' }), quine, {}).n // => 146
 */
export function designFor(spec: ModelSpec, data: Table, opts: FitOptions): Design {
  const required =
    spec.vcov === 'cluster' && spec.cluster ? [spec.cluster, ...(spec.cluster2 ? [spec.cluster2] : [])] : [];
  return opts.design
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
}

/**
 * What the result should say about the sample: non-integer counts or weights, the rows excluded and
 * the design's own warnings.
 * @example const data = tableFromRows([{ y: 1, x: 1 }, { y: 2.5, x: 2 }, { y: 0, x: null }, { y: 4, x: 3 }]);
 * const spec = parseModelSpec({ formula: 'y ~ x', family: 'poisson' });
 * sampleWarnings(spec, designFor(spec, data, {}))
 * // => ['outcome y has non-integer values; the count likelihood treats them as counts', '1 rows excluded: missing value in x']
 */
export function sampleWarnings(spec: ModelSpec, design: Design): string[] {
  const warnings: string[] = [];
  if (design.y.some((v) => !Number.isInteger(v)))
    warnings.push(
      `outcome ${design.info.responseLabel} has non-integer values; the count likelihood treats them as counts`,
    );
  if (design.weights?.some((w) => !Number.isInteger(w)))
    warnings.push(
      `weights ${spec.weights} have non-integer values; they are used as frequency weights (row i counts wᵢ times)`,
    );
  for (const e of design.exclusions) warnings.push(`${e.count} rows excluded: ${e.reason}`);
  warnings.push(...design.warnings);
  return warnings;
}

/** The design's columns after dropping aliased ones. */
export interface KeptColumns {
  /** n × pX: the kept model (and indicator) columns. */
  X: Float64Array;
  pX: number;
  /** Design column of each parameter; one-way fixed effects follow as `design.p + g`. */
  keep: number[];
  /** Number of parameters (kept columns plus one-way fixed effects). */
  p: number;
  /** Fixed-effect indicator columns are present (sparse products). */
  hasFe: boolean;
  /** Identical rows merged with frequency weights, when that pays (no fixed effects). */
  merged: CollapsedRows | null;
  aliased: boolean[];
}

/**
 * Finds the aliased (collinear) columns as R's QR with limited pivoting does (on X'X, of the merged
 * rows when identical rows were merged; within groups for one-way fixed effects), drops them with a
 * warning, and refuses a sample with no more rows than parameters.
 * @throws PeacepanelError `TOO_MANY_COEFFICIENTS`.
 * @example const spec = parseModelSpec({ formula: 'Days ~ Eth + Sex' });
 * const warnings: string[] = [];
 * const cols = keptColumns(spec, designFor(spec, quine, {}), warnings);
 * [cols.keep, cols.p, warnings] // => [[0, 1, 2], 3, []]
 */
export function keptColumns(spec: ModelSpec, design: Design, warnings: string[]): KeptColumns {
  const { n, feGroups } = design;
  const Xall = design.X;
  // Fixed-effect indicators (after the model columns) are sparse: products with them cost their nonzeros.
  const hasFe = design.p > design.pModel;
  const layoutAll = hasFe ? sparseLayout(Xall, n, design.p, design.pModel) : undefined;
  const weights = design.weights ?? undefined;
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
  const pX = keep.length;
  const X = pX === design.p ? Xall : new Float64Array(n * pX);
  if (pX !== design.p)
    keep.forEach((j, c) => {
      X.set(Xall.subarray(j * n, (j + 1) * n), c * n);
    });
  if (feGroups) for (let g = 0; g < feGroups.G; g++) keep.push(design.p + g);
  const p = keep.length;
  aliasWarnings(design, aliased, warnings);
  if (n <= p + (spec.family === 'negbin' ? 1 : 0))
    throw messages.tooManyCoefficients(
      spec.formula,
      n,
      `${p} coefficients after dropping ${design.p - p} collinear column(s) of ${design.p}`,
      p + (spec.family === 'negbin' ? 1 : 0),
    );
  return { X, pX, keep, p, hasFe, merged, aliased };
}

function aliasWarnings(design: Design, aliased: boolean[], warnings: string[]): void {
  const aliasedModel = design.info.columns.filter((_, j) => aliased[j]).map((c) => c.name);
  if (aliasedModel.length)
    warnings.push(
      `${aliasedModel.length} coefficient(s) not defined because of singularities (collinear columns dropped): ${aliasedModel.join(', ')}`,
    );
  const aliasedFe = aliased.slice(design.pModel).filter(Boolean).length;
  if (aliasedFe)
    warnings.push(`${aliasedFe} fixed-effect indicator(s) collinear with other columns were dropped`);
}

/** The maximum-likelihood estimate and the data it ran on. */
export interface Estimate {
  /** The fit on all rows (expanded back from merged rows). */
  fit: CountFit;
  /** The fit on the rows the iterations used (merged rows, when merged). */
  fitMerged: CountFit;
  theta: number | null;
  thetaInfinite: boolean;
  /** All rows, kept columns. */
  glm: GlmData;
  /** The rows the iterations used. */
  fitData: GlmData;
  collapsed: CollapsedRows | null;
  layout: SparseLayout | undefined;
}

/**
 * The ML fit, yielding after each iteration: one-way fixed effects concentrated out, Poisson IRLS, or
 * joint Newton in (β, ln θ) for NB2, on merged rows when identical rows were merged; θ warnings.
 * @example import { runSteps } from './run-steps.js';
 * const spec = parseModelSpec({ formula: 'Days ~ Eth + Sex', family: 'negbin' });
 * const design = designFor(spec, quine, {});
 * const warnings: string[] = [];
 * const est = runSteps(estimateSteps(spec, design, keptColumns(spec, design, warnings), {}, warnings));
 * [est.fit.beta, est.theta] // => [[2.9629917, -0.57381060, 0.21348496], 1.1714097]
 */
export function* estimateSteps(
  spec: ModelSpec,
  design: Design,
  cols: KeptColumns,
  opts: FitOptions,
  warnings: string[],
): Steps<Estimate> {
  const { n, feGroups } = design;
  const { X, pX, keep, p } = cols;
  const pDense = keep.filter((j) => j < design.pModel).length;
  const layout = cols.hasFe ? sparseLayout(X, n, p, pDense) : undefined;
  const weights = design.weights ?? undefined;
  const glm = { X, n, p: pX, y: design.y, offset: design.offset, layout, weights };
  const control = { maxIter: spec.maxIter, tol: spec.tol, signal: opts.signal, onProgress: opts.onProgress };
  // The iterations, model-based covariances and deviances run on the merged rows; sandwiches on all.
  const collapsed = cols.merged && keepColumns(cols.merged, keep);
  const fitData = collapsed?.data ?? glm;
  let fitMerged: CountFit;
  let nb: NegbinFit | null = null;
  if (feGroups) {
    const fe = yield* fitOneWayFeSteps(glm, feGroups, spec.family, control);
    const beta = new Float64Array(pX + fe.alpha.length);
    beta.set(fe.beta);
    beta.set(fe.alpha, pX);
    const joined = { ...fe, beta };
    fitMerged = joined;
    if (fe.theta !== null) nb = { ...joined, theta: fe.theta, thetaInfinite: fe.thetaInfinite };
  } else if (spec.family === 'poisson') fitMerged = yield* fitPoissonSteps(fitData, control);
  else fitMerged = nb = yield* fitNegbinSteps(fitData, control);
  if (nb) thetaWarnings(nb, warnings);
  warnings.push(...fitMerged.warnings);
  const fit = collapsed ? expandFit(fitMerged, collapsed.rowOf) : fitMerged;
  return {
    fit,
    fitMerged,
    theta: nb ? nb.theta : null,
    thetaInfinite: nb ? nb.thetaInfinite : false,
    glm,
    fitData,
    collapsed,
    layout,
  };
}

function thetaWarnings(nb: NegbinFit, warnings: string[]): void {
  if (!nb.thetaInfinite && nb.theta > 1e5)
    warnings.push(
      `θ is very large (${nb.theta.toExponential(2)}, α = ${(1 / nb.theta).toExponential(2)}): little or no overdispersion; the Poisson fit (family "poisson") is nearly identical`,
    );
  if (nb.thetaInfinite)
    warnings.push(
      `θ → ∞ (reached ${nb.theta.toExponential(2)}): the data show no overdispersion, so the negative binomial reduces to Poisson; its Poisson fit is in poissonAlternative (or refit with family "poisson")`,
    );
}

/**
 * Each row's cluster (codes 0 … G−1) for `vcov: 'cluster'`, refusing a column with one value and
 * warning below 20 clusters.
 * @throws PeacepanelError `BAD_SPEC` naming the column.
 * @example const spec = parseModelSpec({ formula: 'Days ~ Eth', vcov: 'cluster', cluster: 'Age' });
 * const warnings: string[] = [];
 * const { groups } = clusterCodes(spec, quine, designFor(spec, quine, {}), warnings);
 * [groups, warnings] // => [4, ['only 4 clusters: cluster-robust standard errors may be unreliable']]
 */
export function clusterCodes(
  spec: ModelSpec,
  data: Table,
  design: Design,
  warnings: string[],
): { cluster?: Int32Array; groups?: number } {
  if (!(spec.vcov === 'cluster' && spec.cluster)) return {};
  const { n } = design;
  const col = data.columns[spec.cluster];
  const ids = new Map<string, number>();
  const cluster = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = String(col?.values[design.rows[i] as number]);
    let g = ids.get(key);
    if (g === undefined) {
      g = ids.size;
      ids.set(key, g);
    }
    cluster[i] = g;
  }
  const groups = ids.size;
  if (groups < 2)
    throw new PeacepanelError(
      'BAD_SPEC',
      `cluster column "${spec.cluster}" has only ${groups} value among the rows used`,
      {
        location: { column: spec.cluster },
        fix: 'cluster on a column with several groups (ideally 30 or more)',
      },
    );
  if (groups < 20) warnings.push(`only ${groups} clusters: cluster-robust standard errors may be unreliable`);
  return { cluster, groups };
}

/**
 * The covariance of the estimate in the spec's convention (sandwiches on all rows, model-based ones on
 * the merged rows) and the norm of the score at the optimum over (β, ln θ), evidence of convergence.
 * @example import { runSteps } from './run-steps.js';
 * const spec = parseModelSpec({ formula: 'Days ~ Eth', family: 'poisson', vcov: 'robust' });
 * const design = designFor(spec, quine, {});
 * const warnings: string[] = [];
 * const est = runSteps(estimateSteps(spec, design, keptColumns(spec, design, warnings), {}, warnings));
 * covarianceOf(spec, quine, design, est, warnings).vc?.description
 * // => 'robust HC1: sandwich over (β, ln α), n/(n−1) (Stata vce(robust) convention)'
 */
export function covarianceOf(
  spec: ModelSpec,
  data: Table,
  design: Design,
  est: Estimate,
  warnings: string[],
): { vc: VcovResult | null; gradientNorm: number } {
  const { theta } = est;
  const vInput = { ...est.glm, eta: est.fit.eta, theta };
  const vMerged = est.collapsed ? { ...est.fitData, eta: est.fitMerged.eta, theta } : vInput;
  const perRow = spec.vcov === 'robust' || spec.vcov === 'cluster';
  const request = {
    type: spec.vcov,
    hc: spec.hc,
    convention: spec.clusterConvention,
    clusterName: spec.cluster,
    ...clusterCodes(spec, data, design, warnings),
    ...secondClustering(spec, data, design.rows, warnings),
  };
  const vc = design.feGroups
    ? oneWayFeVcov(vInput, design.feGroups, request)
    : computeVcov(perRow ? vInput : vMerged, request);
  if (!vc)
    warnings.push('the information matrix is singular at the estimate: standard errors are not available');
  const score = scoreVector(vMerged);
  let scoreSq = 0;
  for (const g of score) scoreSq += g * g;
  return { vc, gradientNorm: Math.sqrt(scoreSq) }; // no spread into Math.hypot: p may be large
}

/**
 * The residual and null deviances as R's `glm`/`glm.nb` report them (θ held at its estimate for NB2).
 * @example import { runSteps } from './run-steps.js';
 * const spec = parseModelSpec({ formula: 'Days ~ Eth', family: 'poisson' });
 * const design = designFor(spec, quine, {});
 * const est = runSteps(estimateSteps(spec, design, keptColumns(spec, design, []), {}, []));
 * deviances(design, est) // => { deviance: 1891.9750, nullDeviance: 2073.5328 }
 */
export function deviances(design: Design, est: Estimate): { deviance: number; nullDeviance: number } {
  const { fitData, fitMerged, theta } = est;
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
  return { deviance, nullDeviance: nullDev };
}
