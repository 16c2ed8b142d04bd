/**
 * Keyboard navigation between a chart's data points, as pure functions of the points' positions
 * (no DOM), after the WAI-ARIA Authoring Practices' grid pattern: left and right move along a series,
 * up and down to the nearest point of the neighbouring series (or along the only series), Home and
 * End to its first and last point.
 * Reference: https://www.w3.org/WAI/ARIA/apg/patterns/grid/ (keyboard interaction).
 */
import type { ChartTarget } from '@peacepanel/charts';

/** The part of a data point navigation reads. */
export type NavigationTarget = Pick<ChartTarget, 'x' | 'series'>;

/** The keys that move between points. */
export const NAVIGATION_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;

/**
 * The point that `key` moves to from point `active`: its index, `active` itself when it cannot move
 * further, or null when `key` is not a navigation key (the element then lets the key through).
 * @example nextTarget([{ x: 0, series: 0 }, { x: 10, series: 0 }], 0, 'ArrowRight') // 1
 */
export function nextTarget(targets: readonly NavigationTarget[], active: number, key: string): number | null {
  if (!(NAVIGATION_KEYS as readonly string[]).includes(key)) return null;
  const cur = targets[active];
  if (!cur) return null;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const same = indicesOf(targets, cur.series);
    const pos = same.indexOf(active) + (key === 'ArrowRight' ? 1 : -1);
    return same[Math.min(same.length - 1, Math.max(0, pos))] ?? active;
  }
  if (key === 'Home') return indicesOf(targets, cur.series)[0] ?? active;
  if (key === 'End') return indicesOf(targets, cur.series).at(-1) ?? active;
  const down = key === 'ArrowDown';
  const series = [...new Set(targets.map((t) => t.series))].sort((a, b) => a - b);
  const neighbour = series[series.indexOf(cur.series) + (down ? 1 : -1)];
  if (neighbour !== undefined) return nearestInSeries(targets, neighbour, cur.x) ?? active;
  if (series.length === 1) return Math.min(targets.length - 1, Math.max(0, active + (down ? 1 : -1)));
  return active;
}

function indicesOf(targets: readonly NavigationTarget[], series: number): number[] {
  return targets.flatMap((t, i) => (t.series === series ? [i] : []));
}

function nearestInSeries(targets: readonly NavigationTarget[], series: number, x: number): number | null {
  let best: number | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  targets.forEach((t, i) => {
    if (t.series === series && Math.abs(t.x - x) < bestD) {
      bestD = Math.abs(t.x - x);
      best = i;
    }
  });
  return best;
}
