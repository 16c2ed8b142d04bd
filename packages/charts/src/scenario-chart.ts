import { bottomAxis, bottomTicks } from './axes.js';
import { intervalMark } from './bands.js';
import type { ChartRender, ChartTarget, ScenarioData, ScenarioKey } from './chart-types.js';
import { type Palette, seriesColor } from './palette.js';
import { px } from './paths.js';
import { linearScale, niceDomain } from './scales.js';
import { svg } from './svg.js';
import { BOLD_FACTOR, estimateTextWidth, wrapText } from './text-width.js';

/** The words and formats the scenario chart needs. */
export interface ScenarioText {
  scenarioLabel(key: ScenarioKey, un: number, nonun: number): string;
  deathsTitle: string;
  troopsTitle: string;
  aloneLabel: string;
  withPartnerLabel: string;
  notReached: string;
  /** Shown instead of the troops panel when UN troops alone do not reduce predicted deaths. */
  noReduction: string;
  formatDeaths(n: number): string;
  formatTroops(n: number): string;
  estimateLabel(scenario: string, fit: number, lower: number, upper: number): string;
  troopsLabel(which: string, troops: number | null): string;
}

const SCENARIO_COLOR: Record<ScenarioKey, number> = { none: 2, un: 0, nonun: 1, both: 3 };

interface ScenarioOptions {
  data: ScenarioData;
  width: number;
  height: number;
  palette: Palette;
  text: ScenarioText;
}

/** Where the scenario chart's parts go: row labels, the deaths panel and the troops panel with their scales. */
function scenarioLayout(o: ScenarioOptions) {
  const { data, width, palette, text } = o;
  const fs = palette.fontSize;
  const left = 8;
  const right = width - 14;
  // Row labels wrap onto at most two lines (then truncate) rather than run into the next mark.
  const labelLines = data.estimates.map((e) => {
    const lines = wrapText(text.scenarioLabel(e.key, e.un, e.nonun), fs, right - left);
    return lines.length > 2 ? [lines[0] ?? '', truncate(lines.slice(1).join(' '), fs, right - left)] : lines;
  });
  const extraLines = Math.max(0, ...labelLines.map((l) => l.length - 1));
  const rowH = Math.max(34, fs * 2.9) + extraLines * (fs + 3);
  const deathsTitle = wrapText(text.deathsTitle, fs, right - left, BOLD_FACTOR);
  const titleH = deathsTitle.length * (fs + 3) + 7;
  const estTop = titleH + 4;
  const estBottom = estTop + rowH * data.estimates.length;
  const hiMax = Math.max(1, ...data.estimates.map((e) => (Number.isFinite(e.upper) ? e.upper : e.fit)));
  const dScale = linearScale(niceDomain(0, hiMax, 5), [left, right]);
  const dTicks = bottomTicks(dScale, text.formatDeaths, fs);
  const troopsTitle = wrapText(text.troopsTitle, fs, right - left, BOLD_FACTOR);
  const troopsTitleY = estBottom + fs + 30 + troopsTitle.length * (fs + 3);
  const barTop = troopsTitleY + 10;
  const barRowH = Math.max(30, fs * 2.6);
  const barBottom = barTop + barRowH * 2;
  const troopMax = Math.max(1, data.unAlone, data.unWithPartner ?? 0);
  const tScale = linearScale(niceDomain(0, troopMax, 4), [left, right]);
  const tTicks = bottomTicks(tScale, text.formatTroops, fs);
  return {
    fs,
    left,
    right,
    labelLines,
    extraLines,
    rowH,
    deathsTitle,
    estTop,
    estBottom,
    dScale,
    dTicks,
    troopsTitle,
    troopsTitleY,
    barTop,
    barRowH,
    barBottom,
    tScale,
    tTicks,
  };
}

type ScenarioLayout = ReturnType<typeof scenarioLayout>;

/** The deaths panel's rows: label lines and an interval mark per scenario (their targets pushed to `targets`). */
function estimateRows(o: ScenarioOptions, l: ScenarioLayout, targets: ChartTarget[]) {
  const { data, palette, text } = o;
  const { fs, left, dScale } = l;
  return data.estimates.map((e, i) => {
    const label = text.scenarioLabel(e.key, e.un, e.nonun);
    const lines = l.labelLines[i] ?? [label];
    const cy = l.estTop + l.rowH * i + fs + 12 + l.extraLines * (fs + 3);
    const color = seriesColor(palette, SCENARIO_COLOR[e.key]);
    targets.push({
      x: dScale(e.fit),
      y: cy,
      label: text.estimateLabel(label, e.fit, e.lower, e.upper),
      series: 0,
      index: i,
      datum: {
        scenario: e.key,
        un_troops: e.un,
        nonun_troops: e.nonun,
        fit: e.fit,
        lower: e.lower,
        upper: e.upper,
      },
    });
    return svg`${lines.map((line, j) => svg`<text x=${px(left)} y=${px(cy - 9 - (lines.length - 1 - j) * (fs + 3))} fill=${palette.text} font-size=${fs}>${line}</text>`)}
      ${intervalMark({ lo: dScale(e.lower), mid: dScale(e.fit), hi: dScale(Math.min(e.upper, dScale.domain[1])), y: cy, color })}`;
  });
}

/** The troops panel's two bars: UN troops for the reduction without and with the partner. */
function troopBars(o: ScenarioOptions, l: ScenarioLayout, targets: ChartTarget[]) {
  const { data, palette, text } = o;
  const { fs, left, right, tScale } = l;
  const bars = [
    { label: text.aloneLabel, v: data.unAlone as number | null, c: seriesColor(palette, 0) },
    { label: text.withPartnerLabel, v: data.unWithPartner, c: seriesColor(palette, 3) },
  ];
  return bars.map((b, i) => {
    const y = l.barTop + l.barRowH * i;
    const barY = y + fs + 4;
    const value = b.v === null ? text.notReached : text.formatTroops(b.v);
    targets.push({
      x: b.v === null ? left : tScale(b.v),
      y: barY + 5,
      label: text.troopsLabel(b.label, b.v),
      series: 1,
      index: i,
      datum: { which: i === 0 ? 'without_partner' : 'with_partner', un_troops: b.v },
    });
    const w = b.v === null ? 0 : Math.max(1, tScale(b.v) - left);
    const valueX = left + w + 6;
    const fitsRight = valueX + estimateTextWidth(value, fs) < right;
    return svg`<text x=${px(left)} y=${px(y + fs)} fill=${palette.text} font-size=${fs}>${truncate(b.label, fs, right - left)}</text>
      <rect x=${px(left)} y=${px(barY)} width=${px(w)} height="10" fill=${b.c} />
      <text x=${px(fitsRight ? valueX : left + w - 6)} y=${px(barY + 9)} text-anchor=${fitsRight ? 'start' : 'end'} fill=${fitsRight ? palette.text : palette.background} font-size=${fs} font-weight="600">${value}</text>`;
  });
}

/**
 * Two panels. Above: predicted monthly deaths with intervals (dot and whisker) for no deployment,
 * UN only, non-UN only and both. Below: UN troops that reach the UN-only reduction, without and with
 * the partner (bars). Labels sit above each row so they never collide with the marks. The chart
 * is as tall as its content needs (`height` is accepted for a uniform call but not used).
 * @example import { LIGHT_PALETTE } from './palette.js';
 * // illustrative numbers (not estimates)
 * const est = (key: ScenarioKey, un: number, nonun: number, fit: number) => ({ key, un, nonun, fit, lower: fit * 0.7, upper: fit * 1.4 });
 * const data = { ciLevel: 0.9, reduction: 0.5, unAlone: 10000, unWithPartner: 4000,
 *   estimates: [est('none', 0, 0, 80), est('un', 10000, 0, 40), est('nonun', 0, 3000, 85), est('both', 10000, 3000, 20)] };
 * const text: ScenarioText = { deathsTitle: 'Deaths per month', troopsTitle: 'UN troops for the same reduction',
 *   aloneLabel: 'Alone', withPartnerLabel: 'With a partner', notReached: 'not reached', noReduction: 'No reduction.',
 *   scenarioLabel: (k) => k, formatDeaths: String, formatTroops: String,
 *   estimateLabel: (s, fit) => `${s}: ${fit}`, troopsLabel: (w, t) => `${w}: ${t}` };
 * const chart = renderScenarioChart({ data, width: 600, height: 360, palette: LIGHT_PALETTE, text });
 * chart.targets.map((t) => t.label)
 * // => ['none: 80', 'un: 40', 'nonun: 85', 'both: 20', 'Alone: 10000', 'With a partner: 4000']
 */
export function renderScenarioChart(o: ScenarioOptions): ChartRender {
  const { data, width, palette, text } = o;
  const l = scenarioLayout(o);
  const { fs, left, right, estTop, estBottom, dTicks, troopsTitle, troopsTitleY, barBottom } = l;
  const targets: ChartTarget[] = [];
  const rows = estimateRows(o, l, targets);
  const hasReduction = data.reduction !== null && data.reduction > 0;
  const noteLines = hasReduction ? [] : wrapText(text.noReduction, fs, right - left);
  const bars = hasReduction ? troopBars(o, l, targets) : [];
  const contentBottom = hasReduction ? barBottom + fs + 16 : troopsTitleY + 6 + noteLines.length * (fs + 4);
  const content = svg`
    ${l.deathsTitle.map((line, i) => svg`<text x=${px(left)} y=${px(fs + 2 + i * (fs + 3))} fill=${palette.text} font-size=${fs} font-weight="600">${line}</text>`)}
    <g part="plot-area" class="plot-area">
      ${dTicks.map((t) => svg`<line x1=${px(t.pos)} x2=${px(t.pos)} y1=${px(estTop)} y2=${px(estBottom)} stroke=${palette.grid} />`)}
      ${rows}
    </g>
    ${bottomAxis({ ticks: dTicks, y: estBottom, x0: left, x1: right, palette, minX: 0, maxX: width })}
    ${troopsTitle.map((line, i) => svg`<text x=${px(left)} y=${px(troopsTitleY - (troopsTitle.length - 1 - i) * (fs + 3))} fill=${palette.text} font-size=${fs} font-weight="600">${line}</text>`)}
    ${
      hasReduction
        ? svg`<g class="plot-area">${bars}</g>
    ${bottomAxis({ ticks: l.tTicks, y: barBottom, x0: left, x1: right, palette, minX: 0, maxX: width })}`
        : noteLines.map(
            (line, i) =>
              svg`<text class="note" x=${px(left)} y=${px(troopsTitleY + fs + 8 + i * (fs + 4))} fill=${palette.muted} font-size=${fs}>${line}</text>`,
          )
    }
  `;
  return { width, height: Math.ceil(contentBottom), content: content.markup, targets };
}

function truncate(label: string, fs: number, max: number): string {
  if (estimateTextWidth(label, fs) <= max) return label;
  let s = label;
  while (s.length > 1 && estimateTextWidth(`${s}…`, fs) > max) s = s.slice(0, -1);
  return `${s}…`;
}
