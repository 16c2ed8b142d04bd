import { axisTitle, leftAxis, type Tick } from './axes.js';
import type { ChartRender, ChartTarget } from './chart-types.js';
import { layoutLegend, legend } from './legend.js';
import { type Palette, seriesColor } from './palette.js';
import { px } from './paths.js';
import { linearScale } from './scales.js';
import { type SvgFragment, svg } from './svg.js';
import { estimateTextWidth, wrapText } from './text-width.js';

/**
 * How an estimate relates to the study's claim (core's `CurveClass`): with the study's sign and
 * significant, with the sign only, against it, or against it and significant.
 */
export type RobustnessClass = 'sign-significant' | 'sign' | 'opposite' | 'opposite-significant';

/** One specification on the curve, in rank order (sorted by estimate). */
export interface RobustnessPoint {
  /** The specification's id (its option ids in choice order, joined by `.`). */
  id: string;
  /** 0-based position after sorting by estimate. */
  rank: number;
  estimate: number;
  lower: number;
  upper: number;
  cls: RobustnessClass;
  /** True for the study's declared main specification. */
  main: boolean;
  /** The option id of each choice, in `choices` order. */
  options: string[];
}

/** What `view="robustness"` plots: a specification curve of a ratio (log scale, no effect at 1). */
export interface RobustnessData {
  points: RobustnessPoint[];
  /** The choices in matrix order, with the option ids the specifications use. */
  choices: { name: string; options: string[] }[];
  /** Specifications in the run, and those without an estimate (not on the curve). */
  total: number;
  missing: number;
  /** Significance level of the classes (e.g. 0.05). */
  alpha: number;
}

/** The words and formats the robustness chart needs. */
export interface RobustnessText {
  yTitle: string;
  xTitle: string;
  mainLabel: string;
  classLabel(cls: RobustnessClass): string;
  formatRatio(x: number): string;
  pointLabel(p: RobustnessPoint): string;
  choiceLabel(name: string): string;
  optionLabel(id: string): string;
}

/** Classes in legend order, with the series colour and whether the mark is drawn solid. */
const CLASSES: { cls: RobustnessClass; color: number; solid: boolean }[] = [
  { cls: 'sign-significant', color: 0, solid: true },
  { cls: 'sign', color: 0, solid: false },
  { cls: 'opposite', color: 1, solid: false },
  { cls: 'opposite-significant', color: 1, solid: true },
];

/** Below this width the choice matrix does not fit under the curve and is left out. */
export const MATRIX_MIN_WIDTH = 560;

/**
 * Ticks of a log-scaled ratio axis: powers of two inside the domain (1 always among them).
 * @example ratioTicks([0.3, 3]) // [0.5, 1, 2]
 */
export function ratioTicks(domain: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let k = Math.ceil(Math.log2(domain[0]) - 1e-9); 2 ** k <= domain[1] * (1 + 1e-9); k++)
    out.push(2 ** k);
  return out;
}

/**
 * A specification curve (Simonsohn, Simmons & Nelson 2020, Nat. Hum. Behav. 4, Fig. 2; R's `specr`):
 * every specification's estimate with its interval, sorted, on a log scale with the no-effect line at 1,
 * coloured by sign and significance, the main specification marked; under it, where the width allows,
 * the choice matrix (one row per option, a mark at each specification that uses it).
 * @example import { LIGHT_PALETTE } from './palette.js';
 * // illustrative numbers (not estimates): three specifications of one choice
 * const points = [0.6, 0.9, 1.4].map((estimate, rank) => ({ id: `s${rank}`, rank, estimate,
 *   lower: estimate / 1.5, upper: estimate * 1.5, cls: 'sign' as const, main: rank === 0, options: [`o${rank}`] }));
 * const data = { points, choices: [{ name: 'model', options: ['o0', 'o1', 'o2'] }], total: 3, missing: 0, alpha: 0.05 };
 * const text: RobustnessText = { yTitle: 'Ratio', xTitle: 'Specifications', mainLabel: 'main',
 *   classLabel: (c) => c, formatRatio: String, pointLabel: (p) => `${p.id}: ${p.estimate}`,
 *   choiceLabel: (n) => n, optionLabel: (id) => id };
 * const chart = renderRobustnessChart({ data, width: 600, height: 380, palette: LIGHT_PALETTE, text });
 * [chart.width, chart.targets.map((t) => t.label)] // => [600, ['s0: 0.6', 's1: 0.9', 's2: 1.4']]
 */
export function renderRobustnessChart(o: {
  data: RobustnessData;
  width: number;
  height: number;
  palette: Palette;
  text: RobustnessText;
}): ChartRender {
  const { data, width, height, palette, text } = o;
  const fs = palette.fontSize;
  const items = CLASSES.map((c) => ({
    label: text.classLabel(c.cls),
    color: seriesColor(palette, c.color),
    swatch: c.solid ? ('line-dot' as const) : ('line-band' as const),
  }));
  const lay = layoutLegend(items, width - 8, fs);
  const yTitle = wrapText(text.yTitle, fs, width - 8);
  const top = lay.height + 10 + yTitle.length * (fs + 3) + 6;
  const plotBottom = top + Math.max(140, height - top - 2 * fs - 24);
  const domain = ratioDomain(data.points);
  const logScale = linearScale([Math.log(domain[0]), Math.log(domain[1])], [plotBottom, top]);
  const y = (v: number) => logScale(Math.log(Math.min(domain[1], Math.max(domain[0], v))));
  const ticks: Tick[] = ratioTicks(domain).map((v) => ({ value: v, pos: y(v), label: text.formatRatio(v) }));
  const withMatrix = width >= MATRIX_MIN_WIDTH;
  const optionWidth = withMatrix
    ? data.choices.reduce(
        (w, c) =>
          c.options.reduce((wo, id) => Math.max(wo, estimateTextWidth(text.optionLabel(id), fs - 1)), w),
        Number.NEGATIVE_INFINITY,
      )
    : 0;
  const tickWidth = ticks.reduce((w, t) => Math.max(w, estimateTextWidth(t.label, fs)), 0);
  const left = 10 + Math.min(width * 0.4, Math.max(tickWidth, optionWidth));
  const right = width - 10;
  const n = Math.max(1, data.points.length);
  const step = (right - left) / n;
  const x = (rank: number) => left + step * (rank + 0.5);
  const marks = CLASSES.map((c) => classMarks(data.points, c, { x, y, step, palette }));
  const main = data.points.find((p) => p.main);
  const targets: ChartTarget[] = data.points.map((p) => ({
    x: x(p.rank),
    y: y(p.estimate),
    label: text.pointLabel(p),
    series: 0,
    index: p.rank,
    datum: { rank: p.rank + 1, specification: p.id, ratio: p.estimate, lower: p.lower, upper: p.upper },
  }));
  // Under the curve: the main specification's label, then the choice matrix, then the axis title.
  const below = plotBottom + (main ? 2 * fs + 22 : 8);
  const matrix = withMatrix ? choiceMatrix(data, { top: below, left, x, step, palette, text }) : null;
  const xTitleY = (matrix ? matrix.bottom : below) + fs + 4;
  const content = svg`
    ${legend({ layout: lay, x: 4, y: 4, palette })}
    ${yTitle.map((line, i) => svg`<text class="axis-title" x="4" y=${px(lay.height + 10 + fs + i * (fs + 3))} fill=${palette.text} font-size=${fs} font-weight="600">${line}</text>`)}
    ${leftAxis({ ticks, x0: left, x1: right, palette })}
    <line x1=${px(left)} x2=${px(right)} y1=${px(y(1))} y2=${px(y(1))} stroke=${palette.axis} stroke-dasharray="4 3" />
    <g part="plot-area" class="plot-area">${marks}</g>
    ${main ? mainMark(x(main.rank), { top, bottom: plotBottom, palette, label: text.mainLabel, right }) : null}
    <line x1=${px(left)} x2=${px(right)} y1=${px(plotBottom)} y2=${px(plotBottom)} stroke=${palette.axis} />
    ${matrix?.content ?? null}
    ${axisTitle({ text: text.xTitle, x: (left + right) / 2, y: xTitleY, anchor: 'middle', palette })}
  `;
  return { width, height: Math.ceil(xTitleY + 6), content: content.markup, targets };
}

/** The y domain: the intervals' range on the log scale, always holding 1, padded a little. */
function ratioDomain(points: readonly RobustnessPoint[]): [number, number] {
  let lo = 1;
  let hi = 1;
  for (const p of points) {
    if (Number.isFinite(p.lower) && p.lower > 0) lo = Math.min(lo, p.lower);
    if (Number.isFinite(p.upper)) hi = Math.max(hi, p.upper);
  }
  return [lo / 1.1, hi * 1.1];
}

/** One class's intervals (one path of vertical strokes) and estimates (one path of small squares). */
function classMarks(
  points: readonly RobustnessPoint[],
  c: (typeof CLASSES)[number],
  g: { x: (rank: number) => number; y: (v: number) => number; step: number; palette: Palette },
): SvgFragment {
  const mine = points.filter((p) => p.cls === c.cls);
  const color = seriesColor(g.palette, c.color);
  const r = Math.max(0.8, Math.min(2.5, g.step / 2));
  const bars = mine.map((p) => `M${px(g.x(p.rank))} ${px(g.y(p.lower))}V${px(g.y(p.upper))}`).join('');
  const dots = mine
    .map((p) => `M${px(g.x(p.rank) - r)} ${px(g.y(p.estimate) - r)}h${px(2 * r)}v${px(2 * r)}h${px(-2 * r)}z`)
    .join('');
  const stroke = Math.max(0.6, Math.min(2, g.step * 0.8));
  return svg`<g class=${`spec ${c.cls}`}><path d=${bars || 'M0 0'} stroke=${color} stroke-width=${px(stroke)} stroke-opacity=${c.solid ? 0.75 : 0.3} fill="none" /><path d=${dots || 'M0 0'} fill=${color} /></g>`;
}

/** The main specification: a dashed vertical line across the curve and its label above. */
function mainMark(
  cx: number,
  o: { top: number; bottom: number; palette: Palette; label: string; right: number },
): SvgFragment {
  const fs = o.palette.fontSize;
  const w = estimateTextWidth(o.label, fs);
  const anchor = cx + w / 2 > o.right ? 'end' : cx - w / 2 < 4 ? 'start' : 'middle';
  return svg`<g class="main-spec"><line x1=${px(cx)} x2=${px(cx)} y1=${px(o.top - 2)} y2=${px(o.bottom)} stroke=${o.palette.text} stroke-dasharray="2 2" />
    <path d=${`M${px(cx - 5)} ${px(o.bottom + 9)}L${px(cx + 5)} ${px(o.bottom + 9)}L${px(cx)} ${px(o.bottom + 2)}z`} fill=${o.palette.text} />
    <text x=${px(cx)} y=${px(o.bottom + 12 + fs)} text-anchor=${anchor} fill=${o.palette.text} font-size=${fs}>${o.label}</text></g>`;
}

/** The choice matrix: per choice a heading row, per option a row of marks at the ranks that use it. */
function choiceMatrix(
  data: RobustnessData,
  g: {
    top: number;
    left: number;
    x: (rank: number) => number;
    step: number;
    palette: Palette;
    text: RobustnessText;
  },
): { content: SvgFragment; bottom: number } {
  const fs = g.palette.fontSize - 1;
  const rowH = fs + 3;
  const w = Math.max(0.8, g.step);
  let yy = g.top;
  const rows: SvgFragment[] = [];
  data.choices.forEach((choice, ci) => {
    rows.push(
      svg`<text x="4" y=${px(yy + fs)} fill=${g.palette.text} font-size=${fs} font-weight="600">${g.text.choiceLabel(choice.name)}</text>`,
    );
    yy += fs + 4;
    for (const option of choice.options) {
      const d = data.points
        .filter((p) => p.options[ci] === option)
        .map((p) => `M${px(g.x(p.rank) - w / 2)} ${px(yy + 1)}h${px(w)}v${px(rowH - 2)}h${px(-w)}z`)
        .join('');
      rows.push(svg`<path d=${d || 'M0 0'} fill=${g.palette.muted} />
        <text x=${px(g.left - 4)} y=${px(yy + rowH - 1)} text-anchor="end" fill=${g.palette.muted} font-size=${fs}>${g.text.optionLabel(option)}</text>`);
      yy += rowH;
    }
    yy += 4;
  });
  return { content: svg`<g class="choice-matrix" aria-hidden="true">${rows}</g>`, bottom: yy };
}
