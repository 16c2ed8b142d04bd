/**
 * Which rows a virtualised list must render: the rows in view plus `overscan` on each side, and the
 * heights of the spacers above and below so the scrollbar keeps the full length.
 * @example visibleWindow({ scrollTop: 320, viewport: 400, rowHeight: 32, total: 10000, overscan: 5 })
 * // { start: 5, end: 28, padTop: 160, padBottom: 319104 }
 */
export function visibleWindow(o: {
  scrollTop: number;
  viewport: number;
  rowHeight: number;
  total: number;
  overscan: number;
}): { start: number; end: number; padTop: number; padBottom: number } {
  const first = Math.floor(Math.max(0, o.scrollTop) / o.rowHeight);
  const count = Math.ceil(o.viewport / o.rowHeight);
  const start = Math.max(0, Math.min(o.total, first - o.overscan));
  const end = Math.max(start, Math.min(o.total, first + count + o.overscan));
  return { start, end, padTop: start * o.rowHeight, padBottom: (o.total - end) * o.rowHeight };
}
