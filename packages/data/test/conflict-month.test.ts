import { readFileSync } from 'node:fs';
import {
  buildConflictMonthFromSources,
  readEvidenceSources,
  type Table,
  tableFromDataset,
} from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import {
  buildAfricaConflictMonthEvidence,
  validateApportioning,
} from '../scripts/conflict-month-evidence.js';
import { evidenceFiles } from '../scripts/sources.js';

const json = (id: string) =>
  JSON.parse(readFileSync(new URL(`../datasets/${id}.json`, import.meta.url), 'utf8'));
const cf = tableFromDataset(json('africa-conflict-month'));
const cm = tableFromDataset(json('africa-cm'));
const build = buildAfricaConflictMonthEvidence();

const nums = (t: Table, c: string) => t.columns[c]!.values as Float64Array;
const texts = (t: Table, c: string) => t.columns[c]!.values as (string | null)[];

function row(t: Table, id: number, ym: string): Record<string, unknown> {
  const i = texts(t, 'ym').findIndex((v, k) => v === ym && nums(t, 'conflict_id')[k] === id);
  expect(i, `${id} ${ym}`).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, c.values[i]]));
}

describe('africa-conflict-month: the column contract (CONFLICT_MONTH_CONTRACT.md)', () => {
  it('has every contract column with its kind', () => {
    const number = [
      'conflict_id',
      'gwno_gov',
      'year',
      'month',
      'battle_deaths',
      'battle_deaths_lag1',
      'battle_deaths_mean3_lag1',
      'un_troops',
      'un_police',
      'un_observers',
      'un_troops_k_lag1',
      'un_police_k_lag1',
      'un_observers_k_lag1',
      'nonun_troops',
      'nonun_troops_filled',
      'nonun_present',
      'nonun_troops_k_lag1',
      'nonun_filled_k_lag1',
      'nonun_present_lag1',
      'nonun_ro_k_lag1',
      'nonun_eu_k_lag1',
      'nonun_state_k_lag1',
      'nonun_coalition_k_lag1',
      'conflict_duration',
      'n_conflicts_country',
    ];
    const string = ['episode_id', 'country', 'gwno_loc', 'ym', 'nonun_filled_rule', 'partnership_mode'];
    for (const c of number) expect(cf.columns[c]?.kind, c).toBe('number');
    for (const c of string) expect(cf.columns[c]?.kind, c).toBe('string');
  });

  it('one row per conflict-month, twelve months of each active ACD year 1993–2019', () => {
    const keys = new Set(texts(cf, 'ym').map((ym, i) => `${nums(cf, 'conflict_id')[i]} ${ym}`));
    expect(keys.size).toBe(cf.n);
    const years = new Map<string, number>();
    texts(cf, 'ym').forEach((ym, i) => {
      const k = `${nums(cf, 'conflict_id')[i]} ${ym!.slice(0, 4)}`;
      years.set(k, (years.get(k) ?? 0) + 1);
    });
    expect([...years.values()].every((n) => n === 12)).toBe(true);
    const sample = build.sources.acdYears.filter(
      (a) =>
        (a.type === 'intrastate' || a.type === 'internationalized') &&
        a.gwnoA.some((g) => (g >= 400 && g <= 626) || g === 651) &&
        a.year >= 1993 &&
        a.year <= 2019,
    );
    expect(years.size).toBe(new Set(sample.map((a) => `${a.conflictId} ${a.year}`)).size);
  });

  it('partnership modes and filled rules take only their documented values', () => {
    const modes = new Set(texts(cf, 'partnership_mode'));
    for (const m of modes)
      expect(['parallel', 'support', 'sequential', 'un-only', 'non-un-only', 'none']).toContain(m);
    for (const r of new Set(texts(cf, 'nonun_filled_rule')))
      expect([
        'missing',
        'nearest',
        'split',
        'authorised',
        'carried',
        'interpolated',
        'reported',
        'none',
      ]).toContain(r);
    const present = nums(cf, 'nonun_present');
    const n = nums(cf, 'nonun_missions_n');
    for (let i = 0; i < cf.n; i++) expect(present[i]).toBe(n[i]! > 0 ? 1 : 0);
  });
});

describe('africa-conflict-month: lags on the complete series', () => {
  it('each lag equals the previous month of the same conflict, also across inactive years', () => {
    const id = nums(cf, 'conflict_id');
    const ym = texts(cf, 'ym');
    const d = nums(cf, 'battle_deaths');
    const lag = nums(cf, 'battle_deaths_lag1');
    const at = new Map(ym.map((v, i) => [`${id[i]} ${v}`, i]));
    let across = 0;
    for (let i = 0; i < cf.n; i++) {
      const [y, m] = ym[i]!.split('-').map(Number) as [number, number];
      const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
      const j = at.get(`${id[i]} ${prev}`);
      if (j !== undefined) expect(Object.is(lag[i], d[j]) || lag[i] === d[j], `${id[i]} ${ym[i]}`).toBe(true);
      else {
        // the previous month is not a row (inactive year, or 1992-12): the lag still exists
        across += 1;
        expect(Number.isNaN(lag[i]!), `${id[i]} ${ym[i]}`).toBe(false);
      }
    }
    expect(across).toBeGreaterThan(80);
  });

  it('January after an inactive year has lagged deaths 0 (the conflict was not active) and lagged troops', () => {
    // conflict 337 (Somalia) is inactive in 1997-2000 and active in 2001
    const r = row(cf, 337, '2001-01');
    expect(r.battle_deaths_lag1).toBe(0);
    expect(Number.isNaN(r.un_troops_k_lag1 as number)).toBe(false);
  });
});

describe('africa-conflict-month: cross-checks', () => {
  it('a conflict fought only in its government’s country has that country’s UN and strict non-UN troops (africa-cm)', () => {
    const key = (g: number, ym: string) => `${g} ${ym}`;
    const cmAt = new Map(texts(cm, 'ym').map((ym, i) => [key(nums(cm, 'gwno')[i]!, ym!), i]));
    let compared = 0;
    for (let i = 0; i < cf.n; i++) {
      if (texts(cf, 'gwno_loc')[i] !== String(nums(cf, 'gwno_gov')[i])) continue;
      const j = cmAt.get(key(nums(cf, 'gwno_gov')[i]!, texts(cf, 'ym')[i]!));
      if (j === undefined) continue;
      compared += 1;
      for (const c of [
        'un_troops',
        'un_police',
        'un_observers',
        'nonun_troops',
        'nonun_troops_filled',
        'partnership_mode',
      ])
        expect(cf.columns[c]!.values[i], `${c} row ${i}`).toEqual(cm.columns[c]!.values[j]);
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('apportioning keeps every country-month total of the ViEWS deaths', () => {
    const ap = build.panel.apportionment;
    const s = build.sources;
    const byCell = new Map<string, number>();
    for (const a of s.acdYears) {
      if (a.year < 1993 || a.year > 2019) continue;
      for (let mo = a.from; mo <= a.to; mo++) {
        const m = a.year * 12 + mo - 1;
        for (const g of ap.locationOf(a.conflictId, a.year))
          byCell.set(`${g} ${m}`, (byCell.get(`${g} ${m}`) ?? 0) + ap.portion(a.conflictId, g, m));
      }
    }
    let checked = 0;
    for (const d of s.deaths) {
      const sum = byCell.get(`${d.gwno} ${d.year * 12 + d.month - 1}`);
      if (sum === undefined) continue;
      expect(sum, `${d.gwno} ${d.year}-${d.month}`).toBe(d.best);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3500);
  });

  it('partnership modes of known cases', () => {
    expect(row(cf, 337, '2010-06').partnership_mode).toBe('support'); // AMISOM with UNSOA, no UN troops
    expect(row(cf, 11347, '2013-09').partnership_mode).toBe('parallel'); // Mali: MINUSMA and Serval
    expect(row(cf, 309, '2009-06').partnership_mode).toBe('sequential'); // Sudan: UNAMID took over from AMIS
  });
});

describe('africa-conflict-month: validation of the apportioning (fails if it gets worse)', () => {
  const v = validateApportioning(build);
  it('against UCDP BRD conflict-year totals', () => {
    console.log(
      `BRD: ${v.brd.pairs.length} conflict-years, r = ${v.brd.correlation.toFixed(4)}, r(log1p) = ${v.brd.logCorrelation.toFixed(4)}, ratio ${v.brd.ratio.toFixed(4)}`,
    );
    expect(v.brd.pairs.length).toBeGreaterThanOrEqual(408);
    expect(v.brd.correlation).toBeGreaterThan(0.993);
    expect(v.brd.logCorrelation).toBeGreaterThan(0.928);
    expect(Math.abs(1 - v.brd.ratio)).toBeLessThan(0.024);
    const worst = v.brd.worst[0]!;
    expect(Math.abs(worst.panel - worst.brd)).toBeLessThanOrEqual(969);
  });
  it('against conflict-linked GED events (CAR 23.1, five countries 2.0)', () => {
    const [car, five] = v.ged as [(typeof v.ged)[0], (typeof v.ged)[0]];
    console.log(
      v.ged
        .map(
          (g) =>
            `${g.label}: n ${g.n}, MAE ${g.meanAbsError.toFixed(3)}, exact ${g.shareExact.toFixed(3)}, r ${g.correlation.toFixed(4)}`,
        )
        .join('\n'),
    );
    expect(car.n).toBeGreaterThanOrEqual(185);
    expect(car.meanAbsError).toBeLessThan(3.38);
    expect(car.shareExact).toBeGreaterThan(0.502);
    expect(car.correlation).toBeGreaterThan(0.9369);
    expect(five.n).toBeGreaterThanOrEqual(918);
    expect(five.meanAbsError).toBeLessThan(10.29);
    expect(five.shareExact).toBeGreaterThan(0.444);
    expect(five.correlation).toBeGreaterThan(0.9795);
    // where the apportioning rule decides (country-months shared by several conflicts)
    expect(car.split.n).toBeGreaterThanOrEqual(84);
    expect(car.split.meanAbsError).toBeLessThan(4.29);
    expect(car.split.shareExact).toBeGreaterThan(0.38);
    expect(car.split.correlation).toBeGreaterThan(0.8558);
    expect(five.split.n).toBeGreaterThanOrEqual(570);
    expect(five.split.meanAbsError).toBeLessThan(15.77);
    expect(five.split.shareExact).toBeGreaterThan(0.215);
    expect(five.split.correlation).toBeGreaterThan(0.9774);
  });
});

describe('africa-conflict-month: bad raw input goes to the exclusion report', () => {
  it('a BRD row for an unknown conflict, a Kathman −999 and a mission with no host are reported with file and line', () => {
    const f = evidenceFiles();
    const brdLines = f.brd.text.trimEnd().split('\n');
    f.brd.text = `${brdLines.join('\n')}\n99999,1,Mali,Government of Mali,1,,X,2,,2,,2010,40,40,40,3,Mali,432,,,,432,432,4,24.1\n`;
    const missionLines = f.missions.text.trimEnd().split('\n');
    f.missions.text = `${missionLines.join('\n')}\nNOHOST,No host mission,AU,RO,,,2010-01,2010-02,,\n`;
    const r = buildConflictMonthFromSources(readEvidenceSources(f));
    const find = (re: RegExp) => r.exclusions.find((e) => re.test(e.reason));
    expect(find(/BRD conflict-year of a conflict not in ACD/)).toMatchObject({
      count: 1,
      examples: [`line ${brdLines.length + 1} (conflict 99999, 2010)`],
    });
    expect(find(/non-UN mission without a host/)).toMatchObject({
      count: 1,
      examples: [`${f.missions.file}:${missionLines.length + 1} NOHOST`],
    });
    const minus999 = find(/personnel count -999/);
    expect(minus999?.count).toBeGreaterThan(0);
    expect(minus999?.examples[0]).toMatch(/kathman.*\.csv:\d+ /);
    // and the -999 months stay missing: MINURSO 1992 is -999 in Kathman, never 0
    expect(r.table.n).toBe(cf.n);
  }, 120_000); // a full build from the raw files: allow for a loaded shared machine
});
