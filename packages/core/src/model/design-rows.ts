import { PeacepanelError } from '../errors.js';
import type { Table } from '../table.js';
import type { Exclusion } from '../types/exclusion.js';
import { deparse } from './deparse.js';
import type { EvaluatedVariable } from './evaluate.js';
import type { FormulaNode } from './formula-ast.js';

/** The variables of a formula evaluated on every table row (before rows are selected). */
export interface EvaluatedFormula {
  responseLabel: string;
  /** The response on every row. */
  yAll: Float64Array;
  /** Each right-hand variable, in `variables` order. */
  evaluated: EvaluatedVariable[];
  variables: { label: string; node: FormulaNode }[];
  /** Each offset() on every row. */
  offsets: Float64Array[];
  offsetNodes: FormulaNode[];
  /** 1 inside the subset, 0 outside, other (NaN) when the subset is unknown for the row; undefined without one. */
  inSubset: ArrayLike<number> | undefined;
  subset: string | undefined;
}

/** Rows kept, and the rows left out by reason (first reason wins). */
export interface RowSelection {
  keep: number[];
  reasons: Map<string, number[]>;
}

/**
 * Selects the rows a model can use, as R's `model.frame` with `na.action = na.omit` after `subset=`:
 * a row is left out, for the first reason that applies, when it is outside the subset, or a used
 * variable, offset or required column (`alsoRequired`: fixed effects, cluster) is missing or not finite.
 * @example // y ~ 1 where y is missing in row 1 and the required column g in row 2
 * const f = { responseLabel: 'y', yAll: Float64Array.of(1, Number.NaN, 3, 0), evaluated: [], variables: [],
 *   offsets: [], offsetNodes: [], inSubset: undefined, subset: undefined };
 * selectRows(f, tableFromRows([{ g: 'a' }, { g: 'a' }, { g: null }, { g: 'b' }]), ['g'])
 * // => { keep: [0, 3], reasons: new Map([['missing value in y', [1]], ['missing value in g', [2]]]) }
 */
export function selectRows(f: EvaluatedFormula, table: Table, alsoRequired: readonly string[]): RowSelection {
  const missingIn = (i: number): string | null => {
    if (f.inSubset && f.inSubset[i] !== 1)
      return f.inSubset[i] === 0
        ? `outside the subset ${f.subset}`
        : `subset ${f.subset} is missing (NA) for the row`;
    if (!Number.isFinite(f.yAll[i] as number)) return `missing value in ${f.responseLabel}`;
    for (let v = 0; v < f.evaluated.length; v++) {
      const e = f.evaluated[v] as EvaluatedVariable;
      const label = (f.variables[v] as { label: string }).label;
      if (e.kind === 'number') {
        const x = e.values[i] as number;
        if (Number.isNaN(x)) return `missing value in ${label}`;
        if (!Number.isFinite(x)) return `${label} is not finite`;
      } else if ((e.codes[i] as number) < 0) return `missing value in ${label}`;
    }
    for (let o = 0; o < f.offsets.length; o++)
      if (!Number.isFinite((f.offsets[o] as Float64Array)[i] as number))
        return `offset ${deparse(f.offsetNodes[o] as never)} is missing or not finite`;
    for (const c of alsoRequired) {
      const v = table.columns[c]?.values[i];
      if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
        return `missing value in ${c}`;
    }
    return null;
  };
  const reasons = new Map<string, number[]>();
  const keep: number[] = [];
  for (let i = 0; i < table.n; i++) {
    const why = missingIn(i);
    if (why === null) keep.push(i);
    else {
      const list = reasons.get(why) ?? [];
      list.push(i);
      reasons.set(why, list);
    }
  }
  return { keep, reasons };
}

/** The levels of one fixed-effect column among the rows kept, and each table row's level (−1 outside). */
export interface FixedEffectCodes {
  column: string;
  levels: string[];
  codes: Int32Array;
}

/**
 * The fixed-effect levels of the rows kept. Unless `dropAllZeroLevels` is false, levels whose outcome
 * is zero in every row are dropped (their rows reported in `sel.reasons`), repeatedly until none is
 * left (dropping one dimension's level can zero another's), as count-model FE fits need. Levels sort as
 * numbers for a numeric column, else as text. Updates `sel.keep` in place.
 * @example // level c has y = 0 in every row, so it is dropped
 * const sel = { keep: [0, 1, 2, 3], reasons: new Map<string, number[]>() };
 * const data = tableFromRows([{ g: 'a' }, { g: 'b' }, { g: 'c' }, { g: 'b' }]);
 * const [fe] = fixedEffectLevels(['g'], data, Float64Array.of(1, 2, 0, 0), sel, true);
 * [fe?.levels, sel.keep, sel.reasons]
 * // => [['a', 'b'], [0, 1, 3], new Map([['outcome is zero in every row of its g (1 g values dropped: c)', [2]]])]
 */
export function fixedEffectLevels(
  fixedEffects: readonly string[],
  table: Table,
  yAll: Float64Array,
  sel: RowSelection,
  dropAllZeroLevels: boolean,
): FixedEffectCodes[] {
  if (!fixedEffects.length) return [];
  const rows = dropAllZeroLevelRows(fixedEffects, table, yAll, sel, dropAllZeroLevels);
  // no spread into push: a spread of 150,000+ rows overflows the call stack
  const remaining = rows.slice(); // `rows` may be `sel.keep` itself
  const keep = sel.keep;
  keep.length = 0;
  for (const i of remaining) keep.push(i);
  return fixedEffects.map((fe) => {
    const col = table.columns[fe]!;
    const isNum = col.kind === 'number';
    const raw = [...new Set(keep.map((i) => col.values[i] as string | number))];
    raw.sort((a, b) => (isNum ? (a as number) - (b as number) : a < b ? -1 : a > b ? 1 : 0));
    const levels = raw.map(String);
    const pos = new Map(raw.map((v, j) => [v, j]));
    const codes = new Int32Array(table.n).fill(-1);
    for (const i of keep) codes[i] = pos.get(col.values[i] as string | number) as number;
    return { column: fe, levels, codes };
  });
}

/** The kept rows without those of all-zero fixed-effect levels (reported in `sel.reasons`). */
function dropAllZeroLevelRows(
  fixedEffects: readonly string[],
  table: Table,
  yAll: Float64Array,
  sel: RowSelection,
  dropAllZeroLevels: boolean,
): number[] {
  let rows = sel.keep;
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (const fe of fixedEffects) {
      const col = table.columns[fe]!;
      // Keyed by the raw value (a column is all numbers or all text, so this equals keying by text).
      const sums = new Map<string | number, number>();
      for (const i of rows) {
        const k = col.values[i] as string | number;
        sums.set(k, (sums.get(k) ?? 0) + (yAll[i] as number));
      }
      const zero = new Set([...sums].filter(([, s]) => s === 0).map(([k]) => k));
      if (zero.size && dropAllZeroLevels) {
        const why = `outcome is zero in every row of its ${fe} (${zero.size} ${fe} values dropped: ${[...zero].slice(0, 10).join(', ')}${zero.size > 10 ? ', …' : ''})`;
        const dropped = rows.filter((i) => zero.has(col.values[i] as string | number));
        sel.reasons.set(why, [...(sel.reasons.get(why) ?? []), ...dropped]);
        rows = rows.filter((i) => !zero.has(col.values[i] as string | number));
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rows;
}

/**
 * The exclusions of a selection (count and up to 20 example rows per reason); refuses an empty sample
 * or one whose outcome is 0 in every row.
 * @throws PeacepanelError `NO_DATA`.
 * @example const sel = { keep: [0, 2], reasons: new Map([['missing value in x', [1, 3]]]) };
 * exclusionsOf(sel, 'y ~ x', 'y', Float64Array.of(1, 2, 3, 4), (i) => `row ${i + 2}`)
 * // => [{ reason: 'missing value in x', count: 2, examples: ['row 3', 'row 5'] }]
 */
export function exclusionsOf(
  sel: RowSelection,
  formula: string,
  responseLabel: string,
  yAll: Float64Array,
  rowName: (i: number) => string,
): Exclusion[] {
  const exclusions: Exclusion[] = [...sel.reasons].map(([reason, rows]) => ({
    reason,
    count: rows.length,
    examples: rows.slice(0, 20).map(rowName),
  }));
  const keep = sel.keep;
  if (keep.length === 0)
    throw new PeacepanelError(
      'NO_DATA',
      `no rows left to fit ${formula} (${exclusions.map((e) => `${e.count} ${e.reason}`).join('; ')})`,
      {
        fix: 'check the columns for missing values',
      },
    );
  let allZero = true;
  for (const i of keep) if ((yAll[i] as number) !== 0) allZero = false;
  if (allZero)
    throw new PeacepanelError(
      'NO_DATA',
      `outcome ${responseLabel} is 0 in every row used (${keep.length} rows): there is nothing to fit`,
      {
        location: { column: responseLabel },
        fix: 'check the outcome column and the rows excluded for missing values',
      },
    );
  return exclusions;
}
