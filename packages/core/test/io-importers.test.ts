import { createReadStream, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from '../src/errors.js';
import { importAcd } from '../src/io/acd.js';
import { monthIndex } from '../src/io/cells.js';
import { parseCsv } from '../src/io/csv.js';
import { importGedEvents } from '../src/io/ged.js';
import { importKathman } from '../src/io/kathman.js';
import { importMissionMonthCsv } from '../src/io/mission-month-csv.js';
import {
  importNonUnMissions,
  importStrengthPoints,
  type NonUnMission,
  type StrengthPoint,
} from '../src/io/nonun.js';
import { nonUnMissionMonths } from '../src/io/nonun-interpolate.js';
import { thrown, thrownAsync } from './thrown.js';

const RAW = new URL('../../data/raw/', import.meta.url);
const raw = (p: string) => readFileSync(new URL(p, RAW), 'utf8');
const CAR = new URL('ged231_car_events/ged231_car_events.csv', RAW);

describe('importGedEvents on the real GED 23.1 CAR events file', () => {
  // Independent aggregation: ged231_car_sb_conflict_month.csv was derived in R from the GeoJSON
  // (see its PROVENANCE.md), with start- and end-month attributions side by side.
  const ref = parseCsv(raw('ged231_car_events/ged231_car_sb_conflict_month.csv'));
  const refRows = ref.rows.map((r) => Object.fromEntries(ref.header.map((h, i) => [h, r.values[i] ?? ''])));

  for (const attribution of ['start', 'end'] as const) {
    it(`matches the independent R aggregation cell for cell (${attribution} month)`, async () => {
      const ged = await importGedEvents(createReadStream(CAR), { file: 'car.csv', attribution });
      expect(ged.rowsRead).toBe(1848);
      expect(ged.eventsUsed).toBe(401);
      expect(ged.otherTypes).toBe(1447);
      const got = new Map(ged.months.map((m) => [`${m.key} ${m.year} ${m.month}`, m]));
      const expected = refRows.filter((r) => Number(r[`n_events_${attribution}`]) > 0);
      expect(got.size).toBe(expected.length);
      for (const r of expected) {
        const m = got.get(`${r.conflict_new_id} ${r.year} ${r.month}`);
        expect(m, `${r.conflict_new_id} ${r.year}-${r.month}`).toBeDefined();
        expect(m?.best).toBe(Number(r[`best_${attribution}`]));
        expect(m?.low).toBe(Number(r[`low_${attribution}`]));
        expect(m?.high).toBe(Number(r[`high_${attribution}`]));
        expect(m?.civilians).toBe(Number(r[`deaths_civilians_${attribution}`]));
        expect(m?.events).toBe(Number(r[`n_events_${attribution}`]));
      }
    });
  }

  it('splits multi-month events evenly: same totals per conflict, and agrees with a direct computation', async () => {
    const ged = await importGedEvents(createReadStream(CAR), { file: 'car.csv' });
    const totals = new Map<string, number>();
    for (const m of ged.months) totals.set(m.key, (totals.get(m.key) ?? 0) + m.best);
    expect(totals.get('416')).toBeCloseTo(2891, 9);
    expect(totals.get('314')).toBeCloseTo(165, 9);
    expect(totals.get('15283')).toBeCloseTo(64, 9);
    // second, simple method: whole file in memory, loop over events and months
    const all = parseCsv(raw('ged231_car_events/ged231_car_events.csv'));
    const h = (n: string) => all.header.indexOf(n);
    const direct = new Map<string, number>();
    for (const r of all.rows) {
      const v = r.values;
      if (v[h('type_of_violence')] !== '1') continue;
      const s = new Date(v[h('date_start')]!);
      const e = new Date(v[h('date_end')]!);
      const m0 = s.getUTCFullYear() * 12 + s.getUTCMonth();
      const m1 = e.getUTCFullYear() * 12 + e.getUTCMonth();
      for (let m = m0; m <= m1; m++) {
        const k = `${v[h('conflict_new_id')]} ${m}`;
        direct.set(k, (direct.get(k) ?? 0) + Number(v[h('best')]) / (m1 - m0 + 1));
      }
    }
    expect(ged.months).toHaveLength(direct.size);
    for (const m of ged.months)
      expect(m.best).toBeCloseTo(direct.get(`${m.key} ${monthIndex(m.year, m.month)}`)!, 9);
  });

  it('aggregates by event-location country when asked', async () => {
    const ged = await importGedEvents(createReadStream(CAR), { by: 'country', attribution: 'end' });
    expect(new Set(ged.months.map((m) => m.key))).toEqual(new Set(['482']));
    expect(ged.months.reduce((s, m) => s + m.best, 0)).toBe(2891 + 165 + 64);
  });

  it('reports text in a numeric column and a missing column with their location', async () => {
    const head =
      'id,type_of_violence,conflict_new_id,conflict_name,date_start,date_end,best,low,high,deaths_civilians';
    const bad = `${head}\n1,1,416,CAR,2013-01-01,2013-01-02,5,5,5,0\n2,1,416,CAR,2013-02-01,2013-02-01,many,1,1,0\n`;
    const e = await thrownAsync(() => importGedEvents([bad], { file: 'g.csv' }));
    expect(formatError(e)).toMatch(/^g\.csv:3, column "best": value "many" is not a number/);
    const noBest = 'id,type_of_violence,conflict_new_id,date_start,date_end\n1,1,4,2001-01-01,2001-01-01\n';
    const m = await thrownAsync(() => importGedEvents([noBest], { file: 'g.csv' }));
    expect(m.code).toBe('MISSING_COLUMN');
    const dates = `${head}\n1,1,416,CAR,2013-02-01,2013-01-02,5,5,5,0\n`;
    const r = await importGedEvents([dates]);
    expect(r.exclusions).toEqual([{ reason: 'date_end before date_start', count: 1, examples: ['line 2'] }]);
  });
});

describe('importAcd', () => {
  const acd = importAcd(raw('ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv'), { file: 'acd.csv' });
  it('starts an episode in its start month and ends it in its end month', () => {
    // 11345 South Sudan: episode began 2011-08-20, still active in 2012
    const ss = acd.months.filter((m) => m.conflictId === '11345');
    expect(ss.filter((m) => m.year === 2011).map((m) => m.month)).toEqual([8, 9, 10, 11, 12]);
    expect(ss.filter((m) => m.year === 2012)).toHaveLength(12);
    // 11344 Sudan 2011: 2011-05-19 to 2011-06-15
    expect(acd.months.filter((m) => m.conflictId === '11344' && m.year === 2011).map((m) => m.month)).toEqual(
      [5, 6],
    );
  });
  it('merges rows unnested by peacesciencer and keeps interstate parties', () => {
    const ee = acd.months.find((m) => m.conflictId === '409' && m.year === 1999 && m.month === 6);
    expect(ee?.type).toBe('interstate');
    expect([...(ee?.gwnoA ?? []), ...(ee?.gwnoB ?? [])].sort()).toEqual([530, 531]);
    const keys = acd.months.map((m) => `${m.conflictId} ${m.year} ${m.month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('locates a bad intensity level', () => {
    const e = thrown(() =>
      importAcd(
        'conflict_id,year,gwno_a,type_of_conflict,intensity_level,start_date2,ep_end,ep_end_date\n1,2000,500,intrastate,7,1999-01-01,0,\n',
        { file: 'a.csv' },
      ),
    );
    expect(formatError(e)).toMatch(/^a\.csv:2, column "intensity_level"/);
  });
});

describe('importKathman', () => {
  const un = importKathman(raw('kathman_unpko/mission-month_12-2019_kathman.csv'), { file: 'k.csv' });
  it('reads UNAMSIL 2001-05..07 exactly', () => {
    const t = [5, 6, 7].map(
      (m) => un.months.find((r) => r.mission === 'UNAMSIL' && r.year === 2001 && r.month === m)?.troops,
    );
    expect(t).toEqual([11963, 12474, 14138]);
  });
  it('reads -999 as missing, never as zero', () => {
    const minurso = un.months.filter((r) => r.mission === 'MINURSO' && r.year === 1992 && r.month <= 7);
    expect(minurso).toHaveLength(7); // 1992-01..07 are -999 in the file
    expect(minurso.every((r) => Number.isNaN(r.troops))).toBe(true);
    expect(un.months.some((r) => r.troops === -999 || r.police === -999 || r.observers === -999)).toBe(false);
  });
  it('maps multi-country missions to both hosts and reports rows without a host', () => {
    expect(un.months.find((r) => r.mission === 'MINURCAT')?.hosts).toEqual([482, 483]);
    // LBB "Unknown", ONUCA/UNOWAS/UNTSO "Various", UNMHA: one exclusion per mission, every row counted.
    const noHost = un.exclusions.filter((e) => e.reason.startsWith('no host'));
    expect(noHost.reduce((s, e) => s + e.count, 0)).toBe(25 + 417 + 11);
    const missions = noHost.map((e) => e.reason.replace(/.*: mission /, ''));
    for (const m of ['LBB', 'ONUCA', 'UNOWAS', 'UNTSO', 'UNMHA']) expect(missions).toContain(m);
    expect(new Set(missions).size).toBe(missions.length);
  });
  it('reports every row with a -999 count (kept as missing, never 0), with file and line', () => {
    const missing = un.exclusions.find((e) => e.reason.startsWith('personnel count -999'));
    const rows = un.months.filter(
      (r) => Number.isNaN(r.troops) || Number.isNaN(r.police) || Number.isNaN(r.observers),
    );
    // rows without a host are reported once, under their own reason
    expect(missing?.count).toBeGreaterThanOrEqual(rows.length);
    expect(missing?.examples[0]).toMatch(/^k\.csv:\d+ troop/);
    const text =
      'mission,missioncountry,missionccode,year,month,troop,police,militaryobservers\nX,Mali,432,2014,1,-999,3,0\n';
    const one = importKathman(text, { file: 'k.csv' });
    expect(one.months[0]).toMatchObject({ police: 3, observers: 0 });
    expect(Number.isNaN(one.months[0]!.troops)).toBe(true);
    expect(one.exclusions).toEqual([
      {
        reason:
          'personnel count -999 (missing): kept as missing, never 0 (troop, police or militaryobservers)',
        count: 1,
        examples: ['k.csv:2 troop'],
      },
    ]);
  });
  it('locates a negative troop count', () => {
    const text =
      'mission,missioncountry,missionccode,year,month,troop,police,militaryobservers\nX,Mali,432,2014,1,-5,0,0\n';
    expect(formatError(thrown(() => importKathman(text, { file: 'k.csv' })))).toMatch(
      /^k\.csv:2, column "troop"/,
    );
  });
});

describe('non-UN missions', () => {
  const missions = importNonUnMissions(raw('nonun_missions/missions.csv'), { file: 'missions.csv' });
  const points = importStrengthPoints(raw('nonun_missions/strength_points.csv'), {
    file: 'points.csv',
    missions,
  });

  it('reads the 39 missions and 246 figures (195 deployed, 51 authorised)', () => {
    expect(missions).toHaveLength(39);
    expect(points).toHaveLength(246);
    expect(points.filter((p) => p.kind === 'deployed')).toHaveLength(195);
    expect(missions.find((m) => m.id === 'BARKHANE')?.hosts).toEqual([432, 483, 436, 439, 435]);
    expect(missions.find((m) => m.id === 'MNJTF')?.end).toBeNull();
  });

  it('never leaves a mission’s dates and keeps the ECOMOG Liberia 1994-97 gap missing (real data)', () => {
    const months = nonUnMissionMonths(missions, points, { until: '2019-12' });
    const byId = new Map(missions.map((m) => [m.id, m]));
    for (const r of months) {
      const m = byId.get(r.mission)!;
      const k = monthIndex(r.year, r.month);
      expect(k).toBeGreaterThanOrEqual(m.start);
      expect(k).toBeLessThanOrEqual(m.end ?? monthIndex(2019, 12));
    }
    const ecomog = months.filter((r) => r.mission === 'ECOMOG_LBR' && r.year >= 1995 && r.year <= 1996);
    expect(ecomog.every((r) => r.quality === 'missing' && Number.isNaN(r.troops))).toBe(true);
  });

  it('interpolation property: values stay inside the mission, between neighbouring figures, and gaps stay missing', () => {
    const arb = fc.record({
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 80 }),
      pts: fc.array(
        fc.record({ at: fc.integer({ min: -10, max: 130 }), troops: fc.integer({ min: 0, max: 30000 }) }),
        {
          maxLength: 8,
        },
      ),
    });
    fc.assert(
      fc.property(arb, ({ start, length, pts }) => {
        const base = monthIndex(2000, 1);
        const mission: NonUnMission = {
          id: 'M',
          name: 'M',
          org: 'AU',
          orgType: 'RO',
          hostNames: ['X'],
          hosts: [1],
          start: base + start,
          end: base + start + length - 1,
        };
        const points: StrengthPoint[] = pts.map((p, i) => {
          const m = base + p.at;
          return {
            missionId: 'M',
            year: Math.floor(m / 12),
            month: (m % 12) + 1,
            troops: p.troops,
            kind: 'deployed',
            coverage: 'total',
            approximate: false,
            dateInferred: false,
            source: '',
            line: i + 2,
          };
        });
        const out = nonUnMissionMonths([mission], points, {
          maxGapMonths: 24,
          edgeMonths: 12,
          until: '2030-12',
        });
        expect(out).toHaveLength(length);
        const anchors = [...new Set(pts.map((p) => base + p.at))].sort((a, b) => a - b);
        const anchorValue = (a: number) => {
          const v = pts
            .filter((p) => base + p.at === a)
            .map((p) => p.troops)
            .sort((x, y) => x - y);
          const h = v.length >> 1;
          return v.length % 2 ? v[h]! : (v[h - 1]! + v[h]!) / 2;
        };
        for (const r of out) {
          const k = monthIndex(r.year, r.month);
          expect(k >= mission.start && k <= mission.end!).toBe(true);
          const before = anchors.filter((a) => a <= k).at(-1);
          const after = anchors.find((a) => a >= k);
          const inGap =
            (before === undefined && (after === undefined || after - k > 12)) ||
            (after === undefined && before !== undefined && k - before > 12) ||
            (before !== undefined && after !== undefined && after - before > 24);
          if (inGap) {
            expect(Number.isNaN(r.troops)).toBe(true);
            expect(r.quality).toBe('missing');
            continue;
          }
          expect(Number.isNaN(r.troops)).toBe(false);
          const lo = Math.min(anchorValue(before ?? after!), anchorValue(after ?? before!));
          const hi = Math.max(anchorValue(before ?? after!), anchorValue(after ?? before!));
          expect(r.troops).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(r.troops).toBeLessThanOrEqual(hi + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('uses authorised figures only where no deployed figure is close, and drops partial and peak figures', () => {
    const mission = missions.find((m) => m.id === 'SADC_DRC')!;
    const months = nonUnMissionMonths([mission], points);
    expect(months.every((r) => r.quality === 'missing')).toBe(true); // only partial or peak figures exist
  });

  it('reads a plain mission-month CSV and locates its errors', () => {
    const text =
      'mission,org_type,host_country,host_ccode,year,month,troops\nAMISOM,RO,Somalia,520,2012,1,9500\nAMISOM,RO,Somalia,520,2012,2,\n';
    const rows = importMissionMonthCsv(text, { file: 'm.csv' });
    expect(rows[0]).toEqual({
      mission: 'AMISOM',
      orgType: 'RO',
      hosts: [520],
      year: 2012,
      month: 1,
      troops: 9500,
      quality: 'reported',
    });
    expect(rows[1]?.quality).toBe('missing');
    const dup = `${text}AMISOM,RO,Somalia,520,2012,1,9000\n`;
    expect(formatError(thrown(() => importMissionMonthCsv(dup, { file: 'm.csv' })))).toMatch(
      /^m\.csv:4, column "month": duplicate/,
    );
    const badOrg = text.replace('AMISOM,RO', 'AMISOM,UNO');
    expect(formatError(thrown(() => importMissionMonthCsv(badOrg, { file: 'm.csv' })))).toMatch(
      /column "org_type"/,
    );
  });
});
