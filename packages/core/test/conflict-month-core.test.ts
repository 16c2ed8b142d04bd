import { describe, expect, it } from 'vitest';
import { formatError } from '../src/errors.js';
import type { Exclusion } from '../src/estimators/result.js';
import type { AcdConflictYear } from '../src/io/acd.js';
import type { BrdConflictYear } from '../src/io/brd.js';
import { importBrd } from '../src/io/brd.js';
import { monthIndex } from '../src/io/cells.js';
import { importNonUnMissions } from '../src/io/nonun.js';
import type { NonUnMissionMonth } from '../src/io/nonun-interpolate.js';
import { importSupportMissions } from '../src/io/support-missions.js';
import { apportionDeaths } from '../src/panel/apportion-deaths.js';
import { addPartnershipVariables } from '../src/panel/derive.js';
import { fillNonUnMonths } from '../src/panel/nonun-filled.js';
import { lagSeries, meanOfLags, thousands } from '../src/panel/series-lags.js';
import { tableFromRows } from '../src/table.js';
import { thrown } from './thrown.js';

const cy = (id: string, year: number, gov: number, from = 1, to = 12): AcdConflictYear => ({
  conflictId: id,
  year,
  type: 'intrastate',
  gwnoA: [gov],
  gwnoB: [],
  gwnoA2: [],
  gwnoB2: [],
  intensity: 1,
  incompatibility: 'government',
  episodeStart: monthIndex(year, from),
  from,
  to,
  line: 2,
});
const brd = (id: string, year: number, best: number, battle: number[]): BrdConflictYear => ({
  conflictId: id,
  year,
  best,
  gwnoBattle: battle,
  gwnoA: [battle[0]!],
  name: `X:${id}`,
  sideB: ['R'],
  line: 2,
});
const deaths = (gwno: number, year: number, month: number, best: number) => ({
  gwno,
  year,
  month,
  best,
  low: Number.NaN,
  high: Number.NaN,
});

describe('apportionDeaths', () => {
  it('gives a sole conflict all deaths, splits several by BRD shares (largest remainders), else equally', () => {
    const ap = apportionDeaths({
      acdYears: [cy('1', 2000, 500), cy('2', 2000, 500), cy('3', 2001, 500), cy('4', 2001, 500)],
      brd: [brd('1', 2000, 300, [500]), brd('2', 2000, 100, [500]), brd('3', 2001, 50, [500])],
      deaths: [deaths(500, 2000, 1, 10), deaths(500, 2001, 1, 7)],
    });
    // 2000: shares 3:1 of 10 = 7.5 / 2.5 → largest remainders, tie to the lower id: 8 and 2
    expect(ap.conflictMonth('1', monthIndex(2000, 1))).toEqual({ deaths: 8, rule: 'brd-share' });
    expect(ap.conflictMonth('2', monthIndex(2000, 1))).toEqual({ deaths: 2, rule: 'brd-share' });
    // 2001: conflict 4 has no BRD figure → equal split of 7: 4 and 3
    expect(ap.conflictMonth('3', monthIndex(2001, 1)).deaths).toBe(4);
    expect(ap.conflictMonth('4', monthIndex(2001, 1))).toEqual({ deaths: 3, rule: 'equal' });
    // missing country-month deaths stay missing; an inactive month is 0
    expect(Number.isNaN(ap.conflictMonth('1', monthIndex(2000, 2)).deaths)).toBe(true);
    expect(ap.conflictMonth('1', monthIndex(2001, 1))).toEqual({ deaths: 0, rule: 'inactive' });
  });

  it('a multi-country conflict is fought in its BRD battle countries and sums their portions', () => {
    const ap = apportionDeaths({
      acdYears: [cy('1', 2000, 500), cy('2', 2000, 490)],
      brd: [brd('1', 2000, 200, [500, 490]), brd('2', 2000, 300, [490])],
      deaths: [deaths(500, 2000, 3, 20), deaths(490, 2000, 3, 40)],
    });
    expect(ap.locationOf('1', 2000)).toEqual([500, 490]);
    // in 490: weights 200/2 = 100 vs 300 → 10 and 30; in 500 conflict 1 is alone: 20
    expect(ap.portion('1', 490, monthIndex(2000, 3))).toBe(10);
    expect(ap.conflictMonth('1', monthIndex(2000, 3)).deaths).toBe(30);
    expect(ap.conflictMonth('2', monthIndex(2000, 3)).deaths).toBe(30);
    // without a BRD row, the government's country
    expect(ap.locationOf('2', 2001)).toEqual([]);
  });

  it('only the episode months are active', () => {
    const ap = apportionDeaths({
      acdYears: [cy('1', 2000, 500, 8, 12)],
      brd: [],
      deaths: [deaths(500, 2000, 5, 9)],
    });
    expect(ap.isActive('1', monthIndex(2000, 5))).toBe(false);
    expect(ap.isActive('1', monthIndex(2000, 8))).toBe(true);
  });
});

describe('fillNonUnMonths', () => {
  const mission = {
    id: 'M',
    name: 'M',
    org: 'AU',
    orgType: 'RO' as const,
    hostNames: ['A'],
    hosts: [520],
    start: monthIndex(2000, 1),
    end: monthIndex(2004, 12),
  };
  const point = (year: number, month: number, troops: number) => ({
    missionId: 'M',
    year,
    month,
    troops,
    kind: 'deployed' as const,
    coverage: 'total' as const,
    approximate: false,
    dateInferred: false,
    source: '',
    line: 2,
  });
  const mm = (
    year: number,
    month: number,
    troops: number,
    quality: NonUnMissionMonth['quality'],
  ): NonUnMissionMonth => ({
    mission: 'M',
    orgType: 'RO',
    hosts: [520],
    year,
    month,
    troops,
    quality,
  });
  it('keeps strict figures and fills missing months with the nearest figure in time', () => {
    const f = fillNonUnMonths(
      [mission],
      [point(2000, 1, 100), point(2004, 1, 400)],
      [
        mm(2000, 1, 100, 'reported'),
        mm(2001, 3, Number.NaN, 'missing'), // nearer 2000-01 (14 months) than 2004-01 (34)
        mm(2003, 6, Number.NaN, 'missing'),
        mm(2002, 1, Number.NaN, 'missing'), // 24 months from both → the earlier figure
      ],
    );
    expect(f.map((x) => [x.troops, x.rule])).toEqual([
      [100, 'reported'],
      [100, 'nearest'],
      [400, 'nearest'],
      [100, 'nearest'],
    ]);
  });
  it('a mission with no usable figure stays missing, never 0', () => {
    const f = fillNonUnMonths([mission], [], [mm(2001, 1, Number.NaN, 'missing')]);
    expect(Number.isNaN(f[0]!.troops)).toBe(true);
    expect(f[0]!.rule).toBe('missing');
  });
});

describe('series lags', () => {
  it('lag, mean of lags and thousands', () => {
    expect(Array.from(lagSeries(Float64Array.of(1, 2, 3)))).toEqual([Number.NaN, 1, 2]);
    expect(Array.from(meanOfLags(Float64Array.of(3, 6, 9, 12), 3))).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
      6,
    ]);
    expect(Array.from(meanOfLags(Float64Array.of(3, Number.NaN, 9, 12, 1), 3))).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
    expect(Array.from(thousands(Float64Array.of(11963, Number.NaN)))).toEqual([11.963, Number.NaN]);
  });
});

describe('addPartnershipVariables keeps the lags a dataset carries', () => {
  it('does not recompute bundled columns from a filtered table', () => {
    const t = tableFromRows([
      {
        country: 'A',
        ym: '2000-01',
        battle_deaths: 5,
        un_troops: 0,
        nonun_troops: 0,
        battle_deaths_lag1: 7,
        conflict_duration: 40,
      },
      {
        country: 'A',
        ym: '2000-02',
        battle_deaths: 6,
        un_troops: 1000,
        nonun_troops: 0,
        battle_deaths_lag1: 5,
        conflict_duration: 41,
      },
    ]);
    const d = addPartnershipVariables(t);
    expect(Array.from(d.columns.battle_deaths_lag1!.values as Float64Array)).toEqual([7, 5]);
    expect(Array.from(d.columns.conflict_duration!.values as Float64Array)).toEqual([40, 41]);
    expect(Array.from(d.columns.un_troops_k_lag1!.values as Float64Array)).toEqual([Number.NaN, 0]);
  });
});

describe('importers of the evidence sources', () => {
  const header =
    'conflict_id,dyad_id,location_inc,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,territory_name,year,bd_best,bd_low,bd_high,type_of_conflict,battle_location,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,gwno_loc,gwno_battle,region,version';
  it('importBrd rebuilds the UCDP conflict name and reads the battle countries and rebel groups', () => {
    const text = `${header}\n314,1,Uganda,Government of Uganda,1,,"LRA, ADF",2,,2,,2009,500,400,600,4,"x",500,,,,500,"500, 490, 482",4,24.1\n`;
    const [r] = importBrd(text, { file: 'b.csv' });
    expect(r).toMatchObject({
      conflictId: '314',
      name: 'Uganda:Government',
      gwnoBattle: [500, 490, 482],
      sideB: ['LRA', 'ADF'],
      best: 500,
    });
  });
  it('importBrd locates a conflict-year given twice and a row without battle location', () => {
    const row = '314,1,Uganda,G,1,,L,2,,2,,2009,500,400,600,4,x,500,,,,500,500,4,24.1';
    expect(formatError(thrown(() => importBrd(`${header}\n${row}\n${row}\n`, { file: 'b.csv' })))).toMatch(
      /b\.csv:3/,
    );
    const noLoc = row.replace(',500,4,24.1', ',,4,24.1');
    expect(formatError(thrown(() => importBrd(`${header}\n${noLoc}\n`, { file: 'b.csv' })))).toMatch(
      /column "gwno_battle"/,
    );
  });
  it('importSupportMissions reads the cited table and refuses an end before the start', () => {
    const h = 'id,name,supports,host_country,host_ccode,start_ym,end_ym,sources';
    const ok = importSupportMissions(`${h}\nUNSOA,UNSOA,AMISOM,Somalia,520,2009-01,2015-10,x\n`);
    expect(ok[0]).toMatchObject({
      id: 'UNSOA',
      supports: 'AMISOM',
      hosts: [520],
      start: monthIndex(2009, 1),
      end: monthIndex(2015, 10),
    });
    expect(
      formatError(
        thrown(() => importSupportMissions(`${h}\nX,X,Y,S,520,2010-01,2009-01,x\n`, { file: 's.csv' })),
      ),
    ).toMatch(/s\.csv:2, column "end_ym"/);
  });
  it('importNonUnMissions reports a mission without a host when given an exclusions list (throws otherwise)', () => {
    const text =
      'id,name,org,org_type,host_country,host_ccode,start_ym,end_ym\nA,A,AU,RO,,,2010-01,2010-02\nB,B,AU,RO,Mali,432,2010-01,\n';
    const exclusions: Exclusion[] = [];
    const missions = importNonUnMissions(text, { file: 'm.csv', exclusions });
    expect(missions.map((m) => m.id)).toEqual(['B']);
    expect(exclusions).toEqual([
      {
        reason: 'non-UN mission without a host country code (host_ccode empty): not used',
        count: 1,
        examples: ['m.csv:2 A'],
      },
    ]);
    expect(formatError(thrown(() => importNonUnMissions(text, { file: 'm.csv' })))).toMatch(
      /m\.csv:2, column "host_ccode"/,
    );
  });
});
