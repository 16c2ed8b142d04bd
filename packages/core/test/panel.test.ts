import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import type { AcdMonth } from '../src/io/acd.js';
import { formatCsv } from '../src/io/format-csv.js';
import type { UnMissionMonth } from '../src/io/kathman.js';
import type { NonUnMissionMonth } from '../src/io/nonun-interpolate.js';
import { parsePanelCsv } from '../src/io/panel-csv.js';
import { AFRICAN_COUNTRIES } from '../src/panel/african-countries.js';
import { buildCountryMonthPanel } from '../src/panel/build-country-month.js';
import { datasetFromTable, tableFromDataset } from '../src/panel/dataset.js';
import { addPartnershipVariables } from '../src/panel/derive.js';
import { lagWithin } from '../src/panel/lags.js';
import { type Table, tableFromRows } from '../src/table.js';

const num = (t: Table, c: string) => Array.from((t.columns[c] as { values: Float64Array }).values);

describe('lags and addPartnershipVariables', () => {
  // rows deliberately out of order; B has a gap in 2000-03
  const table = tableFromRows([
    { country: 'B', ym: '2000-04', battle_deaths: 7, un_troops: 3000, nonun_troops: 0 },
    { country: 'A', ym: '2000-02', battle_deaths: 2, un_troops: Number.NaN, nonun_troops: 500 },
    { country: 'A', ym: '2000-01', battle_deaths: 1, un_troops: 1000, nonun_troops: 0 },
    { country: 'B', ym: '2000-02', battle_deaths: 5, un_troops: 2000, nonun_troops: 0 },
    { country: 'A', ym: '2000-03', battle_deaths: 3, un_troops: 1500, nonun_troops: 250 },
  ]);

  it('lags within country by calendar month; gaps and first months give NaN', () => {
    expect(lagWithin(table, 'battle_deaths', 1)).toEqual(
      Float64Array.from([Number.NaN, 1, Number.NaN, Number.NaN, 2]),
    );
  });

  it('adds troops in thousands lagged, deaths lagged and the spell duration', () => {
    const t = addPartnershipVariables(table);
    expect(num(t, 'un_troops_k_lag1')).toEqual([Number.NaN, 1, Number.NaN, Number.NaN, Number.NaN]);
    expect(num(t, 'nonun_troops_k_lag1')).toEqual([Number.NaN, 0, Number.NaN, Number.NaN, 0.5]);
    expect(num(t, 'battle_deaths_lag1')).toEqual([Number.NaN, 1, Number.NaN, Number.NaN, 2]);
    expect(num(t, 'conflict_duration')).toEqual([0, 1, 0, 0, 2]);
    expect(table.columns.un_troops_k_lag1).toBeUndefined(); // input untouched
  });

  it('names the missing column', () => {
    expect(() => addPartnershipVariables(tableFromRows([{ country: 'A', ym: '2000-01' }]))).toThrow(
      PeacepanelError,
    );
  });

  it('duration is invariant to row order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 5 }), (keys) => {
        const order = [0, 1, 2, 3, 4].sort((a, b) => keys[a]! - keys[b]! || a - b);
        const rows = order.map((i) => ({ ...tableRow(table, i), i }));
        const t = addPartnershipVariables(tableFromRows(rows));
        const back = new Map(num(t, 'i').map((orig, r) => [orig, num(t, 'conflict_duration')[r]]));
        expect([0, 1, 2, 3, 4].map((i) => back.get(i))).toEqual([0, 1, 0, 0, 2]);
      }),
      { numRuns: 50 },
    );
  });
});

function tableRow(t: Table, i: number): Record<string, unknown> {
  return Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, c.values[i]]));
}

describe('buildCountryMonthPanel', () => {
  const acd: AcdMonth[] = [
    {
      conflictId: '1',
      year: 2000,
      month: 2,
      type: 'intrastate',
      gwnoA: [520],
      gwnoB: [],
      gwnoSecondary: [530],
      intensity: 1,
      incompatibility: 'government',
    },
    {
      conflictId: '2',
      year: 2000,
      month: 3,
      type: 'interstate',
      gwnoA: [530],
      gwnoB: [531],
      gwnoSecondary: [],
      intensity: 2,
      incompatibility: 'territory',
    },
    {
      conflictId: '3',
      year: 2000,
      month: 3,
      type: 'intrastate',
      gwnoA: [530],
      gwnoB: [],
      gwnoSecondary: [],
      intensity: 1,
      incompatibility: 'government',
    },
  ];
  const un: UnMissionMonth[] = [
    {
      mission: 'U1',
      missionCountry: 'Somalia',
      hosts: [520],
      year: 2000,
      month: 3,
      troops: 100,
      police: 5,
      observers: 1,
    },
    {
      mission: 'U2',
      missionCountry: 'Somalia',
      hosts: [520],
      year: 2000,
      month: 3,
      troops: Number.NaN,
      police: 0,
      observers: 0,
    },
    {
      mission: 'U3',
      missionCountry: 'Ethiopia-Eritrea',
      hosts: [530, 531],
      year: 2000,
      month: 4,
      troops: 50,
      police: 0,
      observers: 0,
    },
  ];
  const nonun: NonUnMissionMonth[] = [
    {
      mission: 'N1',
      orgType: 'RO',
      hosts: [520],
      year: 2000,
      month: 2,
      troops: 1000.4,
      quality: 'interpolated',
    },
    {
      mission: 'N2',
      orgType: 'RO',
      hosts: [520],
      year: 2000,
      month: 2,
      troops: Number.NaN,
      quality: 'missing',
    },
  ];
  const { table } = buildCountryMonthPanel({
    deaths: [{ gwno: 520, year: 2000, month: 2, best: 9, low: 8, high: 10 }],
    absentDeaths: 'missing',
    acd,
    un,
    nonun,
    from: '2000-01',
    to: '2000-12',
  });
  const rows = Array.from({ length: table.n }, (_, i) => tableRow(table, i));
  const at = (iso3: string, ym: string) => rows.find((r) => r.iso3 === iso3 && r.ym === ym);

  it('keeps exactly the months with a conflict or a mission', () => {
    expect(rows.map((r) => `${r.iso3} ${r.ym}`)).toEqual([
      'ERI 2000-04',
      'ETH 2000-03',
      'ETH 2000-04',
      'SOM 2000-02',
      'SOM 2000-03',
    ]);
  });

  it('sums personnel, keeps missing as missing, and flags quality', () => {
    expect(at('SOM', '2000-02')).toMatchObject({
      battle_deaths: 9,
      nonun_missions_n: 2,
      nonun_quality: 'missing',
      nonun_troops_known: 1000,
      conflict_active: 1,
      un_troops: 0,
    });
    expect(Number.isNaN(at('SOM', '2000-02')?.nonun_troops as number)).toBe(true);
    expect(Number.isNaN(at('SOM', '2000-03')?.un_troops as number)).toBe(true);
    expect(at('SOM', '2000-03')).toMatchObject({
      un_police: 5,
      un_missions: 'U1;U2',
      un_missions_n: 2,
      nonun_quality: 'none',
      conflict_active: 0,
    });
    expect(Number.isNaN(at('SOM', '2000-03')?.battle_deaths as number)).toBe(true); // absent from a complete table = missing
  });

  it('puts multi-host personnel in the first host and marks the other host missing; flags interstate', () => {
    expect(at('ETH', '2000-04')).toMatchObject({ un_troops: 50, un_missions: 'U3' });
    expect(Number.isNaN(at('ERI', '2000-04')?.un_troops as number)).toBe(true);
    expect(at('ETH', '2000-03')).toMatchObject({ interstate_in_count: 1, conflict_active: 1 });
  });
});

describe('datasets and CSV round trips', () => {
  it('tableFromDataset inverts datasetFromTable', () => {
    const t = tableFromRows([
      { country: 'A', ym: '2000-01', x: 1.5, s: null },
      { country: 'B', ym: '2000-02', x: null, s: 'q' },
    ]);
    const json = JSON.parse(
      JSON.stringify(datasetFromTable(t, { id: 'x', version: '1', title: 'X', source: 's', caveat: 'c' })),
    );
    expect(tableFromDataset(json)).toEqual(t);
    expect(() => tableFromDataset({ id: 'x' })).toThrow(/not a peacepanel dataset/);
  });

  it('formatCsv → parsePanelCsv round-trips a panel (property)', () => {
    const word = fc
      .stringMatching(/^[A-Za-z][A-Za-z ,"']{0,8}[A-Za-z]$/)
      .filter((w) => !['NA', 'na', 'nan', 'NaN', 'null', 'NULL'].includes(w));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(word, fc.integer({ min: 1990, max: 2020 }), fc.integer({ min: 1, max: 12 })),
          {
            selector: ([u, y, m]) => `${u}|${y}|${m}`,
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.array(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
            fc.constant(Number.NaN),
          ),
          { minLength: 20, maxLength: 20 },
        ),
        (keys, xs) => {
          const t: Table = {
            n: keys.length,
            columns: {
              country: { kind: 'string', values: keys.map((k) => k[0]) },
              ym: { kind: 'string', values: keys.map(([, y, m]) => `${y}-${String(m).padStart(2, '0')}`) },
              battle_deaths: { kind: 'number', values: Float64Array.from(keys, (_, i) => xs[i]!) },
            },
          };
          const back = parsePanelCsv(formatCsv(t)).table;
          expect(back.columns.country).toEqual(t.columns.country);
          expect(back.columns.ym).toEqual(t.columns.ym);
          expect(back.columns.battle_deaths).toEqual(t.columns.battle_deaths);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the built-in country list equals the crosswalk file', () => {
    const text = readFileSync(
      new URL('../../data/raw/views_ged_cm/africa_country_crosswalk.csv', import.meta.url),
      'utf8',
    );
    const t = parsePanelCsv(text).table;
    const iso = (t.columns.iso3 as { values: string[] }).values;
    const gw = num(t, 'gwno');
    expect(new Map(iso.map((c, i) => [c, gw[i]]))).toEqual(
      new Map(AFRICAN_COUNTRIES.map((c) => [c.iso3, c.gwno])),
    );
  });
});
