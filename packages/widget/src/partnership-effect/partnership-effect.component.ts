import { Task, TaskStatus } from '@lit/task';
import {
  type ChartRender,
  type ChartTarget,
  LIGHT_PALETTE,
  type Palette,
  PRINT_PALETTE,
} from '@peacepanel/charts';
import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { emit, type PartnershipReadyDetail } from '../events/partnership-events.js';
import type { PreparedDataset } from './chart-engine.js';
import type { EngineLoader } from './engine-loader.js';
import { exportSvg, saveBlob, svgToPng } from './export-image.js';
import { createFormats, hasMessages, loadMessages, messagesFor, RTL_LANGS } from './i18n.js';
import { intervalsFor } from './intervals.js';
import { partnershipEffectStyles } from './partnership-effect.styles.js';
import { plottedValues, toCsv, type ViewData } from './plotted-values.js';
import { precomputedView } from './precomputed.js';
import {
  BUNDLED_CREDITS,
  BUNDLED_DATASETS,
  readSettings,
  type SettingProblem,
  type Settings,
} from './settings.js';
import { drawView, sourceLines, viewWords } from './view-drawing.js';

/**
 * Below this many clusters, cluster-robust intervals are flagged on the chart (core's fit warns
 * from the same count: "only N clusters: cluster-robust standard errors may be unreliable").
 */
const FEW_CLUSTERS = 20;

/** The widget's version, compared when two copies meet on one page. */
export const WIDGET_VERSION = '0.1.0';

interface Drawn {
  prepared: PreparedDataset;
  viewData: ViewData;
  settings: Settings;
  /** Where the numbers came from: fitted at build time, or live in the worker or in-thread. */
  mode: PartnershipReadyDetail['mode'];
}

/** Where one copy of the element finds its files, all next to its script. Set by `define.ts`. */
export interface WidgetResources {
  /** Folder of the bundled `<id>.json` datasets. */
  datasets: URL;
  /** Bundled datasets' URLs where an app bundler renamed them; others are `<datasets><id>.json`. */
  datasetUrls: Record<string, URL>;
  /** `default-views.json`, the default views fitted at build time. */
  views: URL;
  /** The engine module (`engine.js`), loaded on the first live fit. */
  engine: EngineLoader;
}

let instanceCount = 0;

/**
 * `<partnership-effect>`: how monthly battle deaths change with UN troops, with and without a non-UN
 * partner, from the bundled real data and a negative binomial model fitted in a Web Worker
 * (Schumann & Bara 2023, ISQ).
 *
 * @summary An embeddable, accessible chart of the partnership-peacekeeping evidence.
 * @tagname partnership-effect
 *
 * @attr {'effect' | 'trend' | 'scenario'} view - `effect` (default), `trend` or `scenario`.
 * @attr {string} data-src - URL of a panel CSV or dataset JSON to use instead of the bundled data.
 * @attr {'africa-conflict-month' | 'africa-cm'} dataset - Id of a bundled dataset (default `africa-conflict-month`,
 *   fitted with the declared main specification; `africa-cm`: country-months with the former specification).
 * @attr {number} un-max - Largest number of UN troops on the x axis (default 20000).
 * @attr {string} non-un-levels - Comma-separated non-UN troop numbers, one line each (default: 0 and a typical partner size).
 * @attr {string} countries - Comma-separated country names or ISO3 codes to fit the model on (default: all).
 * @attr {number} ci - Confidence level, e.g. `95` or `0.9` (default 95).
 * @attr {'en' | 'fr' | 'pt' | 'es' | 'ar'} lang - `en`, `fr`, `pt`, `es` or `ar` (right to left); default: the page's language if one of these, else English. Languages other than English load lazily.
 * @attr {'light' | 'dark' | 'auto'} theme - `light`, `dark` or `auto` (default: follows the reader's system setting).
 * @attr {number} height - Chart height in pixels, 200 to 1200 (default 380).
 * @attr {string} description - Your own text alternative for the chart, used as its accessible description instead of the generated one.
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
 * @csspart footer - Source line, the "Sources" disclosure and downloads.
 * @csspart sources - The "Sources" disclosure (`<details>`) with the full sources, coverage caveat and study.
 *
 * @cssprop [--pe-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--pe-font-size=14px] - Size of the title, reading and footer text.
 * @cssprop [--pe-chart-font-size=12px] - Size of the text inside the chart.
 * @cssprop [--pe-background=#ffffff] - Background colour.
 * @cssprop [--pe-text=#1b1b1b] - Main text colour.
 * @cssprop [--pe-muted=#595959] - Secondary text (axis labels, source).
 * @cssprop [--pe-grid=#e3e3e3] - Grid lines.
 * @cssprop [--pe-axis=#767676] - Axis lines and ticks.
 * @cssprop [--pe-border=#d0d0d0] - Figure border and button outlines.
 * @cssprop [--pe-focus=#0b57d0] - Keyboard focus ring.
 * @cssprop [--pe-accent-1=#1d5fa8] - First series (no partner; UN only).
 * @cssprop [--pe-accent-2=#b23c17] - Second series (with partner; non-UN only).
 * @cssprop [--pe-accent-3=#2f7a34] - Third series (no peacekeepers in the scenario view).
 * @cssprop [--pe-accent-4=#6b3fa0] - Fourth series (both).
 * @cssprop [--pe-band-opacity=0.18] - Opacity of confidence bands.
 * @cssprop [--pe-radius=6px] - Corner radius of the figure.
 * @cssprop [--pe-skeleton=#ececec] - The loading placeholder's colour.
 * @cssprop [--pe-notice-background=#fff6d6] - Background of the notices about settings that were not understood.
 * @cssprop [--pe-notice-text=#4a3b00] - Text of those notices.
 * @cssprop [--pe-error-background=#fdecea] - Background of the error message.
 * @cssprop [--pe-error-text=#7a1a12] - Text of the error message.
 */
export class PartnershipEffect extends LitElement {
  static override styles = partnershipEffectStyles;
  static readonly version = WIDGET_VERSION;
  /** The datasets, precomputed views and engine module of the copy that defined the element. */
  static resources: WidgetResources | undefined;

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
    description: { type: String },
    _width: { state: true },
    _showTable: { state: true },
    _active: { state: true },
    _tooltip: { state: true },
    _retries: { state: true },
    _schemeTick: { state: true },
  };

  declare view: string | null;
  /** Editor-written text alternative (the chart's accessible description). */
  declare description: string | null;
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
  #print: MediaQueryList | undefined;
  #printing = false;
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
    PartnershipEffect.resources?.engine.retain();
    this.#resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this._width) >= 1) this._width = w;
    });
    this.#resize.observe(this);
    this.#scheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.#scheme.addEventListener('change', this.#onScheme);
    this.#print = window.matchMedia('print');
    this.#print.addEventListener('change', this.#onScheme);
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    PartnershipEffect.resources?.engine.release();
    this.#resize?.disconnect();
    this.#scheme?.removeEventListener('change', this.#onScheme);
    this.#print?.removeEventListener('change', this.#onScheme);
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
  }

  readonly #onScheme = () => {
    this._schemeTick += 1;
  };

  /** Redraws the chart black on white for print (the update runs before the print layout). */
  readonly #onPrint = (e: Event) => {
    this.#printing = e.type === 'beforeprint';
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

  /**
   * The view's numbers: the precomputed default view when the settings match one (no dataset or
   * engine download), otherwise a live fit through the lazily loaded engine module.
   */
  async #compute(signal: AbortSignal): Promise<Drawn> {
    const settings = this.#settings;
    const res = PartnershipEffect.resources;
    if (!res)
      throw failure('INTERNAL', 'the element is not set up (define it with definePartnershipEffect())');
    // The language's messages load beside the numbers (English is built in; a failed load keeps English).
    const messages = loadMessages(settings.lang).catch(() => undefined);
    const pre = await precomputedView(res.views.href, settings);
    signal.throwIfAborted();
    if (pre) {
      this.#unknownCountries = [];
      await messages;
      return { prepared: pre.prepared, viewData: pre.viewData, settings, mode: 'precomputed' };
    }
    let engine: Awaited<ReturnType<EngineLoader['load']>>;
    try {
      engine = await res.engine.load();
    } catch (e) {
      throw failure('FILE_NOT_FOUND', `the chart engine could not be loaded (${errorText(e)})`);
    }
    const shared = engine.sharedEngine();
    const url = (res.datasetUrls[settings.dataset] ?? new URL(`${settings.dataset}.json`, res.datasets)).href;
    const { prepared, viewData } = await engine.computeView(shared, settings, url, signal);
    this.#unknownCountries = prepared.unknownCountries;
    await messages;
    signal.throwIfAborted();
    return { prepared, viewData, settings, mode: shared.mode };
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
    const note = this.#intervalNote(d);
    return exportSvg(chart, {
      title: m.title[d.viewData.view],
      lines: [...this.#sourceLines(d.prepared), ...(note ? [note] : [])],
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
    if (this.#printing || this.#print?.matches) return PRINT_PALETTE;
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

  /**
   * What the intervals are when they are not the study's (one country: model-based) or are weak (few
   * countries), for the chart and its exports; null otherwise and for the trend view (no intervals).
   */
  #intervalNote(d: Drawn): string | null {
    if (d.viewData.view === 'trend') return null;
    const m = messagesFor(this.#settings.lang);
    const n = d.prepared.clusters;
    if (intervalsFor(n) === 'model') {
      const country = this.#settings.countries?.find((c) => !this.#unknownCountries.includes(c)) ?? '';
      return m.intervalsModelBased(country, d.prepared.clusterUnit ?? 'country');
    }
    return n < FEW_CLUSTERS ? m.fewClusters(n, d.prepared.clusterUnit ?? 'country') : null;
  }

  #sourceLines(p: PreparedDataset): string[] {
    const countries = this.#settings.countries?.filter((c) => !this.#unknownCountries.includes(c)) ?? null;
    return sourceLines(p, this.#settings.lang, countries);
  }

  protected override render() {
    const s = this.#settings;
    if (!hasMessages(s.lang))
      loadMessages(s.lang).then(
        () => this.requestUpdate(),
        () => {},
      );
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
      ({ reading, description } = viewWords(d.viewData, d.settings));
      body = this._showTable ? this.#table(d) : this.#plot(chart, this.description?.trim() || description);
    }
    const title = m.title[view];
    return html`<figure part="figure" lang=${s.lang} dir=${RTL_LANGS.includes(s.lang) ? 'rtl' : 'ltr'} aria-labelledby="${this.#id}-title" aria-busy=${done || status === TaskStatus.ERROR ? 'false' : 'true'}>
      <figcaption>
        <span class="title" part="title" id="${this.#id}-title" role="heading" aria-level="2">${title}</span>
        ${reading ? html`<p class="reading" part="reading">${reading}</p>` : nothing}
      </figcaption>
      ${notices.length ? html`<ul class="notices" role="status">${notices.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${done && !isEmpty(d.viewData) && this.#intervalNote(d) ? html`<p class="intervals" part="intervals" role="note">${this.#intervalNote(d)}</p>` : nothing}
      <div class="plot" part="plot">${body}</div>
      ${done && !isEmpty(d.viewData) ? this.#footer(d) : nothing}
    </figure>`;
  }

  #expected(p: SettingProblem): string {
    const e = messagesFor(this.#settings.lang).expected;
    return p.expected === 'dataset' ? e.dataset(BUNDLED_DATASETS.join(', ')) : e[p.expected];
  }

  #draw(d: Drawn, width: number, height: number, palette: Palette): ChartRender {
    return drawView(d.viewData, d.settings, width, height, palette, this.#id);
  }

  #plot(chart: ChartRender, description: string) {
    const active = Math.min(this._active, Math.max(0, chart.targets.length - 1));
    const target = chart.targets[active];
    const descId = `${this.#id}-desc`;
    const tipId = `${this.#id}-tip`;
    const showTip = this._tooltip !== null && target !== undefined;
    // The plot reads left to right in every language (numbers grow rightwards); text around it follows `dir`.
    return html`<div class="chart-wrap" dir="ltr" @pointermove=${this.#onPointerMove} @pointerleave=${this.#onPointerLeave}><svg
        class="chart"
        role="img"
        aria-labelledby="${this.#id}-title ${descId}"
        width=${chart.width}
        height=${chart.height}
        viewBox="0 0 ${chart.width} ${chart.height}"
        font-family=${this.#palette().fontFamily}
      >${svg`<desc id=${descId}>${description}</desc>`}${unsafeSVG(chart.content)}</svg>
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
    const credits = (!d.settings.dataSrc && BUNDLED_CREDITS[d.settings.dataset]) || d.prepared.title;
    return html`<div class="controls">
        <button class="action" type="button" aria-pressed=${this._showTable ? 'true' : 'false'} @click=${this.#toggleTable}>
          ${m.showTable}
        </button>
      </div>
      <footer part="footer">
        <p class="source-line">${m.sourceShort(credits)}</p>
        <details class="sources" part="sources">
          <summary>${m.sources}</summary>
          ${lines.map((line, i) => html`<p class=${i === 0 ? 'source' : i === lines.length - 1 ? 'study' : 'scope'}>${line}</p>`)}
        </details>
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
        emit(this, 'partnership-ready', {
          view: d.viewData.view,
          mode: d.mode,
          dataset: d.prepared.id,
          points: this.#chart?.targets.length ?? 0,
        });
      }
    } else if (status === TaskStatus.ERROR) {
      const e = this.#task.error;
      if (e !== this.#errorFor) {
        this.#errorFor = e;
        emit(this, 'partnership-error', {
          code: failureCode(e),
          message: errorText(e),
        });
      }
    }
  }
}

/** An error with core's code (`ChartFailure` in the engine module, which this bundle does not hold). */
function failure(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

function failureCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'INTERNAL';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isEmpty(v: ViewData): boolean {
  if (v.view === 'effect') return v.data.curves.every((c) => c.points.length === 0);
  if (v.view === 'trend') return v.data.years.length === 0;
  return v.data.estimates.length === 0;
}
