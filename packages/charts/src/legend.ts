import type { Palette } from './palette.js';
import { px } from './paths.js';
import { type SvgFragment, svg } from './svg.js';
import { estimateTextWidth } from './text-width.js';

/** One legend entry: a swatch (line over a band, or a filled box) and a label. */
export interface LegendItem {
  label: string;
  color: string;
  swatch: 'line-band' | 'box' | 'line-dot';
}

/** Where each legend item goes, in rows that wrap at `width`. */
export interface LegendLayout {
  items: { item: LegendItem; x: number; y: number }[];
  height: number;
}

const SWATCH = 22;
const ITEM_GAP = 18;

/**
 * Lays legend items out left to right, wrapping to a new row when the next item would pass `width`.
 * @example layoutLegend([{ label: 'No partner', color: '#000', swatch: 'box' }], 300, 12).height // => 20
 */
export function layoutLegend(items: readonly LegendItem[], width: number, fontSize: number): LegendLayout {
  const rowHeight = Math.round(fontSize * 1.7);
  let x = 0;
  let row = 0;
  const placed: LegendLayout['items'] = [];
  for (const item of items) {
    const w = SWATCH + 6 + estimateTextWidth(item.label, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    placed.push({ item, x, y: row * rowHeight });
    x += w + ITEM_GAP;
  }
  return { items: placed, height: items.length ? (row + 1) * rowHeight : 0 };
}

/**
 * The legend as an SVG group at (`x`, `y`), exposed as `::part(legend)`.
 * @example import { LIGHT_PALETTE } from './palette.js';
 * const layout = layoutLegend([{ label: 'No partner', color: '#000', swatch: 'box' }], 300, 12);
 * legend({ layout, x: 0, y: 0, palette: LIGHT_PALETTE })
 */
export function legend(o: { layout: LegendLayout; x: number; y: number; palette: Palette }): SvgFragment {
  const { palette } = o;
  const fs = palette.fontSize;
  return svg`<g part="legend" class="legend" transform=${`translate(${px(o.x)},${px(o.y)})`}>
    ${o.layout.items.map(({ item, x, y }) => {
      const cy = y + fs * 0.6;
      const sw =
        item.swatch === 'box'
          ? svg`<rect x=${px(x)} y=${px(cy - 6)} width="16" height="12" fill=${item.color} rx="2" />`
          : item.swatch === 'line-dot'
            ? svg`<line x1=${px(x)} x2=${px(x + SWATCH)} y1=${px(cy)} y2=${px(cy)} stroke=${item.color} stroke-width="2.5" /><circle cx=${px(x + SWATCH / 2)} cy=${px(cy)} r="3.5" fill=${item.color} />`
            : svg`<rect x=${px(x)} y=${px(cy - 6)} width=${SWATCH} height="12" fill=${item.color} fill-opacity=${palette.bandOpacity} /><line x1=${px(x)} x2=${px(x + SWATCH)} y1=${px(cy)} y2=${px(cy)} stroke=${item.color} stroke-width="2.5" />`;
      return svg`${sw}<text x=${px(x + SWATCH + 6)} y=${px(cy + fs * 0.35)} fill=${palette.text} font-size=${fs}>${item.label}</text>`;
    })}
  </g>`;
}
