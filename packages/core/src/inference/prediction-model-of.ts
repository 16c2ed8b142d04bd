import { messages } from '../errors.js';
import type { FittedModel } from '../estimators/fitted-model.js';
import { modelMatrixFor } from '../estimators/model-matrix-for.js';
import type { FormulaNode } from '../model/formula-ast.js';
import type { Table } from '../table.js';
import type { DesignRows, PredictionModel } from './prediction-model.js';

/** Raw column names an expression reads (`log1p(lag(x, 1))` → x). */
function columnsOf(node: FormulaNode, out: Set<string>): Set<string> {
  switch (node.type) {
    case 'name':
      out.add(node.name);
      break;
    case 'call':
      for (const a of node.args) columnsOf(a, out);
      break;
    case 'binary':
      columnsOf(node.left, out);
      columnsOf(node.right, out);
      break;
    case 'unary':
      columnsOf(node.arg, out);
      break;
    case 'paren':
      columnsOf(node.inner, out);
      break;
    case 'num':
      break;
  }
  return out;
}

/**
 * The view of a `FittedModel` that predictions, marginal effects and contrasts use: β and its
 * covariance as typed arrays, the raw columns the formula reads (numeric, or factors with the fit's
 * levels; fixed-effect columns count as factors), the sample summaries, and design rows for new data
 * from `modelMatrixFor` (same transforms, contrasts, offsets and fixed effects as the fit).
 * @example predictionModelOf(fitModelDetailed({ formula: 'Days ~ Eth' }, quine)).terms // => ['(Intercept)', 'EthN']
 */
export function predictionModelOf(model: FittedModel): PredictionModel {
  const d = model.design;
  const k = model.beta.length;
  const vcov = new Float64Array(k * k);
  model.vcov.forEach((row, i) => {
    row.forEach((v, j) => {
      vcov[i * k + j] = v;
    });
  });
  const variables: PredictionModel['variables'] = [];
  const seen = new Set<string>();
  const add = (name: string, kind: 'number' | 'factor', levels: string[] | null) => {
    if (seen.has(name)) return;
    seen.add(name);
    variables.push({ name, kind, levels });
  };
  for (const v of d.variables)
    for (const name of columnsOf(v.node, new Set())) {
      const numeric = model.sample.means[name] !== undefined;
      add(name, numeric ? 'number' : 'factor', numeric ? null : v.levels);
    }
  for (const o of d.offsets) for (const name of columnsOf(o, new Set())) add(name, 'number', null);
  for (const fe of d.fixedEffects) add(fe.column, 'factor', fe.levels);
  return {
    terms: model.result.coefficients.filter((c) => !c.aliased).map((c) => c.term),
    beta: Float64Array.from(model.beta),
    vcov,
    variables,
    sample: model.sample,
    vcovType: model.result.vcovType,
    rows(table: Table): DesignRows {
      const m = modelMatrixFor(model, table);
      return { n: m.n, k: m.k, X: m.X, offset: m.offset, rowsUsed: m.rowsUsed };
    },
  };
}

/**
 * Throws when design rows skipped some rows of new data (a missing value, an unseen factor level or
 * an unknown fixed-effect level), naming the first such row and the model's columns that are empty there.
 * @throws PeacepanelError BAD_VALUE (`messages.incompletePredictionRow`).
 * @example const pm = predictionModelOf(fitModelDetailed({ formula: 'Days ~ Eth' }, quine));
 * const table = tableFromRows([{ Eth: 'A' }, { Eth: 'X' }]);
 * requireAllRows(pm.rows(table), table, pm) // => throws
 */
export function requireAllRows(d: DesignRows, table: Table, pm: PredictionModel): void {
  if (d.n === table.n) return;
  const used = new Set(d.rowsUsed ?? []);
  let row = 0;
  while (used.has(row)) row++;
  const empty = pm.variables
    .map((v) => v.name)
    .filter((name) => {
      const c = table.columns[name];
      if (!c) return true;
      const x = c.values[row];
      return x === null || x === undefined || (typeof x === 'number' && Number.isNaN(x));
    });
  throw messages.incompletePredictionRow(row, empty, table.n - d.n);
}
