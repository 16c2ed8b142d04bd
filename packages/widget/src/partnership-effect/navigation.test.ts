import { describe, expect, it } from 'vitest';
import { nextTarget } from './navigation.js';

// Two series of three points (x = 0, 10, 20) and one of two points (x = 4, 16), in drawing order.
const grid = [
  { x: 0, series: 0 },
  { x: 10, series: 0 },
  { x: 20, series: 0 },
  { x: 0, series: 1 },
  { x: 10, series: 1 },
  { x: 20, series: 1 },
  { x: 4, series: 2 },
  { x: 16, series: 2 },
];

describe('nextTarget (keyboard navigation between data points)', () => {
  it('moves along a series with left and right, stopping at its ends', () => {
    expect(nextTarget(grid, 0, 'ArrowRight')).toBe(1);
    expect(nextTarget(grid, 2, 'ArrowRight')).toBe(2);
    expect(nextTarget(grid, 4, 'ArrowLeft')).toBe(3);
    expect(nextTarget(grid, 3, 'ArrowLeft')).toBe(3);
  });

  it('moves to the nearest point of the next or previous series with down and up', () => {
    expect(nextTarget(grid, 1, 'ArrowDown')).toBe(4);
    expect(nextTarget(grid, 5, 'ArrowDown')).toBe(7); // x 20 → nearest of 4 and 16
    expect(nextTarget(grid, 6, 'ArrowUp')).toBe(3); // x 4 → nearest of 0, 10, 20
    expect(nextTarget(grid, 0, 'ArrowUp')).toBe(0); // no series above
    expect(nextTarget(grid, 7, 'ArrowDown')).toBe(7); // no series below
  });

  it('walks the points of a single series with up and down too (bars of one series)', () => {
    const bars = [0, 1, 2].map((i) => ({ x: i * 30, series: 0 }));
    expect(nextTarget(bars, 0, 'ArrowDown')).toBe(1);
    expect(nextTarget(bars, 2, 'ArrowDown')).toBe(2);
    expect(nextTarget(bars, 1, 'ArrowUp')).toBe(0);
  });

  it('goes to the first and last point of the series with Home and End', () => {
    expect(nextTarget(grid, 4, 'Home')).toBe(3);
    expect(nextTarget(grid, 4, 'End')).toBe(5);
    expect(nextTarget(grid, 6, 'End')).toBe(7);
  });

  it('lets other keys through, and any key when there is no such point', () => {
    expect(nextTarget(grid, 0, 'Enter')).toBeNull();
    expect(nextTarget(grid, 0, 'Tab')).toBeNull();
    expect(nextTarget([], 0, 'ArrowRight')).toBeNull();
    expect(nextTarget(grid, 99, 'ArrowRight')).toBeNull();
  });
});
