import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { fitModelDetailed } from '../src/estimators/fit-model.js';
import { modelMatrixFor } from '../src/estimators/model-matrix-for.js';
import type { Table } from '../src/table.js';
import { fixtureTable, relDiff, shipsTable } from './fit-data.js';
import { permuteRows, simulateCounts } from './fit-simulate.js';

const quine = fixtureTable('quine.csv');
const ships = shipsTable();
const byTerm = (r: { coefficients: { term: string; estimate: number; stdError: number }[] }) =>
  Object.fromEntries(r.coefficients.map((c) => [c.term, c]));

describe('invariants of the fit', () => {
  it('permuting rows changes nothing', () => {
    const f = { formula: 'Days ~ Eth + Sex + Age + Lrn', vcov: 'oim' } as const;
    const a = fitModelDetailed(f, quine).result;
    const b = fitModelDetailed(f, permuteRows(quine, 7)).result;
    a.coefficients.forEach((c, j) => {
      expect(relDiff(b.coefficients[j]!.estimate, c.estimate)).toBeLessThan(1e-10);
      expect(relDiff(b.coefficients[j]!.stdError, c.stdError)).toBeLessThan(1e-9);
    });
    expect(b.logLik).toBeCloseTo(a.logLik, 9);
  });

  it('permuting terms permutes the coefficients only', () => {
    const a = byTerm(fitModelDetailed({ formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine).result);
    const b = byTerm(fitModelDetailed({ formula: 'Days ~ Lrn + Age + Sex + Eth' }, quine).result);
    for (const [term, c] of Object.entries(a)) {
      expect(relDiff(b[term]!.estimate, c.estimate)).toBeLessThan(1e-8);
      expect(relDiff(b[term]!.stdError, c.stdError)).toBeLessThan(1e-8);
    }
  });

  it('scaling a regressor by 10 divides its coefficient and SE by 10', () => {
    const scaled: Table = {
      n: ships.n,
      columns: {
        ...ships.columns,
        yr10: { kind: 'number', values: (ships.columns.yr_con!.values as Float64Array).map((v) => v * 10) },
      },
    };
    const a = fitModelDetailed({ formula: 'incidents ~ yr_con + op_75_79' }, ships).result;
    const b = fitModelDetailed({ formula: 'incidents ~ yr10 + op_75_79' }, scaled).result;
    expect(relDiff(b.coefficients[1]!.estimate * 10, a.coefficients[1]!.estimate)).toBeLessThan(1e-7);
    expect(relDiff(b.coefficients[1]!.stdError * 10, a.coefficients[1]!.stdError)).toBeLessThan(1e-7);
    expect(relDiff(b.coefficients[0]!.estimate, a.coefficients[0]!.estimate)).toBeLessThan(1e-7);
    expect(b.logLik).toBeCloseTo(a.logLik, 8);
  });

  it('the log-likelihood never decreases across iterations', () => {
    for (const [spec, data] of [
      [{ formula: 'Days ~ Sex/(Age + Eth*Lrn)' }, quine],
      [{ formula: 'incidents ~ yr_con + op_75_79 + offset(log(service))' }, ships],
      [{ formula: 'y ~ x1 + x2 + g' }, simulateCounts(400, [0.5, 1, -0.5], 0.7, 3)],
    ] as const) {
      const seen: number[] = [];
      const m = fitModelDetailed(spec, data, { onProgress: (p) => seen.push(p.logLik) });
      expect(seen.length).toBeGreaterThan(1);
      // Never decreases, up to the rounding of ℓ itself (pure Newton steps near the optimum).
      for (let i = 1; i < seen.length; i++)
        expect(seen[i]! - seen[i - 1]!).toBeGreaterThanOrEqual(-1e-12 * Math.abs(seen[i]!));
      expect(m.trace).toEqual(seen);
    }
  });

  it('predicted means are positive and modelMatrixFor reproduces the fit', () => {
    const m = fitModelDetailed({ formula: 'incidents ~ yr_con * op_75_79 + offset(log(service))' }, ships);
    const { X, n, k, offset } = modelMatrixFor(m, ships);
    expect(n).toBe(ships.n);
    const far: Table = {
      n: 2,
      columns: {
        yr_con: { kind: 'number', values: Float64Array.of(-50, 50) },
        op_75_79: { kind: 'number', values: Float64Array.of(1, 0) },
        service: { kind: 'number', values: Float64Array.of(1e-6, 1e6) },
      },
    };
    for (const mm of [{ X, n, k, offset }, modelMatrixFor(m, far)]) {
      for (let i = 0; i < mm.n; i++) {
        let eta = mm.offset[i]!;
        for (let j = 0; j < mm.k; j++) eta += mm.X[i * mm.k + j]! * m.beta[j]!;
        expect(Math.exp(eta)).toBeGreaterThan(0);
        expect(Number.isFinite(eta)).toBe(true);
      }
    }
  });

  it('aliased columns are dropped with a warning, as R does', () => {
    const t: Table = {
      n: ships.n,
      columns: {
        ...ships.columns,
        yr2: { kind: 'number', values: (ships.columns.yr_con!.values as Float64Array).map((v) => 2 * v - 1) },
      },
    };
    const m = fitModelDetailed({ formula: 'incidents ~ yr_con + yr2 + op_75_79' }, t);
    const ref = fitModelDetailed({ formula: 'incidents ~ yr_con + op_75_79' }, ships).result;
    const yr2 = m.result.coefficients.find((c) => c.term === 'yr2')!;
    expect(yr2.aliased).toBe(true);
    expect(Number.isNaN(yr2.estimate)).toBe(true);
    expect(m.result.warnings.join(' ')).toMatch(/singularities.*yr2/);
    expect(m.beta).toHaveLength(3);
    expect(m.result.coefficients.find((c) => c.term === 'yr_con')!.estimate).toBeCloseTo(
      ref.coefficients[1]!.estimate,
      8,
    );
    expect(JSON.parse(JSON.stringify(m.result)).coefficients[2].estimate).toBeNull();
  });

  it('θ → ∞ on Poisson data: warns, stays finite, matches the Poisson fit', () => {
    const data = simulateCounts(600, [1, 0.5, -0.3], Number.POSITIVE_INFINITY, 11);
    const nb = fitModelDetailed({ formula: 'y ~ x1 + x2' }, data).result;
    const pois = fitModelDetailed({ formula: 'y ~ x1 + x2', family: 'poisson' }, data).result;
    if (nb.theta! > 1e6) expect(nb.warnings.join(' ')).toMatch(/θ → ∞/);
    expect(Number.isFinite(nb.theta!)).toBe(true);
    for (const c of nb.coefficients)
      expect(Number.isFinite(c.estimate) && Number.isFinite(c.stdError)).toBe(true);
    nb.coefficients.forEach((c, j) => {
      expect(c.estimate).toBeCloseTo(pois.coefficients[j]!.estimate, 2);
    });
    expect(nb.logLik).toBeGreaterThanOrEqual(pois.logLik - 1e-6);
  });

  it('underdispersed data drive θ to its bound with the θ → ∞ warning, never NaN', () => {
    // Equal counts are underdispersed: the NB likelihood increases in θ without bound.
    const n = 60;
    const t: Table = {
      n,
      columns: {
        y: { kind: 'number', values: new Float64Array(n).map((_, i) => 3 + (i % 2)) },
        x: { kind: 'number', values: new Float64Array(n).map((_, i) => i / n) },
      },
    };
    const r = fitModelDetailed({ formula: 'y ~ x' }, t).result;
    expect(r.warnings.join(' ')).toMatch(/θ → ∞.*poisson/i);
    expect(r.converged).toBe(true);
    // The Poisson fit is offered, and it is the Poisson fit of the same specification.
    const pois = fitModelDetailed({ formula: 'y ~ x', family: 'poisson' }, t).result;
    expect(r.poissonAlternative?.family).toBe('poisson');
    expect(r.poissonAlternative?.coefficients.map((c) => c.estimate)).toEqual(
      pois.coefficients.map((c) => c.estimate),
    );
    expect(r.poissonAlternative?.logLik).toBe(pois.logLik);
    expect(Number.isFinite(r.theta!) && Number.isFinite(r.logLik)).toBe(true);
    for (const c of r.coefficients) expect(Number.isFinite(c.stdError)).toBe(true);
  });

  it('fixed effects equal the dummy-variable fit for shared coefficients', () => {
    for (const family of ['poisson', 'negbin'] as const) {
      const fe = fitModelDetailed({ formula: 'incidents ~ yr_con + op_75_79 | type', family }, ships).result;
      const dummies = fitModelDetailed(
        { formula: 'incidents ~ yr_con + op_75_79 + type', family },
        ships,
      ).result;
      expect(fe.coefficients.map((c) => c.term)).toEqual(['yr_con', 'op_75_79']);
      for (const j of [0, 1]) {
        expect(fe.coefficients[j]!.estimate).toBeCloseTo(dummies.coefficients[j + 1]!.estimate, 7);
        expect(fe.coefficients[j]!.stdError).toBeCloseTo(dummies.coefficients[j + 1]!.stdError, 7);
      }
      expect(fe.logLik).toBeCloseTo(dummies.logLik, 7);
    }
  });

  it('two-way fixed effects (sparse indicators) equal the dummy-variable fit', () => {
    const data = simulateCounts(900, [0.5, 0.8, -0.4], 2, 5);
    const t = (data.columns.x2!.values as Float64Array).map((v) => Math.floor(v * 5));
    const panel: Table = { n: data.n, columns: { ...data.columns, year: { kind: 'number', values: t } } };
    const fe = fitModelDetailed({ formula: 'y ~ x1 | g + year' }, panel);
    const dummies = fitModelDetailed({ formula: 'y ~ x1 + g + factor(year)' }, panel).result;
    expect(fe.result.coefficients.map((c) => c.term)).toEqual(['x1']);
    expect(fe.result.coefficients[0]!.estimate).toBeCloseTo(dummies.coefficients[1]!.estimate, 8);
    expect(fe.result.coefficients[0]!.stdError).toBeCloseTo(dummies.coefficients[1]!.stdError, 8);
    expect(fe.result.logLik).toBeCloseTo(dummies.logLik, 7);
    // predictions carry the fixed effects in the offset
    const mm = modelMatrixFor(fe, panel);
    expect(mm.n).toBe(panel.n);
    expect(new Set(Array.from(mm.offset).map((o) => o.toFixed(8))).size).toBeGreaterThan(5);
  });

  it('a fitted model survives structured clone; an aborted signal cancels', () => {
    const m = fitModelDetailed({ formula: 'Days ~ Eth + Sex' }, quine);
    expect(structuredClone(m)).toEqual(m);
    const ac = new AbortController();
    ac.abort();
    expect(() => fitModelDetailed({ formula: 'Days ~ Eth' }, quine, { signal: ac.signal })).toThrow(
      PeacepanelError,
    );
  });
});
