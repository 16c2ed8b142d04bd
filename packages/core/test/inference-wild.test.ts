// Wild cluster score bootstrap (Kline & Santos 2012): properties, and agreement with brute force.
// Its size against CR1 is a simulation study: bench/wild-bootstrap.ts.
import { describe, expect, it } from 'vitest';
import { wildClusterBootstrap } from '../src/inference/wild-cluster-bootstrap.js';
import { wildScoreTest } from '../src/inference/wild-score-test.js';
import { filterRows } from '../src/table/columns.js';
import type { Table } from '../src/table.js';
import { shipsTable } from './fit-data.js';
import { thrown } from './thrown.js';

/** Every Rademacher sign vector, by recursion (independent of the bit-mask loop). */
function bruteForceP(c: number[]): number {
  const T = c.reduce((s, v) => s + v, 0) ** 2 / c.reduce((s, v) => s + v * v, 0);
  let hits = 0;
  let total = 0;
  const walk = (g: number, s: number) => {
    if (g === c.length) {
      total++;
      if ((s * s) / c.reduce((a, v) => a + v * v, 0) >= T * (1 - 1e-12)) hits++;
      return;
    }
    walk(g + 1, s + (c[g] as number));
    walk(g + 1, s - (c[g] as number));
  };
  walk(0, 0);
  return hits / total;
}

describe('wildScoreTest', () => {
  const c = [0.8, -0.3, 1.2, 0.4, -0.9, 0.7, 0.2];
  it('enumerates all Rademacher sign vectors when 2^G ≤ reps and matches brute force', () => {
    const r = wildScoreTest(Float64Array.from(c), { reps: 999, seed: 3, weights: 'rademacher' });
    expect(r.enumerated).toBe(true);
    expect(r.reps).toBe(128);
    expect(r.p).toBe(bruteForceP(c));
    expect(r.statistic).toBeCloseTo(c.reduce((s, v) => s + v, 0) ** 2 / c.reduce((s, v) => s + v * v, 0), 14);
  });
  it('is deterministic for a seed and approaches the exact p with random Rademacher draws', () => {
    const a = wildScoreTest(Float64Array.from(c), { reps: 100, seed: 7, weights: 'rademacher' });
    const b = wildScoreTest(Float64Array.from(c), { reps: 100, seed: 7, weights: 'rademacher' });
    expect(a).toEqual(b);
    expect(a.enumerated).toBe(false);
    const many = wildScoreTest(Float64Array.from(c), { reps: 20000, seed: 7, weights: 'rademacher' });
    // 20 000 draws: Monte Carlo s.e. of p ≤ 0.0036.
    expect(Math.abs(many.p - bruteForceP(c))).toBeLessThan(0.015);
  });
  it('gives p = 1 when the contributions sum to zero and p = 2/2^G when all agree', () => {
    expect(wildScoreTest(Float64Array.of(1, -1, 2, -2), { reps: 99, seed: 1, weights: 'webb' }).p).toBe(1);
    expect(
      wildScoreTest(Float64Array.of(1, 1, 1, 1, 1), { reps: 999, seed: 1, weights: 'rademacher' }).p,
    ).toBe(2 / 32);
  });
  it('Webb weights: p in (0, 1], deterministic, different seeds differ', () => {
    const big = Float64Array.from({ length: 30 }, (_, g) => Math.sin(g + 1) + 0.1);
    const a = wildScoreTest(big, { reps: 499, seed: 11, weights: 'webb' });
    expect(a.p).toBeGreaterThan(0);
    expect(a.p).toBeLessThanOrEqual(1);
    expect(wildScoreTest(big, { reps: 499, seed: 11, weights: 'webb' }).p).toBe(a.p);
    expect(wildScoreTest(big, { reps: 499, seed: 12, weights: 'webb' }).p).not.toBe(a.p);
  });
});

describe('wildClusterBootstrap', () => {
  const ships = shipsTable();
  const spec = {
    formula: 'incidents ~ yr_con + op_75_79 + offset(log(service))',
    cluster: 'type',
    vcov: 'cluster' as const,
  };
  it('runs one restricted fit, clusters by the spec and is deterministic', () => {
    const a = wildClusterBootstrap(spec, ships, {
      term: 'op_75_79',
      reps: 999,
      seed: 5,
      weights: 'rademacher',
    });
    expect(a.clusters).toBe(5);
    expect(a.enumerated).toBe(true); // 2^5 = 32 ≤ 999
    expect(a.reps).toBe(32);
    // With 5 clusters the smallest attainable p is 2/32.
    expect(a.p).toBeGreaterThanOrEqual(2 / 32);
    expect(
      wildClusterBootstrap(spec, ships, { term: 'op_75_79', reps: 999, seed: 99, weights: 'rademacher' }).p,
    ).toBe(a.p);
    expect(a.restrictedTheta).toBeGreaterThan(0);
  });
  it('refuses an unknown term and a missing cluster column with located messages', () => {
    expect(
      thrown(() => wildClusterBootstrap(spec, ships, { term: 'nope', reps: 9, seed: 1 })).message,
    ).toMatch(/"nope" is not an estimated coefficient/);
    const e = thrown(() =>
      wildClusterBootstrap({ ...spec, cluster: 'zz' }, ships, { term: 'yr_con', reps: 9, seed: 1 }),
    );
    expect(e.message).toMatch(/no column "zz"/);
  });
  it("uses the spec's subset and frequency weights, as the fit does", () => {
    const opts = { term: 'op_75_79', reps: 999, seed: 3 };
    const onSubset = wildClusterBootstrap({ ...spec, subset: 'year >= 65' }, ships, opts);
    const filtered = filterRows(ships, (i) => (ships.columns.year?.values[i] as number) >= 65);
    expect(filtered.n).toBeLessThan(ships.n);
    const onFiltered = wildClusterBootstrap(spec, filtered, opts);
    expect(onSubset.p).toBe(onFiltered.p);
    expect(onSubset.restrictedTheta).toBeCloseTo(onFiltered.restrictedTheta as number, 10);
    // Frequency weights 1, 2, 3, 1, 2, 3, … give the same test as each row repeated that many times.
    const times = Array.from({ length: ships.n }, (_, i) => 1 + (i % 3));
    const rows = times.flatMap((k, i) => Array.from({ length: k }, () => i));
    const repeat = (c: Table['columns'][string]) =>
      c.kind === 'number'
        ? { kind: 'number' as const, values: Float64Array.from(rows, (i) => c.values[i] as number) }
        : { kind: 'string' as const, values: rows.map((i) => c.values[i] ?? null) };
    const stacked: Table = {
      n: rows.length,
      columns: Object.fromEntries(Object.entries(ships.columns).map(([k, c]) => [k, repeat(c)])),
    };
    const weighted: Table = {
      n: ships.n,
      columns: { ...ships.columns, w: { kind: 'number', values: Float64Array.from(times) } },
    };
    const a = wildClusterBootstrap({ ...spec, weights: 'w' }, weighted, opts);
    const b = wildClusterBootstrap(spec, stacked, opts);
    expect(a.p).toBe(b.p);
    expect(a.restrictedTheta).toBeCloseTo(b.restrictedTheta as number, 8);
    // and the weights matter: the unweighted test on the same rows has another restricted fit
    expect(wildClusterBootstrap(spec, ships, opts).restrictedTheta).not.toBeCloseTo(
      a.restrictedTheta as number,
      3,
    );
  });
});
