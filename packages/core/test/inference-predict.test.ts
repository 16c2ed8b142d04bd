import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageContrastsWith } from '../src/inference/average-contrasts.js';
import { comparePredictionsWith } from '../src/inference/compare-predictions.js';
import { datagridWith } from '../src/inference/datagrid.js';
import { partnershipEffectWith } from '../src/inference/partnership-effect.js';
import { predictWith } from '../src/inference/predict.js';
import { averageSlopesWith, slopesWith } from '../src/inference/slopes.js';
import { unTroopsForReductionWith } from '../src/inference/un-troops-for-reduction.js';
import { type Table, tableFromRows } from '../src/table.js';
import { expectClose, type FixtureModel, loadFixture } from './inference-fixture.js';
import { pkoModel, quineModel, shipsModel } from './inference-hand-models.js';

// Tolerances (relative, max(1, |x|) scale): predictions and their SEs 1e-10 (same β and V as R, only
// summation order differs); slopes 1e-7 (central finite differences of the design, exact for linear and
// interaction terms, O(h²) ≈ 1e-10 for log1p); UN level for a reduction 1e-8 (bisection tolerance 1e-10).
const TOL_PRED = 1e-10;
const TOL_SLOPE = 1e-7;

interface Preds {
  eta: number[];
  se: number[];
  mu: number[];
  seResponse: number[];
  lower: number[];
  upper: number[];
}
interface Curve {
  nonun: number;
  un: number[];
  mu: number[];
  lower: number[];
  upper: number[];
  marginal: number[];
  marginalSe: number[];
  marginalLower: number[];
  marginalUpper: number[];
}
interface PkoFixture {
  model: FixtureModel;
  data: Record<string, number[]>;
  atMeans: { brf_grc_lag: number };
  curves: Curve[];
  ame: Record<string, { estimate: number; stdError: number }>;
  reduction: {
    noUn: { without50: number; with50: number | null; without25: number };
    noTroops: { without50: number; with50: number; with75: number | null };
  };
  unSupport: { min: number; max: number };
}
interface QuineFixture {
  model: FixtureModel;
  data: Record<string, (string | number)[]>;
  factorContrasts: {
    variable: string;
    level: string;
    reference: string;
    estimate: number;
    stdError: number;
  }[];
  grid: Record<string, string[]>;
  predictions: Preds;
  contrast: {
    scenarioA: Record<string, string>;
    scenarioB: Record<string, string>;
    difference: number;
    differenceSe: number;
    ratio: number;
    logRatioSe: number;
    ratioLower: number;
    ratioUpper: number;
  };
}
interface ShipsFixture {
  model: FixtureModel;
  data: Record<string, number[]>;
  grid: Record<string, number[]>;
  predictions: Preds;
  ameYrCon: { estimate: number; stdError: number };
}

const pko = loadFixture<PkoFixture>('pko');
const quine = loadFixture<QuineFixture>('quine');
const ships = loadFixture<ShipsFixture>('ships');
const pkoPm = pkoModel(pko.model, pko.data);
const pkoTable: Table = {
  n: pko.data.brf_grc!.length,
  columns: Object.fromEntries(
    Object.entries(pko.data).map(([k, v]) => [k, { kind: 'number' as const, values: Float64Array.from(v) }]),
  ),
};
const columnsToRows = (cols: Record<string, (string | number)[]>) => {
  const names = Object.keys(cols);
  return cols[names[0]!]!.map((_, i) => Object.fromEntries(names.map((n) => [n, cols[n]![i]!])));
};

function checkPredictions(got: ReturnType<typeof predictWith>, ref: Preds) {
  got.forEach((p, i) => {
    expectClose(p.link, ref.eta[i]!, TOL_PRED, `eta[${i}]`);
    expectClose(p.linkSe, ref.se[i]!, TOL_PRED, `se[${i}]`);
    expectClose(p.fit, ref.mu[i]!, TOL_PRED, `mu[${i}]`);
    expectClose(p.se, ref.seResponse[i]!, TOL_PRED, `se response[${i}]`);
    expectClose(p.lower, ref.lower[i]!, TOL_PRED, `lower[${i}]`);
    expectClose(p.upper, ref.upper[i]!, TOL_PRED, `upper[${i}]`);
  });
}

describe('predictWith: link-scale delta method, exponentiated intervals (vs R predict(se.fit = TRUE))', () => {
  it('quine: all 32 factor combinations', () => {
    const got = predictWith(quineModel(quine.model), columnsToRows(quine.grid));
    expect(got).toHaveLength(32);
    checkPredictions(got, quine.predictions);
  });
  it('ships: with an exposure offset and an interaction', () => {
    checkPredictions(predictWith(shipsModel(ships.model), columnsToRows(ships.grid)), ships.predictions);
  });
  it('rejects a ciLevel outside (0.5, 1) and empty new data', () => {
    expect(() =>
      predictWith(pkoPm, [{ troop_lag1000: 1, regional_pko: 0, brf_grc_lag: 0 }], { ciLevel: 95 }),
    ).toThrow(/ciLevel/);
    expect(() => predictWith(pkoPm, [])).toThrow(/no rows/);
  });
  it('predictions and their bounds stay positive and ordered, even far outside the data (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.constantFrom(0, 1),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0.51, max: 0.999, noNaN: true }),
        (u, r, lag, level) => {
          const [p] = predictWith(pkoPm, [{ troop_lag1000: u, regional_pko: r, brf_grc_lag: lag }], {
            ciLevel: level,
          });
          expect(p!.lower).toBeGreaterThan(0);
          expect(p!.lower).toBeLessThanOrEqual(p!.fit);
          expect(p!.fit).toBeLessThanOrEqual(p!.upper);
          expect(p!.se).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('slopes and average slopes (dμ/dx with interactions and transforms, delta-method SEs)', () => {
  it('pko: dμ/d(UN troops) at grid points matches the analytic μ·(b_un + b_int·r) and its SE', () => {
    for (const c of pko.curves) {
      const rows = c.un.map((u) => ({
        troop_lag1000: u,
        regional_pko: c.nonun,
        brf_grc_lag: pko.atMeans.brf_grc_lag,
      }));
      const got = slopesWith(pkoPm, rows, { variable: 'troop_lag1000' });
      got.forEach((s, i) => {
        expectClose(s.estimate, c.marginal[i]!, TOL_SLOPE, `marginal r=${c.nonun} [${i}]`);
        expectClose(s.stdError, c.marginalSe[i]!, TOL_SLOPE, `marginal se r=${c.nonun} [${i}]`);
        expectClose(s.fit, c.mu[i]!, TOL_PRED, 'fit');
      });
    }
  });
  it('pko: average slopes over the 11 471 estimation rows, incl. through log1p(brf_grc_lag)', () => {
    const got = averageSlopesWith(pkoPm, pkoTable, { variables: ['troop_lag1000', 'brf_grc_lag'] });
    for (const a of got) {
      const ref = pko.ame[a.variable]!;
      expectClose(a.estimate, ref.estimate, TOL_SLOPE, `AME ${a.variable}`);
      expectClose(a.stdError, ref.stdError, TOL_SLOPE, `AME se ${a.variable}`);
      expect(a.n).toBe(11471);
    }
  });
  it('leaves rows with missing values out of the average and reports n', () => {
    const lag = Float64Array.from(pko.data.brf_grc_lag!);
    lag[10] = Number.NaN;
    lag[500] = Number.NaN;
    const holed = {
      n: pkoTable.n,
      columns: { ...pkoTable.columns, brf_grc_lag: { kind: 'number' as const, values: lag } },
    };
    const keep = (v: number[]) => Float64Array.from(v.filter((_, i) => i !== 10 && i !== 500));
    const complete = {
      n: pkoTable.n - 2,
      columns: Object.fromEntries(
        Object.entries(pko.data).map(([k, v]) => [k, { kind: 'number' as const, values: keep(v) }]),
      ),
    };
    const [a] = averageSlopesWith(pkoPm, holed, { variables: ['troop_lag1000'] });
    const [b] = averageSlopesWith(pkoPm, complete, { variables: ['troop_lag1000'] });
    expect(a!.n).toBe(pkoTable.n - 2);
    expectClose(a!.estimate, b!.estimate, 1e-12, 'AME');
    expectClose(a!.stdError, b!.stdError, 1e-12, 'AME se');
    expect(() => slopesWith(pkoPm, holed, { variable: 'troop_lag1000' })).toThrow(
      /cannot predict for new-data row 11/,
    );
  });
  it('ships: average slope of yr_con with an interaction and an offset', () => {
    const data = tableFromRows(columnsToRows(ships.data));
    const [a] = averageSlopesWith(shipsModel(ships.model), data, { variables: ['yr_con'] });
    expectClose(a!.estimate, ships.ameYrCon.estimate, TOL_SLOPE, 'AME');
    expectClose(a!.stdError, ships.ameYrCon.stdError, TOL_SLOPE, 'AME se');
  });
  it('refuses factors and unknown variables with the list of numeric ones', () => {
    expect(() => slopesWith(pkoPm, pkoTable, { variable: 'brf_grc' })).toThrow(
      /"brf_grc" is not a numeric variable of the model/,
    );
    expect(() => averageSlopesWith(quineModel(quine.model), [{ Eth: 'A' }], { variables: ['Eth'] })).toThrow(
      /not a numeric variable/,
    );
  });
});

describe('comparePredictionsWith: difference and ratio of predicted counts between scenarios', () => {
  it('quine: matches the delta-method difference and exact log-ratio interval from R', () => {
    const c = comparePredictionsWith(
      quineModel(quine.model),
      quine.contrast.scenarioA,
      quine.contrast.scenarioB,
    );
    expectClose(c.difference.estimate, quine.contrast.difference, TOL_PRED, 'difference');
    expectClose(c.difference.stdError, quine.contrast.differenceSe, TOL_PRED, 'difference se');
    expectClose(c.ratio.estimate, quine.contrast.ratio, TOL_PRED, 'ratio');
    expectClose(c.ratio.logStdError, quine.contrast.logRatioSe, TOL_PRED, 'log ratio se');
    expectClose(c.ratio.lower, quine.contrast.ratioLower, TOL_PRED, 'ratio lower');
    expectClose(c.ratio.upper, quine.contrast.ratioUpper, TOL_PRED, 'ratio upper');
  });
  it('averages over many rows: a scenario compared with itself gives difference 0 and ratio 1', () => {
    const c = comparePredictionsWith(pkoPm, pkoTable, pkoTable);
    expect(c.difference.estimate).toBe(0);
    expect(c.ratio.estimate).toBe(1);
  });
});

describe('partnershipEffectWith and unTroopsForReductionWith (pko columns standing in for UN / non-UN)', () => {
  // regional_pko is a 0/1 dummy for a non-UN deployment in this file, not troop numbers.
  const columns = { un: 'troop_lag1000', nonun: 'regional_pko' };
  it('curves at the sample mean of the raw lag match R (predictions, intervals, marginal effects)', () => {
    const eff = partnershipEffectWith(pkoPm, { unGrid: pko.curves[0]!.un, nonunLevels: [0, 1], columns });
    expectClose(eff.at.brf_grc_lag as number, pko.atMeans.brf_grc_lag, 1e-12, 'mean lag');
    expect(eff.notes.join(' ')).toContain('held at sample means: brf_grc_lag');
    expect(eff.warnings).toEqual([]);
    eff.curves.forEach((curve, c) => {
      const ref = pko.curves[c]!;
      expect(curve.nonun).toBe(ref.nonun);
      curve.points.forEach((p, i) => {
        expectClose(p.fit, ref.mu[i]!, TOL_PRED, 'fit');
        expectClose(p.lower, ref.lower[i]!, TOL_PRED, 'lower');
        expectClose(p.upper, ref.upper[i]!, TOL_PRED, 'upper');
        expectClose(p.marginal, ref.marginal[i]!, TOL_SLOPE, 'marginal');
        expectClose(p.marginalLower, ref.marginalLower[i]!, TOL_SLOPE, 'marginal lower');
        expectClose(p.marginalUpper, ref.marginalUpper[i]!, TOL_SLOPE, 'marginal upper');
      });
    });
  });
  it('warns instead of passing silent NaNs when the covariance is unusable', () => {
    const broken = { ...pkoPm, vcov: new Float64Array(pkoPm.vcov.length).fill(Number.NaN) };
    const eff = partnershipEffectWith(broken, { unGrid: [0, 1], nonunLevels: [0], columns });
    expect(eff.warnings[0]).toMatch(/2 point\(s\) have non-finite values/);
  });
  it('UN troops for a reduction: analytic R values, null with a note when unreachable, 0 when the partner suffices', () => {
    const r = pko.reduction;
    const need = (reduction: number, nonun: number, baseline?: 'no-un' | 'no-troops') =>
      unTroopsForReductionWith(pkoPm, { reduction, nonun, columns, ...(baseline ? { baseline } : {}) });
    const a = need(0.5, 0);
    expectClose(a.un!, r.noUn.without50, 1e-8, 'without partner 50%');
    expect(a.note).toMatch(/^5124 UN troops lower predicted deaths by 50%/);
    expectClose(need(0.25, 0).un!, r.noUn.without25, 1e-8, 'without partner 25%');
    const b = need(0.5, 1);
    expect(r.noUn.with50).toBeNull();
    expect(b.un).toBeNull();
    expect(b.note).toMatch(/not reached within the observed range of UN troops \(0–29\.2 thousand\)/);
    expect(b.unMax).toBe(pko.unSupport.max);
    expect(need(0.5, 1, 'no-troops').un).toBe(r.noTroops.with50);
    expect(need(0.5, 1, 'no-troops').note).toMatch(/alone already lower/);
    expect(need(0.75, 1, 'no-troops').un).toBeNull();
    expect(() => need(1.5, 0)).toThrow(/reduction/);
  });
});

describe('averageContrastsWith (counterfactual comparisons) and datagridWith', () => {
  it('quine: each factor level against the reference, averaged over the 146 pupils, matches R', () => {
    const pm = quineModel(quine.model);
    const data = tableFromRows(columnsToRows(quine.data));
    const eth = averageContrastsWith(pm, data, { variable: 'Eth' });
    const age = averageContrastsWith(pm, data, { variable: 'Age' });
    const got = [...eth, ...age];
    expect(got.map((g) => `${g.variable}${g.level}-${g.reference}`)).toEqual([
      'EthN-A',
      'AgeF1-F0',
      'AgeF2-F0',
      'AgeF3-F0',
    ]);
    got.forEach((g, i) => {
      const ref = quine.factorContrasts[i]!;
      expectClose(g.difference.estimate, ref.estimate, TOL_PRED, `${ref.variable}${ref.level}`);
      expectClose(g.difference.stdError, ref.stdError, TOL_PRED, `${ref.variable}${ref.level} se`);
      expect(g.n).toBe(146);
    });
    expect(() => averageContrastsWith(pm, data, { variable: 'Age', levels: ['F7'] })).toThrow(
      /a level of Age/,
    );
  });
  it('numeric: +1 thousand UN troops at one row is the ratio exp(b_un + b_int·r), exactly', () => {
    const [c] = averageContrastsWith(pkoPm, [{ troop_lag1000: 3, regional_pko: 1, brf_grc_lag: 5 }], {
      variable: 'troop_lag1000',
    });
    const b = pko.model.coefficients;
    expectClose(c!.ratio.estimate, Math.exp(b[1]! + b[4]!), 1e-12, 'ratio');
    expect(c!.level).toBe('troop_lag1000 + 1');
  });
  it('datagrid: combinations of the given values, other variables at sample means', () => {
    const rows = datagridWith(pkoPm, { troop_lag1000: [0, 5, 10], regional_pko: [0, 1] });
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual({
      brf_grc_lag: pkoPm.sample!.means.brf_grc_lag,
      troop_lag1000: 0,
      regional_pko: 1,
    });
    expectClose(rows[0]!.brf_grc_lag as number, pko.atMeans.brf_grc_lag, 1e-12, 'mean');
    const q = datagridWith(quineModel(quine.model), { Eth: ['A', 'N'] });
    expect(q).toEqual([
      { Sex: 'F', Age: 'F0', Lrn: 'AL', Eth: 'A' },
      { Sex: 'F', Age: 'F0', Lrn: 'AL', Eth: 'N' },
    ]);
  });
});
