// Golden numbers from /work/shared/reference/README.md (R 4.2.2, MASS 7.3-58.2, sandwich 3.0-2), printed
// there to 7–10 significant digits. They come from glm.nb at its DEFAULT tolerance, which stops short of
// the optimum by up to ~3e-6 in a coefficient (ships: (Intercept) 2.2952596 there, 2.29526237166 with
// glm.control(epsilon = 1e-13); see fit-r-fixtures.test.ts for the tight comparisons). So here:
// coefficients and SEs within 1e-5 absolute, θ within 1e-5 relative; glm.nb's SE.theta is evaluated one
// theta.ml Newton step before the end (eps^0.25), so its SE within 1e-4 relative.
import { describe, expect, it } from 'vitest';
import { fitModelDetailed } from '../src/estimators/fit-model.js';
import { fixtureTable, relDiff, shipsTable } from './fit-data.js';

const quine = fixtureTable('quine.csv');
const ships = shipsTable();

describe('glm.nb reference numbers (shared/reference/README.md)', () => {
  it('quine: Days ~ Eth + Sex + Age + Lrn', () => {
    const { result: r } = fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine);
    const expected: [string, number, number][] = [
      ['(Intercept)', 2.89458001692, 0.2284246154],
      ['EthN', -0.5693717034, 0.1533333596],
      ['SexM', 0.0823202641, 0.1599150149],
      ['AgeF1', -0.44842814859, 0.2397465932],
      ['AgeF2', 0.08808013971, 0.236193029],
      ['AgeF3', 0.35690094776, 0.2483243632],
      ['LrnSL', 0.29210914283, 0.1864747106],
    ];
    expect(r.coefficients.map((c) => c.term)).toEqual(expected.map((e) => e[0]));
    expected.forEach(([, est, se], j) => {
      const c = r.coefficients[j]!;
      expect(Math.abs(c.estimate - est)).toBeLessThan(1e-6);
      expect(Math.abs(c.stdError - se)).toBeLessThan(1e-6);
    });
    expect(relDiff(r.theta!, 1.274892646)).toBeLessThan(1e-5);
    expect(relDiff(r.thetaStdError!, 0.161035179)).toBeLessThan(1e-5);
    expect(r.logLik).toBeCloseTo(-546.5755091, 6);
    expect(r.df).toBe(8);
    expect(r.aic).toBeCloseTo(1109.151018, 5);
    expect(r.bic).toBeCloseTo(1133.019871, 5);
    expect(r.deviance).toBeCloseTo(167.9518004, 5);
    expect(r.nullDeviance).toBeCloseTo(195.286636, 5);
    expect(r.converged).toBe(true);
  });

  it('quine: nested Sex/(Age + Eth*Lrn) with R term names', () => {
    const { result: r } = fitModelDetailed({ formula: 'Days ~ Sex/(Age + Eth*Lrn)' }, quine);
    expect(relDiff(r.theta!, 1.597990733)).toBeLessThan(1e-5);
    expect(relDiff(r.thetaStdError!, 0.2128654442)).toBeLessThan(1e-4);
    expect(2 * r.logLik).toBeCloseTo(-1063.025022, 5);
    expect(r.aic).toBeCloseTo(1093.025022, 5);
    const c = r.coefficients.find((x) => x.term === 'SexF:EthN:LrnSL')!;
    expect(c.estimate).toBeCloseTo(-1.35849055657, 6);
    expect(relDiff(c.stdError, 0.3771933012)).toBeLessThan(1e-5);
  });

  it('ships: model, sandwich::vcovCL and Stata cluster conventions', () => {
    const base = { formula: 'incidents ~ yr_con + op_75_79', cluster: 'type' } as const;
    const model = fitModelDetailed(base, ships).result;
    const vcovCL = fitModelDetailed(
      { ...base, vcov: 'cluster', clusterConvention: 'sandwich' },
      ships,
    ).result;
    const stata = fitModelDetailed({ ...base, vcov: 'cluster', clusterConvention: 'stata' }, ships).result;
    const est = [2.2952596, -0.0353656, 0.2321144];
    const seModel = [0.6777806, 0.2725496, 0.5609604];
    const seCL = [1.109825, 0.2021517, 0.1080551];
    const seStata = [1.2335785, 0.2721609, 0.0997246];
    est.forEach((e, j) => {
      expect(Math.abs(model.coefficients[j]!.estimate - e)).toBeLessThan(1e-5);
      expect(Math.abs(model.coefficients[j]!.stdError - seModel[j]!)).toBeLessThan(1e-5);
      expect(Math.abs(vcovCL.coefficients[j]!.stdError - seCL[j]!)).toBeLessThan(1e-5);
      expect(Math.abs(stata.coefficients[j]!.stdError - seStata[j]!)).toBeLessThan(1e-5);
    });
    expect(relDiff(model.alpha!, 2.3302983)).toBeLessThan(1e-5);
    expect(model.logLik).toBeCloseTo(-109.0877965, 6);
    expect(Math.log(stata.alpha!)).toBeCloseTo(0.8459963, 5);
    expect(stata.vcovType).toMatch(/Stata/);
    expect(vcovCL.vcovType).toMatch(/vcovCL/);
  });

  it('ships with exposure offset(log(service)), Stata cluster SEs', () => {
    const r = fitModelDetailed(
      { formula: 'incidents ~ yr_con + op_75_79 + offset(log(service))', vcov: 'cluster', cluster: 'type' },
      ships,
    ).result;
    const est = [-6.5908639, 0.2850376, 0.17127];
    const se = [0.6254275, 0.1427099, 0.1799719];
    est.forEach((e, j) => {
      expect(Math.abs(r.coefficients[j]!.estimate - e)).toBeLessThan(1e-5);
      expect(Math.abs(r.coefficients[j]!.stdError - se[j]!)).toBeLessThan(1e-5);
    });
    expect(relDiff(r.alpha!, 0.2457422)).toBeLessThan(1e-5);
    expect(r.logLik).toBeCloseTo(-82.49115612, 7);
  });
});
