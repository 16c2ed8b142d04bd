import { messages, PeacepanelError } from '../errors.js';
import type { Table } from '../table.js';
import { deparse } from './deparse.js';
import type { FormulaNode } from './formula-ast.js';
import { laggedRowIndex } from './panel-lag.js';

/** A variable evaluated on a table: numbers (NaN = missing) or a factor (codes into sorted levels, −1 = missing). */
export type EvaluatedVariable =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'factor'; codes: Int32Array; levels: string[] };

/** What expression evaluation needs besides the table. */
export interface EvalContext {
  table: Table;
  formula: string;
  unit?: string | undefined;
  time?: string | undefined;
  /** Known factor levels (from the fit) to reuse for new data, by variable label. */
  levels?: Record<string, string[]> | undefined;
}

const UNARY: Record<string, (x: number) => number> = {
  log: Math.log,
  log1p: Math.log1p,
  log2: Math.log2,
  log10: Math.log10,
  exp: Math.exp,
  sqrt: Math.sqrt,
  abs: Math.abs,
  expm1: Math.expm1,
};

/** Formats a numeric factor level as R's `as.character` does (15 significant digits). */
function numberLevel(x: number): string {
  return String(Number(x.toPrecision(15)));
}

/**
 * Evaluates a formula expression on a table: column names, numbers, arithmetic (`+ - * / ^`),
 * `log`, `log1p`, `log2`, `log10`, `exp`, `expm1`, `sqrt`, `abs`, `I()`, `lag(x, k)` (the value of the same
 * panel unit k periods of time earlier, missing when that period is absent; see `laggedRowIndex`), and `factor()`/`as.factor()`. String columns become factors with levels
 * sorted as R sorts them in the C locale (first level is the reference).
 * @throws PeacepanelError `MISSING_COLUMN` / `BAD_FORMULA` naming the column or the function.
 * @example const table = tableFromRows([{ y: 1, x: 0.5 }, { y: 3, x: 1.5 }]);
 * evaluateVariable(parseFormula('y ~ log1p(x)').rhs, { table, formula: 'y ~ log1p(x)' }) // => { kind: 'number', values: [Math.log1p(0.5), Math.log1p(1.5)] }
 */
export function evaluateVariable(node: FormulaNode, ctx: EvalContext): EvaluatedVariable {
  const label = deparse(node);
  if (node.type === 'call' && (node.fn === 'factor' || node.fn === 'as.factor')) {
    if (node.args.length !== 1)
      throw messages.badFormula(ctx.formula, `${node.fn}() takes one argument`, node.pos);
    return toFactor(evaluateVariable(node.args[0] as FormulaNode, ctx), ctx.levels?.[label]);
  }
  if (node.type === 'name') {
    const col = ctx.table.columns[node.name];
    if (!col) throw messages.missingColumn(undefined, node.name, Object.keys(ctx.table.columns));
    if (col.kind === 'number') return { kind: 'number', values: col.values };
    return toFactor(
      { kind: 'factor', codes: new Int32Array(0), levels: [] },
      ctx.levels?.[label],
      col.values,
    );
  }
  return { kind: 'number', values: evaluateNumeric(node, ctx) };
}

function toFactor(
  v: EvaluatedVariable,
  known: string[] | undefined,
  strings?: (string | null)[],
): EvaluatedVariable {
  if (v.kind === 'factor' && !strings)
    return known
      ? recode(
          v.levels.map((l) => l),
          v.codes,
          known,
        )
      : v;
  let labels: (string | null)[];
  let sortKeys: string[] | number[];
  if (strings) {
    labels = strings;
    sortKeys = [...new Set(strings.filter((s): s is string => s !== null))].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
  } else {
    const values = (v as { values: Float64Array }).values;
    labels = Array.from(values, (x) => (Number.isNaN(x) ? null : numberLevel(x)));
    sortKeys = [...new Set(Array.from(values).filter((x) => !Number.isNaN(x)))].sort((a, b) => a - b);
  }
  const levels = known ?? sortKeys.map((k) => (typeof k === 'number' ? numberLevel(k) : k));
  const pos = new Map(levels.map((l, i) => [l, i]));
  const codes = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    codes[i] = l === null || l === undefined ? -1 : (pos.get(l) ?? -2);
  }
  return { kind: 'factor', codes, levels };
}

function recode(levels: string[], codes: Int32Array, known: string[]): EvaluatedVariable {
  const pos = new Map(known.map((l, i) => [l, i]));
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    out[i] = c < 0 ? c : (pos.get(levels[c] as string) ?? -2);
  }
  return { kind: 'factor', codes: out, levels: known };
}

/** Evaluates an arithmetic expression to numbers (NaN = missing or undefined). */
export function evaluateNumeric(node: FormulaNode, ctx: EvalContext): Float64Array {
  const n = ctx.table.n;
  switch (node.type) {
    case 'num':
      return new Float64Array(n).fill(node.value);
    case 'name': {
      const col = ctx.table.columns[node.name];
      if (!col) throw messages.missingColumn(undefined, node.name, Object.keys(ctx.table.columns));
      if (col.kind !== 'number')
        throw new PeacepanelError(
          'BAD_FORMULA',
          `column "${node.name}" holds text, so arithmetic on it is impossible`,
          {
            location: { column: node.name },
            fix: 'use it as a factor (plain name or factor()) or convert it to numbers',
          },
        );
      return col.values;
    }
    case 'paren':
      return evaluateNumeric(node.inner, ctx);
    case 'unary': {
      const a = evaluateNumeric(node.arg, ctx);
      return node.op === '-' ? a.map((x) => -x) : a;
    }
    case 'binary': {
      const a = evaluateNumeric(node.left, ctx);
      const b = evaluateNumeric(node.right, ctx);
      if (node.op === ':')
        throw messages.badFormula(ctx.formula, '":" is not arithmetic; inside I() use "*"', node.pos);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const x = a[i] as number;
        const y = b[i] as number;
        out[i] =
          node.op === '+'
            ? x + y
            : node.op === '-'
              ? x - y
              : node.op === '*'
                ? x * y
                : node.op === '/'
                  ? x / y
                  : node.op === '^'
                    ? x ** y
                    : Number.NaN;
      }
      return out;
    }
    case 'call': {
      const fn = UNARY[node.fn];
      if (fn) {
        if (node.args.length !== 1)
          throw messages.badFormula(ctx.formula, `${node.fn}() takes one argument`, node.pos);
        return evaluateNumeric(node.args[0] as FormulaNode, ctx).map(fn);
      }
      if (node.fn === 'I') {
        if (node.args.length !== 1)
          throw messages.badFormula(ctx.formula, 'I() takes one argument', node.pos);
        return evaluateNumeric(node.args[0] as FormulaNode, ctx);
      }
      if (node.fn === 'lag') return evaluateLag(node, ctx);
      if (node.fn === 'factor' || node.fn === 'as.factor')
        throw messages.badFormula(ctx.formula, 'factor() cannot be used inside arithmetic', node.pos);
      throw messages.badFormula(
        ctx.formula,
        `unknown function "${node.fn}" (known: ${[...Object.keys(UNARY), 'I', 'lag', 'factor', 'offset'].join(', ')})`,
        node.pos,
      );
    }
  }
}

function evaluateLag(node: Extract<FormulaNode, { type: 'call' }>, ctx: EvalContext): Float64Array {
  const [arg, kNode] = node.args;
  if (!arg || node.args.length > 2)
    throw messages.badFormula(ctx.formula, 'lag() takes a variable and a lag, e.g. lag(x, 1)', node.pos);
  const k = kNode === undefined ? 1 : kNode.type === 'num' ? kNode.value : Number.NaN;
  if (!Number.isInteger(k) || k < 1)
    throw messages.badFormula(
      ctx.formula,
      'the lag in lag(x, k) must be a whole number ≥ 1',
      kNode?.pos ?? node.pos,
    );
  if (!ctx.unit || !ctx.time)
    throw new PeacepanelError('BAD_SPEC', 'lag() needs the panel unit and time columns', {
      fix: 'set unit and time in the model spec (CLI: --unit COL --time COL)',
    });
  for (const c of [ctx.unit, ctx.time])
    if (!ctx.table.columns[c]) throw messages.missingColumn(undefined, c, Object.keys(ctx.table.columns));
  const x = evaluateNumeric(arg, ctx);
  const { index, firstDuplicate } = laggedRowIndex(ctx.table, ctx.unit, ctx.time, k);
  if (firstDuplicate) {
    const [row, first] = firstDuplicate;
    const key = `${ctx.table.columns[ctx.unit]?.values[row]} ${ctx.table.columns[ctx.time]?.values[row]}`;
    throw messages.duplicateKey({ line: row + 2, column: ctx.time }, key, first + 2);
  }
  const out = new Float64Array(ctx.table.n);
  for (let i = 0; i < out.length; i++) {
    const j = index[i] as number;
    out[i] = j < 0 ? Number.NaN : (x[j] as number);
  }
  return out;
}
