import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { twoSidedNormalP } from '../special/index.js';
import type { Table } from '../table.js';
import { asTable, type NewData, zFor } from './predict.js';
import { linearPredictions, type PredictionModel, quadraticForm } from './prediction-model.js';
import { predictionModelOf, requireAllRows } from './prediction-model-of.js';

/** An estimate with its delta-method standard error, z test and normal interval. */
export interface DeltaEstimate {
  estimate: number;
  stdError: number;
  z: number;
  p: number;
  lower: number;
  upper: number;
}

/** dμ/dx at one row of new data, with the prediction there. */
export interface Slope extends DeltaEstimate {
  variable: string;
  /** Predicted count μ at the row. */
  fit: number;
}

/** The average of dμ/dx over the rows of a data set. */
export interface AverageSlope extends DeltaEstimate {
  variable: string;
  /** Rows averaged over. */
  n: number;
}

/** Per-row slopes dμ/dx and their gradients with respect to β (n × k row-major). */
interface SlopeParts {
  n: number;
  k: number;
  slope: Float64Array;
  gradient: Float64Array;
  mu: Float64Array;
}

/**
 * dμ_i/dx and ∂(dμ_i/dx)/∂β for every row. The design's derivative D = ∂X/∂x comes from a central
 * difference of the design rows with step h_i = 1e-5·max(1, |x_i|) (exact up to rounding for x,
 * x², interactions; O(h²) for log, log1p and other transforms), so every formula the design builder
 * accepts is handled. Then dμ/dx = μ·(Dβ) and its gradient is μ·(Dβ)·x + μ·D. A variable that also
 * enters through `lag(x, k)` is shifted in every row, so its lagged copy moves too (a sustained change).
 */
function slopeParts(pm: PredictionModel, table: Table, variable: string, allRows: boolean): SlopeParts {
  const spec = pm.variables.find((v) => v.name === variable);
  const col = table.columns[variable];
  if (spec?.kind !== 'number')
    throw messages.unknownModelVariable(
      variable,
      pm.variables.filter((v) => v.kind === 'number').map((v) => v.name),
    );
  if (col?.kind !== 'number') throw messages.missingColumn(undefined, variable, Object.keys(table.columns));
  const x = col.values;
  const h = new Float64Array(table.n);
  const up = new Float64Array(table.n);
  const down = new Float64Array(table.n);
  for (let i = 0; i < table.n; i++) {
    h[i] = 1e-5 * Math.max(1, Math.abs(x[i]!));
    up[i] = x[i]! + h[i]!;
    down[i] = x[i]! - h[i]!;
  }
  const at = pm.rows(table);
  if (allRows) requireAllRows(at, table, pm);
  const plus = pm.rows(withColumn(table, variable, up));
  const minus = pm.rows(withColumn(table, variable, down));
  const sameRows = (d: typeof at) =>
    d.n === at.n && (!at.rowsUsed || d.rowsUsed?.every((r, i) => r === at.rowsUsed![i]));
  if (!sameRows(plus) || !sameRows(minus))
    throw messages.numericalSlope(
      variable,
      'a step of 1e-5 in it moves rows in or out of the model (e.g. log of 0)',
    );
  const { n, k, X } = at;
  const { mu } = linearPredictions(pm, at);
  const slope = new Float64Array(n);
  const gradient = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    // Design row i comes from table row rowsUsed[i] when rows with missing values were skipped.
    const twoH = 2 * h[at.rowsUsed ? at.rowsUsed[i]! : i]!;
    let dBeta = 0;
    for (let j = 0; j < k; j++) dBeta += ((plus.X[base + j]! - minus.X[base + j]!) / twoH) * pm.beta[j]!;
    // Offsets may depend on x too (e.g. offset(log(x))): add their derivative.
    dBeta += (plus.offset[i]! - minus.offset[i]!) / twoH;
    const m = mu[i]!;
    slope[i] = m * dBeta;
    for (let j = 0; j < k; j++)
      gradient[base + j] = m * dBeta * X[base + j]! + (m * (plus.X[base + j]! - minus.X[base + j]!)) / twoH;
  }
  return { n, k, slope, gradient, mu };
}

function withColumn(table: Table, name: string, values: Float64Array): Table {
  return { n: table.n, columns: { ...table.columns, [name]: { kind: 'number', values } } };
}

function deltaEstimate(estimate: number, variance: number, z: number): DeltaEstimate {
  const se = Math.sqrt(variance);
  const zs = estimate / se;
  return {
    estimate,
    stdError: se,
    z: zs,
    p: twoSidedNormalP(zs),
    lower: estimate - z * se,
    upper: estimate + z * se,
  };
}

/**
 * Marginal effects at values: dμ/dx of a numeric variable at each row of new data (for example a
 * grid of scenarios), with delta-method standard errors and normal intervals, as R's
 * `marginaleffects::slopes(m, newdata = datagrid(...), variables = x)` and Stata's
 * `margins, dydx(x) at(...)`. Interactions and transforms of x are differentiated through the
 * design (Williams 2012, "Using the margins command", Stata Journal 12(2)).
 * @throws PeacepanelError when x is not a numeric variable of the model or newdata lacks a column.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * const pm = predictionModelOf(countryMonthModel);
 * const row = { un_troops_k_lag1: 5, nonun_troops_k_lag1: 2, battle_deaths_lag1: 10, conflict_duration: 24 };
 * slopesWith(pm, [row], { variable: 'un_troops_k_lag1', ciLevel: 0.95 })[0]?.estimate // => 1.25122
 */
export function slopesWith(
  pm: PredictionModel,
  newdata: NewData,
  opts: { variable: string; ciLevel?: number },
): Slope[] {
  const z = zFor(opts.ciLevel ?? 0.95);
  const table = asTable(newdata);
  if (table.n === 0) throw messages.noPredictionRows('the new data have no rows');
  const s = slopeParts(pm, table, opts.variable, true);
  const work = new Float64Array(s.k);
  return Array.from(s.slope, (v, i) => ({
    variable: opts.variable,
    fit: s.mu[i]!,
    ...deltaEstimate(v, quadraticForm(s.gradient, i * s.k, pm.vcov, s.k, work), z),
  }));
}

/**
 * Average marginal effects: the mean over the rows of `data` of dμ/dx for each numeric variable,
 * with the delta-method SE from the averaged gradient, as R's `marginaleffects::avg_slopes(m)` and
 * Stata's `margins, dydx(*)` (Cameron & Trivedi, Microeconometrics, §14.3).
 * Pass the estimation sample to get the usual AME; rows the model cannot use (missing values) are
 * left out and `n` says how many were averaged.
 * @throws PeacepanelError when a variable is not numeric or not in the model.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * averageSlopesWith(predictionModelOf(countryMonthModel), countryMonthPanel, { variables: ['un_troops_k_lag1'], ciLevel: 0.95 })[0]?.estimate // => 1.49658
 */
export function averageSlopesWith(
  pm: PredictionModel,
  data: NewData,
  opts: { variables?: string[]; ciLevel?: number } = {},
): AverageSlope[] {
  const z = zFor(opts.ciLevel ?? 0.95);
  const table = asTable(data);
  if (table.n === 0) throw messages.noPredictionRows('the data have no rows');
  const variables = opts.variables ?? pm.variables.filter((v) => v.kind === 'number').map((v) => v.name);
  return variables.map((variable) => {
    const s = slopeParts(pm, table, variable, false);
    const J = new Float64Array(s.k);
    let mean = 0;
    for (let i = 0; i < s.n; i++) {
      mean += s.slope[i]! / s.n;
      for (let j = 0; j < s.k; j++) J[j] = J[j]! + s.gradient[i * s.k + j]! / s.n;
    }
    return { variable, n: s.n, ...deltaEstimate(mean, quadraticForm(J, 0, pm.vcov, s.k), z) };
  });
}

/**
 * Marginal effects at values from a fitted model: dμ/dx at each row of `newdata` (see {@link slopesWith}).
 * Reference: R `marginaleffects::slopes(newdata = datagrid(...))`; Stata `margins, dydx(x) at(...)`.
 * @throws PeacepanelError when x is not a numeric variable of the model or a row lacks a value.
 * @example const row = { un_troops_k_lag1: 5, nonun_troops_k_lag1: 2, battle_deaths_lag1: 10, conflict_duration: 24 };
 * slopes(countryMonthModel, [row], { variable: 'un_troops_k_lag1' })[0]?.estimate // => 1.25122
 */
export function slopes(
  model: FittedModel,
  newdata: NewData,
  opts: { variable: string; ciLevel?: number },
): Slope[] {
  return slopesWith(predictionModelOf(model), newdata, {
    ...opts,
    ciLevel: opts.ciLevel ?? model.spec.ciLevel,
  });
}

/**
 * Average marginal effects from a fitted model over `data` (see {@link averageSlopesWith}); by default
 * for every numeric variable. Reference: R `marginaleffects::avg_slopes()`; Stata `margins, dydx(*)`.
 * @throws PeacepanelError when a variable is not a numeric variable of the model.
 * @example averageSlopes(countryMonthModel, countryMonthPanel, { variables: ['un_troops_k_lag1'] })[0]?.estimate // => 1.49658
 */
export function averageSlopes(
  model: FittedModel,
  data: NewData,
  opts: { variables?: string[]; ciLevel?: number } = {},
): AverageSlope[] {
  return averageSlopesWith(predictionModelOf(model), data, {
    ...opts,
    ciLevel: opts.ciLevel ?? model.spec.ciLevel,
  });
}
