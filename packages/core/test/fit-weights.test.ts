// Frequency weights: a weighted fit equals the fit on the data with row i repeated wᵢ times (the
// definition of a frequency weight, Stata's fweight), for every variance type in the Stata convention;
// bad weights are errors naming the row. Golden numbers against R are in fit-weights-r.test.ts.
import { describe, expect, it } from 'vitest';
import { fitModel } from '../src/estimators/fit-model.js';
import type { ModelSpecInput } from '../src/model/spec.js';
import type { Column, Table } from '../src/table.js';
import { fixtureTable, relDiff } from './fit-data.js';
import { thrown } from './thrown.js';

const quine = fixtureTable('quine.csv');
/** Weights 1, 2, 3, 1, 2, 3, … over the rows. */
const w = Float64Array.from({ length: quine.n }, (_, i) => 1 + (i % 3));
const weighted: Table = { n: quine.n, columns: { ...quine.columns, w: { kind: 'number', values: w } } };

/** The table with row i repeated wᵢ times. */
function replicate(t: Table, weights: Float64Array): Table {
  const idx: number[] = [];
  weights.forEach((k, i) => {
    for (let r = 0; r < k; r++) idx.push(i);
  });
  const columns: Record<string, Column> = {};
  for (const [name, c] of Object.entries(t.columns))
    columns[name] =
      c.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(idx, (i) => c.values[i] as number) }
        : { kind: 'string', values: idx.map((i) => c.values[i] ?? null) };
  return { n: idx.length, columns };
}
const copies = replicate(weighted, w);

const cases: [string, Partial<ModelSpecInput>][] = [
  ['NB2, model vcov', {}],
  ['NB2, observed information', { vcov: 'oim' }],
  ['NB2, robust HC1 (Stata)', { vcov: 'robust' }],
  ['NB2, cluster by Age (Stata CR1)', { vcov: 'cluster', cluster: 'Age' }],
  [
    'NB2, cluster by Age (sandwich convention)',
    { vcov: 'cluster', cluster: 'Age', clusterConvention: 'sandwich' },
  ],
  ['Poisson, model vcov', { family: 'poisson' }],
  ['Poisson, robust HC0 (Stata)', { family: 'poisson', vcov: 'robust', hc: 'HC0' }],
];

describe('frequency weights', () => {
  for (const [label, extra] of cases)
    it(`${label}: a weighted fit equals the fit on repeated rows`, () => {
      const spec = { formula: 'Days ~ Eth + Sex + Age + Lrn', ...extra };
      const a = fitModel({ ...spec, weights: 'w' }, weighted);
      const b = fitModel(spec, copies);
      a.coefficients.forEach((c, j) => {
        expect(relDiff(c.estimate, b.coefficients[j]!.estimate)).toBeLessThan(1e-8);
        expect(relDiff(c.stdError, b.coefficients[j]!.stdError)).toBeLessThan(1e-7);
      });
      expect(relDiff(a.logLik, b.logLik)).toBeLessThan(1e-10);
      expect(relDiff(a.deviance, b.deviance)).toBeLessThan(1e-8);
      expect(relDiff(a.nullDeviance, b.nullDeviance)).toBeLessThan(1e-8);
      if (b.theta !== null) expect(relDiff(a.theta as number, b.theta)).toBeLessThan(1e-8);
      expect(a.n).toBe(quine.n);
      expect(a.weights).toEqual({ column: 'w', total: b.n });
    });

  it('rows of weight 0 are left out and reported', () => {
    const w0 = Float64Array.from(w, (v, i) => (i < 10 ? 0 : v));
    const t: Table = { n: quine.n, columns: { ...quine.columns, w: { kind: 'number', values: w0 } } };
    const a = fitModel({ formula: 'Days ~ Eth + Sex + Age + Lrn', weights: 'w' }, t);
    const b = fitModel({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, replicate(t, w0));
    expect(a.n).toBe(quine.n - 10);
    expect(a.exclusions.find((e) => e.reason === 'weight w is 0')?.count).toBe(10);
    expect(relDiff(a.logLik, b.logLik)).toBeLessThan(1e-10);
  });

  it('a negative, missing or non-numeric weight is an error naming the row and column', () => {
    const withW = (values: Float64Array): Table => ({
      n: quine.n,
      columns: { ...quine.columns, w: { kind: 'number', values } },
    });
    const neg = Float64Array.from(w);
    neg[4] = -1;
    const e1 = thrown(() => fitModel({ formula: 'Days ~ Eth', weights: 'w' }, withW(neg)));
    expect(e1.code).toBe('BAD_VALUE');
    expect(e1.location).toEqual({ line: 6, column: 'w' });
    expect(e1.message).toContain('negative');
    const missing = Float64Array.from(w);
    missing[0] = Number.NaN;
    const e2 = thrown(() => fitModel({ formula: 'Days ~ Eth', weights: 'w' }, withW(missing)));
    expect(e2.message).toBe('weight "w" is missing in data row 1');
    const e3 = thrown(() => fitModel({ formula: 'Days ~ Eth', weights: 'Eth' }, quine));
    expect(e3.message).toContain('not numeric');
    expect(thrown(() => fitModel({ formula: 'Days ~ Eth', weights: 'nope' }, quine)).code).toBe(
      'MISSING_COLUMN',
    );
  });
});
