import type { RobustnessClass, ScenarioKey } from '@peacepanel/charts';
import en from '../locales/en.js';

/** Languages the widget ships: English in the script, the others loaded lazily from `locales/<lang>.js`. */
export const LANGS = ['en', 'fr', 'pt', 'es', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
/** Languages written right to left (the figure's text takes `dir="rtl"`; the plot stays left to right). */
export const RTL_LANGS: readonly Lang[] = ['ar'];

/** Number formatters for one language (all through `Intl.NumberFormat`). */
export interface Formats {
  troops(n: number): string;
  deaths(n: number): string;
  share(s: number): string;
  count(n: number): string;
  year(y: number): string;
  /** A confidence level as a percentage, e.g. "95 %" in French. */
  level(ci: number): string;
}

/** The formatters by language: `Intl.NumberFormat`s are costly to construct, and a chart needs them often. */
const formats = new Map<Lang, Formats>();

/**
 * Formatters for `lang` (made once per language). Deaths keep two significant digits below 10 and whole numbers above, so
 * tick labels stay short; troops are whole numbers with grouping.
 * @example createFormats('fr').troops(20000) // '20 000' (narrow no-break space)
 */
export function createFormats(lang: Lang): Formats {
  let f = formats.get(lang);
  if (!f) {
    f = newFormats(lang);
    formats.set(lang, f);
  }
  return f;
}

function newFormats(lang: Lang): Formats {
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const small = new Intl.NumberFormat(lang, { maximumSignificantDigits: 2 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const plain = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 0 });
  return {
    troops: (n) => whole.format(Math.round(n)),
    deaths: (n) => (Math.abs(n) < 10 && n !== 0 ? small.format(n) : whole.format(n)),
    share: (s) => pct.format(s),
    count: (n) => whole.format(n),
    year: (y) => plain.format(y),
    level: (ci) => pct.format(ci),
  };
}

/** The words of `view="robustness"` (the specification curve of the partnership ratio). */
export interface RobustnessMessages {
  yTitle: string;
  xTitle: string;
  main: string;
  /** Legend labels of the four classes of estimates. */
  classes: Record<RobustnessClass, string>;
  /** A specification's focus text: its rank, ratio and interval, class and choices. */
  point(o: {
    rank: string;
    total: string;
    main: boolean;
    ratio: string;
    lower: string;
    upper: string;
    level: string;
    cls: string;
    choices: string;
  }): string;
  /** "In N of M specifications, …", counted from the shipped result. */
  reading(o: {
    below: string;
    total: string;
    significant: string;
    alpha: string;
    main: string | null;
    missing: string | null;
  }): string;
  description(total: string): string;
  /** Choice names (`unit`, `sample`, …) and option labels (by option id). */
  choices: Record<string, string>;
  options: Record<string, string>;
  /** The data line: what the multiverse was fitted on. */
  source(total: string, datasets: string): string;
  /** The method line (specification curve). */
  method: string;
}

/** Every user-visible string of the widget. */
export interface Messages {
  title: Record<'effect' | 'trend' | 'scenario' | 'robustness', string>;
  effect: {
    xTitle: string;
    yTitle: string;
    series(nonun: string): string;
    noPartner: string;
    point(series: string, un: string, fit: string, lo: string, hi: string, level: string): string;
    clipped: string;
    /** "With no non-UN partner" / "with 5,000 non-UN troops" (lower case after the first part). */
    condition(nonun: string | null, first: boolean): string;
    reading(parts: { condition: string; from: string; to: string; unMax: string; falls: boolean }[]): string;
    /**
     * Where a partnered line's interval overlaps the no-partner line's: `all` at every UN number shown,
     * `none` nowhere, else the ranges (formatted troop numbers).
     */
    overlap(o: {
      partner: string;
      level: string;
      all: boolean;
      ranges: { from: string; to: string }[];
    }): string;
    description(level: string, unMax: string, series: string[]): string;
  };
  trend: {
    shareTitle: string;
    monthsTitle: string;
    unOnly: string;
    nonunOnly: string;
    both: string;
    shareLegend: string;
    year(year: string, share: string | null, unOnly: string, nonunOnly: string, both: string): string;
    reading(
      first: string,
      last: string,
      overall: string | null,
      peakYear: string | null,
      peak: string | null,
      reference: string | null,
    ): string;
    description(first: string, last: string): string;
  };
  scenario: {
    label(key: ScenarioKey, un: string, nonun: string): string;
    deathsTitle(level: string): string;
    troopsTitle: string;
    alone(un: string): string;
    withPartner(nonun: string): string;
    notReached: string;
    noReduction: string;
    estimate(scenario: string, fit: string, lo: string, hi: string, level: string): string;
    troops(which: string, troops: string | null): string;
    reading(o: {
      none: string;
      un: string;
      nonun: string;
      both: string;
      unTroops: string;
      withPartner: string | null;
    }): string;
    description: string;
  };
  robustness: RobustnessMessages;
  source(o: { data: string; caveat: string }): string;
  /** The one-line source shown under the chart (short credits); the full `source` is behind "Sources". */
  sourceShort(credits: string): string;
  /** The label of the disclosure that holds the full sources. */
  sources: string;
  /** The countries the data (and the model) were restricted to by `countries`. */
  fittedOn(countries: string): string;
  /** Intervals of a fit on one country: model-based, since cluster-robust ones need two clusters or more. */
  intervalsModelBased(country: string, unit: 'conflict' | 'country'): string;
  /** Cluster-robust intervals from fewer clusters than they need to be reliable. */
  fewClusters(n: number, unit: 'conflict' | 'country'): string;
  study: string;
  downloads: { label: string; prompt: string; csv: string; svg: string; png: string };
  showTable: string;
  hideTable: string;
  tableCaption(title: string): string;
  loading: string;
  retry: string;
  error(message: string): string;
  empty: string;
  invalid(attribute: string, value: string, expected: string, fallback: string): string;
  expected: {
    view: string;
    unMax: string;
    nonunLevels: string;
    ci: string;
    lang: string;
    theme: string;
    height: string;
    dataset(ids: string): string;
    countries: string;
    dataSrc: string;
  };
  columns: Record<string, string>;
}

const loaded = new Map<Lang, Messages>([['en', en]]);
const loading = new Map<Lang, Promise<Messages>>();
let localeUrls: Partial<Record<Lang, URL>> = {};

/**
 * Where each lazily loaded language module is (set once by `define.ts`, from literal
 * `new URL('./locales/<lang>.js', import.meta.url)` in `index.ts`, which app bundlers emit and rewrite).
 * @example setLocaleUrls({ fr: new URL('./locales/fr.js', import.meta.url) })
 */
export function setLocaleUrls(urls: Partial<Record<Lang, URL>>): void {
  localeUrls = { ...urls, ...localeUrls };
}

/**
 * The messages for `lang` if loaded (see `loadMessages`), else English.
 * @example messagesFor('en').retry // => 'Try again'
 */
export function messagesFor(lang: Lang): Messages {
  return loaded.get(lang) ?? en;
}

/**
 * True when `messagesFor(lang)` returns that language's messages (English always; others once loaded).
 * @example // types-only: loads dist/locales/ar.js (set by define())
 * if (!hasMessages('ar')) await loadMessages('ar');
 */
export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang);
}

/**
 * Loads a language's messages once (a module `export default`-ing them; English is built in). A
 * failed load is reported and retried on the next call; the caller keeps English meanwhile.
 * @example // types-only: loads dist/locales/fr.js (built)
 * await loadMessages('fr'); messagesFor('fr').retry // => 'Réessayer'
 */
export function loadMessages(lang: Lang): Promise<Messages> {
  const done = loaded.get(lang);
  if (done) return Promise.resolve(done);
  let p = loading.get(lang);
  if (!p) {
    const url = localeUrls[lang];
    p = url
      ? import(/* @vite-ignore */ url.href).then((m: { default: Messages }) => {
          loaded.set(lang, m.default);
          return m.default;
        })
      : Promise.reject(new Error(`no URL for the ${lang} messages (define the element with define())`));
    p.catch(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

/**
 * Registers messages directly (tests, or a host page that bundles a language itself).
 * @example provideMessages('fr', messagesFor('en'));
 */
export function provideMessages(lang: Lang, messages: Messages): void {
  loaded.set(lang, messages);
}
