import type { FittedModel } from '../estimators/fitted-model.js';
import type { PredictionModel } from './prediction-model.js';
import { predictionModelOf } from './prediction-model-of.js';
import { scenarioBase } from './scenario-rows.js';

/**
 * Rows for predictions or marginal effects at chosen values: every combination of `values` (first
 * variable varying slowest), other numeric variables at their sample means and factors at their
 * reference level (or at `at`), as R's `marginaleffects::datagrid()` and Stata's `margins, at()`.
 * @throws PeacepanelError when a numeric variable has no recorded mean and no value in `at`.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * datagridWith(predictionModelOf(countryMonthModel), { un_troops_k_lag1: [0, 5, 10], nonun_troops_k_lag1: [0, 2] }).length // => 6
 */
export function datagridWith(
  pm: PredictionModel,
  values: Record<string, readonly (number | string)[]>,
  at: Record<string, number | string> = {},
): Record<string, number | string>[] {
  const names = Object.keys(values);
  const base = scenarioBase(pm, at, names).values;
  let rows: Record<string, number | string>[] = [{ ...base }];
  for (const name of names)
    rows = rows.flatMap((r) => (values[name] ?? []).map((v) => ({ ...r, [name]: v })));
  return rows;
}

/**
 * Rows at chosen values for a fitted model (see {@link datagridWith}).
 * @example const grid = datagrid(countryMonthModel, { nonun_troops_k_lag1: [0, 5] });
 * slopes(countryMonthModel, grid, { variable: 'un_troops_k_lag1' }).length // => 2
 */
export function datagrid(
  model: FittedModel,
  values: Record<string, readonly (number | string)[]>,
  at: Record<string, number | string> = {},
): Record<string, number | string>[] {
  return datagridWith(predictionModelOf(model), values, at);
}
