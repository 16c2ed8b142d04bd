import { readFileSync } from 'node:fs';
import {
  addPartnershipVariables,
  describeDeployments,
  parseCsv,
  parsePanelCsv,
  type Table,
  tableFromDataset,
} from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { compareWithBrd } from '../scripts/brd-check.js';
import {
  africaCmExtras,
  buildAfricaCm,
  buildAfricaConflictMonth,
  conflictMonthExtras,
  filterRows,
  renderOutputs,
} from '../scripts/build-datasets.js';
import {
  buildAfricaConflictMonthEvidence,
  conflictMonthEvidenceExtras,
} from '../scripts/conflict-month-evidence.js';
import { RAW, readEvidence, readRaw } from '../scripts/sources.js';
import { DATASET_IDS, DATASETS, DEFAULT_DATASET_ID, datasetUrl, loadDataset } from '../src/index.js';

const json = (id: string) =>
  JSON.parse(readFileSync(new URL(`../datasets/${id}.json`, import.meta.url), 'utf8'));
const cm = tableFromDataset(json('africa-cm'));

function rowOf(t: Table, country: string, ym: string): Record<string, unknown> {
  const c = t.columns.country as { values: (string | null)[] };
  const y = t.columns.ym as { values: (string | null)[] };
  const i = c.values.findIndex((v, k) => v === country && y.values[k] === ym);
  expect(i, `${country} ${ym}`).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(Object.entries(t.columns).map(([k, col]) => [k, col.values[i]]));
}

describe('the dataset index', () => {
  it('lists the datasets, default first, with the row counts of the committed files', () => {
    expect(DATASET_IDS).toEqual(['africa-cm', 'africa-conflict-month', 'africa-conflict-month-1989-2011']);
    expect(DEFAULT_DATASET_ID).toBe('africa-cm');
    for (const d of DATASETS) {
      const j = json(d.id);
      expect(j.version).toBe(d.version);
      expect(j.n).toBe(d.rows);
      expect(j.columns.map((c: { name: string }) => c.name)).toEqual(d.columns);
      expect(d.caveat.length).toBeGreaterThan(20);
      expect(d.citation).toMatch(/Kathman/);
    }
    expect(DATASETS[0]?.license).toMatch(/CC BY-NC 4\.0/);
  });

  it('loads a dataset from disk', async () => {
    expect(datasetUrl('africa-cm').pathname).toMatch(/datasets\/africa-cm\.json$/);
    const d = await loadDataset('africa-cm');
    expect(d.id).toBe('africa-cm');
  });
});

describe('the build', () => {
  it('is deterministic and the committed files (JSON, CSV, datasheet) are up to date', () => {
    const committed = (f: string) => readFileSync(new URL(`../datasets/${f}`, import.meta.url), 'utf8');
    const sources = readEvidence();
    const a = buildAfricaCm(sources);
    const b = buildAfricaConflictMonth();
    const c = buildAfricaConflictMonthEvidence(sources);
    for (const [r, extra] of [
      [a, africaCmExtras(a)],
      [b, conflictMonthExtras(b)],
      [c, conflictMonthEvidenceExtras(c)],
    ] as const) {
      const out = renderOutputs(r, extra);
      expect(out.json === committed(`${r.id}.json`), `${r.id}.json is stale: run pnpm build:datasets`).toBe(
        true,
      );
      expect(out.csv === committed(`${r.id}.csv`), `${r.id}.csv is stale`).toBe(true);
      expect(out.datasheet).toBe(committed(`${r.id}.DATASHEET.md`));
    }
  }, 120_000); // three full builds from the raw files: allow for a loaded shared machine

  it('CSV and JSON hold the same table (import/export round trip)', () => {
    const csv = readFileSync(new URL('../datasets/africa-cm.csv', import.meta.url), 'utf8');
    const { table, exclusions } = parsePanelCsv(csv, { file: 'africa-cm.csv' });
    expect(exclusions).toEqual([]);
    for (const [name, col] of Object.entries(cm.columns)) {
      const other = table.columns[name];
      // null string columns (no missions) read back as null; numeric columns must match exactly
      expect(other?.values, name).toEqual(col.values);
    }
  });
});

describe('africa-cm: cross-checks against the sources', () => {
  it('has the contract columns', () => {
    for (const c of [
      'country',
      'iso3',
      'gwno',
      'year',
      'month',
      'ym',
      'battle_deaths',
      'battle_deaths_low',
      'battle_deaths_high',
      'un_troops',
      'un_police',
      'un_observers',
      'un_missions',
      'nonun_troops',
      'nonun_missions_n',
      'nonun_missions',
      'nonun_quality',
      'conflict_active',
      'interstate_in_count',
    ])
      expect(cm.columns[c], c).toBeDefined();
    const ym = cm.columns.ym as { values: string[] };
    expect(ym.values.every((v) => v >= '1993-01' && v <= '2019-12')).toBe(true);
  });

  it('Sierra Leone 2001-05..07 UN troops equal Kathman’s UNAMSIL figures', () => {
    expect(['2001-05', '2001-06', '2001-07'].map((ym) => rowOf(cm, 'Sierra Leone', ym).un_troops)).toEqual([
      11963, 12474, 14138,
    ]);
  });

  it('a Somalia month with AMISOM and no UN troops is "non-UN only"', () => {
    const r = rowOf(cm, 'Somalia', '2008-06');
    expect(r).toMatchObject({ un_troops: 0, nonun_missions: 'AMISOM', nonun_missions_n: 1 });
    const one = filterRows(cm, 'year', 2008);
    const som = filterRows(one, 'gwno', 520);
    const d = describeDeployments(filterRows(som, 'month', 6));
    expect(d.overall).toMatchObject({ months: 1, nonunOnly: 1, unOnly: 0, both: 0, none: 0 });
  });

  it('monthly deaths match the ViEWS source exactly and stay missing where it has none', () => {
    const views = parsePanelCsv(readRaw(RAW.views), { file: RAW.views, mapping: { unit: 'iso3' } }).table;
    const src = new Map<string, number>();
    const iso = views.columns.country as { values: string[] };
    const yms = views.columns.ym as { values: string[] };
    const best = views.columns.ged_best_sb as { values: Float64Array };
    iso.values.forEach((c, i) => {
      src.set(`${c} ${yms.values[i]}`, best.values[i]!);
    });
    const ci = cm.columns.iso3 as { values: string[] };
    const cy = cm.columns.ym as { values: string[] };
    const cb = cm.columns.battle_deaths as { values: Float64Array };
    for (let i = 0; i < cm.n; i++) {
      const want = src.get(`${ci.values[i]} ${cy.values[i]}`);
      if (want === undefined) expect(Number.isNaN(cb.values[i]!)).toBe(true);
      else expect(cb.values[i]).toBe(want);
    }
  });

  it('annual deaths agree with UCDP BRD for single-location conflicts (r > 0.99)', () => {
    const c = compareWithBrd(cm, readRaw(RAW.brd));
    console.log(
      `BRD check: ${c.pairs.length} country-years, r = ${c.correlation.toFixed(4)}, r(log1p) = ${c.logCorrelation.toFixed(4)}, totals ${c.totalPanel} vs ${c.totalBrd}; largest: ${c.largest
        .slice(0, 4)
        .map((p) => `${p.iso3} ${p.year} ${p.panel} vs ${p.brd}`)
        .join('; ')}`,
    );
    expect(c.pairs.length).toBeGreaterThan(150);
    expect(c.correlation).toBeGreaterThan(0.99);
    expect(c.logCorrelation).toBeGreaterThan(0.9);
    expect(Math.abs(c.totalPanel - c.totalBrd) / c.totalBrd).toBeLessThan(0.05);
  });

  it('non-UN quality flags agree with the troop column', () => {
    const q = (cm.columns.nonun_quality as { values: string[] }).values;
    const t = (cm.columns.nonun_troops as { values: Float64Array }).values;
    const n = (cm.columns.nonun_missions_n as { values: Float64Array }).values;
    for (let i = 0; i < cm.n; i++) {
      if (q[i] === 'none') expect([t[i], n[i]]).toEqual([0, 0]);
      else if (q[i] === 'missing') expect(Number.isNaN(t[i]!)).toBe(true);
      else expect(t[i]).toBeGreaterThan(0);
    }
  });

  it('works with addPartnershipVariables (lags inside the panel)', () => {
    const t = addPartnershipVariables(cm);
    const r = rowOf(t, 'Sierra Leone', '2001-06');
    expect(r.un_troops_k_lag1).toBe(11.963);
    expect(r.battle_deaths_lag1).toBe(rowOf(cm, 'Sierra Leone', '2001-05').battle_deaths);
  });

  it('UN troops agree with the HKS 2013 replication file (lagged, thousands) where both exist', () => {
    const hks = parsePanelCsv(readRaw(RAW.hks), {
      file: RAW.hks,
      delimiter: 'auto',
      mapping: { unit: 'conflict_id', year: 'year', month: 'mon' },
    });
    const t = hks.table;
    const gw = (t.columns.gwnoloc as { values: Float64Array }).values;
    const ym = (t.columns.ym as { values: string[] }).values;
    const lag = (t.columns.troopLag as { values: Float64Array }).values;
    const lagged = addPartnershipVariables(cm);
    const key = new Map<string, number>();
    const cg = (lagged.columns.gwno as { values: Float64Array }).values;
    const cy = (lagged.columns.ym as { values: string[] }).values;
    const cu = (lagged.columns.un_troops_k_lag1 as { values: Float64Array }).values;
    for (let i = 0; i < lagged.n; i++) key.set(`${cg[i]} ${cy[i]}`, cu[i]!);
    let compared = 0;
    let equal = 0;
    for (let i = 0; i < t.n; i++) {
      const ours = key.get(`${Number(gw[i])} ${ym[i]}`);
      if (ours === undefined || Number.isNaN(ours) || Number.isNaN(lag[i]!)) continue;
      compared += 1;
      if (Math.abs(ours - lag[i]!) < 0.0015) equal += 1;
    }
    console.log(`HKS check: ${equal} of ${compared} conflict-months have the same lagged UN troops`);
    expect(compared).toBeGreaterThan(500);
    expect(equal / compared).toBeGreaterThan(0.8);
  });
});

describe('africa-conflict-month-1989-2011', () => {
  const cf = tableFromDataset(json('africa-conflict-month-1989-2011'));
  it('keeps total battle deaths of the distinct dyad-month rows and one row per conflict-month', () => {
    const b = buildAfricaConflictMonth();
    const deaths = (cf.columns.battle_deaths as { values: Float64Array }).values;
    const total = deaths.reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0);
    // independent sum over the raw rows: distinct rows from 1989 on
    const csv = parseCsv(readRaw(RAW.dyadMonth, 'latin1'));
    const yj = csv.header.indexOf('year');
    const dj = csv.header.indexOf('brf_grc');
    const distinct = new Map(csv.rows.map((r) => [r.values.join('\u0001'), r.values]));
    let raw = 0;
    for (const f of distinct.values())
      if (Number(f[yj]) >= 1989 && f[dj] !== '' && f[dj] !== 'NA') raw += Number(f[dj]);
    expect(total).toBe(raw);
    const keys = (cf.columns.conflict_id as { values: string[] }).values.map(
      (c, i) => `${c} ${(cf.columns.ym as { values: string[] }).values[i]}`,
    );
    expect(new Set(keys).size).toBe(cf.n);
    expect(b.exclusions.map((e) => e.reason)).toContain('exact duplicate of another row');
    const reg = (cf.columns.regional_pko as { values: Float64Array }).values;
    expect(reg.some((v) => v === 1)).toBe(true);
  });
});
