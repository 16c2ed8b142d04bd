import { messages } from '../errors.js';
import type { FormulaNode, ParsedFormula } from './formula-ast.js';

type Token =
  | { kind: 'num'; value: number; pos: number }
  | { kind: 'name'; value: string; pos: number }
  | { kind: 'op'; value: string; pos: number }
  | { kind: 'end'; pos: number };

const OPERATORS = new Set(['~', '+', '-', '*', '/', ':', '^', '(', ')', ',', '|']);

/** Splits a formula into tokens; names may contain letters, digits, `_` and `.`, or be `backquoted`. */
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
      const text = m?.[0] ?? ch;
      out.push({ kind: 'num', value: Number(text), pos: i });
      i += text.length;
      continue;
    }
    if (/[A-Za-z_.]/.test(ch)) {
      const m = /^[A-Za-z_.][A-Za-z0-9_.]*/.exec(src.slice(i));
      const text = m?.[0] ?? ch;
      out.push({ kind: 'name', value: text, pos: i });
      i += text.length;
      continue;
    }
    if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw messages.badFormula(src, 'unclosed backquote', i);
      out.push({ kind: 'name', value: src.slice(i + 1, end), pos: i });
      i = end + 1;
      continue;
    }
    if (OPERATORS.has(ch)) {
      out.push({ kind: 'op', value: ch, pos: i });
      i++;
      continue;
    }
    throw messages.badFormula(src, `unexpected character "${ch}"`, i);
  }
  out.push({ kind: 'end', pos: src.length });
  return out;
}

/** Recursive-descent parser with R's operator precedence: `+ -` < `* /` < `:` < unary minus < `^`. */
class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.i] as Token;
  }
  private next(): Token {
    return this.tokens[this.i++] as Token;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.value === v;
  }
  private expect(v: string): void {
    const t = this.next();
    if (t.kind !== 'op' || t.value !== v) this.fail(`expected "${v}"`, t);
  }
  fail(detail: string, t: Token = this.peek()): never {
    const found = t.kind === 'end' ? 'the end' : `"${t.value}"`;
    throw messages.badFormula(this.src, `${detail} but found ${found}`, t.pos);
  }
  atEnd(): boolean {
    return this.peek().kind === 'end';
  }
  peekOp(): string | undefined {
    const t = this.peek();
    return t.kind === 'op' ? t.value : undefined;
  }
  skip(): void {
    this.i++;
  }

  sum(): FormulaNode {
    let left: FormulaNode;
    if (this.isOp('-') || this.isOp('+')) {
      const t = this.next();
      left = { type: 'unary', op: (t as { value: '-' | '+' }).value, arg: this.product(), pos: t.pos };
    } else left = this.product();
    while (this.isOp('+') || this.isOp('-')) {
      const t = this.next();
      const right = this.product();
      left = { type: 'binary', op: (t as { value: '+' | '-' }).value, left, right, pos: t.pos };
    }
    return left;
  }
  private product(): FormulaNode {
    let left = this.interaction();
    while (this.isOp('*') || this.isOp('/')) {
      const t = this.next();
      const right = this.interaction();
      left = { type: 'binary', op: (t as { value: '*' | '/' }).value, left, right, pos: t.pos };
    }
    return left;
  }
  private interaction(): FormulaNode {
    let left = this.unary();
    while (this.isOp(':')) {
      const t = this.next();
      left = { type: 'binary', op: ':', left, right: this.unary(), pos: t.pos };
    }
    return left;
  }
  private unary(): FormulaNode {
    if (this.isOp('-')) {
      const t = this.next();
      return { type: 'unary', op: '-', arg: this.unary(), pos: t.pos };
    }
    return this.power();
  }
  private power(): FormulaNode {
    const base = this.atom();
    if (this.isOp('^')) {
      const t = this.next();
      return { type: 'binary', op: '^', left: base, right: this.unary(), pos: t.pos };
    }
    return base;
  }
  private atom(): FormulaNode {
    const t = this.next();
    if (t.kind === 'num') return { type: 'num', value: t.value, pos: t.pos };
    if (t.kind === 'name') {
      if (this.isOp('(')) {
        this.next();
        const args: FormulaNode[] = [];
        if (!this.isOp(')')) {
          args.push(this.sum());
          while (this.isOp(',')) {
            this.next();
            args.push(this.sum());
          }
        }
        this.expect(')');
        return { type: 'call', fn: t.value, args, pos: t.pos };
      }
      return { type: 'name', name: t.value, pos: t.pos };
    }
    if (t.kind === 'op' && t.value === '(') {
      const inner = this.sum();
      this.expect(')');
      return { type: 'paren', inner, pos: t.pos };
    }
    this.i--;
    this.fail('expected a variable, number or "("');
  }
}

/**
 * Parses an R-style model formula `response ~ terms [| fe1 + fe2]` into a syntax tree.
 * Supports `+ - * / : ^`, parentheses, `-1`/`+0`, function calls (`log(x)`, `I(x/1000)`, `lag(x, 2)`,
 * `factor(g)`, `offset(log(e))`) and fixest-style fixed effects after `|`.
 * @throws PeacepanelError `BAD_FORMULA` naming the character position.
 * @example parseFormula('y ~ a * b | unit').fixedEffects // => ['unit']
 */
export function parseFormula(source: string): ParsedFormula {
  const tokens = tokenize(source);
  const p = new Parser(source, tokens);
  if (p.peekOp() === '~') p.fail('expected the outcome before "~"');
  const response = p.sum();
  if (p.peekOp() !== '~') p.fail('expected "~" after the outcome');
  p.skip();
  if (p.atEnd()) p.fail('expected terms after "~"');
  const rhs = p.sum();
  const fixedEffects: string[] = [];
  if (p.peekOp() === '|') {
    p.skip();
    const fe = p.sum();
    collectFixedEffects(source, fe, fixedEffects);
  }
  if (!p.atEnd()) p.fail('expected an operator (+, -, *, :, /) or the end');
  return { source, response, rhs, fixedEffects };
}

function collectFixedEffects(source: string, node: FormulaNode, out: string[]): void {
  if (node.type === 'binary' && node.op === '+') {
    collectFixedEffects(source, node.left, out);
    collectFixedEffects(source, node.right, out);
  } else if (node.type === 'name') out.push(node.name);
  else if (
    node.type === 'call' &&
    (node.fn === 'factor' || node.fn === 'as.factor') &&
    node.args[0]?.type === 'name'
  )
    out.push(node.args[0].name);
  else
    throw messages.badFormula(
      source,
      'fixed effects after "|" must be column names joined by "+" (for family negbin/poisson "|" starts fixed effects; a zero part "| z" is read only by the zero-inflated and hurdle models: model zip, zinb, hurdle-poisson, hurdle-nb, CLI --model)',
      node.pos,
    );
}
