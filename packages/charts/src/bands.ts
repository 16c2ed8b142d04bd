import { areaPath, linePath, px, type XY } from './paths.js';
import type { LinearScale } from './scales.js';
import { type SvgFragment, svg } from './svg.js';

/** A curve with a confidence band, in data units. */
export interface BandSeries {
  x: readonly number[];
  fit: readonly number[];
  lower: readonly number[];
  upper: readonly number[];
}

/**
 * Pixel points of `values` against `xs` through the two scales.
 * @example import { linearScale } from './scales.js';
 * project([0, 1], [2, 3], linearScale([0, 1], [0, 100]), linearScale([0, 4], [100, 0])) // => [{ x: 0, y: 50 }, { x: 100, y: 25 }]
 */
export function project(
  xs: readonly number[],
  values: readonly number[],
  x: LinearScale,
  y: LinearScale,
): XY[] {
  return xs.map((v, i) => ({ x: x(v), y: y(values[i] ?? Number.NaN) }));
}

/**
 * A confidence band (filled area between lower and upper) and the fitted line over it.
 * `clipId` names a clipPath that keeps a band which runs beyond the y domain inside the plot.
 * @example import { linearScale } from './scales.js';
 * const series = { x: [0, 10000], fit: [40, 12], lower: [30, 6], upper: [55, 25] };
 * bandWithLine({ series, x: linearScale([0, 10000], [40, 300]), y: linearScale([0, 60], [200, 0]), color: '#1d5fa8', opacity: 0.18, clipId: 'c1' })
 */
export function bandWithLine(o: {
  series: BandSeries;
  x: LinearScale;
  y: LinearScale;
  color: string;
  opacity: number;
  clipId: string;
  dash?: string;
}): SvgFragment {
  const { series, x, y } = o;
  const band = areaPath(project(series.x, series.upper, x, y), project(series.x, series.lower, x, y));
  const line = linePath(project(series.x, series.fit, x, y));
  return svg`<g class="series" clip-path=${`url(#${o.clipId})`}>
    <path class="band" d=${band} fill=${o.color} fill-opacity=${o.opacity} stroke="none" />
    <path class="line" d=${line} fill="none" stroke=${o.color} stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray=${o.dash ?? 'none'} />
  </g>`;
}

/**
 * A horizontal interval (whisker) with a point estimate, for dot-and-whisker charts.
 * @example intervalMark({ lo: 10, mid: 20, hi: 40, y: 50, color: '#000' })
 */
export function intervalMark(o: {
  lo: number;
  mid: number;
  hi: number;
  y: number;
  color: string;
}): SvgFragment {
  return svg`<g class="interval">
    <line x1=${px(o.lo)} x2=${px(o.hi)} y1=${px(o.y)} y2=${px(o.y)} stroke=${o.color} stroke-width="2.5" stroke-linecap="round" />
    <line x1=${px(o.lo)} x2=${px(o.lo)} y1=${px(o.y - 6)} y2=${px(o.y + 6)} stroke=${o.color} stroke-width="2" />
    <line x1=${px(o.hi)} x2=${px(o.hi)} y1=${px(o.y - 6)} y2=${px(o.y + 6)} stroke=${o.color} stroke-width="2" />
    <circle cx=${px(o.mid)} cy=${px(o.y)} r="5.5" fill=${o.color} />
  </g>`;
}
