/**
 * Pointer hit-testing and tooltip placement for a chart's data points, as pure functions of the
 * points' positions in the chart's own pixels (no DOM).
 */
import type { ChartTarget } from '@peacepanel/charts';

/** How far (px) from a point the pointer still picks it. */
export const HIT_RADIUS = 40;

/**
 * The index of the point nearest to (`x`, `y`) within `radius` px, or -1 when none is that close
 * (ties go to the first point).
 * @example nearestTarget([{ x: 0, y: 0 }, { x: 50, y: 0 }], 30, 0) // 1
 */
export function nearestTarget(
  targets: readonly Pick<ChartTarget, 'x' | 'y'>[],
  x: number,
  y: number,
  radius = HIT_RADIUS,
): number {
  let best = -1;
  let bestD = radius * radius;
  targets.forEach((t, i) => {
    const d = (t.x - x) ** 2 + (t.y - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/**
 * Where the tooltip of point `t` goes (CSS `left`/`right`/`top`/`bottom`, px): on the side of the
 * point facing the chart's centre, below it near the top edge and above it elsewhere.
 * @example tooltipPosition({ width: 600, height: 380 }, { x: 500, y: 200 }).right // '112px'
 */
export function tooltipPosition(
  chart: { width: number; height: number },
  t: Pick<ChartTarget, 'x' | 'y'>,
): Record<'left' | 'right' | 'top' | 'bottom', string> {
  const right = t.x > chart.width / 2;
  const below = t.y < 70;
  return {
    left: right ? 'auto' : `${Math.round(t.x + 12)}px`,
    right: right ? `${Math.round(chart.width - t.x + 12)}px` : 'auto',
    top: below ? `${Math.round(t.y + 14)}px` : 'auto',
    bottom: below ? 'auto' : `${Math.round(chart.height - t.y + 14)}px`,
  };
}
