// The declared main specification against R (scripts/reference/main-spec-reference.R; R, MASS and sandwich
// versions in the JSON): MASS::glm.nb with subset = year >= 1993 & year <= 2018 on the exported CSV of
// africa-conflict-month, cluster-robust SEs by conflict in Stata's CR1 convention computed in R by hand.
// Tolerance 1e-6 absolute for coefficients and cluster SEs (the fixture's `tolerances`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitModel } from '../src/estimators/fit-model.js';
import { tableFromDataset } from '../src/panel/dataset.js';
import type { DatasetJson } from '../src/panel/dataset-schema.js';
import { MAIN_SPECIFICATION } from '../src/partnership/main-spec.js';

const ref = JSON.parse(
  readFileSync(new URL('./fixtures/main-spec-reference.json', import.meta.url), 'utf8'),
) as {
  formula: string;
  subset: string;
  n: number;
  outside_subset: number;
  clusters: number;
  terms: string[];
  tolerances: { coefficients_abs: number; se_abs: number };
  glmnb: { coefficients: number[]; logLik: number; gradient_max_abs: number; converged: boolean };
  optimum: { coefficients: number[]; theta: number; logLik: number; gradient_max_abs: number };
  stata_cl_se: number[];
};
const data = tableFromDataset(
  JSON.parse(
    readFileSync(new URL(`../../data/datasets/${MAIN_SPECIFICATION.dataset}.json`, import.meta.url), 'utf8'),
  ) as DatasetJson,
);

describe('the main specification matches R (glm.nb + Stata CR1 by conflict)', () => {
  const fit = fitModel(MAIN_SPECIFICATION.spec, data);

  it('fits the same rows: the subset and the missing values R drops', () => {
    expect(fit.n).toBe(ref.n);
    expect(fit.exclusions.find((e) => e.reason.startsWith('outside the subset'))?.count).toBe(
      ref.outside_subset,
    );
    expect(fit.vcovType).toContain(`G = ${ref.clusters}`);
    expect(MAIN_SPECIFICATION.spec.subset).toBe(ref.subset);
  });

  it('gives the optimum coefficients and cluster-robust SEs to 1e-6', () => {
    expect(fit.coefficients.map((c) => c.term)).toEqual(ref.terms);
    fit.coefficients.forEach((c, j) => {
      expect(Math.abs(c.estimate - (ref.optimum.coefficients[j] as number))).toBeLessThan(
        ref.tolerances.coefficients_abs,
      );
      expect(Math.abs(c.stdError - (ref.stata_cl_se[j] as number))).toBeLessThan(ref.tolerances.se_abs);
    });
    expect(fit.theta).toBeCloseTo(ref.optimum.theta, 6);
  });

  it('reaches at least the log-likelihood of glm.nb and of the exact optimum, with a vanishing score', () => {
    expect(fit.converged).toBe(true);
    expect(fit.logLik).toBeGreaterThanOrEqual(ref.glmnb.logLik - 1e-7);
    expect(fit.logLik).toBeGreaterThanOrEqual(ref.optimum.logLik - 1e-7);
    expect(fit.gradientNorm).toBeLessThan(1e-4);
  });
});
