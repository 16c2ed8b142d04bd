import type { ModelSpecInput } from '@peacepanel/core';

/** The part of a spec that differs between the models shown side by side. */
export interface ListedModel {
  formula: string;
  family: 'negbin' | 'poisson';
  vcov: 'model' | 'oim' | 'robust' | 'cluster';
}

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
 * @example decodeModels(encodeModels([{ formula: 'y ~ x', family: 'poisson', vcov: 'model' }]))[0]?.formula // 'y ~ x'
 */
export function encodeModels(models: readonly ListedModel[]): string | undefined {
  if (models.length === 0) return undefined;
  return toBase64Url(JSON.stringify(models.map((m) => [m.formula, m.family, m.vcov])));
}

/**
 * Decodes `m=`; malformed input gives an empty list (a broken link must not break the page).
 * @example decodeModels('garbage') // []
 */
export function decodeModels(param: string | undefined): ListedModel[] {
  if (!param) return [];
  try {
    const raw: unknown = JSON.parse(fromBase64Url(param));
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((r: unknown) => {
      if (!Array.isArray(r) || typeof r[0] !== 'string') return [];
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
 * @example listedOf(COUNTRY_MONTH_SPEC).vcov // 'cluster'
 */
export function listedOf(spec: ModelSpecInput): ListedModel {
  return { formula: spec.formula, family: spec.family ?? 'negbin', vcov: spec.vcov ?? 'model' };
}

/** True when two listed models are the same model. */
export function sameModel(a: ListedModel, b: ListedModel): boolean {
  return a.formula === b.formula && a.family === b.family && a.vcov === b.vcov;
}
