import type { Palette } from './palette.js';
import { px } from './paths.js';
import type { LinearScale } from './scales.js';
import { type SvgFragment, svg } from './svg.js';
import { estimateTextWidth } from './text-width.js';

/** One tick: its value, its pixel position along the axis and its label. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** Minimum gap in px between neighbouring tick labels. */
const LABEL_GAP = 10;

/**
 * Ticks for a horizontal axis whose labels do not overlap: starts from about one tick per 90 px
 * and lowers the count until every pair of neighbouring labels (estimated widths) has a gap.
 * @example import { linearScale } from './scales.js';
 * bottomTicks(linearScale([0, 20000], [0, 300]), String, 12).map((t) => t.label) // => ['0', '5000', '10000', '15000', '20000']
 */
export function bottomTicks(scale: LinearScale, format: (v: number) => string, fontSize: number): Tick[] {
  const width = Math.abs(scale.range[1] - scale.range[0]);
  for (let count = Math.max(2, Math.floor(width / 90)); count >= 1; count--) {
    const ts = scale.ticks(count).map((value) => ({ value, pos: scale(value), label: format(value) }));
    if (ts.length <= 1 || !overlaps(ts, fontSize)) return ts;
  }
  const [lo, hi] = scale.domain;
  return [lo, hi].map((value) => ({ value, pos: scale(value), label: format(value) }));
}

function overlaps(ts: readonly Tick[], fontSize: number): boolean {
  for (let i = 1; i < ts.length; i++) {
    const a = ts[i - 1]!;
    const b = ts[i]!;
    const need =
      (estimateTextWidth(a.label, fontSize) + estimateTextWidth(b.label, fontSize)) / 2 + LABEL_GAP;
    if (Math.abs(b.pos - a.pos) < need) return true;
  }
  return false;
}

/**
 * Ticks for a vertical axis: about one per 45 px of height (labels are one line high, so they
 * never collide at that spacing).
 * @example import { linearScale } from './scales.js';
 * leftTicks(linearScale([0, 100], [200, 0]), String).length
 */
export function leftTicks(scale: LinearScale, format: (v: number) => string): Tick[] {
  const height = Math.abs(scale.range[1] - scale.range[0]);
  const count = Math.max(2, Math.floor(height / 45));
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: format(value) }));
}

/**
 * The width in px the labels of `ticks` need, for sizing a left margin.
 * @example labelWidth([{ value: 0, pos: 0, label: '1,000' }], 12) // about 30
 */
export function labelWidth(ts: readonly Tick[], fontSize: number): number {
  return ts.reduce((w, t) => Math.max(w, estimateTextWidth(t.label, fontSize)), 0);
}

/**
 * A horizontal axis at `y`: baseline, tick marks, labels centred under ticks (the end labels are
 * anchored inward so they stay inside the chart).
 * @example import { LIGHT_PALETTE } from './palette.js';
 * import { linearScale } from './scales.js';
 * const ticks = bottomTicks(linearScale([0, 20000], [40, 300]), String, 12);
 * bottomAxis({ ticks, y: 200, x0: 40, x1: 300, palette: LIGHT_PALETTE })
 */
export function bottomAxis(o: {
  ticks: readonly Tick[];
  y: number;
  x0: number;
  x1: number;
  palette: Palette;
  minX?: number;
  maxX?: number;
}): SvgFragment {
  const { palette, y } = o;
  const fs = palette.fontSize;
  const minX = o.minX ?? 0;
  const maxX = o.maxX ?? Number.POSITIVE_INFINITY;
  return svg`<g class="axis axis-x" aria-hidden="true">
    <line x1=${px(o.x0)} x2=${px(o.x1)} y1=${px(y)} y2=${px(y)} stroke=${palette.axis} />
    ${o.ticks.map((t) => {
      const half = estimateTextWidth(t.label, fs) / 2;
      const anchor = t.pos - half < minX ? 'start' : t.pos + half > maxX ? 'end' : 'middle';
      const tx =
        anchor === 'start'
          ? Math.max(minX, t.pos - half)
          : anchor === 'end'
            ? Math.min(maxX, t.pos + half)
            : t.pos;
      return svg`<line x1=${px(t.pos)} x2=${px(t.pos)} y1=${px(y)} y2=${px(y + 5)} stroke=${palette.axis} />
      <text x=${px(tx)} y=${px(y + 7 + fs)} text-anchor=${anchor} fill=${palette.muted} font-size=${fs}>${t.label}</text>`;
    })}
  </g>`;
}

/**
 * A vertical axis drawn as horizontal grid lines across the plot with labels right-aligned at `x0 - 6`.
 * @example import { LIGHT_PALETTE } from './palette.js';
 * import { linearScale } from './scales.js';
 * leftAxis({ ticks: leftTicks(linearScale([0, 100], [200, 0]), String), x0: 40, x1: 300, palette: LIGHT_PALETTE })
 */
export function leftAxis(o: {
  ticks: readonly Tick[];
  x0: number;
  x1: number;
  palette: Palette;
}): SvgFragment {
  const { palette } = o;
  const fs = palette.fontSize;
  return svg`<g class="axis axis-y" aria-hidden="true">
    ${o.ticks.map(
      (t) => svg`<line x1=${px(o.x0)} x2=${px(o.x1)} y1=${px(t.pos)} y2=${px(t.pos)} stroke=${palette.grid} />
      <text x=${px(o.x0 - 6)} y=${px(t.pos + fs * 0.35)} text-anchor="end" fill=${palette.muted} font-size=${fs}>${t.label}</text>`,
    )}
  </g>`;
}

/**
 * An axis title, one line, placed as given (`anchor` = SVG text-anchor).
 * @example import { LIGHT_PALETTE } from './palette.js';
 * axisTitle({ text: 'UN troops', x: 170, y: 250, anchor: 'middle', palette: LIGHT_PALETTE })
 */
export function axisTitle(o: {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  palette: Palette;
}): SvgFragment {
  return svg`<text class="axis-title" x=${px(o.x)} y=${px(o.y)} text-anchor=${o.anchor} fill=${o.palette.text} font-size=${o.palette.fontSize} font-weight="600" aria-hidden="true">${o.text}</text>`;
}
