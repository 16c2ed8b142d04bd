// One-way fixed effects without indicator columns (estimators/fe-one-way): every variance type equals
// the dummy-variable fit of the same model (the α block eliminated exactly), with and without weights.
import { describe, expect, it } from 'vitest';
import { fitModel } from '../src/estimators/fit-model.js';
import type { ModelSpecInput } from '../src/model/spec.js';
import type { Table } from '../src/table.js';
import { relDiff, shipsTable } from './fit-data.js';
import { simulateCounts } from './fit-simulate.js';

const ships = shipsTable();
const sim = simulateCounts(1200, [0.5, 0.8, -0.4], 2, 5);
const simW: Table = {
  n: sim.n,
  columns: {
    ...sim.columns,
    w: { kind: 'number', values: Float64Array.from({ length: sim.n }, (_, i) => 1 + (i % 3)) },
    c: { kind: 'number', values: Float64Array.from({ length: sim.n }, (_, i) => i % 37) },
  },
};

const variants: Partial<ModelSpecInput>[] = [
  { vcov: 'model' },
  { vcov: 'oim' },
  { vcov: 'robust' },
  { vcov: 'robust', clusterConvention: 'sandwich' },
  { vcov: 'cluster', cluster: 'c' },
  { vcov: 'cluster', cluster: 'c', clusterConvention: 'sandwich' },
];

describe('one-way fixed effects by block elimination', () => {
  for (const family of ['negbin', 'poisson'] as const)
    for (const weights of [undefined, 'w'])
      it(`${family}${weights ? ', weighted' : ''}: every vcov type equals the dummy-variable fit`, () => {
        for (const v of variants) {
          const base = { family, ...v, ...(weights ? { weights } : {}) };
          const fe = fitModel({ formula: 'y ~ x1 + x2 | g', ...base }, simW);
          const dummies = fitModel({ formula: 'y ~ x1 + x2 + factor(g)', ...base }, simW);
          expect(fe.coefficients.map((c) => c.term)).toEqual(['x1', 'x2']);
          for (const j of [0, 1]) {
            expect(relDiff(fe.coefficients[j]!.estimate, dummies.coefficients[j + 1]!.estimate)).toBeLessThan(
              1e-7,
            );
            expect(relDiff(fe.coefficients[j]!.stdError, dummies.coefficients[j + 1]!.stdError)).toBeLessThan(
              1e-6,
            );
          }
          expect(fe.logLik).toBeCloseTo(dummies.logLik, 7);
          expect(fe.df).toBe(dummies.df);
          if (family === 'negbin') {
            expect(relDiff(fe.theta as number, dummies.theta as number)).toBeLessThan(1e-7);
            expect(relDiff(fe.thetaStdError as number, dummies.thetaStdError as number)).toBeLessThan(1e-6);
          }
        }
      });

  it('a regressor constant within every group is dropped as collinear with the fixed effects', () => {
    const types = ships.columns.type!.values as (string | null)[];
    const typeB = Float64Array.from(types, (t) => (t === 'B' ? 1 : 0));
    const t: Table = { n: ships.n, columns: { ...ships.columns, typeB: { kind: 'number', values: typeB } } };
    const r = fitModel({ formula: 'incidents ~ yr_con + typeB + op_75_79 | type' }, t);
    expect(r.coefficients.filter((c) => c.aliased).map((c) => c.term)).toEqual(['typeB']);
    expect(r.coefficients.filter((c) => !c.aliased).map((c) => c.term)).toEqual(['yr_con', 'op_75_79']);
    expect(r.warnings.join(' ')).toContain('not defined because of singularities');
  });
});
