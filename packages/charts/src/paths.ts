/**
 * SVG path data for lines and areas. Coordinates are rounded to 0.01 px: sub-pixel precision
 * beyond that is invisible and only bloats the markup and the snapshots.
 */

/** A point in pixel space. */
export interface XY {
  x: number;
  y: number;
}

/**
 * Rounds a pixel coordinate to 0.01 px.
 * @example px(1.23456) // => 1.23
 */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A polyline through the points (`M x,y L x,y …`). Points with a non-finite coordinate break the
 * line into separate segments rather than drawing through the gap.
 * @example linePath([{ x: 0, y: 10 }, { x: 5, y: 0 }]) // => 'M0,10L5,0'
 */
export function linePath(points: readonly XY[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(p.x)},${px(p.y)}`;
    pen = true;
  }
  return d;
}

/**
 * A closed area between an upper and a lower line sharing x values (a confidence band): along the
 * upper edge left to right, back along the lower edge right to left.
 * @example areaPath([{ x: 0, y: 1 }, { x: 2, y: 1 }], [{ x: 0, y: 5 }, { x: 2, y: 5 }]) // => 'M0,1L2,1L2,5L0,5Z'
 */
export function areaPath(upper: readonly XY[], lower: readonly XY[]): string {
  const ok = (p: XY) => Number.isFinite(p.x) && Number.isFinite(p.y);
  const top = upper.filter(ok);
  const bottom = lower.filter(ok).reverse();
  if (top.length < 2 || bottom.length < 2) return '';
  const all = [...top, ...bottom];
  return `${all.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x)},${px(p.y)}`).join('')}Z`;
}
