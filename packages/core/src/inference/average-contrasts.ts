import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import type { Column, Table } from '../table.js';
import { comparePredictionsWith, type PredictionComparison } from './compare-predictions.js';
import { asTable, type NewData } from './predict.js';
import type { PredictionModel } from './prediction-model.js';
import { predictionModelOf } from './prediction-model-of.js';

/** The average effect of moving every row of the data from one value of a variable to another. */
export interface AverageContrast extends PredictionComparison {
  variable: string;
  /** The contrasted value: a factor level, or `x + by` for a numeric variable. */
  level: string;
  /** The reference: the factor's first level, or `x` for a numeric variable. */
  reference: string;
  /** Rows averaged over (rows with missing values are left out). */
  n: number;
}

/** Keeps the rows the model can use (no missing values, known levels). */
function usableRows(pm: PredictionModel, table: Table): Table {
  const d = pm.rows(table);
  if (d.n === table.n || !d.rowsUsed) return table;
  const idx = d.rowsUsed;
  const columns: Record<string, Column> = {};
  for (const [name, col] of Object.entries(table.columns))
    columns[name] =
      col.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(idx, (i) => col.values[i]!) }
        : { kind: 'string', values: Array.from(idx, (i) => col.values[i] ?? null) };
  return { n: idx.length, columns };
}

function setColumn(table: Table, name: string, col: Column): Table {
  return { n: table.n, columns: { ...table.columns, [name]: col } };
}

/**
 * Average contrasts (counterfactual comparisons): every row of `data` is set to a level of a factor
 * and to its reference level (or, for a numeric variable, to x + `by` and x), the predicted counts
 * are averaged, and their difference and ratio get delta-method intervals; as R's
 * `marginaleffects::avg_comparisons(m, variables = x)` (and `avg_slopes` for factors) and Stata's
 * `margins r.x`. Reference: Arel-Bundock, Greifer & Heiss (2024), "How to interpret statistical models
 * using marginaleffects", Journal of Statistical Software.
 * @throws PeacepanelError when the variable is not in the model or the data have no usable rows.
 * @example import { predictionModelOf } from './prediction-model-of.js';
 * const pm = predictionModelOf(fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine));
 * averageContrastsWith(pm, quine, { variable: 'Eth' })[0]?.difference.estimate // => -9.24607
 */
export function averageContrastsWith(
  pm: PredictionModel,
  data: NewData,
  opts: { variable: string; levels?: string[]; by?: number; ciLevel?: number },
): AverageContrast[] {
  const spec = pm.variables.find((v) => v.name === opts.variable);
  if (!spec)
    throw messages.unknownModelVariable(
      opts.variable,
      pm.variables.map((v) => v.name),
    );
  const table = usableRows(pm, asTable(data));
  if (table.n === 0)
    throw messages.noPredictionRows('no row of the data has values for every model variable');
  const cmp = { ciLevel: opts.ciLevel ?? 0.95 };
  if (spec.kind === 'number') {
    const by = opts.by ?? 1;
    const col = table.columns[opts.variable];
    if (col?.kind !== 'number')
      throw messages.missingColumn(undefined, opts.variable, Object.keys(table.columns));
    const shifted = setColumn(table, opts.variable, {
      kind: 'number',
      values: col.values.map((x) => x + by),
    });
    return [
      {
        variable: opts.variable,
        level: `${opts.variable} + ${by}`,
        reference: opts.variable,
        n: table.n,
        ...comparePredictionsWith(pm, shifted, table, cmp),
      },
    ];
  }
  const levels = spec.levels ?? [];
  const reference = levels[0];
  if (reference === undefined) throw messages.unknownModelVariable(opts.variable, []);
  const wanted = opts.levels ?? levels.slice(1);
  const at = (level: string) =>
    setColumn(table, opts.variable, {
      kind: 'string',
      values: new Array<string | null>(table.n).fill(level),
    });
  const base = at(reference);
  return wanted.map((level) => {
    if (!levels.includes(level))
      throw messages.badOption('levels', level, `a level of ${opts.variable} (${levels.join(', ')})`);
    return {
      variable: opts.variable,
      level,
      reference,
      n: table.n,
      ...comparePredictionsWith(pm, at(level), base, cmp),
    };
  });
}

/**
 * Average contrasts from a fitted model (see {@link averageContrastsWith}): for a factor, each level
 * against the reference level; for a numeric variable, a change of `by` (default 1).
 * @throws PeacepanelError when the variable is not in the model or a level is unknown.
 * @example // africa-cm, COUNTRY_MONTH_SPEC: predicted deaths with 1,000 more non-UN troops over the sample
 * averageContrasts(countryMonthModel, countryMonthPanel, { variable: 'nonun_troops_k_lag1', by: 1 })[0]?.ratio.estimate // => 0.980554
 */
export function averageContrasts(
  model: FittedModel,
  data: NewData,
  opts: { variable: string; levels?: string[]; by?: number; ciLevel?: number },
): AverageContrast[] {
  return averageContrastsWith(predictionModelOf(model), data, {
    ...opts,
    ciLevel: opts.ciLevel ?? model.spec.ciLevel,
  });
}
