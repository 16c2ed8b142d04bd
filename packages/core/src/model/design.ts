import { messages } from '../errors.js';
import type { Table } from '../table.js';
import type { Exclusion } from '../types/exclusion.js';
import { deparse } from './deparse.js';
import { fillDesign, type UsedVariable } from './design-fill.js';
import type { DesignColumn, DesignInfo } from './design-info.js';
import {
  type EvaluatedFormula,
  exclusionsOf,
  type FixedEffectCodes,
  fixedEffectLevels,
  selectRows,
} from './design-rows.js';
import { checkDesignSize } from './design-size-guard.js';
import type { EvaluatedVariable } from './evaluate.js';
import { evaluateNumeric, evaluateVariable } from './evaluate.js';
import type { FormulaNode, ParsedFormula } from './formula-ast.js';
import { parseFormula } from './formula-parser.js';
import { evaluateSubset } from './subset.js';
import { expandTerms, type TermStructure } from './terms.js';

/** A design matrix ready for estimation. */
export interface Design {
  info: DesignInfo;
  /** n × p column-major (column j at X[j·n … j·n + n − 1]): the model columns (`info.columns`), then fixed-effect dummies. */
  X: Float64Array;
  n: number;
  p: number;
  /** Number of leading columns that are model columns (the rest are fixed-effect dummies). */
  pModel: number;
  /** Names of all p columns (fixed-effect dummies as `fe::column::level`). */
  names: string[];
  y: Float64Array;
  offset: Float64Array;
  hasOffset: boolean;
  /** Frequency weights of the rows (all > 0; rows of weight 0 are excluded), or null without `weights`. */
  weights: Float64Array | null;
  /** With `oneWayCodes` and a single fixed-effect dimension: each row's level (0 … G−1), and no indicator columns. */
  feGroups: { codes: Int32Array; G: number } | null;
  /** Table row index of each design row. */
  rows: Int32Array;
  exclusions: Exclusion[];
  /** Legal but suspicious input (e.g. a factor with one level), for `result.warnings`. */
  warnings: string[];
  /** Label of each design row for messages (unit and time when known, else the row number). */
  rowLabel: (i: number) => string;
}

/** Options for {@link buildDesign}. */
export interface DesignOptions {
  unit?: string | undefined;
  time?: string | undefined;
  /** Extra columns whose missing values exclude a row (e.g. the cluster column). */
  required?: string[];
  /** Row filter (R's `subset=`, see `evaluateSubset`); rows outside it are reported as excluded. */
  subset?: string | undefined;
  /** Drop fixed-effect levels whose outcome is zero in every row (needed for count models). */
  dropAllZeroLevels?: boolean;
  /**
   * Parameters beyond the design's columns (1 for the negative binomial's θ, 0 for Poisson): set when
   * the design is built for a fit, so that one with no more rows than parameters is refused up front.
   */
  extraParameters?: number | undefined;
  /** Column of frequency weights: ≥ 0 in every row used (else an error naming the row); rows of weight 0 are excluded. */
  weights?: string | undefined;
  /** One fixed-effect dimension as level codes (`feGroups`) instead of indicator columns. */
  oneWayCodes?: boolean;
}

/** The largest count an outcome may hold: integers beyond 2⁵³ are not exact in double precision. */
export const MAX_COUNT = 2 ** 53;
/** The largest magnitude of a regressor or offset: beyond it, products in the fit overflow. */
export const MAX_ABS_VALUE = 1e100;

/**
 * Builds the design matrix of an R-style formula on a table, as R's `model.frame` + `model.matrix`
 * do: treatment contrasts (first sorted level is the reference; a factor gets full indicator coding
 * when the term without it is absent, R's rule), columns in R's order and names. Rows with a missing
 * or non-finite value in any used variable are excluded and reported by reason. Fixed effects after
 * `|` become indicator columns (the first dimension absorbs the intercept); levels whose outcome is
 * zero throughout are dropped and reported.
 * @throws PeacepanelError for a bad formula, unknown column, non-numeric or negative outcome, or no rows left.
 * @example buildDesign('y ~ x + g', table).info.columns.map((c) => c.name) // ['(Intercept)', 'x', 'gb']
 */
export function buildDesign(formula: string, table: Table, opts: DesignOptions = {}): Design {
  const parsed = parseFormula(formula);
  const structure = expandTerms(parsed);
  const f = evaluateFormula(formula, parsed, structure, table, opts);
  const sel = selectRows(f, table, [...parsed.fixedEffects, ...(opts.required ?? [])]);
  checkRanges(sel.keep, f);
  const weightsAll = opts.weights ? checkedWeights(table, opts.weights, sel.keep, sel.reasons) : null;
  const feCodes = fixedEffectLevels(
    parsed.fixedEffects,
    table,
    f.yAll,
    sel,
    opts.dropAllZeroLevels !== false,
  );
  const rowName = rowNamer(table, opts);
  const exclusions = exclusionsOf(sel, formula, f.responseLabel, f.yAll, rowName);
  const keep = sel.keep;
  const variables = usedVariables(structure.variables, f.evaluated, keep);
  const hasFe = feCodes.length > 0;
  // One fixed-effect dimension as level codes: no indicator columns are allocated (the one-way path
  // concentrates the effects out), but they still count as parameters against the rows.
  const asCodes = opts.oneWayCodes === true && feCodes.length === 1;
  const modelColumns = modelColumnsWithinLimits(formula, structure, variables, feCodes, keep.length, {
    asCodes,
    extraParameters: opts.extraParameters,
  });
  const feCols = asCodes ? [] : fixedEffectColumnNames(feCodes);
  const rows = Int32Array.from(keep);
  const pModel = modelColumns.length;
  const p = pModel + feCols.length;
  const filled = fillDesign({
    rows,
    p,
    modelColumns,
    evaluated: f.evaluated,
    variables,
    feCodes,
    asCodes,
    yAll: f.yAll,
    offsets: f.offsets,
  });
  const info: DesignInfo = {
    formula,
    response: parsed.response,
    responseLabel: f.responseLabel,
    variables: variables.map(({ label, node, kind, levels }) => ({
      label,
      node: node as FormulaNode,
      kind,
      levels,
    })),
    termLabels: structure.labels,
    intercept: structure.intercept && !hasFe,
    offsets: structure.offsets,
    columns: modelColumns,
    aliased: modelColumns.map(() => false),
    fixedEffects: feCodes.map((fe) => ({
      column: fe.column,
      levels: fe.levels,
      effects: fe.levels.map(() => 0),
    })),
    unit: opts.unit ?? null,
    time: opts.time ?? null,
  };
  return {
    info,
    ...filled,
    n: rows.length,
    p,
    pModel,
    names: [...modelColumns.map((c) => c.name), ...feCols],
    hasOffset: f.offsets.length > 0,
    weights: weightsAll ? Float64Array.from(keep, (i) => weightsAll[i] as number) : null,
    rows,
    exclusions,
    warnings: singleLevelWarnings(variables),
    rowLabel: (r: number) => rowName(rows[r] as number),
  };
}

/**
 * Checks the columns the formula names exist, then evaluates the response, the variables (lags see the
 * whole table) and offsets on every row, and the subset (R's model.frame applies it after evaluating).
 */
function evaluateFormula(
  formula: string,
  parsed: ParsedFormula,
  structure: TermStructure,
  table: Table,
  opts: DesignOptions,
): EvaluatedFormula {
  const ctx = { table, formula, unit: opts.unit, time: opts.time };
  for (const c of [...parsed.fixedEffects, ...(opts.required ?? [])])
    if (!table.columns[c]) throw messages.missingColumn(undefined, c, Object.keys(table.columns));
  if (parsed.response.type === 'name') {
    const col = table.columns[parsed.response.name];
    if (!col) throw messages.missingColumn(undefined, parsed.response.name, Object.keys(table.columns));
    if (col.kind !== 'number') throw messages.nonNumericOutcome(parsed.response.name);
  }
  return {
    responseLabel: deparse(parsed.response),
    yAll: evaluateNumeric(parsed.response, ctx),
    evaluated: structure.variables.map((v) => evaluateVariable(v.node, ctx)),
    variables: structure.variables,
    offsets: structure.offsets.map((o) => evaluateNumeric(o, ctx)),
    offsetNodes: structure.offsets,
    inSubset: opts.subset === undefined ? undefined : evaluateSubset(opts.subset, table),
    subset: opts.subset,
  };
}

/** How a table row is named in messages: its unit and time when known, else its row number. */
function rowNamer(table: Table, opts: DesignOptions): (i: number) => string {
  return (i: number): string => {
    const u = opts.unit ? table.columns[opts.unit]?.values[i] : undefined;
    const t = opts.time ? table.columns[opts.time]?.values[i] : undefined;
    return u !== undefined && t !== undefined ? `${u} ${t}` : `row ${i + 1}`;
  };
}

/** Refuses negative or inexact counts and regressors or offsets too large to fit. */
function checkRanges(keep: readonly number[], f: EvaluatedFormula): void {
  for (const i of keep) {
    const y = f.yAll[i] as number;
    if (y < 0) throw messages.negativeCount(f.responseLabel, y, i + 1);
    if (y > MAX_COUNT) throw messages.countTooLarge(f.responseLabel, y, i + 1, MAX_COUNT);
  }
  checkMagnitudes(keep, f.evaluated, f.variables, f.offsets);
}

/** Factor levels among the rows used: R drops unused levels in model.frame (drop.unused.levels = TRUE). */
function usedVariables(
  vars: readonly { label: string; node: FormulaNode }[],
  evaluated: readonly EvaluatedVariable[],
  keep: readonly number[],
): UsedVariable[] {
  return vars.map((v, j) => {
    const e = evaluated[j] as EvaluatedVariable;
    if (e.kind === 'number') return { label: v.label, node: v.node, kind: 'number' as const, levels: null };
    const used = new Set<number>();
    for (const i of keep) used.add(e.codes[i] as number);
    const levels = e.levels.filter((_, c) => used.has(c));
    return {
      label: v.label,
      node: v.node,
      kind: 'factor' as const,
      levels,
      remap: e.levels.map((l) => levels.indexOf(l)),
    };
  });
}

/** Legal but suspicious: a factor with a single level among the rows used adds no column. */
function singleLevelWarnings(variables: readonly UsedVariable[]): string[] {
  const warnings: string[] = [];
  for (const v of variables)
    if (v.kind === 'factor' && v.levels.length < 2)
      warnings.push(
        `factor ${v.label} has a single level (${v.levels[0] ?? 'none'}) among the rows used, so it adds no column (R stops with "contrasts can be applied only to factors with 2 or more levels")`,
      );
  return warnings;
}

/**
 * The model columns in R's order (without the intercept when fixed effects absorb it), refusing a
 * design too large or with more parameters than rows before it is enumerated or allocated (per term
 * only the size limits: the rows check needs the final count of columns).
 */
function modelColumnsWithinLimits(
  formula: string,
  structure: TermStructure,
  variables: readonly UsedVariable[],
  feCodes: readonly FixedEffectCodes[],
  rows: number,
  o: { asCodes: boolean; extraParameters: number | undefined },
): DesignColumn[] {
  const hasFe = feCodes.length > 0;
  let feCount = 0;
  feCodes.forEach((fe, d) => {
    feCount += fe.levels.length - (d === 0 ? 0 : 1);
  });
  const guard = (modelColumns: number, final: boolean) =>
    checkDesignSize({
      formula,
      rows,
      modelColumns,
      fixedEffectColumns: o.asCodes ? 0 : feCount,
      concentratedEffects: o.asCodes ? feCount : 0,
      extraParameters: final ? o.extraParameters : undefined,
    });
  const columns = designColumns(structure.terms, [...variables], structure.intercept || hasFe, (k) =>
    guard(k, false),
  );
  const modelColumns = hasFe ? columns.filter((c) => c.parts.length > 0) : columns;
  guard(modelColumns.length, true);
  return modelColumns;
}

/** Names of the fixed-effect indicator columns, `fe::column::level` (the first dimension keeps all levels). */
function fixedEffectColumnNames(feCodes: readonly FixedEffectCodes[]): string[] {
  const names: string[] = [];
  feCodes.forEach((fe, d) => {
    for (let l = d === 0 ? 0 : 1; l < fe.levels.length; l++) names.push(`fe::${fe.column}::${fe.levels[l]}`);
  });
  return names;
}

/**
 * Reads a frequency-weight column for the rows in `keep`: a missing, negative or non-finite weight is
 * an error naming its row; rows of weight 0 are removed from `keep` and reported in `reasons` (R's
 * `glm` gives them no influence and leaves them out of `nobs`). Returns the weights of all table rows.
 * @throws PeacepanelError `MISSING_COLUMN`, or `BAD_VALUE` for a non-numeric column or a bad weight.
 * @example checkedWeights(table, 'w', keep, reasons)
 */
function checkedWeights(
  table: Table,
  column: string,
  keep: number[],
  reasons: Map<string, number[]>,
): Float64Array {
  const col = table.columns[column];
  if (!col) throw messages.missingColumn(undefined, column, Object.keys(table.columns));
  if (col.kind !== 'number') throw messages.nonNumericWeight(column);
  const values = col.values as Float64Array;
  const zero: number[] = [];
  for (const i of keep) {
    const w = values[i] as number;
    if (!(w >= 0) || !Number.isFinite(w)) throw messages.badWeight(column, w, i + 1);
    if (w === 0) zero.push(i);
  }
  if (zero.length) {
    reasons.set(`weight ${column} is 0`, zero);
    const dropped = new Set(zero);
    const kept = keep.filter((i) => !dropped.has(i));
    keep.length = 0;
    for (const i of kept) keep.push(i);
  }
  return values;
}

/**
 * The columns of `model.matrix` for the given terms, in R's order and with R's names (R's `TermCode`
 * in src/library/stats/src/model.c): in each term, a factor is coded by treatment contrasts when the
 * term without it is empty or contained in an earlier term, otherwise by indicators of all its levels;
 * without an intercept, the first factor of the first term that has one gets all its levels. Within a
 * term the first variable varies fastest.
 * `beforeTerm` is called with the number of columns the design will have after the next term, before
 * its columns are enumerated (so a size guard can refuse an interaction of many-level factors first).
 * @example designColumns([[0]], [{ label: 'g', kind: 'factor', levels: ['a', 'b'] }], true) // (Intercept), gb
 */
export function designColumns(
  terms: number[][],
  variables: { label: string; kind: 'number' | 'factor'; levels: string[] | null }[],
  intercept: boolean,
  beforeTerm?: (columns: number) => void,
): DesignColumn[] {
  const cols: DesignColumn[] = [];
  if (intercept) cols.push({ name: '(Intercept)', parts: [] });
  const earlier: number[][] = [];
  let fullCodingPending = !intercept;
  for (const term of terms) {
    // Each variable's list of (level, name suffix) choices.
    const choices = term.map((v) => {
      const info = variables[v] as { label: string; kind: string; levels: string[] | null };
      if (info.kind === 'number') return [{ level: -1, name: info.label }];
      const without = term.filter((u) => u !== v);
      let contrasts = without.length === 0 || earlier.some((t) => without.every((u) => t.includes(u)));
      if (fullCodingPending) {
        contrasts = false;
        fullCodingPending = false;
      }
      const levels = info.levels ?? [];
      return levels.map((l, j) => ({ level: j, name: `${info.label}${l}` })).slice(contrasts ? 1 : 0);
    });
    const total = choices.reduce((a, c) => a * c.length, 1);
    beforeTerm?.(cols.length + total);
    for (let idx = 0; idx < total; idx++) {
      let rest = idx;
      const parts: { variable: number; level: number }[] = [];
      const names: string[] = [];
      term.forEach((v, j) => {
        const ch = choices[j] as { level: number; name: string }[];
        const pick = ch[rest % ch.length] as { level: number; name: string };
        rest = Math.floor(rest / ch.length);
        parts.push({ variable: v, level: pick.level });
        names.push(pick.name);
      });
      cols.push({ name: names.join(':'), parts });
    }
    earlier.push(term);
  }
  return cols;
}

/** Refuses regressor and offset values so large that the fit's products overflow, at their first row. */
function checkMagnitudes(
  keep: readonly number[],
  evaluated: readonly EvaluatedVariable[],
  variables: readonly { label: string }[],
  offsets: readonly Float64Array[],
): void {
  const check = (values: Float64Array, label: string) => {
    for (const i of keep) {
      const x = values[i] as number;
      if (Math.abs(x) > MAX_ABS_VALUE) throw messages.valueTooLarge(label, x, i + 1, MAX_ABS_VALUE);
    }
  };
  evaluated.forEach((e, v) => {
    if (e.kind === 'number') check(e.values, (variables[v] as { label: string }).label);
  });
  for (const o of offsets) check(o, 'offset');
}
