import { messages } from '../errors.js';
import { deparse } from './deparse.js';
import type { FormulaNode, ParsedFormula } from './formula-ast.js';

/** One model term: the indices (into `variables`) of the variables it multiplies, ascending. */
export type Term = number[];

/** The expanded right-hand side: variables, terms in R's order, intercept, offsets. */
export interface TermStructure {
  /** Each variable's expression and its R label (`log1p(x)`, `factor(g)`, `EthN` comes later). */
  variables: { label: string; node: FormulaNode }[];
  /** Terms sorted by order (main effects, then two-way, …), stable within an order as R's `terms()`. */
  terms: Term[];
  /** Term labels as R prints them: variables in order of first appearance joined by `:`. */
  labels: string[];
  intercept: boolean;
  offsets: FormulaNode[];
}

type Intercept = 'yes' | 'no' | 'unset';
interface TermSet {
  terms: Term[];
  intercept: Intercept;
}

const key = (t: Term) => t.join(',');

function union(a: Term[], b: Term[]): Term[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const t of b)
    if (!seen.has(key(t))) {
      seen.add(key(t));
      out.push(t);
    }
  return out;
}

function mergeTerm(a: Term, b: Term): Term {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * Expands a parsed formula's right-hand side with R's term algebra (`terms.formula`):
 * `a*b` = `a + b + a:b`, `a/b` = `a + a:b`, `(a+b)^2` = `a + b + a:b`, `- x` removes, `-1`/`+0`
 * drops the intercept, `offset()` is set aside.
 * @throws PeacepanelError `BAD_FORMULA` for operators used where a term is expected.
 * @example expandTerms(parseFormula('y ~ a*b')).labels // ['a', 'b', 'a:b']
 */
export function expandTerms(formula: ParsedFormula): TermStructure {
  const variables: { label: string; node: FormulaNode }[] = [];
  const offsets: FormulaNode[] = [];
  const varIndex = (node: FormulaNode): number => {
    const label = deparse(node);
    const found = variables.findIndex((v) => v.label === label);
    if (found >= 0) return found;
    variables.push({ label, node });
    return variables.length - 1;
  };
  const fail = (node: FormulaNode, detail: string): never => {
    throw messages.badFormula(formula.source, detail, node.pos);
  };

  const walk = (node: FormulaNode): TermSet => {
    switch (node.type) {
      case 'num':
        if (node.value === 1) return { terms: [], intercept: 'yes' };
        if (node.value === 0) return { terms: [], intercept: 'no' };
        return fail(
          node,
          `a number other than 0 or 1 cannot be a term (wrap arithmetic in I(), e.g. I(x*${node.value}))`,
        );
      case 'name':
        return { terms: [[varIndex(node)]], intercept: 'unset' };
      case 'call':
        if (node.fn === 'offset') {
          if (node.args.length !== 1) fail(node, 'offset() takes one argument');
          offsets.push(node.args[0] as FormulaNode);
          return { terms: [], intercept: 'unset' };
        }
        return { terms: [[varIndex(node)]], intercept: 'unset' };
      case 'paren':
        return walk(node.inner);
      case 'unary': {
        const inner = walk(node.arg);
        if (node.op === '+') return inner;
        if (inner.terms.length) fail(node, 'a leading "-" can only remove the intercept (write "-1")');
        return {
          terms: [],
          intercept: inner.intercept === 'yes' ? 'no' : inner.intercept === 'no' ? 'yes' : 'unset',
        };
      }
      case 'binary': {
        const { op } = node;
        if (op === '^') {
          if (node.right.type !== 'num' || !Number.isInteger(node.right.value) || node.right.value < 1)
            fail(node, 'the power in (a + b)^n must be a positive whole number');
          const base = walk(node.left);
          let acc = base.terms;
          for (let i = 1; i < (node.right as { value: number }).value; i++)
            acc = crossAll(acc, base.terms, true);
          return { terms: acc, intercept: base.intercept };
        }
        const combined = combineTerms(op, walk(node.left), walk(node.right));
        if (combined) return combined;
      }
    }
    return fail(node, 'unexpected expression');
  };

  // R numbers the response first, so variables on the right keep their order of appearance.
  const set = walk(formula.rhs);
  const nonEmpty = set.terms.filter((t) => t.length > 0);
  const order = nonEmpty.map((t, i) => ({ t, i })).sort((a, b) => a.t.length - b.t.length || a.i - b.i);
  const terms = order.map((o) => o.t);
  const labels = terms.map((t) => t.map((v) => (variables[v] as { label: string }).label).join(':'));
  return { variables, terms, labels, intercept: set.intercept !== 'no', offsets };
}

/** R's term algebra for one binary operator (`+ - * : /`) on the expanded sides; undefined for others. */
function combineTerms(op: string, l: TermSet, r: TermSet): TermSet | undefined {
  switch (op) {
    case '+':
      return {
        terms: union(l.terms, r.terms),
        intercept: r.intercept !== 'unset' ? r.intercept : l.intercept,
      };
    case '-': {
      const drop = new Set(r.terms.map(key));
      const intercept = r.intercept === 'yes' ? 'no' : r.intercept === 'no' ? 'yes' : l.intercept;
      return { terms: l.terms.filter((t) => !drop.has(key(t))), intercept };
    }
    case '*':
      return { terms: crossAll(l.terms, r.terms, true), intercept: 'unset' };
    case ':':
      return { terms: crossAll(l.terms, r.terms, false), intercept: 'unset' };
    case '/': {
      const all = l.terms.reduce<Term>((acc, t) => mergeTerm(acc, t), []);
      return {
        terms: union(
          l.terms,
          r.terms.map((t) => mergeTerm(all, t)),
        ),
        intercept: 'unset',
      };
    }
  }
  return undefined;
}

/** All products of terms of `a` with terms of `b` (`a:b`); with `keep`, also `a` and `b` themselves (`a*b`). */
function crossAll(a: Term[], b: Term[], keep: boolean): Term[] {
  const prods: Term[] = [];
  for (const ta of a) for (const tb of b) prods.push(mergeTerm(ta, tb));
  return keep ? union(union(a, b), prods) : union([], prods);
}
