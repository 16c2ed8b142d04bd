import { messages, PeacepanelError } from '../errors.js';
import type { Exclusion } from '../estimators/result.js';
import type { Table } from '../table.js';
import { deparse } from './deparse.js';
import type { DesignColumn, DesignInfo } from './design-info.js';
import { checkDesignSize } from './design-size-guard.js';
import type { EvaluatedVariable } from './evaluate.js';
import { evaluateNumeric, evaluateVariable } from './evaluate.js';
import { parseFormula } from './formula-parser.js';
import { evaluateSubset } from './subset.js';
import { expandTerms } from './terms.js';

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
 * @example const table = tableFromRows([{ y: 1, x: 0.5, g: 'a' }, { y: 3, x: 1.5, g: 'b' }, { y: 2, x: 2, g: 'b' }]);
 * buildDesign('y ~ x + g', table).info.columns.map((c) => c.name) // => ['(Intercept)', 'x', 'gb']
 */
export function buildDesign(formula: string, table: Table, opts: DesignOptions = {}): Design {
  const parsed = parseFormula(formula);
  const structure = expandTerms(parsed);
  const ctx = { table, formula, unit: opts.unit, time: opts.time };

  for (const fe of parsed.fixedEffects)
    if (!table.columns[fe]) throw messages.missingColumn(undefined, fe, Object.keys(table.columns));
  for (const c of opts.required ?? [])
    if (!table.columns[c]) throw messages.missingColumn(undefined, c, Object.keys(table.columns));

  const responseLabel = deparse(parsed.response);
  if (parsed.response.type === 'name') {
    const col = table.columns[parsed.response.name];
    if (!col) throw messages.missingColumn(undefined, parsed.response.name, Object.keys(table.columns));
    if (col.kind !== 'number') throw messages.nonNumericOutcome(parsed.response.name);
  }
  const yAll = evaluateNumeric(parsed.response, ctx);
  const evaluated: EvaluatedVariable[] = structure.variables.map((v) => evaluateVariable(v.node, ctx));
  const offsets = structure.offsets.map((o) => evaluateNumeric(o, ctx));
  // R's model.frame evaluates the variables (and lags) on all rows, then applies the subset.
  const inSubset = opts.subset === undefined ? undefined : evaluateSubset(opts.subset, table);

  // Row selection: first reason wins.
  const reasons = new Map<string, number[]>();
  const keep: number[] = [];
  const rowName = (i: number): string => {
    const u = opts.unit ? table.columns[opts.unit]?.values[i] : undefined;
    const t = opts.time ? table.columns[opts.time]?.values[i] : undefined;
    return u !== undefined && t !== undefined ? `${u} ${t}` : `row ${i + 1}`;
  };
  const alsoRequired = [...parsed.fixedEffects, ...(opts.required ?? [])];
  const missingIn = (i: number): string | null => {
    if (inSubset && inSubset[i] !== 1)
      return inSubset[i] === 0
        ? `outside the subset ${opts.subset}`
        : `subset ${opts.subset} is missing (NA) for the row`;
    if (!Number.isFinite(yAll[i] as number)) return `missing value in ${responseLabel}`;
    for (let v = 0; v < evaluated.length; v++) {
      const e = evaluated[v] as EvaluatedVariable;
      const label = (structure.variables[v] as { label: string }).label;
      if (e.kind === 'number') {
        const x = e.values[i] as number;
        if (Number.isNaN(x)) return `missing value in ${label}`;
        if (!Number.isFinite(x)) return `${label} is not finite`;
      } else if ((e.codes[i] as number) < 0) return `missing value in ${label}`;
    }
    for (let o = 0; o < offsets.length; o++)
      if (!Number.isFinite((offsets[o] as Float64Array)[i] as number))
        return `offset ${deparse(structure.offsets[o] as never)} is missing or not finite`;
    for (const c of alsoRequired) {
      const v = table.columns[c]?.values[i];
      if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)))
        return `missing value in ${c}`;
    }
    return null;
  };
  for (let i = 0; i < table.n; i++) {
    const why = missingIn(i);
    if (why === null) keep.push(i);
    else {
      const list = reasons.get(why) ?? [];
      list.push(i);
      reasons.set(why, list);
    }
  }

  for (const i of keep) {
    const y = yAll[i] as number;
    if (y < 0) throw messages.negativeCount(responseLabel, y, i + 1);
    if (y > MAX_COUNT) throw messages.countTooLarge(responseLabel, y, i + 1, MAX_COUNT);
  }
  checkMagnitudes(keep, evaluated, structure.variables, offsets);
  const weightsAll = opts.weights ? checkedWeights(table, opts.weights, keep, reasons) : null;

  // Fixed-effect levels, dropping all-zero levels until none is left.
  const feCodes: { column: string; levels: string[]; codes: Int32Array }[] = [];
  if (parsed.fixedEffects.length) {
    let rows = keep;
    for (let pass = 0; pass < 20; pass++) {
      let changed = false;
      for (const fe of parsed.fixedEffects) {
        const col = table.columns[fe]!;
        // Keyed by the raw value (a column is all numbers or all text, so this equals keying by text).
        const sums = new Map<string | number, number>();
        for (const i of rows) {
          const k = col.values[i] as string | number;
          sums.set(k, (sums.get(k) ?? 0) + (yAll[i] as number));
        }
        const zero = new Set([...sums].filter(([, s]) => s === 0).map(([k]) => k));
        if (zero.size && opts.dropAllZeroLevels !== false) {
          const why = `outcome is zero in every row of its ${fe} (${zero.size} ${fe} values dropped: ${[...zero].slice(0, 10).join(', ')}${zero.size > 10 ? ', …' : ''})`;
          const dropped = rows.filter((i) => zero.has(col.values[i] as string | number));
          reasons.set(why, [...(reasons.get(why) ?? []), ...dropped]);
          rows = rows.filter((i) => !zero.has(col.values[i] as string | number));
          changed = true;
        }
      }
      if (!changed) break;
    }
    // no spread into push: a spread of 150,000+ rows overflows the call stack
    const remaining = rows.slice(); // `rows` may be `keep` itself
    keep.length = 0;
    for (const i of remaining) keep.push(i);
    for (const fe of parsed.fixedEffects) {
      const col = table.columns[fe]!;
      const isNum = col.kind === 'number';
      const raw = [...new Set(keep.map((i) => col.values[i] as string | number))];
      raw.sort((a, b) => (isNum ? (a as number) - (b as number) : a < b ? -1 : a > b ? 1 : 0));
      const levels = raw.map(String);
      const pos = new Map(raw.map((v, j) => [v, j]));
      const codes = new Int32Array(table.n).fill(-1);
      for (const i of keep) codes[i] = pos.get(col.values[i] as string | number) as number;
      feCodes.push({ column: fe, levels, codes });
    }
  }

  const exclusions: Exclusion[] = [...reasons].map(([reason, rows]) => ({
    reason,
    count: rows.length,
    examples: rows.slice(0, 20).map(rowName),
  }));
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

  // Factor levels: R drops unused levels in model.frame (drop.unused.levels = TRUE).
  const variables = structure.variables.map((v, j) => {
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

  const designWarnings: string[] = [];
  for (const v of variables)
    if (v.kind === 'factor' && v.levels.length < 2)
      designWarnings.push(
        `factor ${v.label} has a single level (${v.levels[0] ?? 'none'}) among the rows used, so it adds no column (R stops with "contrasts can be applied only to factors with 2 or more levels")`,
      );
  const hasFe = feCodes.length > 0;
  let feCount = 0;
  feCodes.forEach((fe, d) => {
    feCount += fe.levels.length - (d === 0 ? 0 : 1);
  });
  // One fixed-effect dimension as level codes: no indicator columns are allocated (the one-way path
  // concentrates the effects out), but they still count as parameters against the rows.
  const asCodes = opts.oneWayCodes === true && feCodes.length === 1;
  // Refuse a design too large or with more parameters than rows before it is enumerated or allocated.
  // (per term only the size limits: the rows check needs the final count of columns)
  const guard = (modelColumns: number, final: boolean) =>
    checkDesignSize({
      formula,
      rows: keep.length,
      modelColumns,
      fixedEffectColumns: asCodes ? 0 : feCount,
      concentratedEffects: asCodes ? feCount : 0,
      extraParameters: final ? opts.extraParameters : undefined,
    });
  const columns = designColumns(structure.terms, variables, structure.intercept || hasFe, (k) =>
    guard(k, false),
  );
  const modelColumns = hasFe ? columns.filter((c) => c.parts.length > 0) : columns;
  guard(modelColumns.length, true);

  const feCols: string[] = [];
  if (!asCodes)
    feCodes.forEach((fe, d) => {
      for (let l = d === 0 ? 0 : 1; l < fe.levels.length; l++)
        feCols.push(`fe::${fe.column}::${fe.levels[l]}`);
    });
  const pModel = modelColumns.length;
  const p = pModel + feCols.length;
  const n = keep.length;
  const X = new Float64Array(n * p);
  const y = new Float64Array(n);
  const offset = new Float64Array(n);
  const rows = Int32Array.from(keep);
  const weights = weightsAll ? Float64Array.from(keep, (i) => weightsAll[i] as number) : null;

  for (let r = 0; r < n; r++) {
    const i = rows[r] as number;
    y[r] = yAll[i] as number;
    let off = 0;
    for (const o of offsets) off += o[i] as number;
    offset[r] = off;
  }
  // Column by column (column-major): each column is a product of numeric parts and factor indicators.
  const col = new Float64Array(n);
  for (let c = 0; c < pModel; c++) {
    const parts = (modelColumns[c] as DesignColumn).parts;
    col.fill(1);
    for (const part of parts) {
      const e = evaluated[part.variable] as EvaluatedVariable;
      if (part.level < 0) {
        const v = (e as { values: Float64Array }).values;
        for (let r = 0; r < n; r++) col[r] = (col[r] as number) * (v[rows[r] as number] as number);
      } else {
        const codes = (e as { codes: Int32Array }).codes;
        const remap = (variables[part.variable] as { remap: number[] }).remap;
        for (let r = 0; r < n; r++) if (remap[codes[rows[r] as number] as number] !== part.level) col[r] = 0;
      }
    }
    X.set(col, c * n);
  }
  let feCol = pModel;
  const feGroups = asCodes
    ? { codes: Int32Array.from(rows, (i) => feCodes[0]!.codes[i] as number), G: feCodes[0]!.levels.length }
    : null;
  if (!asCodes)
    feCodes.forEach((fe, d) => {
      const first = d === 0 ? 0 : 1;
      for (let r = 0; r < n; r++) {
        const code = fe.codes[rows[r] as number] as number;
        if (code >= first) X[(feCol + code - first) * n + r] = 1;
      }
      feCol += fe.levels.length - first;
    });

  const info: DesignInfo = {
    formula,
    response: parsed.response,
    responseLabel,
    variables: variables.map(({ label, node, kind, levels }) => ({ label, node, kind, levels })),
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
    X,
    n,
    p,
    pModel,
    names: [...modelColumns.map((c) => c.name), ...feCols],
    y,
    offset,
    hasOffset: offsets.length > 0,
    weights,
    feGroups,
    rows,
    exclusions,
    warnings: designWarnings,
    rowLabel: (r: number) => rowName(rows[r] as number),
  };
}

/**
 * Reads a frequency-weight column for the rows in `keep`: a missing, negative or non-finite weight is
 * an error naming its row; rows of weight 0 are removed from `keep` and reported in `reasons` (R's
 * `glm` gives them no influence and leaves them out of `nobs`). Returns the weights of all table rows.
 * @throws PeacepanelError `MISSING_COLUMN`, or `BAD_VALUE` for a non-numeric column or a bad weight.
 * @example const keep = [0, 1];
 * checkedWeights(tableFromRows([{ w: 2 }, { w: 0 }]), 'w', keep, new Map());
 * keep // => [0]
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
 * @example designColumns([[0]], [{ label: 'g', kind: 'factor', levels: ['a', 'b'] }], true).map((c) => c.name) // => ['(Intercept)', 'gb']
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
