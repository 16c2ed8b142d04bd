import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileIntervals, quantileType7 } from '../src/inference/percentile-intervals.js';
import { seededRng } from '../src/inference/rng.js';

describe('seededRng (xoshiro128** seeded by splitmix32 from (seed, stream))', () => {
  it('gives the same sequence for the same (seed, stream) and different ones otherwise', () => {
    const take = (seed: number, stream: number) => {
      const r = seededRng(seed, stream);
      return Array.from({ length: 8 }, () => r.nextUint32());
    };
    expect(take(42, 7)).toEqual(take(42, 7));
    expect(take(42, 7)).not.toEqual(take(42, 8));
    expect(take(42, 7)).not.toEqual(take(43, 7));
    // High bits of a large seed matter too.
    expect(take(2 ** 40, 0)).not.toEqual(take(0, 0));
  });

  it('draws integers in range, roughly uniformly (chi-square over 10 cells, 50 000 draws)', () => {
    const r = seededRng(2023, 0);
    const counts = new Array<number>(10).fill(0);
    const n = 50_000;
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const v = r.nextInt(10);
      if (v >= 0 && v < 10 && Number.isInteger(v)) counts[v]!++;
      else bad++;
    }
    expect(bad).toBe(0);
    const chi2 = counts.reduce((s, c) => s + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88); // the 0.999 quantile of chi-square(9)
    let mean = 0;
    for (let i = 0; i < n; i++) mean += r.nextDouble() / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });

  it('rejects seeds that are not non-negative safe integers', () => {
    expect(() => seededRng(-1, 0)).toThrow(RangeError);
    expect(() => seededRng(1.5, 0)).toThrow(RangeError);
  });
});

describe('percentileIntervals', () => {
  it("uses R's quantile type 7", () => {
    // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0.025, 0.975)) -> 1.000 8.475
    const [iv] = percentileIntervals(new Float64Array([3, 1, 4, 1, 5, 9, 2, 6]), 1, 0.95);
    expect(iv!.lower).toBeCloseTo(1, 12);
    expect(iv!.upper).toBeCloseTo(8.475, 12);
    expect(iv!.reps).toBe(8);
  });

  it('works per column, skips failed (NaN) replications and reports how many draws it used', () => {
    const draws = new Float64Array([1, 10, Number.NaN, Number.NaN, 3, 30, 2, 20]);
    const out = percentileIntervals(draws, 2, 0.5);
    expect(out.map((o) => o.reps)).toEqual([3, 3]);
    expect(out[0]).toEqual({ lower: 1.5, upper: 2.5, reps: 3 });
    expect(out[1]).toEqual({ lower: 15, upper: 25, reps: 3 });
    expect(percentileIntervals(new Float64Array([Number.NaN]), 1)[0]!.reps).toBe(0);
    expect(() => percentileIntervals(new Float64Array(3), 2)).toThrow(RangeError);
  });

  it('bounds are ordered order-statistic interpolations within the data range (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (xs, level) => {
          const [iv] = percentileIntervals(Float64Array.from(xs), 1, level);
          const sorted = [...xs].sort((a, b) => a - b);
          expect(iv!.lower).toBeLessThanOrEqual(iv!.upper);
          expect(iv!.lower).toBeGreaterThanOrEqual(sorted[0]!);
          expect(iv!.upper).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
          expect(quantileType7(Float64Array.from(sorted), 0.5)).toBeCloseTo(
            sorted.length % 2
              ? sorted[(sorted.length - 1) / 2]!
              : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2,
            6,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
