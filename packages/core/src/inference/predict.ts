import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { normalQuantile } from '../special/index.js';
import { type Table, tableFromRows } from '../table.js';
import { linearPredictions, type PredictionModel } from './prediction-model.js';
import { predictionModelOf, requireAllRows } from './prediction-model-of.js';

/** A predicted count with its delta-method standard error and a response-scale interval. */
export interface Prediction {
  /** Predicted mean count μ = exp(η). */
  fit: number;
  /** Response-scale standard error μ · se(η) (delta method). */
  se: number;
  /** exp(η − z·se(η)): always positive. */
  lower: number;
  /** exp(η + z·se(η)). */
  upper: number;
  /** Linear predictor η = xβ + offset (log scale). */
  link: number;
  /** Standard error of η, sqrt(x V xᵀ). */
  linkSe: number;
}

/** New data: a table or plain row objects (numbers, strings). */
export type NewData = Table | readonly Record<string, number | string>[];

/**
 * Turns row objects into a table (tables pass through).
 * @example asTable([{ un: 1, g: 'a' }]).n // => 1
 */
export function asTable(data: NewData): Table {
  return isTable(data) ? data : tableFromRows(data as Record<string, unknown>[]);
}

/**
 * True for a `Table` (as opposed to an array of rows or one row object).
 * @example isTable({ n: 0, columns: {} }) // => true
 */
export function isTable(x: unknown): x is Table {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const t = x as { n?: unknown; columns?: unknown };
  return typeof t.n === 'number' && typeof t.columns === 'object' && t.columns !== null;
}

/**
 * z for a two-sided interval at `level`, validating the level.
 * @throws PeacepanelError BAD_OPTION when `level` is not in (0.5, 1).
 * @example zFor(0.95) // => 1.959963984540054
 */
export function zFor(level: number): number {
  if (!(level > 0.5 && level < 1))
    throw messages.badOption('ciLevel', String(level), 'a number between 0.5 and 1');
  return normalQuantile(1 - (1 - level) / 2);
}

/**
 * Predictions from a log-link count model for new data, as R's `predict(m, newdata, type = "link",
 * se.fit = TRUE)` followed by exponentiation: η = xβ + offset with se(η) = sqrt(x V xᵀ) from the
 * model's covariance (its own convention: model-based, robust or clustered), the interval formed on
 * the link scale and exponentiated (so it is always positive and asymmetric), and the response-scale
 * SE μ·se(η) by the delta method (Agresti, Foundations of Linear and Generalized Linear Models, §4.5).
 * @throws PeacepanelError when newdata lacks a variable of the model or has no rows.
 * @throws PeacepanelError when a row of newdata lacks a value or has a level the fit has not seen.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * const pm = predictionModelOf(countryMonthModel);
 * predictWith(pm, [{ un_troops_k_lag1: 5, nonun_troops_k_lag1: 2, battle_deaths_lag1: 10, conflict_duration: 24 }])[0]?.fit // => 61.68026858543863
 */
export function predictWith(
  pm: PredictionModel,
  newdata: NewData,
  opts: { ciLevel?: number } = {},
): Prediction[] {
  const z = zFor(opts.ciLevel ?? 0.95);
  const table = asTable(newdata);
  if (table.n === 0) throw messages.noPredictionRows('the new data have no rows');
  const d = pm.rows(table);
  requireAllRows(d, table, pm);
  const { eta, seEta, mu } = linearPredictions(pm, d);
  const out: Prediction[] = [];
  for (let i = 0; i < d.n; i++) {
    const e = eta[i]!;
    const s = seEta[i]!;
    out.push({
      fit: mu[i]!,
      se: mu[i]! * s,
      lower: Math.exp(e - z * s),
      upper: Math.exp(e + z * s),
      link: e,
      linkSe: s,
    });
  }
  return out;
}

/**
 * Predicted counts for new data from a fitted model, with link-scale delta-method standard errors and
 * exponentiated (always positive) intervals; one result per row of `newdata`, in order; `ciLevel`
 * defaults to the model spec's (as do the other inference functions taking a fitted model). See
 * {@link predictWith} for the method. Reference: R `predict.glm(se.fit = TRUE)`; Stata `predictnl`.
 * @throws PeacepanelError when newdata lacks a model variable, has a missing value, or `ciLevel` is not in (0.5, 1).
 * @example // africa-cm, COUNTRY_MONTH_SPEC: 5,000 UN and 2,000 non-UN troops, 10 deaths the month before, 2 years in
 * predict(countryMonthModel, [{ un_troops_k_lag1: 5, nonun_troops_k_lag1: 2, battle_deaths_lag1: 10, conflict_duration: 24 }])[0]?.fit // => 61.68026858543863
 */
export function predict(model: FittedModel, newdata: NewData, opts: { ciLevel?: number } = {}): Prediction[] {
  return predictWith(predictionModelOf(model), newdata, {
    ...opts,
    ciLevel: opts.ciLevel ?? model.spec.ciLevel,
  });
}
