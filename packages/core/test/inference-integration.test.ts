// The inference functions on real fits (fitModelDetailed), checked against R's numbers. Our fit agrees with
// glm.nb to about 1e-6 relative in β (the estimators' own golden tests), so predictions and tests here are
// checked to 1e-4 relative: the pipeline (design rows, aliasing, offsets, factor levels), not the maths,
// which inference-predict.test.ts checks to 1e-10 with R's own β and V.
import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { fitModelDetailed } from '../src/estimators/fit-model.js';
import { comparePredictions } from '../src/inference/compare-predictions.js';
import { lrTest } from '../src/inference/lr-test.js';
import { partnershipEffect } from '../src/inference/partnership-effect.js';
import { predict } from '../src/inference/predict.js';
import { regressionTable } from '../src/inference/regression-table.js';
import { averageSlopes, slopes } from '../src/inference/slopes.js';
import { unTroopsForReduction } from '../src/inference/un-troops-for-reduction.js';
import { waldTest } from '../src/inference/wald-test.js';
import { tableFromRows } from '../src/table.js';
import { expectClose, loadFixture } from './inference-fixture.js';

const TOL = 1e-4;

type Cols = Record<string, (number | string)[]>;
const rowsOf = (cols: Cols) => {
  const names = Object.keys(cols);
  return cols[names[0]!]!.map((_, i) => Object.fromEntries(names.map((n) => [n, cols[n]![i]!])));
};

interface Preds {
  mu: number[];
  lower: number[];
  upper: number[];
  se: number[];
}
const quine = loadFixture<{
  data: Cols;
  grid: Cols;
  predictions: Preds;
  contrast: {
    scenarioA: Record<string, string>;
    scenarioB: Record<string, string>;
    ratio: number;
    ratioLower: number;
  };
  wald: { hypothesis: string; result: { chi2: number; p: number } }[];
}>('quine');
const ships = loadFixture<{
  data: Cols;
  grid: Cols;
  predictions: Preds;
  ameYrCon: { estimate: number; stdError: number };
}>('ships');
const quineTable = tableFromRows(rowsOf(quine.data));
const quineFit = fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quineTable);

describe('inference on fitModelDetailed fits', () => {
  it('quine: predictions for all factor combinations, and the scenario ratio, agree with R', () => {
    const got = predict(quineFit, rowsOf(quine.grid));
    got.forEach((p, i) => {
      expectClose(p.fit, quine.predictions.mu[i]!, TOL, `mu[${i}]`);
      expectClose(p.linkSe, quine.predictions.se[i]!, TOL, `se[${i}]`);
      expectClose(p.lower, quine.predictions.lower[i]!, TOL, `lower[${i}]`);
      expectClose(p.upper, quine.predictions.upper[i]!, TOL, `upper[${i}]`);
    });
    const c = comparePredictions(quineFit, quine.contrast.scenarioA, quine.contrast.scenarioB);
    expectClose(c.ratio.estimate, quine.contrast.ratio, TOL, 'ratio');
    expectClose(c.ratio.lower, quine.contrast.ratioLower, TOL, 'ratio lower');
  });

  it('quine: LR test against Days ~ Eth * Lrn + Sex + Age reproduces 3.028775061 (df 1, p 0.08179975046)', () => {
    const larger = fitModelDetailed({ formula: 'Days ~ Eth * Lrn + Sex + Age' }, quineTable);
    const r = lrTest(quineFit, larger);
    expect(r.df).toBe(1);
    expectClose(r.statistic, 3.028775061, 1e-6, 'LR');
    expectClose(r.p, 0.08179975046, 1e-6, 'p');
    for (const w of quine.wald)
      expectClose(waldTest(quineFit, w.hypothesis).chi2, w.result.chi2, TOL, w.hypothesis);
    const table = regressionTable([quineFit, larger], 'markdown');
    expect(table).toContain('| EthN:LrnSL |  |');
    expect(table).toContain(`| N | 146 | 146 |`);
  });

  it("intervals default to the spec's ciLevel", () => {
    const m90 = fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn', ciLevel: 0.9 }, quineTable);
    const row = [{ Eth: 'N', Sex: 'M', Age: 'F1', Lrn: 'SL' }];
    expect(predict(m90, row)).toEqual(predict(quineFit, row, { ciLevel: 0.9 }));
    expect(predict(m90, row)[0]!.upper).toBeLessThan(predict(quineFit, row)[0]!.upper);
    expect(waldTest(m90, 'EthN = 0').restrictions[0]!.upper).toBeCloseTo(
      m90.result.coefficients[1]!.ciHigh,
      10,
    );
  });

  it('quine: a new-data row with a missing value or an unseen level is a clear error, not a NaN', () => {
    const row = { Eth: 'A', Sex: 'F', Age: 'F0', Lrn: 'AL' };
    expect(() => predict(quineFit, [row, { ...row, Age: 'F9' }])).toThrow(
      /cannot predict for new-data row 2: a factor or fixed-effect level the model has not seen/,
    );
    expect(() => predict(quineFit, [{ Eth: 'A', Sex: 'F', Age: 'F0' }])).toThrow(/no column "Lrn"/);
    const e = (() => {
      try {
        predict(quineFit, [{ ...row, Sex: null as unknown as string }]);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(PeacepanelError);
    expect((e as PeacepanelError).message).toMatch(/row 1: no value for Sex/);
  });

  it('ships: offset in predictions, average slope through an interaction', () => {
    const data = tableFromRows(rowsOf(ships.data));
    const m = fitModelDetailed({ formula: 'incidents ~ yr_con * op_75_79 + offset(log(service))' }, data);
    predict(m, rowsOf(ships.grid)).forEach((p, i) => {
      expectClose(p.fit, ships.predictions.mu[i]!, TOL, `mu[${i}]`);
      expectClose(p.upper, ships.predictions.upper[i]!, TOL, `upper[${i}]`);
    });
    const [a] = averageSlopes(m, data, { variables: ['yr_con'] });
    expectClose(a!.estimate, ships.ameYrCon.estimate, TOL, 'AME');
    expectClose(a!.stdError, ships.ameYrCon.stdError, TOL, 'AME se');
    // Rows with a missing value are left out of the average (n says so), not turned into NaN.
    const holed = tableFromRows(
      rowsOf(ships.data).map((r, i) => (i === 3 ? { ...r, yr_con: Number.NaN } : r)),
    );
    const [h] = averageSlopes(m, holed, { variables: ['yr_con', 'op_75_79'] });
    const complete = tableFromRows(rowsOf(ships.data).filter((_, i) => i !== 3));
    const [c] = averageSlopes(m, complete, { variables: ['yr_con'] });
    expect(h!.n).toBe(33);
    expectClose(h!.estimate, c!.estimate, 1e-12, 'AME without row 4');
    expectClose(h!.stdError, c!.stdError, 1e-12, 'AME se without row 4');
    // dμ/dservice = μ/service through offset(log(service)), with no coefficient uncertainty beyond μ's.
    const [s] = slopes(m, [{ yr_con: 2, op_75_79: 0, service: 1000 }], { variable: 'service' });
    expectClose(s!.estimate, s!.fit / 1000, 1e-6, 'offset slope');
  });

  it('the partnership effect on the default column names, with covariates at their sample means', () => {
    // A small real panel: the pko dyad-months renamed to the default spec's columns (regional_pko, a
    // 0/1 non-UN dummy, stands in for non-UN troops), first 3000 rows to keep the test fast.
    const pko = loadFixture<{ data: Record<string, number[]> }>('pko');
    const n = 3000;
    const rows = Array.from({ length: n }, (_, i) => ({
      battle_deaths: pko.data.brf_grc![i]!,
      un_troops_k_lag1: pko.data.troop_lag1000![i]!,
      nonun_troops_k_lag1: pko.data.regional_pko![i]!,
      battle_deaths_lag1: pko.data.brf_grc_lag![i]!,
    }));
    const m = fitModelDetailed(
      { formula: 'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1)' },
      tableFromRows(rows),
    );
    const eff = partnershipEffect(m, { unGrid: [0, 2, 4], nonunLevels: [0, 1] });
    expect(eff.curves).toHaveLength(2);
    const mean = rows.reduce((s, r) => s + r.battle_deaths_lag1, 0) / n;
    expectClose(eff.at.battle_deaths_lag1 as number, mean, 1e-12, 'mean lag');
    const b = m.beta;
    for (const c of eff.curves)
      c.points.forEach((p) => {
        const eta =
          b[0]! + b[1]! * p.un + b[2]! * c.nonun + b[3]! * Math.log1p(mean) + b[4]! * p.un * c.nonun;
        expectClose(p.fit, Math.exp(eta), 1e-12, 'fit');
        expectClose(p.marginal, Math.exp(eta) * (b[1]! + b[4]! * c.nonun), 1e-7, 'marginal');
        expect(p.lower).toBeGreaterThan(0);
        expect(p.lower).toBeLessThan(p.fit);
        expect(p.marginalLower).toBeLessThan(p.marginal);
      });
    const need = unTroopsForReduction(m, { reduction: 0.5, nonun: 0 });
    // On these rows the UN slope is negative (about -0.66) and log(0.5)/slope lies inside the support (0-6.7).
    expect(b[1]!).toBeLessThan(0);
    expectClose(need.un!, Math.log(0.5) / b[1]!, 1e-8, 'UN for 50%');
    expect(need.unMax).toBe(m.sample.max.un_troops_k_lag1);
  });
});

describe('aliased (collinear) coefficients', () => {
  const ships = loadFixture<{ data: Cols }>('ships');
  const rows = rowsOf(ships.data).map((r) => ({ ...r, yr_twice: 2 * (r.yr_con as number) }));
  const data = tableFromRows(rows);
  const m = fitModelDetailed({ formula: 'incidents ~ yr_con + yr_twice + op_75_79' }, data);

  it('are dropped by the fit; predictions, Wald tests and tables work around them', () => {
    expect(m.result.coefficients.find((c) => c.term === 'yr_twice')!.aliased).toBe(true);
    const [p] = predict(m, [{ yr_con: 2, yr_twice: 4, op_75_79: 1 }]);
    const b = m.beta;
    expectClose(p!.fit, Math.exp(b[0]! + 2 * b[1]! + b[2]!), 1e-12, 'fit without the aliased column');
    const yr = m.result.coefficients.find((c) => c.term === 'yr_con')!;
    expectClose(waldTest(m, 'yr_con = 0').chi2, yr.z ** 2, 1e-10, 'Wald = z²');
    expect(() => waldTest(m, 'yr_twice = 0')).toThrow(/"yr_twice" was dropped as aliased/);
    expect(regressionTable([m], 'csv')).toContain('yr_twice,(dropped)');
  });
});
