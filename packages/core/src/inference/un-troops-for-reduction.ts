import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { PARTNERSHIP_COLUMNS } from '../types/partnership-columns.js';
import { linearPredictions, type PredictionModel } from './prediction-model.js';
import { predictionModelOf } from './prediction-model-of.js';
import { scenarioBase, scenarioTable } from './scenario-rows.js';

/** Options of {@link unTroopsForReductionWith}. */
export interface UnTroopsForReductionOptions {
  /** Share by which predicted deaths should fall, in (0, 1), e.g. 0.5. */
  reduction: number;
  /** Non-UN troops (thousands) deployed alongside. */
  nonun: number;
  /** Values for other covariates (default: sample means); they cancel in a log-linear model unless they interact with troops. */
  at?: Record<string, number | string>;
  /**
   * What the reduction is relative to: `no-un` (default) no UN troops at the same non-UN level;
   * `no-troops` no troops at all (UN and non-UN zero).
   */
  baseline?: 'no-un' | 'no-troops';
  /** Largest UN level to consider (thousands); default the sample maximum (the observed support). */
  unMax?: number;
  columns?: { un: string; nonun: string };
}

/** The UN troop level that achieves the reduction, or null with the reason. */
export interface UnTroopsForReduction {
  /** UN troops in thousands; null when the reduction is not reached within [0, unMax]. */
  un: number | null;
  note: string;
  baseline: 'no-un' | 'no-troops';
  /** Predicted deaths relative to the baseline at `unMax` (e.g. 0.7 = 30% fewer). */
  ratioAtMax: number;
  unMax: number;
}

const GRID = 400;

/**
 * The number of UN troops (thousands) at which predicted monthly battle deaths are `reduction`
 * lower than at the baseline, given `nonun` non-UN troops: the smallest u in [0, unMax] with
 * μ(u, nonun) / μ_baseline ≤ 1 − reduction, found on a 400-point grid and refined by bisection
 * (to 1e-10 relative). Point estimate only (the ratio's uncertainty is in `partnershipEffect` and the
 * bootstrap). Staying within the observed support avoids extrapolating the log-linear curve.
 * @throws PeacepanelError for a reduction outside (0, 1) or a model without the troop columns.
 * @example unTroopsForReductionWith(pm, { reduction: 0.5, nonun: 0 }) // { un: 5.12, note: '…', … }
 */
export function unTroopsForReductionWith(
  pm: PredictionModel,
  opts: UnTroopsForReductionOptions,
): UnTroopsForReduction {
  const { reduction, nonun } = opts;
  if (!(reduction > 0 && reduction < 1))
    throw messages.badOption('reduction', String(reduction), 'a share between 0 and 1 (e.g. 0.5 for half)');
  const unCol = opts.columns?.un ?? PARTNERSHIP_COLUMNS.un;
  const nonunCol = opts.columns?.nonun ?? PARTNERSHIP_COLUMNS.nonun;
  const numeric = pm.variables.filter((v) => v.kind === 'number').map((v) => v.name);
  for (const c of [unCol, nonunCol])
    if (!numeric.includes(c)) throw messages.unknownModelVariable(c, numeric);
  const baseline = opts.baseline ?? 'no-un';
  const unMax = opts.unMax ?? pm.sample?.max[unCol];
  if (unMax === undefined || !(unMax > 0))
    throw messages.badOption(
      'unMax',
      String(unMax),
      'a positive number of UN troops (thousands) to search up to',
    );
  const base = scenarioBase(pm, opts.at, [unCol, nonunCol]);
  const muAt = (un: Float64Array, non: number) => {
    const t = scenarioTable(
      base.values,
      { [unCol]: un, [nonunCol]: new Float64Array(un.length).fill(non) },
      un.length,
    );
    return linearPredictions(pm, pm.rows(t)).mu;
  };
  const mu0 = muAt(new Float64Array([0]), baseline === 'no-troops' ? 0 : nonun)[0]!;
  const target = 1 - reduction;
  const grid = Float64Array.from({ length: GRID + 1 }, (_, i) => (unMax * i) / GRID);
  const ratio = Array.from(muAt(grid, nonun), (m) => m / mu0);
  const ratioAtMax = ratio[GRID]!;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const versus =
    baseline === 'no-troops' ? 'no troops at all' : `no UN troops (non-UN troops ${nonun} thousand)`;
  if (ratio[0]! <= target)
    return {
      un: 0,
      note: `non-UN troops (${nonun} thousand) alone already lower predicted deaths by ${pct(1 - ratio[0]!)} relative to ${versus}`,
      baseline,
      ratioAtMax,
      unMax,
    };
  const hit = ratio.findIndex((r) => r <= target);
  if (hit < 0)
    return {
      un: null,
      note: `not reached within the observed range of UN troops (0–${unMax.toPrecision(3)} thousand): at the maximum predicted deaths are ${ratioAtMax <= 1 ? `${pct(1 - ratioAtMax)} lower` : `${pct(ratioAtMax - 1)} higher`} than with ${versus}`,
      baseline,
      ratioAtMax,
      unMax,
    };
  let lo = grid[hit - 1]!;
  let hi = grid[hit]!;
  for (let it = 0; it < 200 && hi - lo > 1e-10 * Math.max(1, hi); it++) {
    const mid = (lo + hi) / 2;
    if (muAt(new Float64Array([mid]), nonun)[0]! / mu0 <= target) hi = mid;
    else lo = mid;
  }
  return {
    un: hi,
    note: `${(hi * 1000).toFixed(0)} UN troops lower predicted deaths by ${pct(reduction)} relative to ${versus}`,
    baseline,
    ratioAtMax,
    unMax,
  };
}

/**
 * UN troops (thousands) needed to lower predicted monthly battle deaths by `reduction`, with `nonun`
 * non-UN troops deployed (see {@link unTroopsForReductionWith}); by default relative to no UN troops
 * at the same non-UN level, within the observed range of UN troops; `un: null` with a note when the
 * reduction is not reached there.
 * @throws PeacepanelError for a reduction outside (0, 1) or a model without the troop columns.
 * @example
 * unTroopsForReduction(model, { reduction: 0.5, nonun: 0 }) // { un: 4.1, note: '4100 UN troops lower …' }
 * unTroopsForReduction(model, { reduction: 0.5, nonun: 5 }) // with a partner force of 5000
 */
export function unTroopsForReduction(
  model: FittedModel,
  opts: UnTroopsForReductionOptions,
): UnTroopsForReduction {
  return unTroopsForReductionWith(predictionModelOf(model), opts);
}
