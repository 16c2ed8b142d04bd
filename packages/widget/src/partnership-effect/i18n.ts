import type { ScenarioKey } from '../render/chart-types.js';

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

/**
 * Formatters for `lang`. Deaths keep two significant digits below 10 and whole numbers above, so
 * tick labels stay short; troops are whole numbers with grouping.
 * @example createFormats('fr').troops(20000) // '20 000' (narrow no-break space)
 */
export function createFormats(lang: Lang): Formats {
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

/** Every user-visible string of the widget. */
export interface Messages {
  title: Record<'effect' | 'trend' | 'scenario', string>;
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

const STUDY_EN =
  'Study: Schumann & Bara, “A New Era: Power in Partnership Peacekeeping”, International Studies Quarterly (2023). Model re-estimated by peacepanel.';

const en: Messages = {
  title: {
    effect: 'Battle deaths and UN troops, with and without a non-UN partner',
    trend: 'How often UN peacekeepers deploy alongside a non-UN mission',
    scenario: 'Predicted battle deaths under four deployment scenarios',
  },
  effect: {
    xTitle: 'UN troops deployed',
    yTitle: 'Predicted battle deaths per month',
    series: (n) => `${n} non-UN troops`,
    noPartner: 'No non-UN partner',
    point: (s, un, fit, lo, hi, level) =>
      `${s}, ${un} UN troops: ${fit} predicted battle deaths per month (${level} interval ${lo} to ${hi})`,
    clipped: 'Intervals run above the chart',
    condition: (n, first) =>
      `${first ? 'W' : 'w'}ith ${n === null ? 'no non-UN partner' : `${n} non-UN troops`}`,
    reading: (parts) =>
      `${parts
        .map(
          (p, i) =>
            `${p.condition}, predicted battle deaths ${p.falls ? 'fall' : 'rise'} from ${p.from} a month ${i === 0 ? 'with no UN troops ' : ''}to ${p.to}${i === 0 ? ` with ${p.unMax} UN troops` : ''}`,
        )
        .join('; ')}.`,
    overlap: ({ partner, level, all, ranges }) =>
      all
        ? `The ${level} intervals of the no-partner line and the line ${partner} overlap at every UN troop number shown: the data cannot tell them apart, so they do not show that a partner changes what UN troops achieve.`
        : ranges.length === 0
          ? `The ${level} intervals of the no-partner line and the line ${partner} do not overlap at any UN troop number shown.`
          : `The ${level} intervals of the no-partner line and the line ${partner} overlap at ${ranges.map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`)).join(' and ')} UN troops, where the data cannot tell them apart.`,
    description: (level, unMax, series) =>
      `Line chart with ${level} confidence bands: predicted monthly battle deaths for 0 to ${unMax} UN troops, one line each for ${series.join(' and ')}.`,
  },
  trend: {
    shareTitle: 'Share of UN deployment months with a non-UN partner',
    monthsTitle: 'Months with a deployment, by type',
    unOnly: 'UN only',
    nonunOnly: 'Non-UN only',
    both: 'UN and non-UN',
    shareLegend: 'Share with a partner',
    year: (y, share, u, n, b) =>
      `${y}: ${share === null ? 'no UN deployment months' : `${share} of UN deployment months had a non-UN partner`}; months with UN only ${u}, UN and non-UN ${b}, non-UN only ${n}`,
    reading: (first, last, overall, peakYear, peak, reference) =>
      overall === null
        ? `There were no UN deployment months in ${first}–${last}.`
        : `From ${first} to ${last}, ${overall} of UN deployment months had a non-UN partner deployed at the same time${peakYear ? `, most often in ${peakYear} (${peak})` : ''}${reference ? `; the study reports about ${reference} with its data` : ''}.`,
    description: (first, last) =>
      `Two panels for ${first} to ${last}: a line of the yearly share of UN deployment months with a non-UN partner, and stacked bars of deployment months by type.`,
  },
  scenario: {
    label: (key, un, nonun) =>
      key === 'none'
        ? 'No peacekeepers'
        : key === 'un'
          ? `${un} UN troops only`
          : key === 'nonun'
            ? `${nonun} non-UN troops only`
            : `${un} UN and ${nonun} non-UN troops`,
    deathsTitle: (level) => `Predicted battle deaths per month (${level} interval)`,
    troopsTitle: 'UN troops needed for the same reduction',
    alone: (un) => `Without a partner (reduction of ${un} UN troops alone)`,
    withPartner: (nonun) => `With ${nonun} non-UN troops alongside`,
    notReached: 'not reached in range',
    noReduction:
      'In this model, UN troops alone do not lower predicted battle deaths at this size, so there is no reduction to match.',
    estimate: (s, fit, lo, hi, level) =>
      `${s}: ${fit} predicted battle deaths per month (${level} interval ${lo} to ${hi})`,
    troops: (which, t) =>
      `${which}: ${t === null ? 'the reduction is not reached in the range shown' : `${t} UN troops`}`,
    reading: (o) =>
      `Predicted battle deaths per month: ${o.none} with no peacekeepers, ${o.un} with UN troops only, ${o.nonun} with non-UN troops only and ${o.both} with both${o.withPartner === null ? '.' : `; with the partner, ${o.withPartner} UN troops achieve what ${o.unTroops} achieve alone.`}`,
    description:
      'Dot-and-whisker chart of predicted monthly battle deaths for four scenarios, and bars of the UN troops needed for the same reduction with and without a non-UN partner.',
  },
  source: (o) => `Data: ${o.data}. ${o.caveat}`,
  sourceShort: (c) => `Data: ${c}`,
  sources: 'Sources',
  fittedOn: (c) => `Countries included: ${c} only.`,
  intervalsModelBased: (c, unit) =>
    `Intervals are model-based (negative binomial), not clustered by ${unit} as in the main specification: the data hold one ${unit} (${c}), so cluster-robust intervals cannot be computed. They ignore correlation over time and are likely too narrow.`,
  fewClusters: (n, unit) =>
    `Intervals are clustered by ${unit} from only ${n} ${unit === 'conflict' ? 'conflicts' : 'countries'}: with fewer than about 20 clusters such intervals are unreliable and usually too narrow.`,
  study: STUDY_EN,
  downloads: {
    label: 'Download',
    prompt: 'Download:',
    csv: 'Data (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
  },
  showTable: 'Show as table',
  hideTable: 'Show as chart',
  tableCaption: (t) => `Plotted values: ${t}`,
  loading: 'Loading the data and fitting the model…',
  retry: 'Try again',
  error: (m) => `The chart could not be drawn: ${m}`,
  empty: 'There are no data to show for this selection. Try other countries or a wider range.',
  invalid: (a, v, e, f) => `The ${a} setting “${v}” was not understood: ${e} Showing ${f} instead.`,
  expected: {
    view: 'use effect, trend or scenario.',
    unMax: 'use a number of UN troops between 1,000 and 100,000.',
    nonunLevels: 'use up to four troop numbers between 0 and 100,000, separated by commas.',
    ci: 'use a confidence level between 50 and 99.9 (e.g. 95 or 0.95).',
    lang: 'use en, fr, pt, es or ar.',
    theme: 'use light, dark or auto.',
    height: 'use a height in pixels between 200 and 1200.',
    dataset: (ids) => `use one of: ${ids}.`,
    countries: 'use country names or ISO3 codes separated by commas.',
    dataSrc: 'use an http(s) address of a CSV or JSON file.',
  },
  columns: {
    un_troops: 'UN troops',
    nonun_troops: 'Non-UN troops',
    fit: 'Predicted battle deaths per month',
    lower: 'Lower bound',
    upper: 'Upper bound',
    year: 'Year',
    share: 'Share of UN months with a partner',
    un_only: 'Months, UN only',
    both: 'Months, UN and non-UN',
    nonun_only: 'Months, non-UN only',
    scenario: 'Scenario',
    which: 'Comparison',
  },
};

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
