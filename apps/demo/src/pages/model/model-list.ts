import { COUNTRY_MONTH_SPEC, type ModelSpecInput } from '@peacepanel/core';

/**
 * What a listed model sets beyond formula, family and variance, when it differs from the country-month
 * defaults: the sample (`subset`), the cluster columns, the panel's unit and time, frequency weights,
 * and the dataset (a specification opened from the Robustness page may be a conflict-month one).
 */
export interface ListedExtras {
  subset?: string;
  cluster?: string;
  cluster2?: string;
  weights?: string;
  unit?: string;
  time?: string;
  dataset?: string;
}

/** The part of a spec that differs between the models shown side by side. */
export interface ListedModel {
  formula: string;
  family: 'negbin' | 'poisson';
  vcov: 'model' | 'oim' | 'robust' | 'cluster';
  extras?: ListedExtras;
}

/** Short URL keys of the extras (links stay short). */
const EXTRA_KEYS: Record<keyof ListedExtras, string> = {
  subset: 's',
  cluster: 'c',
  cluster2: 'c2',
  weights: 'w',
  unit: 'u',
  time: 't',
  dataset: 'd',
};

/** The page compares up to four models side by side; a link listing more is clamped (links are untrusted input). */
export const MAX_MODELS = 4;
/** Longest formula a link may carry (the study's longest is under 200 characters). */
export const MAX_FORMULA_LENGTH = 500;

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/**
 * Encodes the fitted models for the URL (`m=`), so a shared link refits the same columns.
 * @example decodeModels(encodeModels([{ formula: 'y ~ x', family: 'poisson', vcov: 'model' }]))[0]?.formula // => 'y ~ x'
 */
export function encodeModels(models: readonly ListedModel[]): string | undefined {
  if (models.length === 0) return undefined;
  return toBase64Url(
    JSON.stringify(
      models.map((m) => {
        const extras = encodeExtras(m.extras);
        return extras ? [m.formula, m.family, m.vcov, extras] : [m.formula, m.family, m.vcov];
      }),
    ),
  );
}

function encodeExtras(extras: ListedExtras | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [k, short] of Object.entries(EXTRA_KEYS)) {
    const v = extras?.[k as keyof ListedExtras];
    if (v) out[short] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Reads the extras of a link (unknown keys and non-strings are ignored: links are untrusted). */
function decodeExtras(raw: unknown): ListedExtras | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const out: ListedExtras = {};
  for (const [k, short] of Object.entries(EXTRA_KEYS)) {
    const v = (raw as Record<string, unknown>)[short];
    if (typeof v === 'string' && v.length > 0 && v.length <= MAX_FORMULA_LENGTH)
      out[k as keyof ListedExtras] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Decodes `m=`; malformed input gives an empty list (a broken link must not break the page). A link
 * is untrusted: at most the last {@link MAX_MODELS} models are kept, formulas longer than
 * {@link MAX_FORMULA_LENGTH} are dropped; {@link modelsLinkNotice} says what was left out.
 * @example decodeModels('garbage') // => []
 */
export function decodeModels(param: string | undefined): ListedModel[] {
  return readModels(param).slice(-MAX_MODELS);
}

/**
 * What a link asked for beyond what the page does, in words for the page, or null.
 * @example const sixtyModels = Array.from({ length: 60 }, (_, i) => ({ formula: `y ~ x${i}`, family: 'negbin' as const, vcov: 'model' as const }));
 * modelsLinkNotice(encodeModels(sixtyModels))
 * // => 'This link listed 60 models; the page compares up to 4, so only the last 4 were fitted.'
 */
export function modelsLinkNotice(param: string | undefined): string | null {
  const all = readModels(param);
  const long = countEntries(param) - all.length;
  const parts: string[] = [];
  if (all.length > MAX_MODELS)
    parts.push(
      `This link listed ${all.length} models; the page compares up to ${MAX_MODELS}, so only the last ${MAX_MODELS} were fitted.`,
    );
  if (long > 0)
    parts.push(
      `${long} model${long === 1 ? '' : 's'} of the link ${long === 1 ? 'was' : 'were'} left out: not a formula of at most ${MAX_FORMULA_LENGTH} characters.`,
    );
  return parts.length ? parts.join(' ') : null;
}

function countEntries(param: string | undefined): number {
  if (!param) return 0;
  try {
    const raw: unknown = JSON.parse(fromBase64Url(param));
    return Array.isArray(raw) ? raw.length : 0;
  } catch {
    return 0;
  }
}

function readModels(param: string | undefined): ListedModel[] {
  if (!param) return [];
  try {
    const raw: unknown = JSON.parse(fromBase64Url(param));
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((r: unknown) => {
      if (!Array.isArray(r) || typeof r[0] !== 'string' || r[0].length > MAX_FORMULA_LENGTH) return [];
      const family = r[1] === 'poisson' ? 'poisson' : 'negbin';
      const vcov = ['model', 'oim', 'robust', 'cluster'].includes(r[2])
        ? (r[2] as ListedModel['vcov'])
        : 'cluster';
      const extras = decodeExtras(r[3]);
      return [extras ? { formula: r[0], family, vcov, extras } : { formula: r[0], family, vcov }];
    });
  } catch {
    return [];
  }
}

/**
 * The listed part of a spec.
 * @example import { COUNTRY_MONTH_SPEC } from '@peacepanel/core';
 * listedOf(COUNTRY_MONTH_SPEC).vcov // => 'cluster'
 */
export function listedOf(spec: ModelSpecInput): ListedModel {
  const d = COUNTRY_MONTH_SPEC;
  const extras: ListedExtras = {};
  if (spec.subset) extras.subset = spec.subset;
  if (spec.vcov === 'cluster' && spec.cluster && spec.cluster !== d.cluster) extras.cluster = spec.cluster;
  if (spec.vcov === 'cluster' && spec.cluster2) extras.cluster2 = spec.cluster2;
  if (spec.weights) extras.weights = spec.weights;
  if (spec.unit && spec.unit !== d.unit) extras.unit = spec.unit;
  if (spec.time && spec.time !== d.time) extras.time = spec.time;
  const m: ListedModel = {
    formula: spec.formula,
    family: spec.family ?? 'negbin',
    vcov: spec.vcov ?? 'model',
  };
  return Object.keys(extras).length ? { ...m, extras } : m;
}

/**
 * The full spec of a listed model: the country-month defaults with the model's own settings on top
 * (the cluster column only for clustered variance).
 * @example specOfListed({ formula: 'y ~ x', family: 'poisson', vcov: 'cluster', extras: { subset: 'year >= 2000' } }).subset
 */
export function specOfListed(m: ListedModel): ModelSpecInput {
  const { dataset: _dataset, ...extras } = m.extras ?? {};
  const spec: ModelSpecInput = {
    ...COUNTRY_MONTH_SPEC,
    ...extras,
    formula: m.formula,
    family: m.family,
    vcov: m.vcov,
  };
  if (m.vcov !== 'cluster') {
    delete spec.cluster;
    delete spec.cluster2;
  }
  return spec;
}

/** A stable text of a listed model (its key in caches and comparisons). */
export function listedKey(m: ListedModel): string {
  return JSON.stringify([m.formula, m.family, m.vcov, encodeExtras(m.extras) ?? {}]);
}

/** True when two listed models are the same model. */
export function sameModel(a: ListedModel, b: ListedModel): boolean {
  return listedKey(a) === listedKey(b);
}
