import type { Design } from '../model/design.js';
import { twoSidedNormalP } from '../special/normal-cdf.js';
import { normalQuantile } from '../special/normal-quantile.js';
import type { VcovResult } from '../vcov/compute-vcov.js';
import type { KeptColumns } from './fit-model-steps.js';
import type { Coefficient } from './result.js';

/** The reported coefficients and their covariance (aliased ones NaN and left out of `vcov`). */
export interface CoefficientTable {
  coefficients: Coefficient[];
  /** Parameter index of each reported (non-aliased) model coefficient. */
  reportedIdx: number[];
  vcov: number[][];
  /** Parameter index of each kept design column. */
  keptIndex: Map<number, number>;
}

/**
 * The model coefficients in R's order with standard errors, z, p and Wald intervals at `ciLevel`;
 * fixed-effect columns are reported in `design.info.fixedEffects` (see `setFixedEffects`).
 * @example import { covarianceOf, designFor, estimateSteps, keptColumns } from './fit-model-steps.js';
 * import { runSteps } from './run-steps.js';
 * const spec = parseModelSpec({ formula: 'Days ~ Eth', family: 'poisson' });
 * const design = designFor(spec, quine, {});
 * const cols = keptColumns(spec, design, []);
 * const est = runSteps(estimateSteps(spec, design, cols, {}, []));
 * const { vc } = covarianceOf(spec, quine, design, est, []);
 * coefficientTable(design, cols, est.fit.beta, vc, 0.95).coefficients.map((c) => [c.term, c.estimate])
 * // => [['(Intercept)', 3.0555040], ['EthN', -0.55555949]]
 */
export function coefficientTable(
  design: Design,
  cols: KeptColumns,
  beta: Float64Array,
  vc: VcovResult | null,
  ciLevel: number,
): CoefficientTable {
  const { pX } = cols;
  const z = normalQuantile(0.5 + ciLevel / 2);
  const keptIndex = new Map(cols.keep.map((j, c) => [j, c]));
  const coefficients: Coefficient[] = [];
  const reportedIdx: number[] = [];
  for (let j = 0; j < design.pModel; j++) {
    const term = design.names[j] as string;
    const c = keptIndex.get(j);
    if (c === undefined) {
      const nan = Number.NaN;
      coefficients.push({
        term,
        estimate: nan,
        stdError: nan,
        z: nan,
        p: nan,
        ciLow: nan,
        ciHigh: nan,
        aliased: true,
      });
      continue;
    }
    reportedIdx.push(c);
    const est = beta[c] as number;
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
  const vcov = reportedIdx.map((a) =>
    reportedIdx.map((b) => (vc ? (vc.vcov[a * pX + b] as number) : Number.NaN)),
  );
  return { coefficients, reportedIdx, vcov, keptIndex };
}

/**
 * Writes the fixed effects (link scale; 0 for a reference or aliased level) and the aliased flags into
 * `design.info`, so prediction can rebuild the model.
 * @example import { designFor, estimateSteps, keptColumns } from './fit-model-steps.js';
 * import { runSteps } from './run-steps.js';
 * const spec = parseModelSpec({ formula: 'Days ~ Sex | Eth', family: 'poisson' });
 * const design = designFor(spec, quine, {});
 * const cols = keptColumns(spec, design, []);
 * const est = runSteps(estimateSteps(spec, design, cols, {}, []));
 * setFixedEffects(design, coefficientTable(design, cols, est.fit.beta, null, 0.95).keptIndex, est.fit.beta);
 * design.info.fixedEffects // => [{ column: 'Eth', levels: ['A', 'N'], effects: [2.9766040, 2.4201550] }]
 */
export function setFixedEffects(design: Design, keptIndex: Map<number, number>, beta: Float64Array): void {
  let col = design.pModel;
  design.info.fixedEffects.forEach((fe, d) => {
    const first = d === 0 ? 0 : 1;
    fe.effects = fe.levels.map((_, l) => {
      if (l < first) return 0;
      const c = keptIndex.get(col + l - first);
      return c === undefined ? 0 : (beta[c] as number);
    });
    col += fe.levels.length - first;
  });
  design.info.aliased = design.info.columns.map((_, j) => !keptIndex.has(j));
}
