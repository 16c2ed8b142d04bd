import { isUserError, messages } from '../../errors.js';
import { aliasedColumns } from '../../linalg/cholesky.js';
import { gramWeighted } from '../../linalg/column-major.js';
import { buildDesign, type Design } from '../../model/design.js';
import type { Table } from '../../table.js';
import type { Exclusion } from '../result.js';
import type { TwoPartData } from './data.js';
import { splitTwoPartFormula } from './formula.js';

/** The design of a two-part model on the rows both parts can use, with R's column names. */
export interface TwoPartDesign {
  data: TwoPartData;
  countNames: string[];
  zeroNames: string[];
  countFormula: string;
  zeroFormula: string;
  responseLabel: string;
  /** Table row index of each design row. */
  rows: Int32Array;
  exclusions: Exclusion[];
  warnings: string[];
}

/**
 * Builds the count and zero design matrices of `y ~ count terms | zero terms` (see
 * `splitTwoPartFormula`) on the rows where neither part has a missing value, as pscl's joint
 * `model.frame` does; rows excluded only by the zero part are reported separately. Fixed effects
 * (`| unit`) are not available here: put `factor(unit)` among the count terms. Columns aliased in
 * either part are dropped with a warning (R would give NA).
 * @throws PeacepanelError for a bad formula, unknown column (errors in the zero part say so), or bad outcome.
 * @example buildTwoPartDesign('Days ~ Eth + Lrn | Eth', quine).zeroNames // => ['(Intercept)', 'EthN']
 */
export function buildTwoPartDesign(
  formula: string,
  table: Table,
  opts: { required?: string[]; unit?: string | undefined; time?: string | undefined } = {},
): TwoPartDesign {
  const split = splitTwoPartFormula(formula);
  const designOpts = { required: opts.required ?? [], unit: opts.unit, time: opts.time };
  const count = buildDesign(split.count, table, designOpts);
  let zero: Design;
  try {
    zero = buildDesign(split.zero, table, designOpts);
  } catch (e) {
    throw isUserError(e) ? messages.inZeroPart(formula, split.zeroTerms, e) : e;
  }
  const inZero = new Map<number, number>();
  zero.rows.forEach((row, r) => {
    inZero.set(row, r);
  });
  const keepCount: number[] = [];
  const keepZero: number[] = [];
  const droppedByZero: string[] = [];
  count.rows.forEach((row, r) => {
    const z = inZero.get(row);
    if (z === undefined) droppedByZero.push(count.rowLabel(r));
    else {
      keepCount.push(r);
      keepZero.push(z);
    }
  });
  const exclusions = [...count.exclusions];
  if (droppedByZero.length)
    exclusions.push({
      reason: `missing value in the zero part (${zero.exclusions.map((e) => e.reason).join('; ')})`,
      count: droppedByZero.length,
      examples: droppedByZero.slice(0, 20),
    });
  const warnings = [...count.warnings, ...zero.warnings.filter((w) => !count.warnings.includes(w))];
  const c = subsetColumns(count, keepCount, 'count', warnings);
  const z = subsetColumns(zero, keepZero, 'zero', warnings);
  const n = keepCount.length;
  return {
    data: {
      n,
      y: Float64Array.from(keepCount, (r) => count.y[r] as number),
      xCount: c.X,
      kCount: c.names.length,
      offsetCount: Float64Array.from(keepCount, (r) => count.offset[r] as number),
      xZero: z.X,
      kZero: z.names.length,
      offsetZero: Float64Array.from(keepZero, (r) => zero.offset[r] as number),
    },
    countNames: c.names,
    zeroNames: z.names,
    countFormula: split.count,
    zeroFormula: split.zero,
    responseLabel: count.info.responseLabel,
    rows: Int32Array.from(keepCount, (r) => count.rows[r] as number),
    exclusions,
    warnings,
  };
}

/** The chosen rows of a design, without aliased (collinear) columns. */
function subsetColumns(
  d: Design,
  keep: number[],
  part: 'count' | 'zero',
  warnings: string[],
): { X: Float64Array; names: string[] } {
  const n = keep.length;
  const all = new Float64Array(n * d.p);
  for (let j = 0; j < d.p; j++)
    keep.forEach((r, i) => {
      all[j * n + i] = d.X[j * d.n + r] as number;
    });
  const aliased = aliasedColumns(gramWeighted(all, n, d.p, null), d.p);
  const cols = d.names.map((_, j) => j).filter((j) => !aliased[j]);
  const dropped = d.names.filter((_, j) => aliased[j]);
  if (dropped.length)
    warnings.push(
      `${dropped.length} ${part}-part coefficient(s) not defined because of singularities (collinear columns dropped): ${dropped.join(', ')}`,
    );
  if (cols.length === d.p) return { X: all, names: d.names };
  const X = new Float64Array(n * cols.length);
  cols.forEach((j, c) => {
    X.set(all.subarray(j * n, (j + 1) * n), c * n);
  });
  return { X, names: cols.map((j) => d.names[j] as string) };
}
