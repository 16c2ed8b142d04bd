import { axisTitle, bottomAxis, bottomTicks, labelWidth, leftAxis, leftTicks } from './axes.js';
import type { ChartRender, ChartTarget, TrendData } from './chart-types.js';
import { layoutLegend, legend } from './legend.js';
import { type Palette, seriesColor } from './palette.js';
import { linePath, px } from './paths.js';
import { bandScale, linearScale, niceDomain } from './scales.js';
import { svg } from './svg.js';
import { BOLD_FACTOR, wrapText } from './text-width.js';

/** The words and formats the trend chart needs. */
export interface TrendText {
  shareTitle: string;
  monthsTitle: string;
  unOnly: string;
  nonunOnly: string;
  both: string;
  shareLegend: string;
  formatYear(year: number): string;
  formatShare(share: number): string;
  formatCount(n: number): string;
  yearLabel(year: number, share: number | null, unOnly: number, nonunOnly: number, both: number): string;
}

interface TrendOptions {
  data: TrendData;
  width: number;
  height: number;
  palette: Palette;
  text: TrendText;
}

/** Where everything of the trend chart goes: titles, the two panels' scales and ticks, the year bands. */
function trendLayout(o: TrendOptions) {
  const { data, width, height, palette, text } = o;
  const fs = palette.fontSize;
  const colors = {
    unOnly: seriesColor(palette, 0),
    both: seriesColor(palette, 3),
    nonunOnly: seriesColor(palette, 1),
  };
  const items = [
    { label: text.shareLegend, color: palette.text, swatch: 'line-dot' as const },
    { label: text.unOnly, color: colors.unOnly, swatch: 'box' as const },
    { label: text.both, color: colors.both, swatch: 'box' as const },
    { label: text.nonunOnly, color: colors.nonunOnly, swatch: 'box' as const },
  ];
  const leg = layoutLegend(items, width - 4, fs);
  const lineH = fs + 3;
  const shareTitle = wrapText(text.shareTitle, fs, width - 4, BOLD_FACTOR);
  const monthsTitle = wrapText(text.monthsTitle, fs, width - 4, BOLD_FACTOR);
  const bottom = height - (fs + 16);
  const topStart = leg.height + 12 + shareTitle.length * lineH + 8;
  const avail = bottom - topStart - (monthsTitle.length * lineH + 28);
  const shareH = Math.max(50, Math.round(avail * 0.38));
  const shareTop = topStart;
  const shareBottom = shareTop + shareH;
  const barTop = shareBottom + 20 + monthsTitle.length * lineH + 8;
  const shareScale = linearScale([0, 1], [shareBottom, shareTop]);
  const shareTicks = leftTicks(shareScale, text.formatShare).filter(
    (_, i, a) => a.length <= 3 || i % 2 === 0,
  );
  const maxMonths = Math.max(1, ...data.years.map((y) => y.unOnly + y.nonunOnly + y.both));
  const barScale = linearScale(niceDomain(0, maxMonths, 4), [bottom, barTop]);
  const barTicks = leftTicks(barScale, text.formatCount);
  const left = Math.ceil(Math.max(labelWidth(shareTicks, fs), labelWidth(barTicks, fs))) + 12;
  const right = width - 10;
  const bands = bandScale(data.years.length, [left, right], data.years.length > 20 ? 0.15 : 0.25);
  const yearScale = linearScale(
    [data.years[0]?.year ?? 0, data.years[data.years.length - 1]?.year ?? 1],
    [left + bands.step / 2, right - bands.step / 2],
  );
  const xTicks = bottomTicks(yearScale, text.formatYear, fs).filter((t) => Number.isInteger(t.value));
  return {
    colors,
    leg,
    lineH,
    shareTitle,
    monthsTitle,
    bottom,
    shareTop,
    barTop,
    shareScale,
    shareTicks,
    barScale,
    barTicks,
    left,
    right,
    bands,
    xTicks,
  };
}

type TrendLayout = ReturnType<typeof trendLayout>;

/** One stacked bar per year: UN only at the bottom, then both, then non-UN only. */
function stackedBars(data: TrendData, l: TrendLayout) {
  return data.years.map((y, i) => {
    const x = l.bands.starts[i] ?? 0;
    const w = Math.max(1, l.bands.bandwidth);
    const segs: { v: number; c: string }[] = [
      { v: y.unOnly, c: l.colors.unOnly },
      { v: y.both, c: l.colors.both },
      { v: y.nonunOnly, c: l.colors.nonunOnly },
    ];
    let acc = 0;
    return segs.map((s) => {
      const y0 = l.barScale(acc);
      acc += s.v;
      const y1 = l.barScale(acc);
      return s.v > 0
        ? svg`<rect x=${px(x)} y=${px(y1)} width=${px(w)} height=${px(y0 - y1)} fill=${s.c} />`
        : null;
    });
  });
}

/**
 * The study's descriptive figure, in two stacked panels sharing the year axis: above, the share of
 * UN deployment months with a non-UN partner (line, 0–100%); below, deployment months by type
 * (stacked bars: UN only, both, non-UN only).
 * @example import { LIGHT_PALETTE } from './palette.js';
 * // illustrative numbers (not data): two years
 * const data = { overallShare: 0.4, years: [{ year: 2000, share: 0.25, unOnly: 30, nonunOnly: 4, both: 10 },
 *   { year: 2001, share: 0.5, unOnly: 20, nonunOnly: 5, both: 20 }] };
 * const text: TrendText = { shareTitle: 'Share with a partner', monthsTitle: 'Deployment months', unOnly: 'UN only',
 *   nonunOnly: 'Non-UN only', both: 'Both', shareLegend: 'Share', formatYear: String,
 *   formatShare: (s) => `${Math.round(s * 100)}%`, formatCount: String, yearLabel: (y, s) => `${y}: ${s}` };
 * const chart = renderTrendChart({ data, width: 600, height: 360, palette: LIGHT_PALETTE, text });
 * chart.targets.map((t) => t.label) // => ['2000: 0.25', '2001: 0.5']
 */
export function renderTrendChart(o: TrendOptions): ChartRender {
  const { data, width, height, palette, text } = o;
  const l = trendLayout(o);
  const { left, right, lineH, shareTitle, monthsTitle, shareTop, barTop } = l;
  const targets: ChartTarget[] = [];
  const sharePoints = data.years.map((y, i) => ({
    x: (l.bands.starts[i] ?? 0) + l.bands.bandwidth / 2,
    y: y.share === null ? Number.NaN : l.shareScale(y.share),
  }));
  data.years.forEach((y, i) => {
    const p = sharePoints[i]!;
    targets.push({
      x: p.x,
      y: Number.isFinite(p.y) ? p.y : l.barScale(y.unOnly + y.both + y.nonunOnly),
      label: text.yearLabel(y.year, y.share, y.unOnly, y.nonunOnly, y.both),
      series: 0,
      index: i,
      datum: { year: y.year, share: y.share, un_only: y.unOnly, both: y.both, nonun_only: y.nonunOnly },
    });
  });
  const content = svg`
    ${legend({ layout: l.leg, x: 2, y: 2, palette })}
    ${shareTitle.map((t, i) => axisTitle({ text: t, x: 0, y: shareTop - 12 - (shareTitle.length - 1 - i) * lineH, anchor: 'start', palette }))}
    <g part="plot-area" class="plot-area">
      ${leftAxis({ ticks: l.shareTicks, x0: left, x1: right, palette })}
      <path d=${linePath(sharePoints)} fill="none" stroke=${palette.text} stroke-width="2" stroke-linejoin="round" />
      ${sharePoints.map((p) => (Number.isFinite(p.y) ? svg`<circle cx=${px(p.x)} cy=${px(p.y)} r="2.5" fill=${palette.text} />` : null))}
    </g>
    ${monthsTitle.map((t, i) => axisTitle({ text: t, x: 0, y: barTop - 12 - (monthsTitle.length - 1 - i) * lineH, anchor: 'start', palette }))}
    <g class="plot-area">
      ${leftAxis({ ticks: l.barTicks, x0: left, x1: right, palette })}
      ${stackedBars(data, l)}
    </g>
    ${bottomAxis({ ticks: l.xTicks, y: l.bottom, x0: left, x1: right, palette, minX: 0, maxX: width })}
  `;
  return { width, height, content: content.markup, targets };
}
