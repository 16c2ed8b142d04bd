import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { parseLinearHypothesis } from '../src/inference/linear-hypothesis.js';

describe('parseLinearHypothesis', () => {
  const terms = ['(Intercept)', 'un', 'nonun', 'un:nonun', 'log1p(lag(deaths, 1))'];
  it('reads the issue example, longest names first', () => {
    expect(parseLinearHypothesis('un + un:nonun * 2 = 0', terms)).toEqual([
      { weights: [0, 1, 0, 2, 0], rhs: 0, text: 'un + un:nonun * 2 = 0' },
    ]);
  });
  it('handles parentheses, division, both sides, names with spaces and several restrictions', () => {
    const [a, b] = parseLinearHypothesis(
      '2*(un - nonun)/4 + 1 = nonun ; log1p(lag(deaths,1)) = `(Intercept)`',
      terms,
    );
    expect(a).toEqual({ weights: [0, 0.5, -1.5, 0, 0], rhs: -1, text: '2*(un - nonun)/4 + 1 = nonun' });
    expect(b!.weights).toEqual([-1, 0, 0, 0, 1]);
    expect(parseLinearHypothesis('-un', terms)[0]!.weights).toEqual([0, -1, 0, 0, 0]);
  });
  it.each([
    ['un * nonun = 0', /product of two coefficients/],
    ['un / nonun = 0', /division by a coefficient/],
    ['unx = 0', /unknown coefficient "unx"/],
    ['(un = 0', /"\)" is missing/],
    ['3 = 0', /no coefficient/],
    ['', /empty/],
    ['un +', /ends where/],
  ])('rejects %s', (text, message) => {
    const err = (() => {
      try {
        parseLinearHypothesis(text, terms);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PeacepanelError);
    expect((err as PeacepanelError).code).toBe('BAD_HYPOTHESIS');
    expect((err as PeacepanelError).message).toMatch(message);
  });
});
