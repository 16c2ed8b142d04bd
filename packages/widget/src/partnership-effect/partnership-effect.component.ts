import { Task, TaskStatus } from '@lit/task';
import type { ChartRender, Palette } from '@peacepanel/charts';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { emit } from '../events/partnership-events.js';
import {
  type ElementProperties,
  langConverter,
  levelsConverter,
  listConverter,
  numbersKey,
  PROPERTY_DEFAULTS,
  settingConverter,
  settingsOf,
} from './attributes.js';
import { paletteFromStyle } from './css-palette.js';
import { footerTemplate, noticeTexts, plotTemplate, stateTemplate, tableTemplate } from './element-parts.js';
import { exportSvg, saveChart, svgToPng } from './export-image.js';
import { nearestTarget } from './hit-test.js';
import { hasMessages, type Lang, loadMessages, messagesFor, RTL_LANGS } from './i18n.js';
import {
  errorText,
  failureCode,
  fittedCountries,
  intervalNote,
  type LoadedView,
  loadView,
  type WidgetResources,
} from './load-view.js';
import { MediaController } from './media-controller.js';
import { nextTarget } from './navigation.js';
import { partnershipEffectStyles } from './partnership-effect.styles.js';
import { plottedValues, toCsv } from './plotted-values.js';
import {
  BUNDLED_CREDITS,
  type BundledDatasetId,
  type SettingProblem,
  type Settings,
  type Theme,
  type View,
} from './settings.js';
import { sourceLines } from './view-drawing.js';
import { chartView } from './views/index.js';

/** The widget's version, compared when two copies meet on one page. */
export const WIDGET_VERSION = '0.1.0';

let instanceCount = 0;

/**
 * `<partnership-effect>`: how monthly battle deaths change with UN troops, with and without a non-UN
 * partner, from the bundled real data and a negative binomial model fitted in a Web Worker
 * (Schumann & Bara 2023, ISQ).
 *
 * @summary An embeddable, accessible chart of the partnership-peacekeeping evidence.
 * @tagname partnership-effect
 *
 * @attr {'effect' | 'trend' | 'scenario' | 'robustness'} view - `effect` (default), `trend`, `scenario` or `robustness` (how the partnership estimate depends on modelling choices: the shipped multiverse result).
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
export class PartnershipEffectElement extends LitElement implements ElementProperties {
  static override styles = partnershipEffectStyles;
  static readonly version = WIDGET_VERSION;
  /** The datasets, precomputed views and live-fit module of the copy that defined the element. */
  static resources: WidgetResources | undefined;

  // Typed properties; each converter turns a value it does not understand into the documented
  // fallback (see attributes.ts), and the element shows a notice while the attribute holds it.
  static override properties = {
    view: { reflect: true, useDefault: true, converter: settingConverter('view') },
    dataSrc: { type: String, attribute: 'data-src' },
    datasetId: { attribute: 'dataset', useDefault: true, converter: settingConverter('dataset') },
    unMax: { attribute: 'un-max', useDefault: true, converter: settingConverter('unMax') },
    nonunLevels: { attribute: 'non-un-levels', converter: levelsConverter },
    countries: { converter: listConverter },
    ci: { useDefault: true, converter: settingConverter('ci') },
    locale: { attribute: 'lang', converter: langConverter },
    theme: { reflect: true, useDefault: true, converter: settingConverter('theme') },
    chartHeight: { attribute: 'height', useDefault: true, converter: settingConverter('height') },
    description: { type: String },
    _showTable: { state: true },
    _active: { state: true },
    _tooltip: { state: true },
    _retries: { state: true },
  };

  /** Which chart: `effect` (default), `trend` or `scenario`; anything else reads as `effect`. */
  declare view: View;
  /** Editor-written text alternative (the chart's accessible description). */
  declare description: string | undefined;
  declare dataSrc: string | undefined;
  declare datasetId: BundledDatasetId;
  declare unMax: number;
  declare nonunLevels: number[] | undefined;
  declare countries: string[] | undefined;
  declare ci: number;
  /** The language (`lang` attribute); undefined follows the page's language. */
  declare locale: Lang | undefined;
  declare theme: Theme;
  declare chartHeight: number;
  declare _showTable: boolean;
  declare _active: number;
  declare _tooltip: 'focus' | 'hover' | null;
  declare _retries: number;

  #settings!: Settings;
  #problems: SettingProblem[] = [];
  readonly #media = new MediaController(this);
  #chart: ChartRender | undefined;
  #emittedFor: unknown;
  #errorFor: unknown;
  readonly #id = `pe${++instanceCount}`;

  constructor() {
    super();
    Object.assign(this, PROPERTY_DEFAULTS);
    this.description = undefined;
    this._showTable = false;
    this._active = 0;
    this._tooltip = null;
    this._retries = 0;
  }

  readonly #task = new Task(this, {
    args: () => [numbersKey(this.#settings), this._retries] as const,
    task: async (_args, { signal }) => loadView(this.#settings, PartnershipEffectElement.resources, signal),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    PartnershipEffectElement.resources?.liveFit.retain();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    PartnershipEffectElement.resources?.liveFit.release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inherited =
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'en';
    const { settings, problems } = settingsOf(this, (a) => this.getAttribute(a), inherited, document.baseURI);
    this.#settings = settings;
    this.#problems = problems;
    if (changed.has('view')) this._active = 0;
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
    const note = intervalNote(d, this.#settings.lang);
    return exportSvg(chart, {
      ...paletteFromStyle(getComputedStyle(this), this.#media.printing),
      title: messagesFor(this.#settings.lang).title[d.viewData.view],
      lines: [...this.#sourceLines(d), ...(note ? [note] : [])],
    });
  }

  /** The chart as a PNG (2× resolution), or null before it is drawn. */
  async toPNG(): Promise<Blob | null> {
    const s = this.toSVG();
    return s === null ? null : svgToPng(s, 2);
  }

  /** Starts a download of the plotted values (`csv`) or the chart image (`svg`, `png`). */
  async download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const files = { csv: () => this.toCSV(), svg: () => this.toSVG(), png: () => this.toPNG() };
    await saveChart(kind, `partnership-${this.#settings.view}`, files);
  }

  #sourceLines(d: LoadedView): string[] {
    return sourceLines(d.prepared, this.#settings.lang, fittedCountries(d));
  }

  protected override render() {
    const s = this.#settings;
    if (!hasMessages(s.lang))
      loadMessages(s.lang).then(
        () => this.requestUpdate(),
        () => {},
      );
    const d = this.#task.value;
    const status = this.#task.status;
    const done = status === TaskStatus.COMPLETE && d !== undefined;
    const shown = done && !isEmpty(d);
    const notices = noticeTexts(this.#problems, done ? d.prepared.unknownCountries : [], s.lang);
    const note = shown ? intervalNote(d, s.lang) : null;
    const { body, reading } = this.#body(status, d);
    return html`<figure part="figure" lang=${s.lang} dir=${RTL_LANGS.includes(s.lang) ? 'rtl' : 'ltr'} aria-labelledby="${this.#id}-title" aria-busy=${done || status === TaskStatus.ERROR ? 'false' : 'true'}>
      <figcaption>
        <span class="title" part="title" id="${this.#id}-title" role="heading" aria-level="2">${messagesFor(s.lang).title[s.view]}</span>
        ${reading ? html`<p class="reading" part="reading">${reading}</p>` : nothing}
      </figcaption>
      ${notices.length ? html`<ul class="notices" role="status">${notices.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${note ? html`<p class="intervals" part="intervals" role="note">${note}</p>` : nothing}
      <div class="plot" part="plot">${body}</div>
      ${shown ? this.#footer(d) : nothing}
    </figure>`;
  }

  /** The plot area (state, chart or table) and the reading under the title. */
  #body(status: TaskStatus, d: LoadedView | undefined): { body: unknown; reading: string } {
    const { lang, height } = this.#settings;
    this.#chart = undefined;
    if (status === TaskStatus.ERROR) {
      const message = errorText(this.#task.error);
      return {
        body: stateTemplate({ kind: 'error', lang, height, message, onRetry: this.#retry }),
        reading: '',
      };
    }
    if (status !== TaskStatus.COMPLETE || d === undefined)
      return { body: stateTemplate({ kind: 'loading', lang, height }), reading: '' };
    if (isEmpty(d)) return { body: stateTemplate({ kind: 'empty', lang, height }), reading: '' };
    const width = Math.max(240, this.#media.width ? this.#media.width - 26 : 600);
    const palette = paletteFromStyle(getComputedStyle(this), this.#media.printing);
    const view = chartView(d.viewData);
    const chart = view.draw(d.viewData.data, d.settings, { width, height, palette, idPrefix: this.#id });
    this.#chart = chart;
    const { reading, description } = view.words(d.viewData.data, d.settings);
    const title = messagesFor(lang).title[d.viewData.view];
    const body = this._showTable
      ? tableTemplate(plottedValues(d.viewData), d.settings.lang, this.#id, title)
      : this.#plot(chart, palette, this.description?.trim() || description);
    return { body, reading };
  }

  #plot(chart: ChartRender, palette: Palette, description: string) {
    return plotTemplate({
      chart,
      id: this.#id,
      description,
      fontFamily: palette.fontFamily,
      active: this._active,
      tooltip: this._tooltip,
      onFocus: (i) => this.#focusTarget(i),
      onBlur: this.#onBlur,
      onKey: this.#onKey,
      onSelect: (i) => this.#select(i),
      onPointerMove: this.#onPointerMove,
      onPointerLeave: this.#onPointerLeave,
    });
  }

  #footer(d: LoadedView) {
    return footerTemplate({
      lang: d.settings.lang,
      showTable: this._showTable,
      credits: (!d.settings.dataSrc && BUNDLED_CREDITS[d.settings.dataset]) || d.prepared.title,
      lines: this.#sourceLines(d),
      onToggleTable: this.#toggleTable,
      onDownload: (kind) => void this.download(kind),
    });
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
    const box = (e.currentTarget as HTMLElement).querySelector('svg.chart')?.getBoundingClientRect();
    if (!chart || !box) return;
    const best = nearestTarget(chart.targets, e.clientX - box.left, e.clientY - box.top);
    if (best >= 0) {
      this._active = best;
      this._tooltip = 'hover';
    } else if (this._tooltip === 'hover') this._tooltip = null;
  };

  readonly #onPointerLeave = () => {
    if (this._tooltip === 'hover') this._tooltip = null;
  };

  readonly #onKey = (e: KeyboardEvent) => {
    const targets = this.#chart?.targets;
    if (!targets?.[this._active]) return;
    if (e.key === 'Escape') {
      if (this._tooltip !== null) {
        this._tooltip = null;
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    const next = nextTarget(targets, this._active, e.key);
    if (next === null) return;
    e.preventDefault();
    if (next !== this._active) {
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
        emit(this, 'partnership-error', { code: failureCode(e), message: errorText(e) });
      }
    }
  }
}

function isEmpty(d: LoadedView): boolean {
  return chartView(d.viewData).isEmpty(d.viewData.data);
}
