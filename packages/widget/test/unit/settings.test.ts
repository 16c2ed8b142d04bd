import { MAIN_SPECIFICATION } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASETS, type RawAttributes, readSettings } from '../../src/partnership-effect/settings.js';

const none: RawAttributes = {
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
const base = 'https://ngo.example/news/article.html';

describe('readSettings', () => {
  it('fills every default when no attribute is set', () => {
    const { settings, problems } = readSettings(none, '', base);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      view: 'effect',
      dataSrc: null,
      dataset: 'africa-conflict-month',
      unMax: 20000,
      nonunLevels: null,
      countries: null,
      ci: 0.95,
      lang: 'en',
      theme: 'auto',
      height: 380,
    });
  });

  it('reads valid values in the forms editors type them', () => {
    const { settings, problems } = readSettings(
      {
        ...none,
        view: 'Trend',
        unMax: '15,000',
        nonunLevels: '0, 2 000; 8000',
        countries: 'COD, Mali',
        ci: '90%',
        lang: 'fr-CA',
        theme: 'dark',
        height: '420px',
        dataSrc: '../data/panel.csv',
      },
      'en',
      base,
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      view: 'trend',
      unMax: 15000,
      nonunLevels: [0, 2000, 8000],
      countries: ['COD', 'Mali'],
      ci: 0.9,
      lang: 'fr',
      theme: 'dark',
      height: 420,
      dataSrc: 'https://ngo.example/data/panel.csv',
    });
  });

  it('accepts 0.9 and 95 as confidence levels, and inherits French from the page', () => {
    expect(readSettings({ ...none, ci: '0.9' }, '', base).settings.ci).toBe(0.9);
    expect(readSettings({ ...none, ci: '95' }, '', base).settings.ci).toBe(0.95);
    expect(readSettings(none, 'fr-FR', base).settings.lang).toBe('fr');
  });

  it('reports each bad value and falls back to its default, never throwing', () => {
    const { settings, problems } = readSettings(
      {
        view: 'pie',
        dataSrc: 'javascript:alert(1)',
        dataset: 'secret',
        unMax: 'lots',
        nonunLevels: '1,2,3,4,5',
        countries: ' , ',
        ci: '120',
        lang: 'de',
        theme: 'neon',
        height: '10',
      },
      '',
      base,
    );
    expect(problems.map((p) => p.attribute).sort()).toEqual(
      [
        'ci',
        'countries',
        'data-src',
        'dataset',
        'height',
        'lang',
        'non-un-levels',
        'theme',
        'un-max',
        'view',
      ].sort(),
    );
    expect(settings).toMatchObject({
      view: 'effect',
      dataSrc: null,
      unMax: 20000,
      ci: 0.95,
      theme: 'auto',
      height: 380,
    });
  });
});

describe("the default dataset is the main specification's", () => {
  it('BUNDLED_DATASETS starts with MAIN_SPECIFICATION.dataset', () => {
    expect(BUNDLED_DATASETS[0]).toBe(MAIN_SPECIFICATION.dataset);
  });
});
