import type { ModelSpecInput } from '@peacepanel/core';

/** The part of a spec that differs between the models shown side by side. */
export interface ListedModel {
  formula: string;
  family: 'negbin' | 'poisson';
  vcov: 'model' | 'oim' | 'robust' | 'cluster';
}

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
  return toBase64Url(JSON.stringify(models.map((m) => [m.formula, m.family, m.vcov])));
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
      return [{ formula: r[0], family, vcov }];
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
  return { formula: spec.formula, family: spec.family ?? 'negbin', vcov: spec.vcov ?? 'model' };
}

/** True when two listed models are the same model. */
export function sameModel(a: ListedModel, b: ListedModel): boolean {
  return a.formula === b.formula && a.family === b.family && a.vcov === b.vcov;
}
