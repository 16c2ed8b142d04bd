import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { twoSidedNormalP as twoSided } from '../special/index.js';
import { asTable, isTable, type NewData, zFor } from './predict.js';
import { linearPredictions, type PredictionModel, quadraticForm } from './prediction-model.js';
import { predictionModelOf, requireAllRows } from './prediction-model-of.js';
import type { DeltaEstimate } from './slopes.js';

/** Difference and ratio of the average predicted counts of two scenarios. */
export interface PredictionComparison {
  /** Average predicted count over the rows of scenario A and of scenario B. */
  fitA: number;
  fitB: number;
  /** μ_A − μ_B with delta-method SE and normal interval. */
  difference: DeltaEstimate;
  /** μ_A / μ_B; its interval is exp(log ratio ± z·SE(log ratio)), always positive. */
  ratio: { estimate: number; logStdError: number; lower: number; upper: number; p: number };
}

/**
 * Contrast of predicted counts between two scenarios: each scenario is one row or several (then
 * its predictions are averaged, as `marginaleffects::avg_comparisons` does for counterfactual data),
 * giving μ_A − μ_B and μ_A / μ_B with delta-method standard errors. For one row each, the log ratio
 * is (x_A − x_B)β, so its interval is exact on the link scale.
 * Reference: Long & Freese, Regression Models for Categorical Dependent Variables Using Stata (3rd ed.), §9.
 * @throws PeacepanelError when a scenario has no rows or lacks a model variable.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * const pm = predictionModelOf(fitModelDetailed({ formula: 'Days ~ Eth' }, quine));
 * comparePredictionsWith(pm, { Eth: 'N' }, { Eth: 'A' }).ratio.estimate // => 0.573751
 */
export function comparePredictionsWith(
  pm: PredictionModel,
  a: NewData | Record<string, number | string>,
  b: NewData | Record<string, number | string>,
  opts: { ciLevel?: number } = {},
): PredictionComparison {
  const z = zFor(opts.ciLevel ?? 0.95);
  const average = (s: NewData | Record<string, number | string>) => {
    const table = asTable(
      Array.isArray(s) || isTable(s) ? (s as NewData) : [s as Record<string, number | string>],
    );
    if (table.n === 0) throw messages.noPredictionRows('a scenario has no rows');
    const d = pm.rows(table);
    requireAllRows(d, table, pm);
    const { mu } = linearPredictions(pm, d);
    let m = 0;
    const g = new Float64Array(d.k);
    for (let i = 0; i < d.n; i++) {
      m += mu[i]! / d.n;
      for (let j = 0; j < d.k; j++) g[j] = g[j]! + (mu[i]! * d.X[i * d.k + j]!) / d.n;
    }
    return { m, g };
  };
  const A = average(a);
  const B = average(b);
  const k = pm.beta.length;
  const gDiff = new Float64Array(k);
  const gLog = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    gDiff[j] = A.g[j]! - B.g[j]!;
    gLog[j] = A.g[j]! / A.m - B.g[j]! / B.m;
  }
  const diff = A.m - B.m;
  const seDiff = Math.sqrt(quadraticForm(gDiff, 0, pm.vcov, k));
  const logRatio = Math.log(A.m / B.m);
  const seLog = Math.sqrt(quadraticForm(gLog, 0, pm.vcov, k));
  const zr = logRatio / seLog;
  const zd = diff / seDiff;
  return {
    fitA: A.m,
    fitB: B.m,
    difference: {
      estimate: diff,
      stdError: seDiff,
      z: zd,
      p: twoSided(zd),
      lower: diff - z * seDiff,
      upper: diff + z * seDiff,
    },
    ratio: {
      estimate: A.m / B.m,
      logStdError: seLog,
      lower: Math.exp(logRatio - z * seLog),
      upper: Math.exp(logRatio + z * seLog),
      p: twoSided(zr),
    },
  };
}

/**
 * Difference and ratio of predicted counts between two scenarios from a fitted model (see
 * {@link comparePredictionsWith}). Reference: R `marginaleffects::comparisons()`; Stata `margins, at() contrast`.
 * @throws PeacepanelError when a scenario has no rows or lacks a value for a model variable.
 * @example const base = { nonun_troops_k_lag1: 0, battle_deaths_lag1: 10, conflict_duration: 24 };
 * comparePredictions(countryMonthModel, { ...base, un_troops_k_lag1: 5 }, { ...base, un_troops_k_lag1: 0 }).ratio.estimate // => 1.0644455386795257
 */
export function comparePredictions(
  model: FittedModel,
  a: NewData | Record<string, number | string>,
  b: NewData | Record<string, number | string>,
  opts: { ciLevel?: number } = {},
): PredictionComparison {
  return comparePredictionsWith(predictionModelOf(model), a, b, {
    ...opts,
    ciLevel: opts.ciLevel ?? model.spec.ciLevel,
  });
}
