/**
 * The parts of `<partnership-effect>`'s template that do not depend on the element's state beyond
 * what they are given: the data table, the footer (source line, Sources disclosure, downloads) and
 * the plot with its focusable points. The element passes its handlers in.
 */

import { type ChartRender, type ChartTarget, escapeXml } from '@peacepanel/charts';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { tooltipPosition } from './hit-test.js';
import { createFormats, type Lang, messagesFor } from './i18n.js';
import type { PlottedValues } from './plotted-values.js';
import { BUNDLED_DATASETS, type SettingProblem } from './settings.js';

/**
 * The plotted values as an HTML table (the "Show table" view).
 * @example // types-only: a lit template rendered into the element's shadow root
 * const table = (values: PlottedValues) => tableTemplate(values, 'en', 'pe1', 'Effect of UN troops');
 */
export function tableTemplate(values: PlottedValues, lang: Lang, id: string, title: string) {
  const m = messagesFor(lang);
  const f = createFormats(lang);
  const cell = (key: string, x: number | string | null) => {
    if (x === null) return '—';
    if (typeof x === 'string') return x;
    if (key === 'share') return f.share(x);
    if (key === 'year') return f.year(x);
    if (key === 'ci_level') return f.level(x);
    if (key === 'un_troops' || key === 'nonun_troops') return f.troops(x);
    return f.deaths(x);
  };
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}-caption">
      <table>
        <caption id="${id}-caption">${m.tableCaption(title)}</caption>
        <thead><tr>${values.columns.map((c) => html`<th scope="col">${m.columns[c] ?? c}</th>`)}</tr></thead>
        <tbody>${values.rows.map((r) => html`<tr>${r.map((x, i) => html`<td>${cell(values.columns[i] ?? '', x)}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
}

/** What the footer shows and does. */
export interface FooterInput {
  lang: Lang;
  showTable: boolean;
  /** The short credit on the one source line. */
  credits: string;
  /** The full source lines behind "Sources" (data, scope, study last). */
  lines: string[];
  onToggleTable: () => void;
  onDownload: (kind: 'csv' | 'svg' | 'png') => void;
}

/**
 * The table toggle and the footer: one source line, the Sources disclosure and the downloads.
 * @example // types-only: a lit template rendered into the element's shadow root
 * const footer = (f: FooterInput) => footerTemplate(f);
 */
export function footerTemplate(f: FooterInput) {
  const m = messagesFor(f.lang);
  const last = f.lines.length - 1;
  return html`<div class="controls">
        <button class="action" type="button" aria-pressed=${f.showTable ? 'true' : 'false'} @click=${f.onToggleTable}>
          ${m.showTable}
        </button>
      </div>
      <footer part="footer">
        <p class="source-line">${m.sourceShort(f.credits)}</p>
        <details class="sources" part="sources">
          <summary>${m.sources}</summary>
          ${f.lines.map((line, i) => html`<p class=${i === 0 ? 'source' : i === last ? 'study' : 'scope'}>${line}</p>`)}
        </details>
        <div class="downloads" role="group" aria-label=${m.downloads.label}>
          <span class="downloads-label" aria-hidden="true">${m.downloads.prompt}</span>
          <button class="action" type="button" data-download="csv" @click=${() => f.onDownload('csv')}>${m.downloads.csv}</button>
          <button class="action" type="button" data-download="svg" ?disabled=${f.showTable} @click=${() => f.onDownload('svg')}>${m.downloads.svg}</button>
          <button class="action" type="button" data-download="png" ?disabled=${f.showTable} @click=${() => f.onDownload('png')}>${m.downloads.png}</button>
        </div>
      </footer>`;
}

/**
 * Above this many data points only the active one is a button (one tab stop either way; arrows move it,
 * the pointer finds points by hit-testing, and "Show as table" lists them all): a thousand buttons cost
 * a slow phone more than the chart itself.
 */
export const MAX_POINT_BUTTONS = 200;

/** What the plot shows and how its points react. */
export interface PlotInput {
  chart: ChartRender;
  id: string;
  /** The accessible description (the editor's `description`, else the generated one). */
  description: string;
  fontFamily: string;
  active: number;
  tooltip: 'focus' | 'hover' | null;
  onFocus: (i: number) => void;
  onBlur: () => void;
  onKey: (e: KeyboardEvent) => void;
  onSelect: (i: number) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerLeave: () => void;
}

/**
 * The chart's SVG with one focusable button per data point (roving tabindex) and the tooltip.
 * The plot reads left to right in every language (numbers grow rightwards); text around it follows `dir`.
 * @example // types-only: a lit template rendered into the element's shadow root
 * const plot = (p: PlotInput) => plotTemplate(p);
 */
export function plotTemplate(p: PlotInput) {
  const { chart, id } = p;
  const active = Math.min(p.active, Math.max(0, chart.targets.length - 1));
  const target = chart.targets[active];
  const descId = `${id}-desc`;
  const tipId = `${id}-tip`;
  const showTip = p.tooltip !== null && target !== undefined;
  return html`<div class="chart-wrap" dir="ltr" @pointermove=${p.onPointerMove} @pointerleave=${p.onPointerLeave}><svg
        class="chart"
        role="img"
        aria-labelledby="${id}-title ${descId}"
        width=${chart.width}
        height=${chart.height}
        viewBox="0 0 ${chart.width} ${chart.height}"
        font-family=${p.fontFamily}
        .innerHTML=${`<desc id="${escapeXml(descId)}">${escapeXml(p.description)}</desc>${chart.content}`}
      ></svg>
      <div class="targets">
        ${(chart.targets.length > MAX_POINT_BUTTONS ? [active] : chart.targets.map((_, i) => i)).map((i) => {
          const t = chart.targets[i] as ChartTarget;
          return html`<button
            type="button"
            class="pt ${i === active && p.tooltip !== null ? 'active' : ''}"
            tabindex=${i === active ? 0 : -1}
            aria-label=${t.label}
            aria-describedby=${i === active && showTip ? tipId : nothing}
            style=${styleMap({ left: `${t.x}px`, top: `${t.y}px` })}
            @focus=${() => p.onFocus(i)}
            @blur=${p.onBlur}
            @keydown=${p.onKey}
            @click=${() => p.onSelect(i)}
          ></button>`;
        })}
      </div>
      ${
        target
          ? html`<div id=${tipId} class="tooltip" role="tooltip" ?hidden=${!showTip} style=${styleMap(tooltipPosition(chart, target))}>
            ${target.label}
          </div>`
          : nothing
      }</div>`;
}

/**
 * The notices about settings that were not understood, and about countries the data do not hold.
 * @example noticeTexts([{ attribute: 'view', value: 'pie', expected: 'view', fallback: 'effect' }], [], 'en')
 */
export function noticeTexts(
  problems: readonly SettingProblem[],
  unknownCountries: readonly string[],
  lang: Lang,
): string[] {
  const m = messagesFor(lang);
  const expected = (p: SettingProblem) =>
    p.expected === 'dataset' ? m.expected.dataset(BUNDLED_DATASETS.join(', ')) : m.expected[p.expected];
  const notices = problems.map((p) =>
    m.invalid(
      p.attribute,
      p.value,
      expected(p),
      p.fallback === 'default' || p.fallback === 'all' ? '—' : p.fallback,
    ),
  );
  if (unknownCountries.length)
    notices.push(m.invalid('countries', unknownCountries.join(', '), m.expected.countries, '—'));
  return notices;
}

/**
 * The plot area while there is no chart: loading, an error with a retry button, or nothing to show.
 * @example stateTemplate({ kind: 'loading', lang: 'en', height: 380 })
 */
export function stateTemplate(
  s:
    | { kind: 'loading' | 'empty'; lang: Lang; height: number }
    | { kind: 'error'; lang: Lang; height: number; message: string; onRetry: () => void },
) {
  const m = messagesFor(s.lang);
  if (s.kind === 'error')
    return html`<div class="state error" role="alert" style=${styleMap({ minHeight: `${Math.min(s.height, 240)}px` })}>
        <p>${m.error(s.message)}</p>
        <button class="action" type="button" @click=${s.onRetry}>${m.retry}</button>
      </div>`;
  if (s.kind === 'loading')
    return html`<div class="skeleton" role="status" style=${styleMap({ height: `${s.height}px` })}>${m.loading}</div>`;
  return html`<div class="state" role="status" style=${styleMap({ minHeight: `${Math.min(s.height, 200)}px` })}><p>${m.empty}</p></div>`;
}
