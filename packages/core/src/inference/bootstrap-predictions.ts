import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { quantileType7 } from './percentile-intervals.js';
import { asTable, type NewData } from './predict.js';
import { linearPredictions, type PredictionModel } from './prediction-model.js';
import { predictionModelOf, requireAllRows } from './prediction-model-of.js';

/** A predicted count with a bootstrap percentile interval. */
export interface BootstrapPrediction {
  /** Predicted count from the model's own estimates. */
  fit: number;
  lower: number;
  upper: number;
  /** Bootstrap replications used (failed ones, NaN, are skipped). */
  reps: number;
}

/**
 * Percentile bootstrap intervals for predicted counts: μ_b = exp(x·β_b + offset) for every
 * replication's estimates β_b (from {@link clusterBootstrap}), then the (1 ± level)/2 quantiles
 * (R's type 7) of μ_b per row. Fixed effects and offsets enter at their fitted values. Reference:
 * Efron & Tibshirani (1993), An Introduction to the Bootstrap, §13.3.
 * @throws PeacepanelError when the draws lack a coefficient of the model or a row of newdata lacks a value.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * const spec = { formula: 'Days ~ Eth', cluster: 'Age', vcov: 'cluster' as const };
 * const boot = clusterBootstrap(spec, quine, { reps: 20, seed: 1 });
 * const pm = predictionModelOf(fitModelDetailed(spec, quine));
 * bootstrapPredictionsWith(pm, boot, [{ Eth: 'A' }, { Eth: 'N' }], { ciLevel: 0.9 }).length // => 2
 */
export function bootstrapPredictionsWith(
  pm: PredictionModel,
  boot: { draws: ArrayLike<number>; terms: readonly string[] },
  newdata: NewData,
  opts: { ciLevel?: number } = {},
): BootstrapPrediction[] {
  const level = opts.ciLevel ?? 0.95;
  if (!(level > 0 && level < 1))
    throw messages.badOption('ciLevel', String(level), 'a number between 0 and 1');
  const K = boot.terms.length;
  const reps = K > 0 ? boot.draws.length / K : 0;
  const index = pm.terms.map((t) => boot.terms.indexOf(t));
  const missing = pm.terms.filter((_, j) => index[j]! < 0);
  if (missing.length)
    throw messages.badOption(
      'bootstrap draws',
      boot.terms.join(', '),
      `draws for every coefficient (missing ${missing.join(', ')})`,
    );
  const table = asTable(newdata);
  const d = pm.rows(table);
  requireAllRows(d, table, pm);
  const { mu: fit } = linearPredictions(pm, d);
  const { n, k, X, offset } = d;
  const mus: Float64Array[] = Array.from({ length: n }, () => new Float64Array(reps));
  let used = 0;
  for (let r = 0; r < reps; r++) {
    let ok = true;
    for (let j = 0; j < k && ok; j++) ok = Number.isFinite(boot.draws[r * K + index[j]!]!);
    if (!ok) continue;
    for (let i = 0; i < n; i++) {
      let eta = offset[i]!;
      for (let j = 0; j < k; j++) eta += X[i * k + j]! * boot.draws[r * K + index[j]!]!;
      mus[i]![used] = Math.exp(eta);
    }
    used++;
  }
  const alpha = (1 - level) / 2;
  return mus.map((m, i) => {
    const sorted = m.subarray(0, used).sort();
    return {
      fit: fit[i]!,
      lower: quantileType7(sorted, alpha),
      upper: quantileType7(sorted, 1 - alpha),
      reps: used,
    };
  });
}

/**
 * Bootstrap percentile intervals for predictions from a fitted model and its {@link clusterBootstrap}
 * draws (see {@link bootstrapPredictionsWith}); `ciLevel` defaults to the model spec's.
 * @throws PeacepanelError when the draws do not match the model or newdata lacks a value.
 * @example const spec = { formula: 'Days ~ Eth', cluster: 'Age', vcov: 'cluster' as const };
 * const boot = clusterBootstrap(spec, quine, { reps: 20, seed: 1 });
 * const model = fitModelDetailed(spec, quine);
 * bootstrapPredictions(model, boot, datagrid(model, { Eth: ['A', 'N'] }))[0]?.fit // => 21.2319
 */
export function bootstrapPredictions(
  model: FittedModel,
  boot: { draws: ArrayLike<number>; terms: readonly string[] },
  newdata: NewData,
  opts: { ciLevel?: number } = {},
): BootstrapPrediction[] {
  return bootstrapPredictionsWith(predictionModelOf(model), boot, newdata, {
    ciLevel: opts.ciLevel ?? model.spec.ciLevel,
  });
}
