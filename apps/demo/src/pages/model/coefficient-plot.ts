import type { FitResult } from '@peacepanel/core';
import { html, svg, type TemplateResult } from 'lit';

const f2 = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
/** One colour and one mark shape per model column (shape as a cue beyond colour). */
const SERIES = [
  { colour: 'var(--un)', mark: 'circle' },
  { colour: 'var(--nonun)', mark: 'square' },
  { colour: 'var(--both)', mark: 'diamond' },
  { colour: 'var(--deaths)', mark: 'triangle' },
] as const;

/** Terms the plot shows: every estimated coefficient but the intercept (its scale dwarfs the rest). */
function plotTerms(models: readonly FitResult[]): string[] {
  const seen: string[] = [];
  for (const m of models)
    for (const c of m.coefficients)
      if (!c.aliased && c.term !== '(Intercept)' && !seen.includes(c.term)) seen.push(c.term);
  return seen;
}

function mark(kind: (typeof SERIES)[number]['mark'], x: number, y: number, colour: string) {
  if (kind === 'circle') return svg`<circle cx=${x} cy=${y} r="4.5" fill=${colour}></circle>`;
  if (kind === 'square') return svg`<rect x=${x - 4} y=${y - 4} width="8" height="8" fill=${colour}></rect>`;
  if (kind === 'diamond')
    return svg`<path d=${`M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z`} fill=${colour}></path>`;
  return svg`<path d=${`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}L${x - 5.5} ${y + 4.5}Z`} fill=${colour}></path>`;
}

/**
 * The coefficient plot of the compared models: for each term (the intercept left out), each model's
 * estimate with its confidence interval (the fit's `ciLow`–`ciHigh`, e.g. 95%), on one axis with
 * zero marked. Models are told apart by colour and by mark shape.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof coefficientPlot>) => render(coefficientPlot(...args), host);
 */
export function coefficientPlot(models: readonly FitResult[], width: number): TemplateResult {
  const terms = plotTerms(models);
  const W = Math.max(320, Math.min(900, Math.round(width)));
  const left = Math.min(260, Math.round(W * 0.38));
  const band = 14 + 12 * models.length;
  const H = terms.length * band + 44;
  let lo = 0;
  let hi = 0;
  for (const m of models)
    for (const c of m.coefficients)
      if (terms.includes(c.term) && Number.isFinite(c.ciLow) && Number.isFinite(c.ciHigh)) {
        lo = Math.min(lo, c.ciLow);
        hi = Math.max(hi, c.ciHigh);
      }
  const pad = (hi - lo) * 0.05 || 1;
  const x = (v: number) => left + ((v - (lo - pad)) / (hi - lo + 2 * pad)) * (W - left - 16);
  const ticks = [lo, (lo + hi) / 2, hi, 0].filter((v, i, a) => a.indexOf(v) === i);
  const label = `Coefficient plot of ${models.length} model(s): estimates with confidence intervals for ${terms.length} terms, intercept left out.`;
  return html`<svg class="coef-plot" viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${label}
    style="max-width: 100%; height: auto" data-testid="coef-plot">
    <line x1=${x(0)} x2=${x(0)} y1="4" y2=${H - 30} stroke="currentColor" stroke-dasharray="3 3" opacity="0.6"></line>
    ${ticks.map(
      (t) =>
        svg`<text x=${x(t)} y=${H - 12} font-size="11" text-anchor="middle" fill="currentColor">${f2.format(t)}</text>`,
    )}
    ${terms.map((term, i) => {
      const y0 = i * band + 8;
      return svg`<text x=${left - 8} y=${y0 + band / 2} font-size="12" text-anchor="end" fill="currentColor">${term.length > 34 ? `${term.slice(0, 33)}…` : term}</text>
        ${models.map((m, j) => {
          const c = m.coefficients.find((k) => k.term === term && !k.aliased);
          const s = SERIES[j % SERIES.length] ?? SERIES[0];
          if (!c || !Number.isFinite(c.ciLow) || !Number.isFinite(c.ciHigh)) return svg``;
          const y = y0 + 10 + j * 12;
          return svg`<line x1=${x(c.ciLow)} x2=${x(c.ciHigh)} y1=${y} y2=${y} stroke=${s.colour} stroke-width="2"></line>${mark(s.mark, x(c.estimate), y, s.colour)}`;
        })}`;
    })}
  </svg>
  <p class="muted" data-testid="coef-legend">${models.map((m, j) => html`<span class="legend-item">${['●', '■', '◆', '▲'][j % 4]} model (${j + 1}) ${m.family}${j < models.length - 1 ? ' · ' : ''}</span>`)}
    — lines are the fits' confidence intervals (95%: the spec's default level).</p>`;
}
