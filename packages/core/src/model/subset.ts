import { messages } from '../errors.js';
import type { Table } from '../table.js';

/**
 * The syntax tree of a row filter (R's `subset=`): comparisons of columns, numbers and strings joined by
 * `&`, `|` and `!`. Plain data, so a spec carrying it stays structured-clone safe.
 */
export type SubsetNode =
  | { type: 'num'; value: number; pos: number }
  | { type: 'str'; value: string; pos: number }
  | { type: 'name'; name: string; pos: number }
  | { type: 'not'; arg: SubsetNode; pos: number }
  | { type: 'logic'; op: '&' | '|'; left: SubsetNode; right: SubsetNode; pos: number }
  | { type: 'compare'; op: CompareOp; left: SubsetNode; right: SubsetNode; pos: number };

type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

type Token =
  | { kind: 'num'; value: number; pos: number }
  | { kind: 'str'; value: string; pos: number }
  | { kind: 'name'; value: string; pos: number }
  | { kind: 'op'; value: string; pos: number }
  | { kind: 'end'; pos: number };

/** Longest first, so `<=` is read before `<` and `&&` before `&`. */
const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '&', '|', '!', '(', ')'];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    const rest = src.slice(i);
    if (/\s/.test(ch)) i++;
    else if (/^-?(?:\d|\.\d)/.test(rest)) {
      const text = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest)?.[0] ?? ch;
      out.push({ kind: 'num', value: Number(text), pos: i });
      i += text.length;
    } else if (/[A-Za-z_.]/.test(ch)) {
      const text = /^[A-Za-z_.][A-Za-z0-9_.]*/.exec(rest)?.[0] ?? ch;
      out.push({ kind: 'name', value: text, pos: i });
      i += text.length;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      const end = src.indexOf(ch, i + 1);
      if (end < 0) throw messages.badSubset(src, `unclosed ${ch === '`' ? 'backquote' : 'quote'}`, i);
      const value = src.slice(i + 1, end);
      out.push(ch === '`' ? { kind: 'name', value, pos: i } : { kind: 'str', value, pos: i });
      i = end + 1;
    } else {
      const op = OPERATORS.find((o) => rest.startsWith(o));
      if (!op)
        throw messages.badSubset(
          src,
          `unexpected character "${ch}"${ch === '=' ? ' (equality is "==")' : ''}`,
          i,
        );
      out.push({ kind: 'op', value: op.length === 2 && op[0] === op[1] && op !== '==' ? ch : op, pos: i });
      i += op.length;
    }
  }
  out.push({ kind: 'end', pos: src.length });
  return out;
}

/**
 * Parses a row filter as R reads a `subset=` argument: `|` binds loosest, then `&`, then `!`, then the
 * comparisons `== != < <= > >=`; operands are column names (backquoted when needed), numbers and
 * quoted strings, and parentheses group. `&&`/`||` are read as `&`/`|`. No other R is evaluated.
 * @throws PeacepanelError `BAD_SPEC` naming the character position.
 * @example parseSubset('year >= 1993 & year <= 2018').type // => 'logic'
 */
export function parseSubset(source: string): SubsetNode {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i] as Token;
  const isOp = (v: string) => peek().kind === 'op' && (peek() as { value: string }).value === v;
  const fail = (detail: string): never => {
    const t = peek();
    const found = t.kind === 'end' ? 'the end' : `"${'value' in t ? t.value : ''}"`;
    throw messages.badSubset(source, `${detail} but found ${found}`, t.pos);
  };
  const logic = (op: '&' | '|', inner: () => SubsetNode) => (): SubsetNode => {
    let left = inner();
    while (isOp(op)) {
      const pos = peek().pos;
      i++;
      left = { type: 'logic', op, left, right: inner(), pos };
    }
    return left;
  };
  const atom = (): SubsetNode => {
    const t = tokens[i++] as Token;
    if (t.kind === 'num') return { type: 'num', value: t.value, pos: t.pos };
    if (t.kind === 'str') return { type: 'str', value: t.value, pos: t.pos };
    if (t.kind === 'name') return { type: 'name', name: t.value, pos: t.pos };
    if (t.kind === 'op' && t.value === '(') {
      const inner = or();
      if (!isOp(')')) fail('expected ")"');
      i++;
      return inner;
    }
    i--;
    return fail('expected a column, a number, a quoted string or "("');
  };
  const compare = (): SubsetNode => {
    const left = atom();
    const t = peek();
    if (t.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.value)) {
      i++;
      return { type: 'compare', op: t.value as CompareOp, left, right: atom(), pos: t.pos };
    }
    return left;
  };
  const not = (): SubsetNode => {
    if (!isOp('!')) return compare();
    const pos = peek().pos;
    i++;
    return { type: 'not', arg: not(), pos };
  };
  const and = logic('&', not);
  const or = logic('|', and);
  if (peek().kind === 'end') fail('expected a condition such as "year >= 1993"');
  const tree = or();
  if (peek().kind !== 'end') fail('expected "&", "|", a comparison or the end');
  return tree;
}

/** Three-valued logic as R's: 0 false, 1 true, 2 missing (NA). */
const NA = 2;

/** A value of the filter language on every row: numbers (NaN missing), strings (null missing) or logicals. */
type Values =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'string'; values: (string | null)[] }
  | { kind: 'logical'; values: Uint8Array };

/**
 * Evaluates a row filter (R's `subset=`) on every row of a table, with R's three-valued logic: a
 * comparison involving a missing value is missing, `NA & FALSE` is false, `NA | TRUE` is true. A
 * numeric operand used as a condition is true when non-zero, as in R.
 * @returns 1 where the row is in the subset, 0 where it is not, 2 where the condition is missing.
 * @throws PeacepanelError `BAD_SPEC` for a bad expression, naming an unknown column and the table's columns.
 * @example evaluateSubset('year >= 1993 & year <= 2018', tableFromRows([{ year: 1990 }, { year: 1993 }, { year: 2019 }])) // => Uint8Array.of(0, 1, 0)
 */
export function evaluateSubset(source: string, table: Table): Uint8Array {
  const tree = parseSubset(source);
  return asLogical(source, evaluate(source, tree, table), tree.pos);
}

function evaluate(source: string, node: SubsetNode, table: Table): Values {
  const n = table.n;
  switch (node.type) {
    case 'num':
      return { kind: 'number', values: new Float64Array(n).fill(node.value) };
    case 'str':
      return { kind: 'string', values: new Array<string>(n).fill(node.value) };
    case 'name': {
      const col = table.columns[node.name];
      if (!col) throw messages.unknownSubsetColumn(source, node.name, Object.keys(table.columns));
      return col;
    }
    case 'not': {
      const a = asLogical(source, evaluate(source, node.arg, table), node.arg.pos);
      return { kind: 'logical', values: a.map((x) => (x === NA ? NA : 1 - x)) };
    }
    case 'logic': {
      const a = asLogical(source, evaluate(source, node.left, table), node.left.pos);
      const b = asLogical(source, evaluate(source, node.right, table), node.right.pos);
      const out = new Uint8Array(n);
      for (let r = 0; r < n; r++) {
        const x = a[r] as number;
        const y = b[r] as number;
        if (node.op === '&') out[r] = x === 0 || y === 0 ? 0 : x === NA || y === NA ? NA : 1;
        else out[r] = x === 1 || y === 1 ? 1 : x === NA || y === NA ? NA : 0;
      }
      return { kind: 'logical', values: out };
    }
    case 'compare':
      return compareValues(
        source,
        node,
        evaluate(source, node.left, table),
        evaluate(source, node.right, table),
      );
  }
}

function compareValues(
  source: string,
  node: Extract<SubsetNode, { type: 'compare' }>,
  a: Values,
  b: Values,
): Values {
  if (a.kind === 'logical' || b.kind === 'logical')
    throw messages.badSubset(
      source,
      `"${node.op}" compares a condition; put comparisons inside "&" or "|"`,
      node.pos,
    );
  if (a.kind !== b.kind)
    throw messages.badSubset(
      source,
      `"${node.op}" compares text with a number; quote the value for a text column, or drop the quotes for a numeric one`,
      node.pos,
    );
  const out = new Uint8Array(a.values.length);
  for (let r = 0; r < out.length; r++) {
    const x = a.values[r] as number | string | null;
    const y = b.values[r] as number | string | null;
    if (
      x === null ||
      y === null ||
      (typeof x === 'number' && Number.isNaN(x)) ||
      (typeof y === 'number' && Number.isNaN(y))
    )
      out[r] = NA;
    else out[r] = compareOne(node.op, x, y) ? 1 : 0;
  }
  return { kind: 'logical', values: out };
}

function compareOne(op: CompareOp, x: number | string, y: number | string): boolean {
  switch (op) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
  }
}

function asLogical(source: string, v: Values, pos: number): Uint8Array {
  if (v.kind === 'logical') return v.values;
  if (v.kind === 'string')
    throw messages.badSubset(source, 'text is not a condition; compare it, e.g. country == "Mali"', pos);
  return Uint8Array.from(v.values, (x) => (Number.isNaN(x) ? NA : x !== 0 ? 1 : 0));
}

/**
 * The column names a row filter reads, in order of first appearance.
 * @example subsetColumns('year >= 1993 & !(country == "Mali")') // => ['year', 'country']
 */
export function subsetColumns(source: string): string[] {
  const out: string[] = [];
  const walk = (node: SubsetNode): void => {
    if (node.type === 'name' && !out.includes(node.name)) out.push(node.name);
    else if (node.type === 'not') walk(node.arg);
    else if (node.type === 'logic' || node.type === 'compare') {
      walk(node.left);
      walk(node.right);
    }
  };
  walk(parseSubset(source));
  return out;
}
