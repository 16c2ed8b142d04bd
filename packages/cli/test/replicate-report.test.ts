import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allRenderings,
  defaultToolkit,
  judgeClaims,
  numberTokens,
  type ReplicationNumbers,
  type ReplicationResult,
  renderReport,
  replicate,
  summarizeVerdicts,
} from '../src/index.js';
import { main } from '../src/main.js';
import type { DatasetJsonLike } from '../src/replicate/toolkit.js';

const DATA = new URL('../../data/datasets/', import.meta.url);

function loadDataset(id: string): DatasetJsonLike {
  const file = new URL(`${id}.json`, DATA);
  if (!existsSync(file))
    throw new Error(`bundled dataset ${id} missing at ${file.pathname}: build @peacepanel/data`);
  return JSON.parse(readFileSync(file, 'utf8')) as DatasetJsonLike;
}

/** Every number token of the text must be a rendering of a numbers.json value. */
function numbersNotFromJson(text: string, numbers: ReplicationNumbers): string[] {
  const allowed = allRenderings(numbers);
  return numberTokens(text).filter((t) => !allowed.has(t));
}

const tiny: DatasetJsonLike = {
  id: 'tiny',
  version: 'test',
  title: 'two rows',
  source: 'made up for a structure test',
  caveat: 'not data',
  columns: [
    { name: 'country', kind: 'string', values: ['A', 'A'] },
    { name: 'ym', kind: 'string', values: ['2000-01', '2000-02'] },
  ],
};

describe('replicate: report structure without building blocks', () => {
  it('reports every analysis as "not run" with the missing block, and every claim as not testable', () => {
    const r = replicate({ dataset: tiny, seed: 1, reps: 0, toolkit: {} });
    expect(r.numbers.descriptive.status).toBe('not run');
    expect(r.numbers.claims.length).toBeGreaterThan(0);
    for (const c of r.numbers.claims) expect(c.verdict).toBe('not testable');
    expect(r.report).toContain('**Not run:**');
    expect(r.report).toContain('`tableFromDataset`');
    expect(numbersNotFromJson(r.report, r.numbers)).toEqual([]);
    expect(r.figures).toEqual([]);
  });

  it('turns a failing estimator into "not run" with its message, keeping the rest', () => {
    const toolkit = {
      ...defaultToolkit(),
      fitModelDetailed: (): never => {
        throw new Error('boom: cannot fit');
      },
    };
    const r = replicate({
      dataset: loadDataset('africa-conflict-month'),
      conflictDataset: null,
      seed: 1,
      reps: 0,
      toolkit,
    });
    expect(r.numbers.models.main).toEqual({ status: 'not run', reason: 'boom: cannot fit' });
    expect(r.numbers.descriptive.status).toBe('ok');
    expect(r.report).toContain('boom: cannot fit');
    expect(numbersNotFromJson(r.report, r.numbers)).toEqual([]);
  });

  it('renders the report from numbers.json alone: a changed number changes the report', () => {
    const r = replicate({ dataset: tiny, seed: 1, reps: 0, toolkit: {} });
    const changed = structuredClone(r.numbers);
    changed.meta.seed = 987654;
    const text = renderReport(changed);
    expect(text).toContain('seed 987654');
    expect(r.report).not.toContain('987654');
  });
});

describe('replicate: the report on the bundled data', () => {
  // Few bootstrap replications keep the test fast; the committed report uses the CLI default.
  const SEED = 7;
  const REPS = 4;
  let r: ReplicationResult;
  beforeAll(() => {
    r = replicate({
      dataset: loadDataset('africa-conflict-month'),
      countryMonthDataset: loadDataset('africa-cm'),
      conflictDataset: loadDataset('africa-conflict-month-1989-2011'),
      seed: SEED,
      reps: REPS,
      toolkit: defaultToolkit(),
    });
  }, 120_000);

  it('has every section, in order, and links figures that exist', () => {
    const headings = r.report.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Verdicts: the paper beside our estimates',
      "## How our data differ from the paper's, and what that may do",
      '## Descriptive: how often the UN had a partner',
      '## Main models: negative binomial, conflict-months, standard errors clustered by conflict',
      '## The partnership effect',
      '## Robustness',
      "## HKS check on HKS's own design (the older conflict-month file)",
      '## Reproduce',
    ]);
    // a plain-language reading in each analysis section
    for (const section of r.report.split('\n## ').slice(3, 8)) expect(section).toContain('**Reading.**');
    const linked = [...r.report.matchAll(/!\[[^\]]*\]\(([^)]+\.svg)\)/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThanOrEqual(3);
    const files = r.figures.map((f) => f.file);
    for (const l of linked) expect(files).toContain(l);
    for (const f of r.figures) {
      expect(f.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(f.svg).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('runs every analysis on the real data (models converge, sections are not "not run")', () => {
    const n = r.numbers;
    expect(n.descriptive.status).toBe('ok');
    for (const m of [n.models.main, n.models.unOnly, n.models.nonunOnly]) {
      expect(m.status).toBe('ok');
      if (m.status === 'ok') {
        expect(m.converged).toBe(true);
        expect(m.clusters).toBeGreaterThan(10);
        expect(m.n).toBeGreaterThan(1000);
      }
    }
    expect(n.partnership.status).toBe('ok');
    expect(n.robustness.status).toBe('ok');
    expect(n.hks.status).toBe('ok');
    if (n.descriptive.status === 'ok') {
      const d = n.descriptive;
      expect(d.unWithPartner).toBeLessThanOrEqual(d.unMonths);
      expect(d.byYear.reduce((a, y) => a + y.unMonths, 0)).toBe(d.unMonths);
      expect(d.unOnly + d.nonunOnly + d.both + d.neither).toBeLessThanOrEqual(d.months);
      // the partner share under every definition, on both datasets and inside both models' samples
      expect(d.partnerShares.datasets.map((s) => s.dataset)).toEqual(['africa-conflict-month', 'africa-cm']);
      expect(d.partnerShares.samples.map((s) => s.label)).toEqual([
        'estimation sample of the main model',
        'estimation sample of the country-month model',
      ]);
      for (const set of [...d.partnerShares.datasets, ...d.partnerShares.samples])
        expect(set.shares.map((x) => x.definition)).toEqual(['present', 'strict', 'filled']);
      expect(d.partnerShares.samples[0]?.rows).toBe(n.models.sample.rows);
      expect(d.partnerShares.datasets[0]?.shares[0]?.share).toBe(d.share);
      // modes by year add up to the months of each year; organisation types are all there
      expect(d.modesByYear?.reduce((a, y) => a + Object.values(y.counts).reduce((b, c) => b + c, 0), 0)).toBe(
        d.months,
      );
      expect(d.orgTypes?.map((o) => o.type)).toEqual([
        'regional organisation',
        'European Union',
        'single state',
        'coalition',
      ]);
    }
    const s = n.models.sample;
    expect(s.outsideSubset + s.unknownTroops + s.rows).toBe(s.panelRows);
    expect(s.outsideSubset).toBeGreaterThan(0);
    if (n.hks.status === 'ok') {
      expect(n.hks.model.formula).toContain('battle_deaths_lag1 + ceasefire');
      expect(n.hks.model.exclusions.map((e) => e.reason)).toContain('outside the subset active_year == 1');
    }
    if (n.partnership.status === 'ok')
      for (const c of n.partnership.curves)
        for (const p of c.points) {
          expect(p.fit).toBeGreaterThan(0);
          expect(p.lower).toBeLessThanOrEqual(p.fit);
          expect(p.upper).toBeGreaterThanOrEqual(p.fit);
        }
  });

  it('prints no number that is not in numbers.json (report and README headline)', () => {
    expect(numbersNotFromJson(r.report, r.numbers)).toEqual([]);
    expect(numbersNotFromJson(r.headline, r.numbers)).toEqual([]);
    // and the check has teeth: a typed-in number is caught
    expect(numbersNotFromJson(`${r.report}\nabout 123.456 deaths`, r.numbers)).toEqual(['123.456']);
  });

  it('gives each claim a verdict that follows from numbers.json alone', () => {
    const { claims, summary, ...rest } = r.numbers;
    expect(judgeClaims(rest)).toEqual(claims);
    expect(summarizeVerdicts(claims)).toEqual(summary);
    expect(summary.reproduced + summary.notReproduced + summary.notTestable).toBe(claims.length);
    const ids = claims.map((c) => c.id);
    for (const id of ['partner-share', 'un-reduces', 'nonun-alone', 'partnership', 'hks'])
      expect(ids).toContain(id);
    expect(ids.filter((id) => id.startsWith('robust-'))).toEqual([
      'robust-poisson',
      'robust-fixed-effects',
      'robust-drop-sdn',
      'robust-drop-som',
      'robust-drop-cod',
      'robust-nonun-filled',
      'robust-nonun-present',
      'robust-country-month',
      'robust-conflict-month',
    ]);
    for (const c of claims) {
      expect(['reproduced', 'not reproduced', 'not testable']).toContain(c.verdict);
      expect(r.report).toContain(c.claim);
    }
  });

  it('matches the committed docs/replication/numbers.json (else regenerate it: see report.md, "Reproduce")', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../docs/replication/numbers.json', import.meta.url), 'utf8'),
    ) as ReplicationNumbers;
    // Everything but the bootstrap is independent of seed and reps; compare to 1e-6 relative.
    const strip = (n: ReplicationNumbers) => {
      const p = n.partnership.status === 'ok' ? { ...n.partnership, bootstrap: null } : n.partnership;
      return {
        descriptive: n.descriptive,
        models: n.models,
        partnership: p,
        robustness: n.robustness,
        hks: n.hks,
      };
    };
    const diffs: string[] = [];
    const walk = (a: unknown, b: unknown, path: string): void => {
      if (typeof a === 'number' && typeof b === 'number') {
        if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)))
          diffs.push(`${path}: ${a} vs ${b}`);
      } else if (a && b && typeof a === 'object' && typeof b === 'object') {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        for (const k of keys)
          walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
      } else if (a !== b) diffs.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    };
    walk(strip(r.numbers), strip(committed), '');
    expect(diffs.slice(0, 10)).toEqual([]);
  });

  it('states the data differences without softening', () => {
    for (const phrase of [
      'Conflict-months in active wars, as the paper, but with apportioned deaths',
      'Troops by country, not by conflict zone',
      'Press-derived non-UN troop figures',
      'GED version',
      'what that may do',
    ])
      expect(r.report).toContain(phrase);
    expect(r.report).toContain(r.numbers.meta.dataset.caveat);
  });

  it('is deterministic: the CLI with the same seed writes the same numbers.json and report.md', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pp-replicate-'));
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    const code = await main(['replicate', '--out', out, '--seed', String(SEED), '--reps', String(REPS)], io);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'numbers.json'), 'utf8'))).toEqual(r.numbers);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe(r.report);
    for (const f of r.figures) expect(readFileSync(join(out, f.file), 'utf8')).toBe(f.svg);
    expect(lines.join('\n')).toContain('wrote');
  }, 120_000);
});

describe('peacepanel replicate: command-line mistakes', () => {
  const run = async (args: string[]) => {
    const err: string[] = [];
    const code = await main(['replicate', ...args], { out: () => {}, err: (t) => err.push(t) });
    return { code, err };
  };

  it('rejects a bad number, an unknown option and an unknown dataset in one line each', async () => {
    for (const [args, pattern] of [
      [['--reps', '-3'], /--reps/],
      [['--seed', 'abc'], /--seed/],
      [['--frobnicate'], /--frobnicate/],
      [['--dataset', 'no-such-dataset'], /no-such-dataset/],
      [['--dataset', './missing.json'], /file not found/],
    ] as const) {
      const r = await run([...args]);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(pattern);
    }
  });
});
