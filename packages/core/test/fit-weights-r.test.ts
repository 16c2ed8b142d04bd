// Frequency weights against R: glm.nb(weights =) / glm(weights =) with sandwich's vcovHC and vcovCL
// (fixtures/weights-reference.json, made by scripts/reference/weights-reference.R; tolerances there).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitModel } from '../src/estimators/fit-model.js';
import type { ModelSpecInput } from '../src/model/spec.js';
import type { Table } from '../src/table.js';
import { fixtureTable, relDiff, shipsTable } from './fit-data.js';

interface WeightsCase {
  formula: string;
  family: 'negbin' | 'poisson';
  cluster: string;
  terms: string[];
  coefficients: number[];
  se_model: number[];
  se_HC0: number[];
  se_HC1: number[];
  se_vcovCL: number[];
  logLik: number;
  deviance: number;
  null_deviance: number;
  aic: number;
  nobs: number;
  theta?: number;
  theta_se?: number;
}
const ref = JSON.parse(
  readFileSync(new URL('./fixtures/weights-reference.json', import.meta.url), 'utf8'),
) as {
  tolerances: { coefficients_rel: number; se_rel: number; theta_rel: number; loglik_abs: number };
  cases: Record<string, WeightsCase>;
};
const tol = ref.tolerances;

/** `t` with a weight column w = 1 + (row mod k), as the R script makes it. */
function withWeights(t: Table, k: number): Table {
  const w = Float64Array.from({ length: t.n }, (_, i) => 1 + (i % k));
  return { n: t.n, columns: { ...t.columns, w: { kind: 'number', values: w } } };
}
const data: Record<string, Table> = {
  quine: withWeights(fixtureTable('quine.csv'), 3),
  ships: withWeights(shipsTable(), 4),
};

describe('frequency weights match R (glm.nb / glm with weights =, sandwich)', () => {
  for (const [name, c] of Object.entries(ref.cases))
    it(name, () => {
      const table = data[name.split('_')[0] as string] as Table;
      const base: ModelSpecInput = { formula: c.formula, family: c.family, weights: 'w' };
      const fit = (extra: Partial<ModelSpecInput>) => fitModel({ ...base, ...extra }, table);
      const m = fit({});
      expect(m.coefficients.map((x) => x.term)).toEqual(c.terms);
      m.coefficients.forEach((x, j) => {
        expect(relDiff(x.estimate, c.coefficients[j] as number)).toBeLessThan(tol.coefficients_rel);
        expect(relDiff(x.stdError, c.se_model[j] as number)).toBeLessThan(tol.se_rel);
      });
      expect(Math.abs(m.logLik - c.logLik)).toBeLessThan(tol.loglik_abs);
      expect(Math.abs(m.aic - c.aic)).toBeLessThan(2 * tol.loglik_abs);
      expect(relDiff(m.deviance, c.deviance)).toBeLessThan(tol.se_rel);
      expect(relDiff(m.nullDeviance, c.null_deviance)).toBeLessThan(tol.se_rel);
      expect(m.n).toBe(c.nobs);
      if (c.theta !== undefined) {
        expect(relDiff(m.theta as number, c.theta)).toBeLessThan(tol.theta_rel);
        expect(relDiff(m.thetaStdError as number, c.theta_se as number)).toBeLessThan(tol.se_rel);
      }
      const sandwich = { clusterConvention: 'sandwich' } as const;
      const variants: [Partial<ModelSpecInput>, number[]][] = [
        [{ vcov: 'robust', hc: 'HC0', ...sandwich }, c.se_HC0],
        [{ vcov: 'robust', hc: 'HC1', ...sandwich }, c.se_HC1],
        [{ vcov: 'cluster', cluster: c.cluster, ...sandwich }, c.se_vcovCL],
      ];
      for (const [extra, se] of variants)
        fit(extra).coefficients.forEach((x, j) => {
          expect(relDiff(x.stdError, se[j] as number)).toBeLessThan(tol.se_rel);
        });
    });
});
