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
  const byLength = terms
    .map((t, i) => ({ t, i, key: t.replace(/\s+/g, '') }))
    .sort((a, b) => b.key.length - a.key.length);
  let pos = 0;
  const fail = (detail: string, at = pos): never => {
    throw messages.badHypothesis(full, detail, base + at, terms);
  };
  const skip = () => {
    while (pos < part.length && /\s/.test(part[pos]!)) pos++;
  };
  const peek = () => {
    skip();
    return part[pos];
  };
  /** Matches a term name at pos, ignoring whitespace inside the input; returns the end or -1. */
  const matchName = (key: string): number => {
    let p = pos;
    for (const ch of key) {
      while (p < part.length && /\s/.test(part[p]!)) p++;
      if (part[p] !== ch) return -1;
      p++;
    }
    // A name must not run on into more identifier characters.
    if (p < part.length && /[\w.]/.test(part[p]!) && /[\w.)]$/.test(key)) return -1;
    return p;
  };
  const number = (): number | undefined => {
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(part.slice(pos));
    if (!m) return undefined;
    pos += m[0].length;
    return Number(m[0]);
  };
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

  const factor = (): Linear => {
    const ch = peek();
    if (ch === undefined) return fail('it ends where a coefficient or number was expected');
    if (ch === '-') {
      pos++;
      return scale(factor(), -1);
    }
    if (ch === '+') {
      pos++;
      return factor();
    }
    if (ch === '`') {
      const end = part.indexOf('`', pos + 1);
      if (end < 0) return fail('a backtick-quoted name is not closed');
      const name = part.slice(pos + 1, end).replace(/\s+/g, '');
      const hit = byLength.find((b) => b.key === name);
      if (!hit) return fail(`unknown coefficient "${part.slice(pos + 1, end)}"`);
      pos = end + 1;
      return { w: new Map([[hit.i, 1]]), c: 0 };
    }
    for (const b of byLength) {
      const end = matchName(b.key);
      if (end >= 0) {
        pos = end;
        return { w: new Map([[b.i, 1]]), c: 0 };
      }
    }
    const n = number();
    if (n !== undefined) return constant(n);
    if (ch === '(') {
      pos++;
      const e = expr();
      if (peek() !== ')') return fail('a ")" is missing');
      pos++;
      return e;
    }
    const word = /^[^\s+\-*/=()]+/.exec(part.slice(pos))?.[0] ?? ch;
    return fail(`unknown coefficient "${word}"`);
  };
  const product = (): Linear => {
    let left = factor();
    for (;;) {
      const op = peek();
      if (op !== '*' && op !== '/') return left;
      const at = pos;
      pos++;
      const right = factor();
      if (op === '/') {
        if (!isConstant(right)) return fail('division by a coefficient is not linear', at);
        if (right.c === 0) return fail('division by zero', at);
        left = scale(left, 1 / right.c);
      } else if (isConstant(right)) left = scale(left, right.c);
      else if (isConstant(left)) left = scale(right, left.c);
      else return fail('a product of two coefficients is not linear', at);
    }
  };
  const expr = (): Linear => {
    let left = product();
    for (;;) {
      const op = peek();
      if (op !== '+' && op !== '-') return left;
      pos++;
      left = add(left, product(), op === '+' ? 1 : -1);
    }
  };

  const lhs = expr();
  let rhs = constant(0);
  if (peek() === '=') {
    pos++;
    if (part[pos] === '=') pos++;
    rhs = expr();
  }
  if (peek() !== undefined) fail(`unexpected "${part[pos]}"`);
  const form = add(lhs, rhs, -1);
  const weights = terms.map((_, i) => form.w.get(i) ?? 0);
  if (weights.every((w) => w === 0)) fail('it involves no coefficient', 0);
  return { weights, rhs: form.c === 0 ? 0 : -form.c, text: part.trim() };
}
