import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { fitModelDetailed } from '../src/estimators/fit-model.js';
import { parseFormula } from '../src/model/formula-parser.js';
import { expandTerms } from '../src/model/terms.js';
import { simulateCounts } from './fit-simulate.js';

/** Random right-hand sides built from R's formula operators over a few variables. */
const rhs: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', 'log1p(d)', 'I(e/1000)', 'factor(g)', 'lag(a, 2)'),
    fc
      .tuple(tie('expr'), fc.constantFrom(' + ', ' * ', ':', ' / ', ' - '), tie('expr'))
      .map(([l, op, r]) => `${l}${op}${r}`),
    tie('expr').map((e) => `(${e})`),
    tie('expr').map((e) => `(${e})^2`),
  ),
})).expr;

describe('formula parser properties (fast-check)', () => {
  it('any formula over the operators parses, and its expanded terms are a fixed point', () => {
    fc.assert(
      fc.property(rhs, fc.boolean(), (r, noIntercept) => {
        const f = `y ~ ${r}${noIntercept ? ' - 1' : ''}`;
        const t = expandTerms(parseFormula(f));
        // Labels are unique and ordered by the number of variables (R's keep.order = FALSE).
        expect(new Set(t.labels).size).toBe(t.labels.length);
        const orders = t.terms.map((term) => term.length);
        expect([...orders].sort((x, y) => x - y)).toEqual(orders);
        // Writing the terms back as a sum gives the same terms (as sets of variables: R orders the
        // variables inside a label by first appearance, which the rewrite may change).
        if (t.labels.length) {
          const again = expandTerms(parseFormula(`y ~ ${t.labels.join(' + ')}`));
          const norm = (labels: string[]) => labels.map((l) => l.split(':').sort().join(':')).sort();
          expect(norm(again.labels)).toEqual(norm(t.labels));
        }
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('arbitrary text either parses or fails with a located BAD_FORMULA error', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('y', 'x', '~', '+', '*', ':', '(', ')', '-', '1', ' ', '|', ',', 'I', '$'),
          maxLength: 20,
        }),
        (s) => {
          try {
            expandTerms(parseFormula(s));
          } catch (e) {
            expect(e).toBeInstanceOf(PeacepanelError);
            expect((e as PeacepanelError).code).toBe('BAD_FORMULA');
          }
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('fit properties on random well-posed data (fast-check)', () => {
  it('NB2 converges with a vanishing score, beats Poisson, and finite SEs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0.3, max: 20, noNaN: true }),
        (seed, b0, b1, theta) => {
          const data = simulateCounts(300, [b0, b1, 0.3], theta, seed);
          const nb = fitModelDetailed({ formula: 'y ~ x1 + x2 + g', vcov: 'oim' }, data).result;
          const pois = fitModelDetailed({ formula: 'y ~ x1 + x2 + g', family: 'poisson' }, data).result;
          expect(nb.converged).toBe(true);
          expect(nb.gradientNorm).toBeLessThan(1e-5 * (1 + Math.abs(nb.logLik)));
          expect(nb.logLik).toBeGreaterThanOrEqual(pois.logLik - 1e-8);
          for (const c of nb.coefficients) {
            expect(Number.isFinite(c.estimate)).toBe(true);
            expect(c.stdError).toBeGreaterThan(0);
            expect(c.ciLow).toBeLessThan(c.ciHigh);
          }
        },
      ),
      { numRuns: 12, seed: 42 },
    );
  });
});
