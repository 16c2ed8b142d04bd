import { niceMax } from '@peacepanel/charts';
import { tableFromRows } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { iso3FromNumeric } from '../src/charts/africa-iso.js';
import { countryNames, countrySeries, linePath } from '../src/charts/country-series.js';
import { deploymentMonthsByCountry, parallelClass } from '../src/pages/data/deployment-months.js';

const t = tableFromRows([
  {
    country: 'Mali',
    iso3: 'MLI',
    ym: '2013-02',
    battle_deaths: 3,
    un_troops: 100,
    nonun_troops: 0,
    nonun_missions_n: 1,
  },
  {
    country: 'Mali',
    iso3: 'MLI',
    ym: '2013-01',
    battle_deaths: 7,
    un_troops: 0,
    nonun_troops: null,
    nonun_missions_n: 1,
  },
  {
    country: 'Mali',
    iso3: 'MLI',
    ym: '2013-03',
    battle_deaths: null,
    un_troops: 200,
    nonun_troops: 50,
    nonun_missions_n: 0,
  },
  {
    country: 'Chad',
    iso3: 'TCD',
    ym: '2013-01',
    battle_deaths: 0,
    un_troops: null,
    nonun_troops: 10,
    nonun_missions_n: 1,
  },
]);

describe('country series', () => {
  it('orders one country by month and keeps missing as NaN', () => {
    const s = countrySeries(t, 'Mali');
    expect(s.months).toEqual(['2013-01', '2013-02', '2013-03']);
    expect([...s.deaths]).toEqual([7, 3, Number.NaN]);
    expect([...s.nonun]).toEqual([Number.NaN, 0, 50]);
    expect(countryNames(t)).toEqual(['Chad', 'Mali']);
  });
  it('breaks lines at missing values', () => {
    expect(
      linePath(
        Float64Array.of(1, Number.NaN, 3, 4),
        (i) => i * 10,
        (v) => 100 - v,
      ),
    ).toBe('M0,99M20,97L30,96');
  });
  it('rounds axis maxima up to a multiple of the shared 1-2-5 tick step (@peacepanel/charts)', () => {
    expect([niceMax(3400), niceMax(10), niceMax(0.3), niceMax(2300), niceMax(0)]).toEqual([
      5000, 10, 0.4, 4000, 1,
    ]);
  });
});

describe('deployment months', () => {
  it('counts UN, non-UN and parallel months per country; missing counts as absent', () => {
    const d = deploymentMonthsByCountry(t);
    expect(d.find((x) => x.iso3 === 'MLI')).toEqual({
      iso3: 'MLI',
      country: 'Mali',
      unMonths: 2,
      nonunMonths: 2,
      parallelMonths: 1,
    });
    expect(d.find((x) => x.iso3 === 'TCD')?.parallelMonths).toBe(0);
  });
  it('classes months for the legend', () => {
    expect([0, 1, 11, 12, 36, 71, 72, 300].map(parallelClass)).toEqual([0, 1, 1, 2, 3, 3, 4, 4]);
  });
  it('joins ISO numeric codes of Natural Earth to alpha-3', () => {
    expect(iso3FromNumeric('729')).toBe('SDN');
    expect(iso3FromNumeric('250')).toBeUndefined();
  });
});
