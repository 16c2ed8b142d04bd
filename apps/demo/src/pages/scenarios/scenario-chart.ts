import type { ScenarioResponse } from '@peacepanel/worker';
import { html, svg, type TemplateResult } from 'lit';
import type { ScenarioState } from './scenario-params.js';

export const troops = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
export const deaths = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
export const pct = new Intl.NumberFormat('en', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

export type Row = { key: keyof ScenarioResponse['deaths']; label: string; short: string; colour: string };

/**
 * The four deployments in the order shown, with labels and colours.
 * @example rows({ un: 5000, nonun: 2000, country: undefined }).map((r) => r.key) // ['none', 'unOnly', 'nonunOnly', 'both']
 */
export function rows(s: ScenarioState): Row[] {
  return [
    { key: 'none', label: 'No troops', short: 'No troops', colour: 'var(--deaths)' },
    {
      key: 'unOnly',
      label: `${troops.format(s.un)} UN troops alone`,
      short: 'UN alone',
      colour: 'var(--un)',
    },
    {
      key: 'nonunOnly',
      label: `${troops.format(s.nonun)} non-UN troops alone`,
      short: 'Non-UN alone',
      colour: 'var(--nonun)',
    },
    { key: 'both', label: 'Both together (parallel)', short: 'Both together', colour: 'var(--both)' },
  ];
}

/**
 * Horizontal bars with interval whiskers for the four scenarios.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof scenarioChart>) => render(scenarioChart(...args), host);
 */
export function scenarioChart(
  r: ScenarioResponse,
  s: ScenarioState,
  level: number,
  width: number,
): TemplateResult {
  const items = rows(s);
  let max = 0;
  for (const it of items) max = Math.max(max, r.deaths[it.key].upper, r.deaths[it.key].fit);
  max = max > 0 ? max * 1.05 : 1;
  const W = Math.max(300, Math.min(720, Math.round(width)));
  const narrow = W < 520;
  const left = narrow ? 104 : 200;
  const bar = 28;
  const gap = 16;
  const H = items.length * (bar + gap) + 24;
  const x = (v: number) => left + (Math.min(v, max) / max) * (W - left - 60);
  const description = items
    .map((it) => {
      const d = r.deaths[it.key];
      return `${it.label}: ${deaths.format(d.fit)} (${deaths.format(d.lower)} to ${deaths.format(d.upper)})`;
    })
    .join('; ');
  return html`<svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} style="max-width: 100%; height: auto" role="img"
    aria-label=${`Predicted battle deaths per month with ${Math.round(level * 100)}% intervals. ${description}`}>
    ${items.map((it, i) => {
      const d = r.deaths[it.key];
      const y = i * (bar + gap) + 8;
      return svg`<text x=${left - 8} y=${y + bar / 2 + 4} text-anchor="end" font-size="13" fill="currentColor">${narrow ? it.short : it.label}</text>
        <rect x=${left} y=${y} width=${Math.max(1, x(d.fit) - left)} height=${bar} fill=${it.colour} opacity="0.85"></rect>
        <line x1=${x(d.lower)} x2=${x(d.upper)} y1=${y + bar / 2} y2=${y + bar / 2} stroke="currentColor" stroke-width="1.5"></line>
        <line x1=${x(d.lower)} x2=${x(d.lower)} y1=${y + 6} y2=${y + bar - 6} stroke="currentColor"></line>
        <line x1=${x(d.upper)} x2=${x(d.upper)} y1=${y + 6} y2=${y + bar - 6} stroke="currentColor"></line>
        <text x=${x(Math.max(d.upper, d.fit)) + 6} y=${y + bar / 2 + 4} font-size="12" fill="currentColor">${deaths.format(d.fit)}</text>`;
    })}
  </svg>`;
}
