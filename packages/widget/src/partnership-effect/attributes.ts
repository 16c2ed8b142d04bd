/**
 * The element's attributes as typed properties. Each converter reads an attribute with the same
 * validation as `readSettings` and never throws: a value that is not understood becomes the
 * documented fallback (the default, or for `lang` the page's language), and the element shows a
 * notice naming the attribute, the value and the fallback while the attribute holds it.
 * Reference: Lit, "Reactive properties: providing a custom converter"
 * (https://lit.dev/docs/components/properties/#conversion-converter).
 */
import type { ComplexAttributeConverter } from 'lit';
import { LANGS, type Lang } from './i18n.js';
import {
  BUNDLED_DATASETS,
  type BundledDatasetId,
  DEFAULTS,
  type RawAttributes,
  readSettings,
  type SettingProblem,
  type Settings,
} from './settings.js';

/** Every attribute unset. */
export const NO_ATTRIBUTES: RawAttributes = {
  view: null,
  dataSrc: null,
  dataset: null,
  unMax: null,
  nonunLevels: null,
  countries: null,
  ci: null,
  lang: null,
  theme: null,
  height: null,
};

/** The element's attribute names, by the settings' key. */
export const ATTRIBUTE_NAMES: Record<keyof RawAttributes, string> = {
  view: 'view',
  dataSrc: 'data-src',
  dataset: 'dataset',
  unMax: 'un-max',
  nonunLevels: 'non-un-levels',
  countries: 'countries',
  ci: 'ci',
  lang: 'lang',
  theme: 'theme',
  height: 'height',
};

/** A base URL for reading one attribute alone (relative `data-src` URLs are resolved later). */
const ANY_BASE = 'https://embed.invalid/';

/** The typed value of one attribute, or its fallback (through `readSettings`). */
function settingOf<K extends keyof Settings & keyof RawAttributes>(
  key: K,
  value: string | null,
): Settings[K] {
  return readSettings({ ...NO_ATTRIBUTES, [key]: value }, 'en', ANY_BASE).settings[key];
}

/**
 * A converter for a setting with a default (`view`, `theme`, `dataset`, `un-max`, `ci`, `height`):
 * a value that is not understood reads as the default.
 * @example settingConverter('view').fromAttribute?.('bogus') // => 'effect'
 */
export function settingConverter<K extends 'view' | 'theme' | 'dataset' | 'unMax' | 'ci' | 'height'>(
  key: K,
): ComplexAttributeConverter<Settings[K]> {
  return { fromAttribute: (value) => settingOf(key, value), toAttribute: (value) => String(value) };
}

/**
 * `lang`: one of the widget's languages, or undefined (follow the page) for anything else.
 * @example langConverter.fromAttribute?.('fr-CA') // => 'fr'
 */
export const langConverter: ComplexAttributeConverter<Lang | undefined> = {
  fromAttribute: (value) => LANGS.find((l) => value?.trim().toLowerCase().slice(0, 2) === l),
};

/**
 * `non-un-levels`: the troop numbers, or undefined (the defaults) when not understood.
 * @example levelsConverter.fromAttribute?.('0, 5 000') // => [0, 5000]
 */
export const levelsConverter: ComplexAttributeConverter<number[] | undefined> = {
  fromAttribute: (value) => settingOf('nonunLevels', value) ?? undefined,
  toAttribute: (value) => value?.join(','),
};

/**
 * `countries`: the names or ISO3 codes, or undefined (all) when not understood.
 * @example listConverter.fromAttribute?.('Mali; COD') // => ['Mali', 'COD']
 */
export const listConverter: ComplexAttributeConverter<string[] | undefined> = {
  fromAttribute: (value) => settingOf('countries', value) ?? undefined,
  toAttribute: (value) => value?.join(';'),
};

/** The typed properties of the element, as `settingsOf` reads them. */
export interface ElementProperties {
  view: Settings['view'];
  dataSrc: string | undefined;
  datasetId: BundledDatasetId;
  unMax: number;
  nonunLevels: number[] | undefined;
  countries: string[] | undefined;
  ci: number;
  locale: Lang | undefined;
  theme: Settings['theme'];
  chartHeight: number;
}

/** The properties' initial values: the documented defaults. */
export const PROPERTY_DEFAULTS: ElementProperties = {
  view: DEFAULTS.view,
  dataSrc: undefined,
  datasetId: BUNDLED_DATASETS[0],
  unMax: DEFAULTS.unMax,
  nonunLevels: undefined,
  countries: undefined,
  ci: DEFAULTS.ci,
  locale: undefined,
  theme: DEFAULTS.theme,
  chartHeight: DEFAULTS.height,
};

/**
 * The element's settings from its typed properties (validated again: a script may set any value),
 * and the problems to show: those of the properties and of the attributes as written (a converter
 * has already replaced a bad attribute value by its fallback, so the attribute itself is read).
 * @example settingsOf(PROPERTY_DEFAULTS, () => null, 'en', 'https://ngo.example/').settings.view // 'effect'
 */
export function settingsOf(
  p: ElementProperties,
  attribute: (name: string) => string | null,
  inheritedLang: string,
  baseUrl: string,
): { settings: Settings; problems: SettingProblem[] } {
  const fromProperties: RawAttributes = {
    view: p.view,
    dataSrc: p.dataSrc ?? null,
    dataset: p.datasetId,
    unMax: String(p.unMax),
    nonunLevels: p.nonunLevels?.join(',') ?? null,
    countries: p.countries?.join(';') ?? null,
    ci: String(p.ci),
    lang: p.locale ?? null,
    theme: p.theme,
    height: String(p.chartHeight),
  };
  const read = readSettings(fromProperties, inheritedLang, baseUrl);
  const written = Object.fromEntries(
    Object.entries(ATTRIBUTE_NAMES).map(([key, name]) => [key, attribute(name)]),
  ) as unknown as RawAttributes;
  const problems = [...readSettings(written, inheritedLang, baseUrl).problems];
  for (const q of read.problems) if (!problems.some((o) => o.attribute === q.attribute)) problems.push(q);
  return { settings: read.settings, problems };
}

/**
 * The key of the settings that change a view's numbers: a new key starts a new load.
 * @example numbersKey(undefined) // ''
 */
export function numbersKey(s: Settings | undefined): string {
  return s ? JSON.stringify([s.view, s.dataSrc, s.dataset, s.unMax, s.nonunLevels, s.countries, s.ci]) : '';
}
