import { describe, expect, it } from 'vitest';
import { HIT_RADIUS, nearestTarget, tooltipPosition } from './hit-test.js';

describe('nearestTarget (pointer hit-testing)', () => {
  const points = [
    { x: 100, y: 100 },
    { x: 160, y: 100 },
    { x: 100, y: 300 },
  ];

  it('picks the nearest point within the radius', () => {
    expect(nearestTarget(points, 110, 105)).toBe(0);
    expect(nearestTarget(points, 140, 100)).toBe(1);
    expect(nearestTarget(points, 100, 280)).toBe(2);
  });

  it('picks nothing farther than the radius (strictly)', () => {
    expect(nearestTarget(points, 100, 100 + 200)).toBe(2);
    expect(nearestTarget(points, 100 + HIT_RADIUS, 200)).toBe(-1);
    expect(nearestTarget(points, 100, 100 - HIT_RADIUS)).toBe(-1);
    expect(nearestTarget(points, 100, 100 - HIT_RADIUS + 1)).toBe(0);
    expect(nearestTarget([], 0, 0)).toBe(-1);
  });

  it('gives a tie to the first point, and takes another radius', () => {
    expect(nearestTarget(points, 130, 100)).toBe(0);
    expect(nearestTarget(points, 130, 100, 10)).toBe(-1);
  });
});

describe('tooltipPosition', () => {
  const chart = { width: 600, height: 400 };

  it('opens towards the centre: right of a point on the left half, left of one on the right half', () => {
    expect(tooltipPosition(chart, { x: 100, y: 200 })).toEqual({
      left: '112px',
      right: 'auto',
      top: 'auto',
      bottom: '214px',
    });
    expect(tooltipPosition(chart, { x: 500, y: 200 })).toMatchObject({ left: 'auto', right: '112px' });
  });

  it('goes below a point near the top edge', () => {
    expect(tooltipPosition(chart, { x: 100, y: 30 })).toMatchObject({ top: '44px', bottom: 'auto' });
  });
});
