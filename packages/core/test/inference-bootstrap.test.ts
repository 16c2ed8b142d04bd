import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { fitModelDetailed } from '../src/estimators/fit-model.js';
import { bootstrapPredictions } from '../src/inference/bootstrap-predictions.js';
import { clusterBootstrap, clusterBootstrapAsync } from '../src/inference/cluster-bootstrap.js';
import { percentileIntervals } from '../src/inference/percentile-intervals.js';
import { tableFromRows } from '../src/table.js';
import { loadFixture } from './inference-fixture.js';

// MASS::ships (34 rows with service > 0), clustered by ship type (5 clusters), as in the shared reference.
const ships = loadFixture<{ data: Record<string, (number | string)[]> }>('ships');
const names = Object.keys(ships.data);
const shipsTable = tableFromRows(
  ships.data.incidents!.map((_, i) => Object.fromEntries(names.map((n) => [n, ships.data[n]![i]!]))),
);
const spec = {
  formula: 'incidents ~ yr_con + op_75_79 + offset(log(service))',
  cluster: 'type',
  vcov: 'cluster' as const,
};

describe('clusterBootstrap (seeded pairs bootstrap by cluster)', () => {
  it('is reproducible for a seed, differs across seeds, and reports its setup', () => {
    const a = clusterBootstrap(spec, shipsTable, { reps: 12, seed: 7 });
    const b = clusterBootstrap(spec, shipsTable, { reps: 12, seed: 7 });
    const c = clusterBootstrap(spec, shipsTable, { reps: 12, seed: 8 });
    expect(a.terms).toEqual(['(Intercept)', 'yr_con', 'op_75_79']);
    expect(a.draws).toHaveLength(36);
    expect(Array.from(a.draws)).toEqual(Array.from(b.draws));
    expect(Array.from(a.draws)).not.toEqual(Array.from(c.draws));
    expect(a.cluster).toBe('type');
    expect(a.clusters).toBe(5);
    expect(a.failed + a.failures.length).toBeGreaterThanOrEqual(0);
    const ok = Array.from(a.draws).filter(Number.isFinite).length;
    expect(ok).toBeGreaterThan(0);
  });

  it('split ranges give exactly the draws of one run (property over seeds and split points)', () => {
    const whole = new Map<number, Float64Array>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 8 }), (seedIdx, cut) => {
        const seed = [1, 99, 2 ** 31 + 5, 2 ** 45][seedIdx]!;
        let full = whole.get(seed);
        if (!full) {
          full = clusterBootstrap(spec, shipsTable, { reps: 8, seed }).draws;
          whole.set(seed, full);
        }
        const terms = ['(Intercept)', 'yr_con', 'op_75_79'];
        const left = clusterBootstrap(spec, shipsTable, { reps: 8, seed, start: 0, end: cut, terms });
        const right = clusterBootstrap(spec, shipsTable, { reps: 8, seed, start: cut, end: 8, terms });
        expect(left.start).toBe(0);
        expect(right.end).toBe(8);
        const joined = [...left.draws, ...right.draws];
        expect(joined.map((x) => (Number.isNaN(x) ? 'NaN' : x))).toEqual(
          Array.from(full, (x) => (Number.isNaN(x) ? 'NaN' : x)),
        );
      }),
      { numRuns: 12 },
    );
  });

  it('counts failed replications (NaN rows) and percentile intervals skip them', () => {
    // All events in cluster "A": replications that never draw A have an all-zero outcome and cannot be fit.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      g: 'ABCDE'[i % 5]!,
      x: (i * 7) % 11,
      y: i % 5 === 0 ? 1 + (i % 3) : 0,
    }));
    const boot = clusterBootstrap({ formula: 'y ~ x', family: 'poisson' }, tableFromRows(rows), {
      reps: 20,
      seed: 3,
      cluster: 'g',
    });
    expect(boot.failed).toBeGreaterThan(0);
    expect(boot.failed).toBeLessThan(20);
    expect(boot.failures[0]!.reason.length).toBeGreaterThan(0);
    const nanRows = Array.from({ length: 20 }, (_, r) => Number.isNaN(boot.draws[r * 2]!)).filter(
      Boolean,
    ).length;
    expect(nanRows).toBe(boot.failed);
    const [iv] = percentileIntervals(boot.draws, 2, 0.9);
    expect(iv!.reps).toBe(20 - boot.failed);
  });

  it('stops promptly on abort (between replications) with a CANCELLED error, sync and async', async () => {
    const controller = new AbortController();
    let seen = 0;
    const run = () =>
      clusterBootstrap(spec, shipsTable, {
        reps: 50,
        seed: 1,
        signal: controller.signal,
        onProgress: (p) => {
          seen = p.done;
          if (p.done === 3) controller.abort();
        },
      });
    expect(run).toThrow(PeacepanelError);
    expect(seen).toBe(3);
    const c2 = new AbortController();
    let done = 0;
    setTimeout(() => c2.abort(), 5);
    await expect(
      clusterBootstrapAsync(spec, shipsTable, {
        reps: 100_000,
        seed: 1,
        signal: c2.signal,
        yieldEveryMs: 1,
        onProgress: (p) => {
          done = p.done;
        },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(done).toBeLessThan(100_000);
  });

  it('rejects bad options with clear errors', () => {
    expect(() => clusterBootstrap(spec, shipsTable, { reps: 0, seed: 1 })).toThrow(/reps/);
    expect(() => clusterBootstrap(spec, shipsTable, { reps: 5, seed: -1 })).toThrow(/seed/);
    expect(() => clusterBootstrap(spec, shipsTable, { reps: 5, seed: 1, start: 4, end: 2 })).toThrow(/range/);
    expect(() => clusterBootstrap(spec, shipsTable, { reps: 5, seed: 1, cluster: 'nope' })).toThrow(
      /no column "nope"/,
    );
  });
});

describe('bootstrapPredictions (percentile intervals of predicted counts over the draws)', () => {
  it('equals exp of the order statistics of x·β_b (monotone map, 21 draws, 90%: exact order statistics)', () => {
    const model = fitModelDetailed(spec, shipsTable);
    const boot = clusterBootstrap(spec, shipsTable, { reps: 21, seed: 11 });
    const row = { yr_con: 2, op_75_79: 1, service: 1000 };
    const [p] = bootstrapPredictions(model, boot, [row], { ciLevel: 0.9 });
    const k = boot.terms.length;
    const etas: number[] = [];
    for (let r = 0; r < 21; r++) {
      const b = boot.draws.subarray(r * k, (r + 1) * k);
      if (b.every(Number.isFinite)) etas.push(b[0]! + 2 * b[1]! + b[2]! + Math.log(1000));
    }
    etas.sort((a, b) => a - b);
    expect(etas.length).toBe(21); // no replication fails for this seed
    expect(p!.reps).toBe(21);
    expect(p!.lower).toBeCloseTo(Math.exp(etas[1]!), 10);
    expect(p!.upper).toBeCloseTo(Math.exp(etas[19]!), 10);
    expect(p!.lower).toBeGreaterThan(0);
    expect(p!.lower).toBeLessThanOrEqual(p!.upper);
    // Draws that all equal the estimates give a degenerate interval at the fit.
    const same = new Float64Array(5 * model.beta.length);
    for (let r = 0; r < 5; r++) same.set(model.beta, r * model.beta.length);
    const [q] = bootstrapPredictions(model, { draws: same, terms: boot.terms }, [row]);
    expect(q!.lower).toBeCloseTo(q!.fit, 12);
    expect(q!.upper).toBeCloseTo(q!.fit, 12);
    expect(() =>
      bootstrapPredictions(model, { draws: same, terms: ['(Intercept)', 'x', 'y'] }, [row]),
    ).toThrow(/missing yr_con, op_75_79/);
  });
});
