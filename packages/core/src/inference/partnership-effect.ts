import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { PARTNERSHIP_COLUMNS } from '../types/partnership-columns.js';
import { predictWith } from './predict.js';
import type { PredictionModel } from './prediction-model.js';
import { predictionModelOf } from './prediction-model-of.js';
import { scenarioBase, scenarioTable } from './scenario-rows.js';
import { slopesWith } from './slopes.js';

/** Options of {@link partnershipEffectWith}. */
export interface PartnershipEffectOptions {
  /** UN troop levels (thousands) along each curve. */
  unGrid: number[];
  /** Non-UN troop levels (thousands): one curve each. */
  nonunLevels: number[];
  /** Values for other covariates (default: sample means; factors at their reference level). */
  at?: Record<string, number | string>;
  ciLevel?: number;
  /** Column names of UN and non-UN troops (default `PARTNERSHIP_COLUMNS.un` / `.nonun`). */
  columns?: { un: string; nonun: string };
}

/** One point of a partnership curve. */
export interface PartnershipPoint {
  un: number;
  /** Predicted monthly battle deaths, with its response-scale SE and exponentiated link interval. */
  fit: number;
  se: number;
  lower: number;
  upper: number;
  /** d(deaths)/d(UN troops in thousands) at this point, with delta-method SE and normal interval. */
  marginal: number;
  marginalSe: number;
  marginalLower: number;
  marginalUpper: number;
}

/** The partnership effect: curves of predicted deaths over UN troops, one per non-UN level. */
export interface PartnershipEffect {
  curves: { nonun: number; points: PartnershipPoint[] }[];
  /** The values the other covariates were held at. */
  at: Record<string, number | string>;
  ciLevel: number;
  /** How the other covariates were set, and the variance estimator used. */
  notes: string[];
  /** Numerical trouble (e.g. non-finite standard errors from a covariance that could not be computed). */
  warnings: string[];
}

/**
 * The partnership effect of Schumann & Bara (2023, ISQ, "A New Era: Power in Partnership
 * Peacekeeping", Figure 2 style): predicted monthly battle deaths across UN troop levels at chosen
 * non-UN troop levels, other covariates at their sample means (or `at`), with intervals exponentiated
 * from the link scale; and the marginal effect of UN troops, dμ/d(UN thousands), at each point with a
 * delta-method interval (Brambor, Clark & Golder 2006, Political Analysis 14(1), on interaction effects).
 * @throws PeacepanelError when the model lacks the troop columns, or a covariate has no mean and no `at` value.
 * @example partnershipEffectWith(pm, { unGrid: [0, 5, 10], nonunLevels: [0, 5] }).curves[1].points[2].fit
 */
export function partnershipEffectWith(
  pm: PredictionModel,
  opts: PartnershipEffectOptions,
): PartnershipEffect {
  const un = opts.columns?.un ?? PARTNERSHIP_COLUMNS.un;
  const nonun = opts.columns?.nonun ?? PARTNERSHIP_COLUMNS.nonun;
  const numeric = pm.variables.filter((v) => v.kind === 'number').map((v) => v.name);
  for (const c of [un, nonun]) if (!numeric.includes(c)) throw messages.unknownModelVariable(c, numeric);
  if (opts.unGrid.length === 0 || opts.nonunLevels.length === 0)
    throw messages.badOption('unGrid/nonunLevels', '[]', 'a non-empty list of troop levels');
  const ciLevel = opts.ciLevel ?? 0.95;
  const base = scenarioBase(pm, opts.at, [un, nonun]);
  const grid = Float64Array.from(opts.unGrid);
  const curves = opts.nonunLevels.map((level) => {
    const table = scenarioTable(
      base.values,
      { [un]: grid, [nonun]: new Float64Array(grid.length).fill(level) },
      grid.length,
    );
    const pred = predictWith(pm, table, { ciLevel });
    const slopes = slopesWith(pm, table, { variable: un, ciLevel });
    return {
      nonun: level,
      points: opts.unGrid.map((u, i): PartnershipPoint => {
        const p = pred[i]!;
        const s = slopes[i]!;
        return {
          un: u,
          fit: p.fit,
          se: p.se,
          lower: p.lower,
          upper: p.upper,
          marginal: s.estimate,
          marginalSe: s.stdError,
          marginalLower: s.lower,
          marginalUpper: s.upper,
        };
      }),
    };
  });
  const notes = [`standard errors: ${pm.vcovType}`];
  if (base.atMeans.length) notes.push(`held at sample means: ${base.atMeans.join(', ')}`);
  if (base.atReference.length)
    notes.push(
      `held at the first (reference) level: ${base.atReference.map((v) => `${v} = ${base.values[v]}`).join(', ')}; set \`at\` to choose another`,
    );
  const warnings: string[] = [];
  const bad = curves.flatMap((c) => c.points).filter((p) => !Object.values(p).every(Number.isFinite)).length;
  if (bad)
    warnings.push(
      `${bad} point(s) have non-finite values (the model's covariance is not usable there; check the fit's warnings)`,
    );
  return { curves, at: base.values, ciLevel, notes, warnings };
}

/**
 * The partnership effect of a fitted model (see {@link partnershipEffectWith}): predicted monthly
 * battle deaths across `unGrid` UN troop levels (thousands) for each of `nonunLevels`, other covariates
 * at their sample means or `at`, with intervals, and the marginal effect of UN troops at each point.
 * Reference: Schumann & Bara (2023), ISQ, Figure 2; Brambor, Clark & Golder (2006).
 * @throws PeacepanelError when the model lacks the UN / non-UN troop columns.
 * @example
 * const model = fitModelDetailed(DEFAULT_PARTNERSHIP_SPEC, addPartnershipVariables(panel));
 * partnershipEffect(model, { unGrid: [0, 2, 4, 6, 8, 10], nonunLevels: [0, 5] }).curves[1].points[3]
 * // { un: 6, fit: …, lower: …, upper: …, marginal: …, marginalLower: …, marginalUpper: … }
 */
export function partnershipEffect(model: FittedModel, opts: PartnershipEffectOptions): PartnershipEffect {
  return partnershipEffectWith(predictionModelOf(model), {
    ...opts,
    ciLevel: opts.ciLevel ?? model.spec.ciLevel,
  });
}
