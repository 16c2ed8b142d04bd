import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { deparse, formatRNumber } from '../src/model/deparse.js';
import { parseFormula } from '../src/model/formula-parser.js';
import { expandTerms } from '../src/model/terms.js';

const labels = (f: string) => expandTerms(parseFormula(f)).labels;
const intercept = (f: string) => expandTerms(parseFormula(f)).intercept;

function formulaError(f: string): PeacepanelError {
  try {
    expandTerms(parseFormula(f));
  } catch (e) {
    if (e instanceof PeacepanelError) return e;
    throw e;
  }
  throw new Error(`no error for ${f}`);
}

describe('formula term algebra (R terms.formula)', () => {
  it.each([
    ['y ~ a + b', ['a', 'b']],
    ['y ~ a*b', ['a', 'b', 'a:b']],
    ['y ~ a:b + a', ['a', 'a:b']],
    ['y ~ b:a + a', ['a', 'b:a']],
    ['y ~ (a + b + c)^2', ['a', 'b', 'c', 'a:b', 'a:c', 'b:c']],
    ['y ~ a*b*c - a:b:c', ['a', 'b', 'c', 'a:b', 'a:c', 'b:c']],
    ['y ~ a/b', ['a', 'a:b']],
    ['y ~ Sex/(Age + Eth*Lrn)', ['Sex', 'Sex:Age', 'Sex:Eth', 'Sex:Lrn', 'Sex:Eth:Lrn']],
    ['y ~ (a + b):(c + d)', ['a:c', 'a:d', 'b:c', 'b:d']],
    ['y ~ (a + b)*(c + d)', ['a', 'b', 'c', 'd', 'a:c', 'a:d', 'b:c', 'b:d']],
    ['y ~ a + a', ['a']],
    ['y ~ log1p(x) + I(z/1000) + lag(w, 2)', ['log1p(x)', 'I(z/1000)', 'lag(w, 2)']],
    ['y ~ un * nonun + offset(log(e))', ['un', 'nonun', 'un:nonun']],
    ['y ~ factor(g) + x | unit + year', ['factor(g)', 'x']],
  ])('%s', (f, expected) => {
    expect(labels(f)).toEqual(expected);
  });

  it('handles the intercept as R does', () => {
    expect(intercept('y ~ x')).toBe(true);
    expect(intercept('y ~ x - 1')).toBe(false);
    expect(intercept('y ~ -1 + x')).toBe(false);
    expect(intercept('y ~ 0 + x')).toBe(false);
    expect(intercept('y ~ x + 0')).toBe(false);
    expect(intercept('y ~ x - 1 + 1')).toBe(true);
    expect(intercept('y ~ 1')).toBe(true);
  });

  it('collects offsets and fixed effects', () => {
    const p = parseFormula('y ~ x + offset(log(e)) | country + year');
    expect(p.fixedEffects).toEqual(['country', 'year']);
    expect(expandTerms(p).offsets.map(deparse)).toEqual(['log(e)']);
  });
});

describe('deparse (term names as R prints them)', () => {
  it.each([
    ['y ~ I(x/1e3)', 'I(x/1000)'],
    ['y ~ I(x / 1000)', 'I(x/1000)'],
    ['y ~ log(x+1)', 'log(x + 1)'],
    ['y ~ I(x^2)', 'I(x^2)'],
    ['y ~ I(2*x)', 'I(2 * x)'],
    ['y ~ I(1e5*x)', 'I(1e+05 * x)'],
    ['y ~ I(-x)', 'I(-x)'],
    ['y ~ lag(x,1)', 'lag(x, 1)'],
    ['y ~ I((a - b)/2)', 'I((a - b)/2)'],
  ])('%s → %s', (f, name) => {
    expect(labels(f)).toEqual([name]);
  });

  it('formats numbers with R rules', () => {
    expect(formatRNumber(1000)).toBe('1000');
    expect(formatRNumber(100000)).toBe('1e+05');
    expect(formatRNumber(0.001)).toBe('0.001');
    expect(formatRNumber(0.00001)).toBe('1e-05');
    expect(formatRNumber(0.5)).toBe('0.5');
    expect(formatRNumber(123456)).toBe('123456');
    expect(formatRNumber(1 / 3)).toBe('0.333333333333333');
  });
});

describe('formula errors name the position', () => {
  it.each([
    ['y ~ x +', 8],
    ['y ~ (x', 7],
    ['~ x', 1],
    ['y x', 3],
    ['y ~ x $ z', 7],
    ['y ~ 2', 5],
    ['y ~ x | log(z)', 9],
  ])('%s', (f, position) => {
    const e = formulaError(f);
    expect(e.code).toBe('BAD_FORMULA');
    expect(e.message).toContain(`(at character ${position})`);
    expect(e.fix).toBeTruthy();
  });
});
