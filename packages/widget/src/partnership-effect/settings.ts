import { LANGS, type Lang } from './i18n.js';

/** The charts the element draws. */
/** The views drawn from a dataset's model (precomputed at build time or fitted live). */
export const DATASET_VIEWS = ['effect', 'trend', 'scenario'] as const;
export type DatasetView = (typeof DATASET_VIEWS)[number];
/** The charts the element draws: the dataset views, and `robustness` (the shipped multiverse result). */
export const VIEWS = [...DATASET_VIEWS, 'robustness'] as const;
export type View = (typeof VIEWS)[number];

/** Colour themes; `auto` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Bundled datasets the element can load from next to its script. */
export const BUNDLED_DATASETS = ['africa-conflict-month', 'africa-cm'] as const;
export type BundledDatasetId = (typeof BUNDLED_DATASETS)[number];

/**
 * The short credit of each bundled dataset, for the one-line source under the chart (it must fit on a
 * 320 px phone); the full sources, licence and caveat are in the dataset's `source` and `caveat`.
 */
export const BUNDLED_CREDITS: Record<string, string> = {
  'africa-conflict-month': 'UCDP, ViEWS, Kathman, peacepanel',
  'africa-cm': 'UCDP, ViEWS, Kathman, peacepanel',
};

/** Validated settings, every one with a value (defaults filled in). */
export interface Settings {
  view: View;
  /** Absolute http(s) URL of a panel CSV/JSON given by `data-src`, or null for the bundled dataset. */
  dataSrc: string | null;
  dataset: BundledDatasetId;
  /** Largest UN troop number on the x axis (troops, not thousands). */
  unMax: number;
  /** Non-UN troop levels to draw, or null for the defaults (none and a typical partner size). */
  nonunLevels: number[] | null;
  /** Countries (names or ISO3 codes) to fit the model on, or null for all. */
  countries: string[] | null;
  /** Confidence level in (0, 1). */
  ci: number;
  lang: Lang;
  theme: Theme;
  /** Chart height in px. */
  height: number;
}

/** The attribute values as read from the element (null when absent). */
export interface RawAttributes {
  view: string | null;
  dataSrc: string | null;
  dataset: string | null;
  unMax: string | null;
  nonunLevels: string | null;
  countries: string | null;
  ci: string | null;
  lang: string | null;
  theme: string | null;
  height: string | null;
}

/** An attribute whose value was not understood; the element shows it politely and uses `fallback`. */
export interface SettingProblem {
  attribute: string;
  value: string;
  expected: keyof ExpectedKeys;
  fallback: string;
}

type ExpectedKeys = {
  view: 0;
  unMax: 0;
  nonunLevels: 0;
  ci: 0;
  lang: 0;
  theme: 0;
  height: 0;
  dataset: 0;
  countries: 0;
  dataSrc: 0;
};

export const DEFAULTS = { view: 'effect', unMax: 20_000, ci: 0.95, theme: 'auto', height: 380 } as const;

const MAX_TROOPS = 100_000;

/**
 * Reads and validates the element's attributes. Nothing here throws: each value that is not
 * understood becomes a `SettingProblem` and the default is used, so the element never shows a
 * blank box. `inheritedLang` is the page's language (from the closest `lang` attribute).
 * @example const none = { view: null, dataSrc: null, dataset: null, unMax: null, nonunLevels: null, countries: null, ci: null, lang: null, theme: null, height: null };
 * readSettings({ ...none, view: 'trend', ci: '90' }, 'en', 'https://ngo.example/').settings.ci // 0.9
 */
export function readSettings(
  raw: RawAttributes,
  inheritedLang: string,
  baseUrl: string,
): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const bad = (attribute: string, value: string, expected: keyof ExpectedKeys, fallback: string) =>
    problems.push({ attribute, value, expected, fallback });

  const view = pick(raw.view, VIEWS, DEFAULTS.view, (v) => bad('view', v, 'view', DEFAULTS.view));
  const theme = pick(raw.theme, THEMES, DEFAULTS.theme, (v) => bad('theme', v, 'theme', DEFAULTS.theme));
  const inherited: Lang = LANGS.find((l) => inheritedLang.toLowerCase().startsWith(l)) ?? 'en';
  const lang = pick(raw.lang?.toLowerCase().slice(0, 2) ?? null, LANGS, inherited, () =>
    bad('lang', raw.lang ?? '', 'lang', inherited),
  );
  let dataset: BundledDatasetId = BUNDLED_DATASETS[0];
  if (raw.dataset !== null && raw.dataset.trim() !== '') {
    const id = raw.dataset.trim();
    if ((BUNDLED_DATASETS as readonly string[]).includes(id)) dataset = id as BundledDatasetId;
    else bad('dataset', raw.dataset, 'dataset', dataset);
  }

  const unMax = parseNumber(raw.unMax, 1000, MAX_TROOPS, DEFAULTS.unMax, (v) =>
    bad('un-max', v, 'unMax', String(DEFAULTS.unMax)),
  );
  const height = parseNumber(raw.height?.replace(/px$/i, '') ?? null, 200, 1200, DEFAULTS.height, (v) =>
    bad('height', v, 'height', `${DEFAULTS.height}px`),
  );
  const ci = parseLevel(raw.ci, () => bad('ci', raw.ci ?? '', 'ci', '95%'));
  const nonunLevels = parseLevels(raw.nonunLevels, (v) => bad('non-un-levels', v, 'nonunLevels', 'default'));
  const countries = parseList(raw.countries, (v) => bad('countries', v, 'countries', 'all'));
  const dataSrc = parseUrl(raw.dataSrc, baseUrl, (v) => bad('data-src', v, 'dataSrc', dataset));
  return {
    settings: { view, dataSrc, dataset, unMax, nonunLevels, countries, ci, lang, theme, height },
    problems,
  };
}

function pick<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
  onBad: (v: string) => void,
): T {
  if (value === null || value.trim() === '') return fallback;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  onBad(value);
  return fallback;
}

/**
 * A number in `[min, max]`, accepting digit grouping ("20,000", "20 000", "20_000").
 * @example parseNumber('20,000', 1000, 100000, 5, () => {}) // => 20000
 */
export function parseNumber(
  value: string | null,
  min: number,
  max: number,
  fallback: number,
  onBad: (v: string) => void,
): number {
  if (value === null || value.trim() === '') return fallback;
  const n = Number(value.trim().replace(/[\s,_\u00a0\u202f]/g, ''));
  if (Number.isFinite(n) && n >= min && n <= max) return n;
  onBad(value);
  return fallback;
}

function parseLevel(value: string | null, onBad: () => void): number {
  if (value === null || value.trim() === '') return DEFAULTS.ci;
  const n = Number(value.trim().replace(/%$/, '').replace(',', '.'));
  const level = n > 1 ? n / 100 : n;
  if (Number.isFinite(level) && level >= 0.5 && level <= 0.999) return level;
  onBad();
  return DEFAULTS.ci;
}

function parseLevels(value: string | null, onBad: (v: string) => void): number[] | null {
  if (value === null || value.trim() === '') return null;
  const parts = value.split(/[;,]/).map((s) => s.trim().replace(/[\s_\u00a0\u202f]/g, ''));
  const nums = parts.map(Number);
  if (
    nums.length > 4 ||
    nums.some((n, i) => parts[i] === '' || !Number.isFinite(n) || n < 0 || n > MAX_TROOPS)
  ) {
    onBad(value);
    return null;
  }
  return [...new Set(nums)].sort((a, b) => a - b);
}

function parseList(value: string | null, onBad: (v: string) => void): string[] | null {
  if (value === null || value.trim() === '') return null;
  const sep = value.includes(';') ? ';' : ',';
  const items = value
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0 || items.some((s) => s.length > 80)) {
    onBad(value);
    return null;
  }
  return items;
}

function parseUrl(value: string | null, baseUrl: string, onBad: (v: string) => void): string | null {
  if (value === null || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), baseUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // fall through to the problem report
  }
  onBad(value);
  return null;
}
