import type { DiagnosticsResponse } from '@peacepanel/worker';
import { html, svg, type TemplateResult } from 'lit';

const int = new Intl.NumberFormat('en');
const f1 = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/**
 * The hanging rootogram (Kleiber & Zeileis 2016): for each count 0…max, a bar of height √observed
 * hanging from the curve of √expected, so a bar ending above zero means the model expects more of
 * that count than was seen, below zero fewer. Counts above the last bar are stated in words.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof rootogramChart>) => render(rootogramChart(...args), host);
 */
export function rootogramChart(d: DiagnosticsResponse, width: number): TemplateResult {
  const bars = d.rootogram;
  const W = Math.max(320, Math.min(900, Math.round(width)));
  const H = 260;
  const left = 44;
  const bottom = H - 28;
  let top = 1;
  for (const b of bars) top = Math.max(top, Math.sqrt(b.expected), Math.sqrt(b.observed));
  let floor = 0;
  for (const b of bars) floor = Math.min(floor, Math.sqrt(b.expected) - Math.sqrt(b.observed));
  const y = (v: number) => 8 + ((top - v) / (top - floor)) * (bottom - 8);
  const bw = (W - left - 8) / Math.max(1, bars.length);
  const x = (k: number) => left + k * bw;
  const curve = bars.map((b, k) => `${k ? 'L' : 'M'}${x(k) + bw / 2} ${y(Math.sqrt(b.expected))}`).join('');
  const label = `Hanging rootogram for counts 0 to ${bars.length - 1}: square roots of observed frequencies hanging from the expected ones. Count 0: observed ${int.format(bars[0]?.observed ?? 0)}, expected ${f1.format(bars[0]?.expected ?? 0)}.`;
  return html`<svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${label}
      style="max-width: 100%; height: auto" data-testid="rootogram">
      ${bars.map((b, k) => {
        const e = Math.sqrt(b.expected);
        const o = Math.sqrt(b.observed);
        return svg`<rect x=${x(k) + 1} y=${y(e)} width=${Math.max(1, bw - 2)} height=${Math.max(0.5, y(e - o) - y(e))} fill="var(--un)" opacity="0.55"></rect>`;
      })}
      <path d=${curve} fill="none" stroke="var(--deaths)" stroke-width="2"></path>
      <line x1=${left} x2=${W - 8} y1=${y(0)} y2=${y(0)} stroke="currentColor"></line>
      <text x=${left - 6} y=${y(0) + 4} font-size="11" text-anchor="end" fill="currentColor">0</text>
      <text x=${left - 6} y=${y(top) + 4} font-size="11" text-anchor="end" fill="currentColor">${f1.format(top)}</text>
      ${[0, Math.floor((bars.length - 1) / 2), bars.length - 1].map(
        (k) =>
          svg`<text x=${x(k) + bw / 2} y=${H - 10} font-size="11" text-anchor="middle" fill="currentColor">${k}</text>`,
      )}
    </svg>
    <p class="muted" data-testid="rootogram-note">
      √frequency (vertical) by count (horizontal); line: expected under the model, bars: observed, hanging
      from the line. Counts above ${bars.length - 1}: ${int.format(d.beyond.observed)} observed,
      ${f1.format(d.beyond.expected)} expected (not drawn).
    </p>`;
}

/**
 * Residuals against fitted values, binned: each cell of a 48 × 24 grid over log(1 + fitted) and the
 * residual is shaded by how many observations fall in it (thousands of points would not be legible,
 * nor cheap to draw). Residuals beyond ±`clip` are drawn at the edge and counted in words.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof residualChart>) => render(residualChart(...args), host);
 */
export function residualChart(d: DiagnosticsResponse, width: number, clip = 6): TemplateResult {
  const W = Math.max(320, Math.min(900, Math.round(width)));
  const H = 240;
  const left = 44;
  const nx = 48;
  const ny = 24;
  const n = d.fitted.length;
  let maxX = 1e-9;
  for (let i = 0; i < n; i++) maxX = Math.max(maxX, Math.log1p(d.fitted[i] as number));
  const cells = new Uint32Array(nx * ny);
  let clipped = 0;
  for (let i = 0; i < n; i++) {
    const r = d.residuals[i] as number;
    if (!Number.isFinite(r)) continue;
    if (Math.abs(r) > clip) clipped++;
    const cx = Math.min(nx - 1, Math.floor((Math.log1p(d.fitted[i] as number) / maxX) * nx));
    const cy = Math.min(ny - 1, Math.max(0, Math.floor(((clip - r) / (2 * clip)) * ny)));
    cells[cy * nx + cx] = (cells[cy * nx + cx] as number) + 1;
  }
  const most = cells.reduce((m, c) => Math.max(m, c), 1);
  const cw = (W - left - 8) / nx;
  const ch = (H - 36) / ny;
  const label = `Binned plot of ${int.format(n)} ${d.residualType} residuals against log(1 + fitted value); ${int.format(clipped)} residuals beyond ±${clip} drawn at the edge.`;
  return html`<svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${label}
      style="max-width: 100%; height: auto" data-testid="residual-plot">
      ${Array.from(cells, (c, j) =>
        c === 0
          ? svg``
          : svg`<rect x=${left + (j % nx) * cw} y=${8 + Math.floor(j / nx) * ch} width=${cw} height=${ch} fill="var(--un)" opacity=${0.15 + 0.85 * Math.sqrt(c / most)}></rect>`,
      )}
      <line x1=${left} x2=${W - 8} y1=${8 + (ny / 2) * ch} y2=${8 + (ny / 2) * ch} stroke="currentColor" stroke-dasharray="3 3"></line>
      <text x=${left - 6} y=${12} font-size="11" text-anchor="end" fill="currentColor">${clip}</text>
      <text x=${left - 6} y=${8 + (ny / 2) * ch + 4} font-size="11" text-anchor="end" fill="currentColor">0</text>
      <text x=${left - 6} y=${8 + ny * ch} font-size="11" text-anchor="end" fill="currentColor">−${clip}</text>
      <text x=${left} y=${H - 10} font-size="11" fill="currentColor">0</text>
      <text x=${W - 8} y=${H - 10} font-size="11" text-anchor="end" fill="currentColor">log(1 + fitted) ${f1.format(maxX)}</text>
    </svg>
    <p class="muted" data-testid="residual-note">
      ${d.residualType[0]?.toUpperCase()}${d.residualType.slice(1)} residuals (vertical) against log(1 + fitted)
      (horizontal), ${int.format(n)} observations in ${nx} × ${ny} cells, darker = more; ${int.format(clipped)}
      beyond ±${clip} are drawn at the edge.
    </p>`;
}
