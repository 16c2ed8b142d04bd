import { messages } from '../errors.js';

/** One linear restriction Σ weights[j]·β_j = rhs. */
export interface LinearRestriction {
  /** Weight per coefficient, in the order of the `terms` given to the parser. */
  weights: number[];
  rhs: number;
  /** The restriction as written. */
  text: string;
}

/** A linear form Σ w_j β_j + c while parsing. */
interface Linear {
  w: Map<number, number>;
  c: number;
}

/**
 * Parses linear restrictions on coefficients written as text, in the style of R's
 * `car::linearHypothesis` and Stata's `test`/`lincom`: `un + un:nonun * 2 = 0`,
 * `2*x - (y + z)/2 = 1`, several restrictions separated by `;` (a joint test). A restriction
 * without `=` means `= 0`. Coefficient names are the terms exactly as R prints them (spaces inside
 * names are optional; a name may be quoted with backticks); the longest matching name wins, so
 * `un:nonun` is one name, not `un`. Each side must stay linear: products need a number on one side,
 * divisors must be numbers.
 * @throws PeacepanelError BAD_HYPOTHESIS naming the position and the known terms.
 * @example parseLinearHypothesis('un + un:nonun * 2 = 0', ['(Intercept)', 'un', 'nonun', 'un:nonun'])
 * // [{ weights: [0, 1, 0, 2], rhs: 0, text: 'un + un:nonun * 2 = 0' }]
 */
export function parseLinearHypothesis(text: string, terms: readonly string[]): LinearRestriction[] {
  const parts = text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (parts.length === 0) throw messages.badHypothesis(text, 'it is empty', undefined, terms);
  let offset = 0;
  const out: LinearRestriction[] = [];
  for (const part of text.split(';')) {
    if (part.trim().length > 0) out.push(parseRestriction(text, part, offset, terms));
    offset += part.length + 1;
  }
  return out;
}

function parseRestriction(
  full: string,
  part: string,
  base: number,
  terms: readonly string[],
): LinearRestriction {
  const parser = new RestrictionParser(full, part, base, terms);
  const lhs = parser.expr();
  let rhs = constant(0);
  if (parser.peek() === '=') {
    parser.pos++;
    if (part[parser.pos] === '=') parser.pos++;
    rhs = parser.expr();
  }
  if (parser.peek() !== undefined) parser.fail(`unexpected "${part[parser.pos]}"`);
  const form = add(lhs, rhs, -1);
  const weights = terms.map((_, i) => form.w.get(i) ?? 0);
  if (weights.every((w) => w === 0)) parser.fail('it involves no coefficient', 0);
  return { weights, rhs: form.c === 0 ? 0 : -form.c, text: part.trim() };
}

const constant = (c: number): Linear => ({ w: new Map(), c });
const scale = (a: Linear, s: number): Linear => ({
  w: new Map([...a.w].map(([k, v]) => [k, v * s])),
  c: a.c * s,
});
const add = (a: Linear, b: Linear, sign: number): Linear => {
  const w = new Map(a.w);
  for (const [k, v] of b.w) w.set(k, (w.get(k) ?? 0) + sign * v);
  return { w, c: a.c + sign * b.c };
};
const isConstant = (a: Linear) => [...a.w.values()].every((v) => v === 0);

/**
 * Recursive descent over one restriction: expr = product (± product)*, product = factor (×| ÷ factor)*,
 * factor = ±factor | `name` | name | number | (expr); each result a linear form.
 */
class RestrictionParser {
  pos = 0;
  readonly #byLength: { t: string; i: number; key: string }[];

  constructor(
    readonly full: string,
    readonly part: string,
    readonly base: number,
    readonly terms: readonly string[],
  ) {
    this.#byLength = terms
      .map((t, i) => ({ t, i, key: t.replace(/\s+/g, '') }))
      .sort((a, b) => b.key.length - a.key.length);
  }

  fail(detail: string, at = this.pos): never {
    throw messages.badHypothesis(this.full, detail, this.base + at, this.terms);
  }

  peek(): string | undefined {
    while (this.pos < this.part.length && /\s/.test(this.part[this.pos]!)) this.pos++;
    return this.part[this.pos];
  }

  expr(): Linear {
    let left = this.product();
    for (;;) {
      const op = this.peek();
      if (op !== '+' && op !== '-') return left;
      this.pos++;
      left = add(left, this.product(), op === '+' ? 1 : -1);
    }
  }

  product(): Linear {
    let left = this.factor();
    for (;;) {
      const op = this.peek();
      if (op !== '*' && op !== '/') return left;
      const at = this.pos;
      this.pos++;
      const right = this.factor();
      if (op === '/') {
        if (!isConstant(right)) return this.fail('division by a coefficient is not linear', at);
        if (right.c === 0) return this.fail('division by zero', at);
        left = scale(left, 1 / right.c);
      } else if (isConstant(right)) left = scale(left, right.c);
      else if (isConstant(left)) left = scale(right, left.c);
      else return this.fail('a product of two coefficients is not linear', at);
    }
  }

  factor(): Linear {
    const ch = this.peek();
    if (ch === undefined) return this.fail('it ends where a coefficient or number was expected');
    if (ch === '-') {
      this.pos++;
      return scale(this.factor(), -1);
    }
    if (ch === '+') {
      this.pos++;
      return this.factor();
    }
    if (ch === '`') return this.quotedName();
    for (const b of this.#byLength) {
      const end = this.matchName(b.key);
      if (end >= 0) {
        this.pos = end;
        return { w: new Map([[b.i, 1]]), c: 0 };
      }
    }
    const n = this.number();
    if (n !== undefined) return constant(n);
    if (ch === '(') {
      this.pos++;
      const e = this.expr();
      if (this.peek() !== ')') return this.fail('a ")" is missing');
      this.pos++;
      return e;
    }
    const word = /^[^\s+\-*/=()]+/.exec(this.part.slice(this.pos))?.[0] ?? ch;
    return this.fail(`unknown coefficient "${word}"`);
  }

  /** A backtick-quoted coefficient name at pos. */
  quotedName(): Linear {
    const { part, pos } = this;
    const end = part.indexOf('`', pos + 1);
    if (end < 0) return this.fail('a backtick-quoted name is not closed');
    const name = part.slice(pos + 1, end).replace(/\s+/g, '');
    const hit = this.#byLength.find((b) => b.key === name);
    if (!hit) return this.fail(`unknown coefficient "${part.slice(pos + 1, end)}"`);
    this.pos = end + 1;
    return { w: new Map([[hit.i, 1]]), c: 0 };
  }

  /** Matches a term name at pos, ignoring whitespace inside the input; returns the end or -1. */
  matchName(key: string): number {
    const part = this.part;
    let p = this.pos;
    for (const ch of key) {
      while (p < part.length && /\s/.test(part[p]!)) p++;
      if (part[p] !== ch) return -1;
      p++;
    }
    // A name must not run on into more identifier characters.
    if (p < part.length && /[\w.]/.test(part[p]!) && /[\w.)]$/.test(key)) return -1;
    return p;
  }

  number(): number | undefined {
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.part.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return Number(m[0]);
  }
}
