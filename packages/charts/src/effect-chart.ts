import { axisTitle, bottomAxis, bottomTicks, labelWidth, leftAxis, leftTicks } from './axes.js';
import { bandWithLine } from './bands.js';
import type { ChartRender, ChartTarget, EffectData } from './chart-types.js';
import { layoutLegend, legend } from './legend.js';
import { type Palette, seriesColor } from './palette.js';
import { px } from './paths.js';
import { linearScale, niceDomain } from './scales.js';
import { svg } from './svg.js';
import { BOLD_FACTOR, wrapText } from './text-width.js';

/** The words and number formats the effect chart needs (from the component's i18n). */
export interface EffectText {
  xTitle: string;
  yTitle: string;
  seriesLabel(nonun: number): string;
  formatTroops(n: number): string;
  formatDeaths(n: number): string;
  pointLabel(series: string, un: number, fit: number, lower: number, upper: number): string;
  clippedNote: string;
}

/** Bands taller than this multiple of the highest fitted value are clipped (and a note says so). */
const BAND_CAP = 3;

/**
 * The y-axis maximum: the highest upper bound, capped at `BAND_CAP` × the highest fitted value
 * so that one exploding interval does not flatten every line.
 * @example effectYMax([{ nonun: 0, points: [{ un: 0, fit: 10, lower: 5, upper: 100 }] }]) // => { max: 30, clipped: true }
 */
export function effectYMax(curves: EffectData['curves']): { max: number; clipped: boolean } {
  let fit = 0;
  let upper = 0;
  for (const c of curves)
    for (const p of c.points) {
      if (Number.isFinite(p.fit)) fit = Math.max(fit, p.fit);
      if (Number.isFinite(p.upper)) upper = Math.max(upper, p.upper);
    }
  const cap = fit * BAND_CAP;
  return upper > cap && cap > 0 ? { max: cap, clipped: true } : { max: Math.max(upper, fit), clipped: false };
}

/**
 * The effect chart: predicted monthly battle deaths (y) over UN troops (x), one line and
 * confidence band per non-UN troop level, a legend that wraps, and axes whose labels never overlap.
 * @example import { LIGHT_PALETTE } from './palette.js';
 * // illustrative numbers (not estimates): one curve of two points
 * const data = { ciLevel: 0.95, curves: [{ nonun: 0, points: [{ un: 0, fit: 40, lower: 30, upper: 55 }, { un: 20000, fit: 12, lower: 6, upper: 25 }] }] };
 * const text: EffectText = { xTitle: 'UN troops', yTitle: 'Battle deaths per month', clippedNote: 'Clipped.',
 *   seriesLabel: (n) => `${n} non-UN troops`, formatTroops: String, formatDeaths: String,
 *   pointLabel: (s, un, fit) => `${s}, ${un} UN troops: ${fit}` };
 * const chart = renderEffectChart({ data, width: 600, height: 320, palette: LIGHT_PALETTE, text, idPrefix: 'pe1' });
 * [chart.width, chart.targets.length, chart.targets[1]?.label] // => [600, 2, '0 non-UN troops, 20000 UN troops: 12']
 */
export function renderEffectChart(o: {
  data: EffectData;
  width: number;
  height: number;
  palette: Palette;
  text: EffectText;
  idPrefix: string;
}): ChartRender {
  const { data, width, height, palette, text } = o;
  const fs = palette.fontSize;
  const items = data.curves.map((c, i) => ({
    label: text.seriesLabel(c.nonun),
    color: seriesColor(palette, i),
    swatch: 'line-band' as const,
  }));
  const leg = layoutLegend(items, width - 4, fs);
  const { max, clipped } = effectYMax(data.curves);
  const yTitle = wrapText(text.yTitle, fs, width - 4, BOLD_FACTOR);
  const note = clipped ? wrapText(text.clippedNote, fs - 1, width - 4) : [];
  const titleLines = yTitle.length + note.length;
  const top = leg.height + 10 + titleLines * (fs + 3) + 10;
  const bottom = height - (fs * 2 + 26);
  const yScale = linearScale(niceDomain(0, max, Math.max(2, Math.floor((bottom - top) / 45))), [bottom, top]);
  const yTicks = leftTicks(yScale, text.formatDeaths);
  const left = Math.ceil(labelWidth(yTicks, fs)) + 12;
  const right = width - 14;
  const unMax = Math.max(1, ...data.curves.flatMap((c) => c.points.map((p) => p.un)));
  const xScale = linearScale([0, unMax], [left, right]);
  const xTicks = bottomTicks(xScale, text.formatTroops, fs);
  const clipId = `${o.idPrefix}-clip`;
  const targets: ChartTarget[] = [];
  data.curves.forEach((c, s) => {
    const label = text.seriesLabel(c.nonun);
    c.points.forEach((p, i) => {
      if (!Number.isFinite(p.fit)) return;
      targets.push({
        x: xScale(p.un),
        y: Math.max(top, yScale(p.fit)),
        label: text.pointLabel(label, p.un, p.fit, p.lower, p.upper),
        series: s,
        index: i,
        datum: { un_troops: p.un, nonun_troops: c.nonun, fit: p.fit, lower: p.lower, upper: p.upper },
      });
    });
  });
  const content = svg`
    <defs><clipPath id=${clipId}><rect x=${px(left)} y=${px(top)} width=${px(right - left)} height=${px(bottom - top)} /></clipPath></defs>
    ${legend({ layout: leg, x: 2, y: 2, palette })}
    ${yTitle.map((t, i) => axisTitle({ text: t, x: 0, y: top - 12 - (titleLines - 1 - i) * (fs + 3), anchor: 'start', palette }))}
    ${note.map((t, i) => svg`<text class="note" x="0" y=${px(top - 12 - (note.length - 1 - i) * (fs + 3))} fill=${palette.muted} font-size=${fs - 1}>${t}</text>`)}
    <g part="plot-area" class="plot-area">
      ${leftAxis({ ticks: yTicks, x0: left, x1: right, palette })}
      ${data.curves.map((c, i) =>
        bandWithLine({
          series: {
            x: c.points.map((p) => p.un),
            fit: c.points.map((p) => p.fit),
            lower: c.points.map((p) => p.lower),
            upper: c.points.map((p) => p.upper),
          },
          x: xScale,
          y: yScale,
          color: seriesColor(palette, i),
          opacity: palette.bandOpacity,
          clipId,
          dash: i % 2 === 1 ? '7 4' : 'none',
        }),
      )}
    </g>
    ${bottomAxis({ ticks: xTicks, y: bottom, x0: left, x1: right, palette, minX: 0, maxX: width })}
    ${axisTitle({ text: text.xTitle, x: (left + right) / 2, y: height - 4, anchor: 'middle', palette })}
  `;
  return { width, height, content: content.markup, targets };
}
