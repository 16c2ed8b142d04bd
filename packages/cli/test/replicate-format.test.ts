import { describe, expect, it } from 'vitest';
import { allRenderings, createFormatter, formatNumber, numberTokens } from '../src/replicate/format.js';
import { pointer, readPointer } from '../src/replicate/json-pointer.js';

describe('replicate: JSON Pointer (RFC 6901)', () => {
  const doc = { a: [{ b: 2 }], 'x/y': { '~z': 3 }, coef: { 'un:nonun': { p: 0.01 } } };

  it('reads objects, arrays and escaped keys', () => {
    expect(readPointer(doc, '/a/0/b')).toBe(2);
    expect(readPointer(doc, '/x~1y/~0z')).toBe(3);
    expect(readPointer(doc, pointer('coef', 'un:nonun', 'p'))).toBe(0.01);
    expect(readPointer(doc, '')).toBe(doc);
  });

  it('round-trips keys through pointer()', () => {
    expect(readPointer(doc, pointer('x/y', '~z'))).toBe(3);
  });

  it('throws on missing paths instead of printing undefined', () => {
    expect(() => readPointer(doc, '/a/1/b')).toThrow(/no element 1/);
    expect(() => readPointer(doc, '/nope')).toThrow(/no key "nope"/);
    expect(() => readPointer(doc, 'a')).toThrow(/must start/);
  });
});

describe('replicate: number formatting', () => {
  it('writes each style deterministically', () => {
    expect(formatNumber(12345.6, 'int')).toBe('12,346');
    expect(formatNumber(-1234567, 'int')).toBe('-1,234,567');
    expect(formatNumber(1993, 'year')).toBe('1993');
    expect(formatNumber(0.44123, 'pct1')).toBe('44.1%');
    expect(formatNumber(0.44, 'pct0')).toBe('44%');
    expect(formatNumber(-0.0004, 'dec3')).toBe('0.000');
    expect(formatNumber(0.0004, 'pval')).toBe('<0.001');
    expect(formatNumber(0.0312, 'pval')).toBe('0.031');
    expect(formatNumber(2.5, 'thousands')).toBe('2,500');
    expect(formatNumber(-0.1137, 'pp1')).toBe('-11.4');
    expect(formatNumber(0.000123, 'coef')).toBe('0.00012');
    expect(formatNumber(-0.0256, 'coef')).toBe('-0.026');
    expect(formatNumber(20230, 'plain')).toBe('20230');
    expect(formatNumber(null, 'dec2')).toBe('n/a');
    expect(formatNumber(Number.NaN, 'dec2')).toBe('n/a');
  });

  it('formats only what the JSON holds, by pointer', () => {
    const f = createFormatter({ conventions: { pValueFloor: 0.01 }, s: 0.5, t: 'GED 20.1', n: null });
    expect(f.num('/s', 'pct0')).toBe('50%');
    expect(f.num('/conventions/pValueFloor', 'pval')).toBe('0.010');
    expect(f.num('/n', 'int')).toBe('n/a');
    expect(f.str('/t')).toBe('GED 20.1');
    expect(() => f.num('/t', 'int')).toThrow(/not a number/);
    expect(() => f.num('/missing', 'int')).toThrow();
  });

  it('uses the p-value floor from the document', () => {
    expect(createFormatter({ conventions: { pValueFloor: 0.01 }, p: 0.005 }).num('/p', 'pval')).toBe(
      '<0.010',
    );
  });
});

describe('replicate: number tokens', () => {
  it('finds numbers in prose and tables but not inside identifiers', () => {
    expect(numberTokens('44.1% of 1,234 months; un_troops_k_lag1 and log1p(x), 1993–2019, -0.25')).toEqual([
      '44.1%',
      '1,234',
      '1993',
      '2019',
      '-0.25',
    ]);
    expect(numberTokens('p <0.001 | 22 → 6')).toEqual(['0.001', '22', '6']);
  });

  it('collects every rendering of every JSON number and the numbers in its strings', () => {
    const r = allRenderings({ a: 0.4412, b: [1234.5], c: 'version 0.1.0' });
    for (const t of ['44.1%', '44%', '0.441', '1,235', '1235', '1234.5', '0.1']) expect(r.has(t)).toBe(true);
    expect(r.has('45%')).toBe(false);
  });
});
