import { describe, expect, it } from 'vitest';
import { bandScale, linearScale, niceDomain, tickStep, ticks } from '../src/scales.js';

describe('scales', () => {
  it('picks 1-2-5 tick steps', () => {
    expect(tickStep(0, 20000, 4)).toBe(5000);
    expect(tickStep(0, 1, 5)).toBe(0.2);
    expect(tickStep(0, 873, 5)).toBe(200);
  });

  it('makes ticks on the step, without floating-point noise', () => {
    expect(ticks(0, 20000, 4)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(ticks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(ticks(5, 5, 3)).toEqual([5]);
    expect(ticks(Number.NaN, 1, 3)).toEqual([]);
  });

  it('extends a domain to whole steps', () => {
    expect(niceDomain(0, 873, 5)).toEqual([0, 1000]);
    expect(niceDomain(0, 0, 5)).toEqual([0, 1]);
    expect(niceDomain(0, 47, 4)).toEqual([0, 50]);
  });

  it('maps linearly, also onto inverted ranges', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(y.ticks(2)).toEqual([0, 50, 100]);
  });

  it('splits a range into padded bands', () => {
    expect(bandScale(2, [0, 100], 0.2)).toEqual({ starts: [5, 55], bandwidth: 40, step: 50 });
    expect(bandScale(0, [0, 100], 0.2).starts).toEqual([]);
  });
});
