import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { emit } from '../events/partnership-events.js';
import type { ChartRender, ChartTarget } from '../render/chart-types.js';
import { renderEffectChart } from '../render/effect-chart.js';
import { LIGHT_PALETTE, type Palette } from '../render/palette.js';
import { renderScenarioChart } from '../render/scenario-chart.js';
import { renderTrendChart } from '../render/trend-chart.js';
import type { ChartEngine, PreparedDataset } from './chart-engine.js';
import {
  effectReading,
  effectText,
  scenarioReading,
  scenarioText,
  trendReading,
  trendText,
} from './chart-text.js';
import { exportSvg, saveBlob, svgToPng } from './export-image.js';
import { createFormats, messagesFor } from './i18n.js';
import { partnershipEffectStyles } from './partnership-effect.styles.js';
import { plottedValues, toCsv, type ViewData } from './plotted-values.js';
import { BUNDLED_DATASETS, readSettings, type SettingProblem, type Settings } from './settings.js';

/** The widget's version, compared when two copies meet on one page. */
export const WIDGET_VERSION = '0.1.0';

/** A failure the element shows with a retry button. */
class ChartFailure extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

interface Drawn {
  prepared: PreparedDataset;
  viewData: ViewData;
  settings: Settings;
}

/** Provides the shared engine; replaced in tests. Set by `define.ts`. */
export type EngineProvider = () => ChartEngine;

let instanceCount = 0;

/**
 * `<partnership-effect>`: how monthly battle deaths change with UN troops, with and without a non-UN
 * partner, from the bundled real data and a negative binomial model fitted in a Web Worker
 * (Schumann & Bara 2023, ISQ).
 *
 * @summary An embeddable, accessible chart of the partnership-peacekeeping evidence.
 *
 * @attr {'effect' | 'trend' | 'scenario'} view - `effect` (default), `trend` or `scenario`.
 * @attr {string} data-src - URL of a panel CSV or dataset JSON to use instead of the bundled data.
 * @attr {'africa-conflict-month' | 'africa-cm'} dataset - Id of a bundled dataset (default `africa-conflict-month`,
 *   fitted with the declared main specification; `africa-cm`: country-months with the former specification).
 * @attr {number} un-max - Largest number of UN troops on the x axis (default 20000).
 * @attr {string} non-un-levels - Comma-separated non-UN troop numbers, one line each (default: 0 and a typical partner size).
 * @attr {string} countries - Comma-separated country names or ISO3 codes to fit the model on (default: all).
 * @attr {number} ci - Confidence level, e.g. `95` or `0.9` (default 95).
 * @attr {'en' | 'fr'} lang - `en` or `fr` (default: the page's language, else English).
 * @attr {'light' | 'dark' | 'auto'} theme - `light`, `dark` or `auto` (default: follows the reader's system setting).
 * @attr {number} height - Chart height in pixels, 200 to 1200 (default 380).
 *
 * @event {CustomEvent<PartnershipReadyDetail>} partnership-ready - A chart was drawn. `detail: { view, mode, dataset, points }`.
 * @event {CustomEvent<PartnershipErrorDetail>} partnership-error - Loading or fitting failed. `detail: { code, message }`.
 * @event {CustomEvent<PartnershipSelectDetail>} partnership-select - The reader picked a point (Enter, Space or click). `detail: { view, datum, label }`.
 *
 * @csspart figure - The whole figure.
 * @csspart title - The chart title.
 * @csspart reading - The one-sentence reading of the result.
 * @csspart plot - The chart area (SVG, table, loading and error states).
 * @csspart legend - The legend inside the SVG.
 * @csspart plot-area - The plotted marks inside the SVG.
 * @csspart footer - Source line, study and downloads.
 *
 * @cssproperty [--pe-font-family=system-ui, sans-serif] - Font of all text.
 * @cssproperty [--pe-font-size=14px] - Size of the title, reading and footer text.
 * @cssproperty [--pe-chart-font-size=12px] - Size of the text inside the chart.
 * @cssproperty [--pe-background=#ffffff] - Background colour.
 * @cssproperty [--pe-text=#1b1b1b] - Main text colour.
 * @cssproperty [--pe-muted=#595959] - Secondary text (axis labels, source).
 * @cssproperty [--pe-grid=#e3e3e3] - Grid lines.
 * @cssproperty [--pe-axis=#767676] - Axis lines and ticks.
 * @cssproperty [--pe-border=#d0d0d0] - Figure border and button outlines.
 * @cssproperty [--pe-focus=#0b57d0] - Keyboard focus ring.
 * @cssproperty [--pe-accent-1=#1d5fa8] - First series (no partner; UN only).
 * @cssproperty [--pe-accent-2=#b23c17] - Second series (with partner; non-UN only).
 * @cssproperty [--pe-accent-3=#2f7a34] - Third series (no peacekeepers in the scenario view).
 * @cssproperty [--pe-accent-4=#6b3fa0] - Fourth series (both).
 * @cssproperty [--pe-band-opacity=0.18] - Opacity of confidence bands.
 * @cssproperty [--pe-radius=6px] - Corner radius of the figure.
 */
export class PartnershipEffect extends LitElement {
  static override styles = partnershipEffectStyles;
  static readonly version = WIDGET_VERSION;
  /** Where the shared engine comes from (set once by `define.ts`). */
  static engineProvider: EngineProvider | undefined;
  /** Reference counting of the shared engine (set by `define.ts`), so its worker ends when unused. */
  static engineUsers: { retain(): void; release(): void } | undefined;
  /** The bundled datasets' base URL (next to the script). Set by `define.ts`. */
  static datasetBase: URL | undefined;

  static override properties = {
    view: { type: String, reflect: true },
    dataSrc: { type: String, attribute: 'data-src' },
    datasetId: { type: String, attribute: 'dataset' },
    unMax: { type: String, attribute: 'un-max' },
    nonunLevels: { type: String, attribute: 'non-un-levels' },
    countries: { type: String },
    ci: { type: String },
    locale: { type: String, attribute: 'lang' },
    theme: { type: String, reflect: true },
    chartHeight: { type: String, attribute: 'height' },
    _width: { state: true },
    _showTable: { state: true },
    _active: { state: true },
    _tooltip: { state: true },
    _retries: { state: true },
    _schemeTick: { state: true },
  };

  declare view: string | null;
  declare dataSrc: string | null;
  declare datasetId: string | null;
  declare unMax: string | null;
  declare nonunLevels: string | null;
  declare countries: string | null;
  declare ci: string | null;
  declare locale: string | null;
  declare theme: string | null;
  declare chartHeight: string | null;
  declare _width: number;
  declare _showTable: boolean;
  declare _active: number;
  declare _tooltip: 'focus' | 'hover' | null;
  declare _retries: number;
  declare _schemeTick: number;

  #settings!: Settings;
  #problems: SettingProblem[] = [];
  #unknownCountries: string[] = [];
  #resize: ResizeObserver | undefined;
  #scheme: MediaQueryList | undefined;
  #chart: ChartRender | undefined;
  #emittedFor: unknown;
  #errorFor: unknown;
  readonly #id = `pe${++instanceCount}`;

  constructor() {
    super();
    this.view = null;
    this.dataSrc = null;
    this.datasetId = null;
    this.unMax = null;
    this.nonunLevels = null;
    this.countries = null;
    this.ci = null;
    this.locale = null;
    this.theme = null;
    this.chartHeight = null;
    this._width = 0;
    this._showTable = false;
    this._active = 0;
    this._tooltip = null;
    this._retries = 0;
    this._schemeTick = 0;
  }

  readonly #task = new Task(this, {
    args: () => [this.#settingsKey(), this._retries] as const,
    task: async (_args, { signal }) => this.#compute(signal),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    PartnershipEffect.engineUsers?.retain();
    this.#resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this._width) >= 1) this._width = w;
    });
    this.#resize.observe(this);
    this.#scheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.#scheme.addEventListener('change', this.#onScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    PartnershipEffect.engineUsers?.release();
    this.#resize?.disconnect();
    this.#scheme?.removeEventListener('change', this.#onScheme);
  }

  readonly #onScheme = () => {
    this._schemeTick += 1;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const raw = {
      view: this.view,
      dataSrc: this.dataSrc,
      dataset: this.datasetId,
      unMax: this.unMax,
      nonunLevels: this.nonunLevels,
      countries: this.countries,
      ci: this.ci,
      lang: this.locale,
      theme: this.theme,
      height: this.chartHeight,
    };
    const inherited =
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'en';
    const { settings, problems } = readSettings(raw, inherited, document.baseURI);
    this.#settings = settings;
    this.#problems = problems;
    if (changed.has('view')) this._active = 0;
  }

  #settingsKey(): string {
    const s = this.#settings;
    if (!s) return '';
    return JSON.stringify([s.view, s.dataSrc, s.dataset, s.unMax, s.nonunLevels, s.countries, s.ci]);
  }

  async #compute(signal: AbortSignal): Promise<Drawn> {
    const settings = this.#settings;
    const provider = PartnershipEffect.engineProvider;
    if (!provider)
      throw new ChartFailure('INTERNAL', 'the chart engine is not set up (define the element with define())');
    const engine = provider();
    const base = PartnershipEffect.datasetBase ?? new URL('./datasets/', document.baseURI);
    const prepared = await engine.prepare({
      bundledUrl: new URL(`${settings.dataset}.json`, base).href,
      dataSrc: settings.dataSrc,
      countries: settings.countries,
    });
    if (!prepared.ok) throw new ChartFailure(prepared.code, prepared.message);
    signal.throwIfAborted();
    const p = prepared.value;
    this.#unknownCountries = p.unknownCountries;
    if (p.rows === 0) return { prepared: p, settings, viewData: emptyData(settings.view) };
    const partner = p.typical.nonun ?? 5000;
    let viewData: ViewData;
    if (settings.view === 'trend') {
      const r = await engine.trend(p.id);
      if (!r.ok) throw new ChartFailure(r.code, r.message);
      viewData = { view: 'trend', data: r.value };
    } else if (settings.view === 'scenario') {
      const nonun = settings.nonunLevels?.filter((n) => n > 0).pop() ?? partner;
      const un = Math.min(settings.unMax, p.typical.un ?? settings.unMax / 2);
      const r = await engine.scenario(p.id, { un, nonun, ciLevel: settings.ci });
      if (!r.ok) throw new ChartFailure(r.code, r.message);
      viewData = { view: 'scenario', data: r.value };
    } else {
      const r = await engine.effect(p.id, {
        unMax: settings.unMax,
        nonunLevels: settings.nonunLevels ?? [0, partner],
        ciLevel: settings.ci,
      });
      if (!r.ok) throw new ChartFailure(r.code, r.message);
      viewData = { view: 'effect', data: r.value };
    }
    signal.throwIfAborted();
    return { prepared: p, settings, viewData };
  }

  /** The plotted values as RFC 4180 CSV, or null before data are drawn. */
  toCSV(): string | null {
    const d = this.#task.value;
    return d ? toCsv(plottedValues(d.viewData)) : null;
  }

  /** The chart as a standalone SVG document (with title and source), or null before it is drawn. */
  toSVG(): string | null {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    const d = this.#task.value;
    if (!chart || !d) return null;
    const palette = this.#palette();
    const m = messagesFor(this.#settings.lang);
    return exportSvg(chart, {
      title: m.title[d.viewData.view],
      lines: this.#sourceLines(d.prepared),
      background: palette.background,
      text: palette.text,
      muted: palette.muted,
      fontFamily: palette.fontFamily,
      fontSize: palette.fontSize,
    });
  }

  /** The chart as a PNG (2× resolution), or null before it is drawn. */
  async toPNG(): Promise<Blob | null> {
    const s = this.toSVG();
    return s === null ? null : svgToPng(s, 2);
  }

  /** Starts a download of the plotted values (`csv`) or the chart image (`svg`, `png`). */
  async download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const name = `partnership-${this.#settings.view}`;
    if (kind === 'csv') {
      const csv = this.toCSV();
      if (csv !== null) saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } else if (kind === 'svg') {
      const s = this.toSVG();
      if (s !== null) saveBlob(new Blob([s], { type: 'image/svg+xml' }), `${name}.svg`);
    } else {
      const png = await this.toPNG();
      if (png !== null) saveBlob(png, `${name}.png`);
    }
  }

  #palette(): Palette {
    const cs = getComputedStyle(this);
    const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    const fontSize = Number.parseFloat(v('--pe-chart-font-size', '12'));
    return {
      background: v('--pe-background', LIGHT_PALETTE.background),
      text: v('--pe-text', LIGHT_PALETTE.text),
      muted: v('--pe-muted', LIGHT_PALETTE.muted),
      grid: v('--pe-grid', LIGHT_PALETTE.grid),
      axis: v('--pe-axis', LIGHT_PALETTE.axis),
      series: [1, 2, 3, 4].map((i) => v(`--pe-accent-${i}`, LIGHT_PALETTE.series[i - 1] ?? '#000')),
      bandOpacity: Number.parseFloat(v('--pe-band-opacity', '0.18')) || 0.18,
      fontFamily: v('--pe-font-family', LIGHT_PALETTE.fontFamily),
      fontSize: Number.isFinite(fontSize) && fontSize >= 8 ? fontSize : 12,
    };
  }

  #sourceLines(p: PreparedDataset): string[] {
    const m = messagesFor(this.#settings.lang);
    const countries = this.#settings.countries?.filter((c) => !this.#unknownCountries.includes(c));
    return [
      m.source({ data: p.source.trim().replace(/\.+$/, ''), caveat: p.caveat.trim() }).trim(),
      ...(countries?.length ? [m.fittedOn(new Intl.ListFormat(this.#settings.lang).format(countries))] : []),
      m.study,
    ];
  }

  protected override render() {
    const s = this.#settings;
    const m = messagesFor(s.lang);
    const d = this.#task.value;
    const status = this.#task.status;
    const view = s.view;
    const done = status === TaskStatus.COMPLETE && d !== undefined;
    const height = s.height;
    const notices = this.#problems.map((p) =>
      m.invalid(
        p.attribute,
        p.value,
        this.#expected(p),
        p.fallback === 'default' || p.fallback === 'all' ? '—' : p.fallback,
      ),
    );
    if (done && this.#unknownCountries.length)
      notices.push(m.invalid('countries', this.#unknownCountries.join(', '), m.expected.countries, '—'));
    let reading = '';
    let body: unknown = nothing;
    let description = '';
    this.#chart = undefined;
    if (status === TaskStatus.ERROR) {
      const e = this.#task.error;
      const message = e instanceof Error ? e.message : String(e);
      body = html`<div class="state error" role="alert" style=${styleMap({ minHeight: `${Math.min(height, 240)}px` })}>
        <p>${m.error(message)}</p>
        <button class="action" type="button" @click=${this.#retry}>${m.retry}</button>
      </div>`;
    } else if (!done) {
      body = html`<div class="skeleton" role="status" style=${styleMap({ height: `${height}px` })}>${m.loading}</div>`;
    } else if (isEmpty(d.viewData)) {
      body = html`<div class="state" role="status" style=${styleMap({ minHeight: `${Math.min(height, 200)}px` })}><p>${m.empty}</p></div>`;
    } else {
      const width = Math.max(240, this._width ? this._width - 26 : 600);
      const palette = this.#palette();
      const chart = this.#draw(d, width, height, palette);
      this.#chart = chart;
      ({ reading, description } = this.#words(d));
      body = this._showTable ? this.#table(d) : this.#plot(chart, description);
    }
    const title = m.title[view];
    return html`<figure part="figure" aria-labelledby="${this.#id}-title" aria-busy=${done || status === TaskStatus.ERROR ? 'false' : 'true'}>
      <figcaption>
        <span class="title" part="title" id="${this.#id}-title" role="heading" aria-level="2">${title}</span>
        ${reading ? html`<p class="reading" part="reading">${reading}</p>` : nothing}
      </figcaption>
      ${notices.length ? html`<ul class="notices" role="status">${notices.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <div class="plot" part="plot">${body}</div>
      ${done && !isEmpty(d.viewData) ? this.#footer(d) : nothing}
    </figure>`;
  }

  #expected(p: SettingProblem): string {
    const e = messagesFor(this.#settings.lang).expected;
    return p.expected === 'dataset' ? e.dataset(BUNDLED_DATASETS.join(', ')) : e[p.expected];
  }

  #words(d: Drawn): { reading: string; description: string } {
    const m = messagesFor(d.settings.lang);
    const f = createFormats(d.settings.lang);
    const v = d.viewData;
    if (v.view === 'effect') {
      const t = effectText(m, f, v.data.ciLevel);
      return {
        reading: effectReading(m, f, v.data),
        description: m.effect.description(
          f.level(v.data.ciLevel),
          f.troops(d.settings.unMax),
          v.data.curves.map((c) => t.seriesLabel(c.nonun)),
        ),
      };
    }
    if (v.view === 'trend') {
      const years = v.data.years;
      return {
        reading: trendReading(m, f, v.data),
        description: m.trend.description(
          f.year(years[0]?.year ?? 0),
          f.year(years[years.length - 1]?.year ?? 0),
        ),
      };
    }
    return { reading: scenarioReading(m, f, v.data), description: m.scenario.description };
  }

  #draw(d: Drawn, width: number, height: number, palette: Palette): ChartRender {
    const m = messagesFor(d.settings.lang);
    const f = createFormats(d.settings.lang);
    const v = d.viewData;
    if (v.view === 'effect')
      return renderEffectChart({
        data: v.data,
        width,
        height,
        palette,
        text: effectText(m, f, v.data.ciLevel),
        idPrefix: this.#id,
      });
    if (v.view === 'trend')
      return renderTrendChart({ data: v.data, width, height, palette, text: trendText(m, f) });
    const both = v.data.estimates.find((e) => e.key === 'both');
    return renderScenarioChart({
      data: v.data,
      width,
      height,
      palette,
      text: scenarioText(m, f, v.data.ciLevel, v.data.unAlone, both?.nonun ?? 0),
    });
  }

  #plot(chart: ChartRender, description: string) {
    const active = Math.min(this._active, Math.max(0, chart.targets.length - 1));
    const target = chart.targets[active];
    const descId = `${this.#id}-desc`;
    const tipId = `${this.#id}-tip`;
    const showTip = this._tooltip !== null && target !== undefined;
    return html`<div class="chart-wrap" @pointermove=${this.#onPointerMove} @pointerleave=${this.#onPointerLeave}><svg
        class="chart"
        role="img"
        aria-labelledby="${this.#id}-title ${descId}"
        width=${chart.width}
        height=${chart.height}
        viewBox="0 0 ${chart.width} ${chart.height}"
        font-family=${this.#palette().fontFamily}
      >${svg`<desc id=${descId}>${description}</desc>`}${chart.content}</svg>
      <div class="targets">
        ${chart.targets.map(
          (t, i) => html`<button
            type="button"
            class="pt ${i === active && this._tooltip !== null ? 'active' : ''}"
            tabindex=${i === active ? 0 : -1}
            aria-label=${t.label}
            aria-describedby=${i === active && showTip ? tipId : nothing}
            style=${styleMap({ left: `${t.x}px`, top: `${t.y}px` })}
            @focus=${() => this.#focusTarget(i)}
            @blur=${this.#onBlur}
            @keydown=${this.#onKey}
            @click=${() => this.#select(i)}
          ></button>`,
        )}
      </div>
      ${
        target
          ? html`<div id=${tipId} class="tooltip" role="tooltip" ?hidden=${!showTip} style=${styleMap(this.#tooltipPosition(chart, target))}>
            ${target.label}
          </div>`
          : nothing
      }</div>`;
  }

  #tooltipPosition(chart: ChartRender, t: ChartTarget): Record<string, string> {
    const right = t.x > chart.width / 2;
    const below = t.y < 70;
    return {
      left: right ? 'auto' : `${Math.round(t.x + 12)}px`,
      right: right ? `${Math.round(chart.width - t.x + 12)}px` : 'auto',
      top: below ? `${Math.round(t.y + 14)}px` : 'auto',
      bottom: below ? 'auto' : `${Math.round(chart.height - t.y + 14)}px`,
    };
  }

  #table(d: Drawn) {
    const m = messagesFor(d.settings.lang);
    const f = createFormats(d.settings.lang);
    const values = plottedValues(d.viewData);
    const cell = (key: string, x: number | string | null) => {
      if (x === null) return '—';
      if (typeof x === 'string') return x;
      if (key === 'share') return f.share(x);
      if (key === 'year') return f.year(x);
      if (key === 'ci_level') return f.level(x);
      if (key === 'un_troops' || key === 'nonun_troops') return f.troops(x);
      return f.deaths(x);
    };
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${this.#id}-caption">
      <table>
        <caption id="${this.#id}-caption">${m.tableCaption(m.title[d.viewData.view])}</caption>
        <thead><tr>${values.columns.map((c) => html`<th scope="col">${m.columns[c] ?? c}</th>`)}</tr></thead>
        <tbody>${values.rows.map((r) => html`<tr>${r.map((x, i) => html`<td>${cell(values.columns[i] ?? '', x)}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
  }

  #footer(d: Drawn) {
    const m = messagesFor(d.settings.lang);
    const lines = this.#sourceLines(d.prepared);
    const study = lines.pop();
    return html`<div class="controls">
        <button class="action" type="button" aria-pressed=${this._showTable ? 'true' : 'false'} @click=${this.#toggleTable}>
          ${m.showTable}
        </button>
      </div>
      <footer part="footer">
        ${lines.map((line, i) => html`<p class=${i === 0 ? 'source' : 'scope'}>${line}</p>`)}
        <p class="study">${study}</p>
        <div class="downloads" role="group" aria-label=${m.downloads.label}>
          <span class="downloads-label" aria-hidden="true">${m.downloads.prompt}</span>
          <button class="action" type="button" data-download="csv" @click=${() => this.download('csv')}>${m.downloads.csv}</button>
          <button class="action" type="button" data-download="svg" ?disabled=${this._showTable} @click=${() => this.download('svg')}>${m.downloads.svg}</button>
          <button class="action" type="button" data-download="png" ?disabled=${this._showTable} @click=${() => this.download('png')}>${m.downloads.png}</button>
        </div>
      </footer>`;
  }

  readonly #toggleTable = () => {
    this._showTable = !this._showTable;
  };

  readonly #retry = () => {
    this._retries += 1;
  };

  #focusTarget(i: number): void {
    this._active = i;
    this._tooltip = 'focus';
  }

  readonly #onBlur = () => {
    if (this._tooltip === 'focus') this._tooltip = null;
  };

  readonly #onPointerMove = (e: PointerEvent) => {
    const chart = this.#chart;
    if (!chart) return;
    const svgEl = (e.currentTarget as HTMLElement).querySelector('svg.chart');
    if (!svgEl) return;
    const box = svgEl.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    let best = -1;
    let bestD = 40 * 40;
    chart.targets.forEach((t, i) => {
      const dd = (t.x - x) ** 2 + (t.y - y) ** 2;
      if (dd < bestD) {
        bestD = dd;
        best = i;
      }
    });
    if (best >= 0) {
      this._active = best;
      this._tooltip = 'hover';
    } else if (this._tooltip === 'hover') this._tooltip = null;
  };

  readonly #onPointerLeave = () => {
    if (this._tooltip === 'hover') this._tooltip = null;
  };

  readonly #onKey = (e: KeyboardEvent) => {
    const chart = this.#chart;
    if (!chart) return;
    const ts = chart.targets;
    const cur = ts[this._active];
    if (!cur) return;
    let next = -1;
    if (e.key === 'Escape') {
      if (this._tooltip !== null) {
        this._tooltip = null;
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const step = e.key === 'ArrowRight' ? 1 : -1;
      const same = ts.map((t, i) => ({ t, i })).filter(({ t }) => t.series === cur.series);
      const pos = same.findIndex(({ i }) => i === this._active);
      next = same[Math.min(same.length - 1, Math.max(0, pos + step))]?.i ?? -1;
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const series = [...new Set(ts.map((t) => t.series))].sort((a, b) => a - b);
      const si = series.indexOf(cur.series) + (e.key === 'ArrowDown' ? 1 : -1);
      const target = series[si];
      if (target !== undefined) {
        let bestD = Number.POSITIVE_INFINITY;
        ts.forEach((t, i) => {
          if (t.series === target && Math.abs(t.x - cur.x) < bestD) {
            bestD = Math.abs(t.x - cur.x);
            next = i;
          }
        });
      } else if (cur.series === ts[0]?.series && series.length === 1) {
        next = Math.min(ts.length - 1, Math.max(0, this._active + (e.key === 'ArrowDown' ? 1 : -1)));
      }
    } else if (e.key === 'Home') next = ts.findIndex((t) => t.series === cur.series);
    else if (e.key === 'End') next = ts.map((t) => t.series).lastIndexOf(cur.series);
    else return;
    e.preventDefault();
    if (next >= 0 && next !== this._active) {
      this._active = next;
      this._tooltip = 'focus';
      this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLButtonElement>('.pt[tabindex="0"]')?.focus();
      });
    }
  };

  #select(i: number): void {
    const t = this.#chart?.targets[i];
    if (!t) return;
    this._active = i;
    this._tooltip = 'focus';
    emit(this, 'partnership-select', { view: this.#settings.view, datum: t.datum, label: t.label });
  }

  protected override updated(): void {
    const status = this.#task.status;
    if (status === TaskStatus.COMPLETE) {
      const d = this.#task.value;
      if (d && d !== this.#emittedFor) {
        this.#emittedFor = d;
        const engine = PartnershipEffect.engineProvider?.();
        emit(this, 'partnership-ready', {
          view: d.viewData.view,
          mode: engine?.mode ?? 'in-thread',
          dataset: d.prepared.id,
          points: this.#chart?.targets.length ?? 0,
        });
      }
    } else if (status === TaskStatus.ERROR) {
      const e = this.#task.error;
      if (e !== this.#errorFor) {
        this.#errorFor = e;
        emit(this, 'partnership-error', {
          code: e instanceof ChartFailure ? e.code : 'INTERNAL',
          message: e instanceof Error ? e.message : String(e),
        });
      }
    }
  }
}

function emptyData(view: Settings['view']): ViewData {
  if (view === 'trend') return { view, data: { years: [], overallShare: null } };
  if (view === 'scenario')
    return { view, data: { estimates: [], ciLevel: 0.95, reduction: null, unAlone: 0, unWithPartner: null } };
  return { view: 'effect', data: { curves: [], ciLevel: 0.95 } };
}

function isEmpty(v: ViewData): boolean {
  if (v.view === 'effect') return v.data.curves.every((c) => c.points.length === 0);
  if (v.view === 'trend') return v.data.years.length === 0;
  return v.data.estimates.length === 0;
}
