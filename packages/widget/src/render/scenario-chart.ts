import { svg } from 'lit';
import { bottomAxis, bottomTicks } from './axes.js';
import { intervalMark } from './bands.js';
import type { ChartRender, ChartTarget, ScenarioData, ScenarioKey } from './chart-types.js';
import { type Palette, seriesColor } from './palette.js';
import { px } from './paths.js';
import { linearScale, niceDomain } from './scales.js';
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

/**
 * Two panels. Above: predicted monthly deaths with intervals (dot and whisker) for no deployment,
 * UN only, non-UN only and both. Below: UN troops that reach the UN-only reduction, without and with
 * the partner (bars). Labels sit above each row so they never collide with the marks. The chart
 * is as tall as its content needs (`height` is accepted for a uniform call but not used).
 * @example import { createFormats, messagesFor } from '../partnership-effect/i18n.js';
 * import { scenarioText } from '../partnership-effect/chart-text.js';
 * import { LIGHT_PALETTE } from './palette.js';
 * const estimate = (key: 'none' | 'un' | 'nonun' | 'both', fit: number) => ({ key, un: 0, nonun: 0, fit, lower: fit / 2, upper: fit * 2 });
 * const data = { estimates: [estimate('none', 40), estimate('un', 20), estimate('nonun', 30), estimate('both', 10)], ciLevel: 0.95, reduction: 0.5, unAlone: 10000, unWithPartner: 6000 };
 * const text = scenarioText(messagesFor('en'), createFormats('en'), 0.95, 10000, 5000);
 * renderScenarioChart({ data, width: 600, height: 360, palette: LIGHT_PALETTE, text })
 */
export function renderScenarioChart(o: {
  data: ScenarioData;
  width: number;
  height: number;
  palette: Palette;
  text: ScenarioText;
}): ChartRender {
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
  const targets: ChartTarget[] = [];
  const rows = data.estimates.map((e, i) => {
    const label = text.scenarioLabel(e.key, e.un, e.nonun);
    const lines = labelLines[i] ?? [label];
    const cy = estTop + rowH * i + fs + 12 + extraLines * (fs + 3);
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
  const hasReduction = data.reduction !== null && data.reduction > 0;
  const noteLines = hasReduction ? [] : wrapText(text.noReduction, fs, right - left);
  const bars = (
    hasReduction
      ? [
          { label: text.aloneLabel, v: data.unAlone as number | null, c: seriesColor(palette, 0) },
          { label: text.withPartnerLabel, v: data.unWithPartner, c: seriesColor(palette, 3) },
        ]
      : []
  ).map((b, i) => {
    const y = barTop + barRowH * i;
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
  const contentBottom = hasReduction ? barBottom + fs + 16 : troopsTitleY + 6 + noteLines.length * (fs + 4);
  const content = svg`
    ${deathsTitle.map((line, i) => svg`<text x=${px(left)} y=${px(fs + 2 + i * (fs + 3))} fill=${palette.text} font-size=${fs} font-weight="600">${line}</text>`)}
    <g part="plot-area" class="plot-area">
      ${dTicks.map((t) => svg`<line x1=${px(t.pos)} x2=${px(t.pos)} y1=${px(estTop)} y2=${px(estBottom)} stroke=${palette.grid} />`)}
      ${rows}
    </g>
    ${bottomAxis({ ticks: dTicks, y: estBottom, x0: left, x1: right, palette, minX: 0, maxX: width })}
    ${troopsTitle.map((line, i) => svg`<text x=${px(left)} y=${px(troopsTitleY - (troopsTitle.length - 1 - i) * (fs + 3))} fill=${palette.text} font-size=${fs} font-weight="600">${line}</text>`)}
    ${
      hasReduction
        ? svg`<g class="plot-area">${bars}</g>
    ${bottomAxis({ ticks: tTicks, y: barBottom, x0: left, x1: right, palette, minX: 0, maxX: width })}`
        : noteLines.map(
            (line, i) =>
              svg`<text class="note" x=${px(left)} y=${px(troopsTitleY + fs + 8 + i * (fs + 4))} fill=${palette.muted} font-size=${fs}>${line}</text>`,
          )
    }
  `;
  return { width, height: Math.ceil(contentBottom), content, targets };
}

function truncate(label: string, fs: number, max: number): string {
  if (estimateTextWidth(label, fs) <= max) return label;
  let s = label;
  while (s.length > 1 && estimateTextWidth(`${s}…`, fs) > max) s = s.slice(0, -1);
  return `${s}…`;
}
