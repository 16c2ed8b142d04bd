import { COUNTRY_MONTH_SPEC } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { decodeModels, encodeModels, modelsLinkNotice } from '../src/pages/model/model-list.js';
import {
  DEFAULT_FORM,
  formFromParams,
  formToParams,
  formulaOf,
  specOf,
} from '../src/pages/model/spec-form.js';

describe('spec form', () => {
  it('defaults reproduce the study specification exactly', () => {
    expect(formulaOf(DEFAULT_FORM)).toBe(COUNTRY_MONTH_SPEC.formula);
    expect(specOf(DEFAULT_FORM)).toEqual(COUNTRY_MONTH_SPEC);
  });
  it('builds lags, dropped terms, controls and fixed effects', () => {
    const f = { ...DEFAULT_FORM, lag: 2, interaction: false, controls: [], fixedEffects: 'country' as const };
    expect(formulaOf(f)).toBe(
      'battle_deaths ~ I(lag(un_troops, 2) / 1000) + I(lag(nonun_troops, 2) / 1000) | country',
    );
    expect(formulaOf({ ...DEFAULT_FORM, lag: 0, nonun: false, controls: ['duration'] })).toBe(
      'battle_deaths ~ I(un_troops / 1000) + conflict_duration',
    );
    expect(formulaOf({ ...DEFAULT_FORM, un: false, nonun: false, controls: [] })).toBe('battle_deaths ~ 1');
  });
  it('drops the cluster column when the variance is not clustered', () => {
    expect(specOf({ ...DEFAULT_FORM, vcov: 'robust' }).cluster).toBeUndefined();
  });
  it('round-trips through URL parameters, defaults left out', () => {
    const f = { ...DEFAULT_FORM, family: 'poisson' as const, controls: [], reps: 99, lag: 3 };
    const p = Object.fromEntries(
      Object.entries(formToParams(f)).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
    expect(formFromParams(p)).toEqual(f);
    expect(Object.values(formToParams(DEFAULT_FORM)).every((v) => v === undefined)).toBe(true);
  });
  it('ignores invalid URL values', () => {
    expect(formFromParams({ lag: '9', family: 'gamma', reps: '-1' })).toEqual(DEFAULT_FORM);
  });
  it('encodes the side-by-side models for the URL and survives garbage', () => {
    const models = [
      { formula: 'y ~ x * z', family: 'poisson' as const, vcov: 'robust' as const },
      { formula: 'y ~ x', family: 'negbin' as const, vcov: 'cluster' as const },
    ];
    expect(decodeModels(encodeModels(models))).toEqual(models);
    expect(decodeModels('%%%')).toEqual([]);
    expect(encodeModels([])).toBeUndefined();
  });
  it('clamps a link with 60 models to the last four and says so (issue 15 item 5)', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      formula: `y ~ x${i}`,
      family: 'poisson' as const,
      vcov: 'model' as const,
    }));
    const m = encodeModels(many);
    expect(decodeModels(m).map((x) => x.formula)).toEqual(['y ~ x56', 'y ~ x57', 'y ~ x58', 'y ~ x59']);
    expect(modelsLinkNotice(m)).toMatch(/listed 60 models; the page compares up to 4/);
    expect(modelsLinkNotice(encodeModels(many.slice(0, 2)))).toBeNull();
    const long = encodeModels([{ formula: `y ~ ${'x + '.repeat(200)}x`, family: 'negbin', vcov: 'model' }]);
    expect(decodeModels(long)).toEqual([]);
    expect(modelsLinkNotice(long)).toMatch(/1 model of the link was left out/);
  });
});
