import { DEFAULT_PARTNERSHIP_SPEC } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { assembleDraws, splitReplications } from '../src/main/bootstrap-plan.js';
import { canonicalJson } from '../src/worker/canonical-json.js';
import { modelKey } from '../src/worker/model-cache.js';

describe('splitting a bootstrap across workers', () => {
  it('covers [0, reps) exactly once, in order, for any pool size', () => {
    for (const reps of [1, 2, 7, 999])
      for (const workers of [1, 2, 3, 8]) {
        const slices = splitReplications(reps, workers);
        expect(slices[0]?.start).toBe(0);
        expect(slices.at(-1)?.end).toBe(reps);
        slices.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          if (i > 0) expect(s.start).toBe(slices[i - 1]?.end);
        });
        expect(slices.length).toBeLessThanOrEqual(Math.max(1, workers * 4));
      }
  });

  it('puts slices back at their replication offsets whatever order they finish in', () => {
    const terms = ['a', 'b'];
    const ranges = [
      { start: 2, end: 3, draws: Float64Array.of(5, 6), terms, failed: 1 },
      { start: 0, end: 2, draws: Float64Array.of(1, 2, 3, 4), terms, failed: 0 },
    ];
    const out = assembleDraws(ranges, 3);
    expect(Array.from(out.draws)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(out.failed).toBe(1);
    expect(() =>
      assembleDraws([{ start: 0, end: 1, draws: Float64Array.of(1), terms: ['x'], failed: 0 }, ...ranges], 3),
    ).toThrow(/terms/);
  });
});

describe('the model cache key', () => {
  it('is the same for equal specs written in another key order or with defaults spelled out', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_PARTNERSHIP_SPEC).reverse());
    const spelled = { ...DEFAULT_PARTNERSHIP_SPEC, hc: 'HC1' as const, ciLevel: 0.95 };
    const key = modelKey('africa-cm', DEFAULT_PARTNERSHIP_SPEC).key;
    expect(modelKey('africa-cm', reordered as typeof DEFAULT_PARTNERSHIP_SPEC).key).toBe(key);
    expect(modelKey('africa-cm', spelled).key).toBe(key);
  });

  it('differs by dataset and by any setting', () => {
    const key = modelKey('africa-cm', DEFAULT_PARTNERSHIP_SPEC).key;
    expect(modelKey('other', DEFAULT_PARTNERSHIP_SPEC).key).not.toBe(key);
    expect(modelKey('africa-cm', { ...DEFAULT_PARTNERSHIP_SPEC, family: 'poisson' }).key).not.toBe(key);
  });

  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined })).toBe(
      '{"a":[2,{"c":4,"d":3}],"b":1}',
    );
  });
});
