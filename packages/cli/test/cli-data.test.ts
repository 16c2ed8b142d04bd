import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePanelCsv, tableFromDataset } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}
async function run(args: string[]) {
  const c = capture();
  const code = await main(args, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

const RAW = new URL('../../data/raw/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'peacepanel-cli-'));

describe('peacepanel datasets / export / describe', () => {
  it('lists the bundled datasets', async () => {
    const r = await run(['datasets', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { id: string; rows: number; license: string }[];
    expect(list.map((d) => d.id)).toEqual([
      'africa-cm',
      'africa-conflict-month',
      'africa-conflict-month-1989-2011',
    ]);
    expect(list[0]?.license).toMatch(/CC BY-NC 4\.0/);
    expect((await run(['datasets'])).out).toMatch(/^africa-cm\s+v\d/);
  });

  it('exports CSV and JSON that read back as the same table', async () => {
    const csvFile = join(tmp, 'cm.csv');
    const jsonFile = join(tmp, 'cm.json');
    expect((await run(['export', '--dataset', 'africa-cm', '--format', 'csv', '--out', csvFile])).code).toBe(
      0,
    );
    expect((await run(['export', '--dataset', 'africa-cm', '--format=json', '--out', jsonFile])).code).toBe(
      0,
    );
    const fromJson = tableFromDataset(JSON.parse(readFileSync(jsonFile, 'utf8')));
    const fromCsv = parsePanelCsv(readFileSync(csvFile, 'utf8')).table;
    expect(fromCsv.n).toBe(fromJson.n);
    for (const [name, col] of Object.entries(fromJson.columns))
      expect(fromCsv.columns[name]?.values, name).toEqual(col.values);
  });

  it('exports with the derived model variables, keeping the ones the dataset carries', async () => {
    const derived = await run(['export', '--dataset', 'africa-cm', '--format', 'csv', '--derived']);
    const plain = await run(['export', '--dataset', 'africa-cm', '--format', 'csv']);
    const header = derived.out.split('\n')[0]!.split(',');
    for (const c of ['un_troops_k_lag1', 'nonun_troops_k_lag1', 'battle_deaths_lag1', 'conflict_duration'])
      expect(
        header.filter((h) => h === c),
        c,
      ).toHaveLength(1);
    // africa-cm v1.1 carries the lags computed on the complete series: --derived changes nothing
    expect(derived.out).toBe(plain.out);
  });

  it('describes a dataset: the share of UN months with a non-UN partner, beside the paper’s 44%', async () => {
    const r = await run(['describe', '--dataset', 'africa-cm', '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.rows).toBeGreaterThan(4000);
    const o = d.deployments.overall;
    expect(o.none + o.unOnly + o.nonunOnly + o.both + o.unknown).toBe(d.rows);
    expect(o.shareUnWithPartner).toBeCloseTo(o.both / (o.unOnly + o.both), 12);
    expect(d.deployments.paperShare).toBe(0.44);
    const text = await run(['describe', '--dataset', 'africa-cm']);
    expect(text.out).toMatch(/study reports about 44%/);
    // every definition, over all rows and inside the country-month model's estimation sample
    const p = d.partnerShares;
    expect(p.paperShare).toBe(0.44);
    expect(p.all.map((s: { definition: string }) => s.definition)).toEqual(['present', 'strict', 'filled']);
    expect(p.all[0].share).toBeCloseTo(o.shareUnWithPartner, 12);
    const [present, strict] = p.all;
    expect(strict.withPartner + strict.partnerFigureUnknown).toBe(present.withPartner);
    expect(p.samples).toEqual([expect.objectContaining({ specification: 'country-month' })]);
    expect(p.samples[0].rows).toBeLessThan(d.rows);
    expect(p.samples[0].shares[0].months).toBe(p.samples[0].rows);
    expect(text.out).toMatch(/estimation sample of country-months/);
  });

  it('describes the conflict-month dataset without a deployment table', async () => {
    const d = JSON.parse(
      (await run(['describe', '--dataset', 'africa-conflict-month-1989-2011', '--json'])).out,
    );
    expect(d).toMatchObject({ from: '1989-01', to: '2011-12', deployments: null });
    expect(d.units).toBeGreaterThan(50);
  });

  it('describes and exports africa-conflict-month (unit: conflict)', async () => {
    const d = JSON.parse((await run(['describe', '--dataset', 'africa-conflict-month', '--json'])).out);
    expect(d).toMatchObject({ from: '1993-01', to: '2019-12' });
    expect(d.units).toBeGreaterThan(50);
    const o = d.deployments.overall;
    expect(o.none + o.unOnly + o.nonunOnly + o.both + o.unknown).toBe(d.rows);
    const csv = await run(['export', '--dataset', 'africa-conflict-month', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')[0]).toMatch(/^conflict_id,episode_id,country,/);
  });

  it('describes a panel CSV given with --data and reports its exclusions', async () => {
    const f = join(tmp, 'p.csv');
    writeFileSync(f, 'country,ym,un_troops,nonun_missions_n\nA,2000-01,10,1\nA,2000-02,0,1\n,2000-03,5,0\n');
    const d = JSON.parse((await run(['describe', '--data', f, '--json'])).out);
    expect(d.deployments.overall).toMatchObject({ both: 1, nonunOnly: 1 });
    expect(d.exclusions[0]).toMatchObject({ reason: 'missing unit (country)', count: 1 });
  });

  it('gives one-line located errors with exit code 2', async () => {
    const unknown = await run(['export', '--dataset', 'nope', '--format', 'csv']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(
      /unknown dataset "nope" \(known: africa-cm, africa-conflict-month, africa-conflict-month-1989-2011\)/,
    );
    expect((await run(['export', '--dataset', 'africa-cm', '--format', 'xml'])).err).toMatch(
      /--format: "xml" is not csv or json/,
    );
    expect((await run(['describe'])).code).toBe(2);
    const f = join(tmp, 'bad.csv');
    writeFileSync(f, 'country,ym,un_troops\nA,2000-01,ten\n');
    const bad = await run(['describe', '--data', f]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.csv:2, column "un_troops": value "ten" is not a number/);
  });
});

describe('peacepanel build-panel', () => {
  it('rebuilds africa-conflict-month byte for byte from the raw files (--unit conflict)', async () => {
    const out = join(tmp, 'conflict-month.csv');
    const r = await run([
      'build-panel',
      '--unit',
      'conflict',
      '--deaths',
      `${RAW}views_ged_cm/ged_cm_postpatch_africa_1989_2021.csv`,
      '--acd',
      `${RAW}ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv`,
      '--brd',
      `${RAW}ucdp_brd/BattleDeaths_v24_1_conf.csv`,
      '--un',
      `${RAW}kathman_unpko/mission-month_12-2019_kathman.csv`,
      '--nonun',
      `${RAW}nonun_missions`,
      '--support',
      `${RAW}un_support_missions/support_missions.csv`,
      '--out',
      out,
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/personnel count -999 \(missing\)/);
    const committed = readFileSync(
      new URL('../../data/datasets/africa-conflict-month.csv', import.meta.url),
      'utf8',
    );
    expect(
      readFileSync(out, 'utf8') === committed,
      'build-panel --unit conflict differs from the committed CSV',
    ).toBe(true);
  }, 120_000); // a full build from the raw files: allow for a loaded shared machine

  it('--unit conflict refuses --ged and an unknown unit', async () => {
    const bad = await run(['build-panel', '--unit', 'dyad', '--out', join(tmp, 'x.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--unit: "dyad" is not country or conflict/);
    const ged = await run([
      'build-panel',
      '--unit',
      'conflict',
      '--ged',
      'x.csv',
      '--out',
      join(tmp, 'x.csv'),
    ]);
    expect(ged.err).toMatch(/--ged/);
  });

  it('builds the panel from the real GED CAR events, ACD, Kathman and non-UN files', async () => {
    const out = join(tmp, 'panel.json');
    const r = await run([
      'build-panel',
      '--ged',
      `${RAW}ged231_car_events/ged231_car_events.csv`,
      '--attribution',
      'end',
      '--acd',
      `${RAW}ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv`,
      '--un',
      `${RAW}kathman_unpko/mission-month_12-2019_kathman.csv`,
      '--nonun',
      `${RAW}nonun_missions`,
      '--from',
      '2012-01',
      '--to',
      '2014-12',
      '--out',
      out,
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/401 state-based used \(end attribution\)/);
    const t = tableFromDataset(JSON.parse(readFileSync(out, 'utf8')));
    const iso = t.columns.iso3!.values as (string | null)[];
    const ym = t.columns.ym!.values as (string | null)[];
    const deaths = t.columns.battle_deaths!.values as Float64Array;
    // CAR deaths by end month must equal the R aggregation summed over conflicts
    const ref = parsePanelCsv(
      readFileSync(`${RAW}ged231_car_events/ged231_car_sb_conflict_month.csv`, 'utf8'),
      {
        mapping: { unit: 'conflict_new_id' },
      },
    ).table;
    const want = new Map<string, number>();
    const ry = ref.columns.year!.values as Float64Array;
    const rm = ref.columns.month!.values as Float64Array;
    const rb = ref.columns.best_end!.values as Float64Array;
    for (let i = 0; i < ref.n; i++) {
      const k = `${ry[i]}-${String(rm[i]).padStart(2, '0')}`;
      want.set(k, (want.get(k) ?? 0) + rb[i]!);
    }
    let checked = 0;
    for (let i = 0; i < t.n; i++) {
      if (iso[i] !== 'CAF') continue;
      expect(deaths[i], ym[i] ?? '').toBe(want.get(ym[i]!) ?? 0);
      checked += 1;
    }
    expect(checked).toBe(36);
    // countries without events in the file have missing deaths, not 0
    const mli = iso.indexOf('MLI');
    expect(mli).toBeGreaterThanOrEqual(0);
    expect(Number.isNaN(deaths[mli]!)).toBe(true);
  });

  it('names a missing input file', async () => {
    const r = await run([
      'build-panel',
      '--deaths',
      '/nonexistent.csv',
      '--acd',
      'a',
      '--un',
      'b',
      '--nonun',
      'c',
      '--out',
      'x.csv',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/file not found/);
  });

  it('runs through the built bin script', () => {
    const bin = new URL('../bin/peacepanel.js', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'datasets'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/africa-cm/);
  });
});
