import { messages } from '../errors.js';
import type { Column, Table } from '../table.js';
import type { PredictionModel } from './prediction-model.js';

/** The value every model variable takes in a scenario, and where it came from. */
export interface ScenarioBase {
  values: Record<string, number | string>;
  /** Variables set to their sample mean, or to the reference level of a factor. */
  atMeans: string[];
  atReference: string[];
}

/**
 * Values for every variable of the model: those in `at`, the sample mean for other numeric
 * variables (of the raw column, as `marginaleffects::datagrid()` does: `log1p(lag)` is evaluated at
 * the mean lag), the reference (first) level for other factors.
 * @throws PeacepanelError when a numeric variable has no `at` value and the model recorded no sample means.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * scenarioBase(predictionModelOf(countryMonthModel), { nonun_troops_k_lag1: 2 }, ['un_troops_k_lag1']).values.nonun_troops_k_lag1 // => 2
 */
export function scenarioBase(
  pm: PredictionModel,
  at: Record<string, number | string> = {},
  varied: readonly string[] = [],
): ScenarioBase {
  const values: Record<string, number | string> = {};
  const atMeans: string[] = [];
  const atReference: string[] = [];
  for (const v of pm.variables) {
    if (varied.includes(v.name)) continue;
    const given = at[v.name];
    if (given !== undefined) values[v.name] = given;
    else if (v.kind === 'factor') {
      values[v.name] = v.levels?.[0] ?? '';
      atReference.push(v.name);
    } else {
      const mean = pm.sample?.means[v.name];
      if (mean === undefined || !Number.isFinite(mean))
        throw messages.badOption(
          'at',
          JSON.stringify(at),
          `an object giving a value for "${v.name}" (the model recorded no sample mean for it)`,
        );
      values[v.name] = mean;
      atMeans.push(v.name);
    }
  }
  return { values, atMeans, atReference };
}

/**
 * A table with `n` rows: each base value repeated, plus the varied columns given in full.
 * @example scenarioTable({ lag: 3 }, { un: new Float64Array([0, 1]) }, 2)
 */
export function scenarioTable(
  base: Record<string, number | string>,
  varied: Record<string, Float64Array>,
  n: number,
): Table {
  const columns: Record<string, Column> = {};
  for (const [name, v] of Object.entries(base))
    columns[name] =
      typeof v === 'number'
        ? { kind: 'number', values: new Float64Array(n).fill(v) }
        : { kind: 'string', values: new Array<string | null>(n).fill(v) };
  for (const [name, values] of Object.entries(varied)) columns[name] = { kind: 'number', values };
  return { n, columns };
}
