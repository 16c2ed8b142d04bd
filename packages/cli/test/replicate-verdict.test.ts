import { describe, expect, it } from 'vitest';
import type { ModelSummary } from '../src/replicate/numbers.js';
import { hksVerdict, shareVerdict, signVerdict } from '../src/replicate/verdict.js';

function model(estimate: number | null, p: number | null, converged = true): ModelSummary {
  return {
    status: 'ok',
    label: 'm',
    formula: 'y ~ x',
    family: 'negbin',
    vcovType: 'cluster',
    n: 100,
    nExcluded: 0,
    clusters: 10,
    converged,
    logLik: -1,
    aic: 4,
    theta: 1,
    terms: ['x'],
    coefficients: { x: { estimate, stdError: 0.1, z: null, p, ciLow: null, ciHigh: null, pctChange: null } },
    exclusions: [],
    warnings: [],
  };
}

describe('replicate: verdicts', () => {
  it('a "reduces" claim needs a negative, significant estimate', () => {
    expect(signVerdict(model(-0.2, 0.01), 'x', 'negative', 0.05).verdict).toBe('reproduced');
    expect(signVerdict(model(-0.2, 0.2), 'x', 'negative', 0.05).verdict).toBe('not reproduced');
    expect(signVerdict(model(0.2, 0.001), 'x', 'negative', 0.05).verdict).toBe('not reproduced');
    expect(signVerdict(model(-0.2, 0.05), 'x', 'negative', 0.05).verdict).toBe('not reproduced');
  });

  it('a "does not reduce" claim fails only on a significantly negative estimate', () => {
    expect(signVerdict(model(-0.2, 0.2), 'x', 'not negative', 0.05).verdict).toBe('reproduced');
    expect(signVerdict(model(0.3, 0.001), 'x', 'not negative', 0.05).verdict).toBe('reproduced');
    expect(signVerdict(model(-0.3, 0.001), 'x', 'not negative', 0.05).verdict).toBe('not reproduced');
  });

  it('is not testable without a usable model, and says why', () => {
    expect(signVerdict({ status: 'not run', reason: 'no data' }, 'x', 'negative', 0.05)).toEqual({
      verdict: 'not testable',
      reason: 'the model did not run: no data',
    });
    expect(signVerdict(model(-0.2, 0.01, false), 'x', 'negative', 0.05).verdict).toBe('not testable');
    expect(signVerdict(model(null, null), 'x', 'negative', 0.05).verdict).toBe('not testable');
    expect(signVerdict(model(-0.2, 0.01), 'z', 'negative', 0.05).verdict).toBe('not testable');
  });

  it('judges the share within an absolute tolerance', () => {
    expect(shareVerdict(0.47, 0.44, 0.05).verdict).toBe('reproduced');
    expect(shareVerdict(0.38, 0.44, 0.05).verdict).toBe('not reproduced');
    expect(shareVerdict(0.38, 0.44, 0.05).reason).toContain('below');
    expect(shareVerdict(null, 0.44, 0.05).verdict).toBe('not testable');
  });

  it('judges the HKS drop by direction, interval and size', () => {
    const paper = 1 - 6 / 22;
    expect(hksVerdict({ noUn: 20, withFit: 6, withUpper: 9, reduction: 0.7 }, paper, 0.2).verdict).toBe(
      'reproduced',
    );
    expect(hksVerdict({ noUn: 20, withFit: 25, withUpper: 40, reduction: -0.25 }, paper, 0.2).verdict).toBe(
      'not reproduced',
    );
    expect(hksVerdict({ noUn: 20, withFit: 12, withUpper: 30, reduction: 0.4 }, paper, 0.2).reason).toContain(
      'interval',
    );
    expect(
      hksVerdict({ noUn: 20, withFit: 15, withUpper: 18, reduction: 0.25 }, paper, 0.2).reason,
    ).toContain('smaller');
  });

  it('keeps digits out of reasons (numbers are shown from numbers.json)', () => {
    const reasons = [
      signVerdict(model(-0.2, 0.01), 'x', 'negative', 0.05).reason,
      signVerdict(model(-0.2, 0.2), 'x', 'not negative', 0.05).reason,
      shareVerdict(0.3, 0.44, 0.05).reason,
      hksVerdict({ noUn: 20, withFit: 15, withUpper: 18, reduction: 0.25 }, 0.72, 0.2).reason,
    ];
    for (const r of reasons) expect(r).not.toMatch(/\d/);
  });
});
