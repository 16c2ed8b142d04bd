import { niceMax } from '@peacepanel/charts';
import { html, svg, type TemplateResult } from 'lit';
import { type CountrySeries, finiteMax, linePath } from './country-series.js';

const PANEL = 130;
const GAP = 36;
const LEFT = 56;
const RIGHT = 12;
const TOP = 18;

const fmt = new Intl.NumberFormat('en');

/** Year ticks: the January of every `step`-th year in the series. */
function yearTicks(months: string[], maxTicks: number): { i: number; label: string }[] {
  const firsts = months.flatMap((m, i) => (m.endsWith('-01') ? [{ i, label: m.slice(0, 4) }] : []));
  const step = Math.max(1, Math.ceil(firsts.length / maxTicks));
  return firsts.filter((_, k) => k % step === 0);
}

/**
 * Short description of a country's series for screen readers and the caption.
 * @example import { tableFromDataset } from '@peacepanel/core';
 * import { loadDataset } from '@peacepanel/data';
 * import { countrySeries } from './country-series.js';
 * seriesSummary(countrySeries(tableFromDataset(await loadDataset('africa-cm')), 'Mali'))
 */
export function seriesSummary(s: CountrySeries): string {
  if (s.months.length === 0) return `${s.country}: no months in the data.`;
  let total = 0;
  for (const v of s.deaths) if (Number.isFinite(v)) total += v;
  const peak = (v: Float64Array) => {
    let best = -1;
    let at = '';
    v.forEach((x, i) => {
      if (Number.isFinite(x) && x > best) {
        best = x;
        at = s.months[i] ?? '';
      }
    });
    return best > 0 ? `${fmt.format(best)} (${at})` : 'none';
  };
  return `${s.country}, ${s.months[0]} to ${s.months[s.months.length - 1]}: ${fmt.format(total)} battle deaths in total; UN troops peak ${peak(s.un)}; non-UN troops peak ${peak(s.nonun)}.`;
}

/**
 * Two stacked panels sharing the time axis: monthly battle deaths (bars) and UN / non-UN troops
 * (lines). Missing months are gaps.
 * `width` is the drawing width in CSS pixels (text keeps its size at any width).
 * @example // types-only: needs a browser page (`document`)
 * import { render } from 'lit';
 * import { tableFromDataset } from '@peacepanel/core';
 * import { loadDataset } from '@peacepanel/data';
 * import { countrySeries } from './country-series.js';
 * const host = document.body;
 * render(timelineChart(countrySeries(tableFromDataset(await loadDataset('africa-cm')), 'Mali'), host.clientWidth), host);
 */
export function timelineChart(s: CountrySeries, width = 800): TemplateResult {
  const W = Math.max(300, Math.round(width));
  const n = Math.max(1, s.months.length);
  const plotW = W - LEFT - RIGHT;
  const x = (i: number) => LEFT + ((i + 0.5) / n) * plotW;
  const barW = Math.max(0.6, plotW / n - 0.4);
  const dMax = niceMax(finiteMax(s.deaths));
  const tMax = niceMax(Math.max(finiteMax(s.un), finiteMax(s.nonun)));
  const y1 = (v: number) => TOP + PANEL - (v / dMax) * PANEL;
  const top2 = TOP + PANEL + GAP;
  const y2 = (v: number) => top2 + PANEL - (v / tMax) * PANEL;
  const H = top2 + PANEL + 28;
  const ticks = yearTicks(s.months, Math.max(3, Math.floor(W / 90)));
  const summary = seriesSummary(s);
  const bars: TemplateResult[] = [];
  s.deaths.forEach((v, i) => {
    if (Number.isFinite(v) && v > 0)
      bars.push(
        svg`<rect x=${x(i) - barW / 2} y=${y1(v)} width=${barW} height=${TOP + PANEL - y1(v)}></rect>`,
      );
  });
  return html`<figure class="timeline">
    <svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${summary} style="max-width: 100%; height: auto">
      <g class="axis" font-size="11" fill="currentColor">
        <text x=${LEFT} y=${TOP - 6}>Battle deaths per month (max ${fmt.format(dMax)})</text>
        <text x=${LEFT} y=${top2 - 6}>Troops deployed (max ${fmt.format(tMax)})</text>
        ${[0, 0.5, 1].map(
          (
            f,
          ) => svg`<text x=${LEFT - 6} y=${y1(f * dMax) + 4} text-anchor="end">${fmt.format(f * dMax)}</text>
            <line x1=${LEFT} x2=${W - RIGHT} y1=${y1(f * dMax)} y2=${y1(f * dMax)} stroke="var(--border)"></line>
            <text x=${LEFT - 6} y=${y2(f * tMax) + 4} text-anchor="end">${fmt.format(f * tMax)}</text>
            <line x1=${LEFT} x2=${W - RIGHT} y1=${y2(f * tMax)} y2=${y2(f * tMax)} stroke="var(--border)"></line>`,
        )}
        ${ticks.map(
          (t) => svg`<text x=${x(t.i)} y=${H - 8} text-anchor="middle">${t.label}</text>
            <line x1=${x(t.i)} x2=${x(t.i)} y1=${top2 + PANEL} y2=${top2 + PANEL + 4} stroke="currentColor"></line>`,
        )}
      </g>
      <g fill="var(--deaths)">${bars}</g>
      <path d=${linePath(s.un, x, y2)} fill="none" stroke="var(--un)" stroke-width="2"></path>
      <path d=${linePath(s.nonun, x, y2)} fill="none" stroke="var(--nonun)" stroke-width="2" stroke-dasharray="5 3"></path>
    </svg>
    <figcaption>
      <div class="legend" aria-hidden="true">
        <span><span class="swatch" style="background: var(--deaths)"></span>Battle deaths</span>
        <span><span class="swatch" style="background: var(--un)"></span>UN troops</span>
        <span><span class="swatch" style="background: var(--nonun)"></span>Non-UN troops (dashed)</span>
      </div>
      <p class="muted">${summary}</p>
    </figcaption>
  </figure>`;
}
