// Issue 15, items 9, 11 and 12 through the real estimator engine (in this thread) and the real
// bundled panel (packages/data/datasets/africa-cm.json).
import { readFileSync } from 'node:fs';
import { createEngine } from '@peacepanel/worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockedMessage } from '../../src/partnership-effect/fetch-data.js';
import { intervalsFor } from '../../src/partnership-effect/intervals.js';
import { type FitClient, LiveFitter } from '../../src/partnership-effect/live-fitter.js';

const datasets = new URL('../../../data/datasets/', import.meta.url);

/** Serves files from packages/data/datasets for any http URL; other bodies by path from `extra`. */
function stubFetch(extra: Record<string, Uint8Array | string> = {}) {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = new URL(url).pathname.split('/').pop() ?? '';
    const body = extra[name] ?? readFileSync(new URL(name, datasets));
    return new Response(body as BodyInit);
  });
}

function engine(): LiveFitter {
  const api = createEngine();
  const client = {
    mode: 'in-thread' as const,
    loadDataset: (req: never) => api.loadDataset(req),
    validatePanelCsv: (req: never) => api.validatePanelCsv(req),
    fit: (req: never) => api.fit(req),
    partnershipEffect: (req: never) => api.partnershipEffect(req),
    scenario: (req: never) => api.scenario(req),
    describe: (req: never) => api.describe(req),
    dispose() {},
  } as unknown as FitClient;
  return new LiveFitter(client);
}

afterEach(() => vi.unstubAllGlobals());

describe('one country (countries="Sudan")', () => {
  it('falls back to model-based intervals instead of failing on a single cluster', async () => {
    stubFetch();
    const e = engine();
    const p = await e.prepare({
      bundledUrl: 'https://x.test/africa-cm.json',
      dataSrc: null,
      countries: ['Sudan'],
    });
    if (!p.ok) throw new Error(p.message);
    expect(p.value.clusters).toBe(1);
    expect(intervalsFor(p.value.clusters)).toBe('model');
    // the study's clustered intervals cannot exist on one cluster: this is what used to fail
    const clustered = await e.effect(p.value.id, { unMax: 20000, nonunLevels: [0, 5000], ciLevel: 0.95 });
    expect(clustered.ok).toBe(false);
    const r = await e.effect(p.value.id, {
      unMax: 20000,
      nonunLevels: [0, 5000],
      ciLevel: 0.95,
      intervals: 'model',
    });
    if (!r.ok) throw new Error(r.message);
    for (const c of r.value.curves)
      for (const pt of c.points) {
        expect(Number.isFinite(pt.lower) && Number.isFinite(pt.upper)).toBe(true);
        expect(pt.lower).toBeLessThanOrEqual(pt.fit);
        expect(pt.upper).toBeGreaterThanOrEqual(pt.fit);
      }
  }, 60_000);

  it('two countries keep the clustered intervals', () => {
    expect(intervalsFor(2)).toBe('cluster');
  });
});

describe('data-src through core’s one reader', () => {
  it('reads a semicolon-separated panel as the CLI does', async () => {
    const csv = readFileSync(new URL('africa-cm.csv', datasets), 'utf8')
      .trimEnd()
      .split('\n')
      .filter((l, i) => i === 0 || (/^(Mali|Chad),/.test(l) && !/[";]/.test(l)))
      .map((l) => l.replaceAll(',', ';'))
      .join('\n');
    stubFetch({ 'semi.csv': csv });
    const p = await engine().prepare({
      bundledUrl: 'https://x.test/africa-cm.json',
      dataSrc: 'https://x.test/semi.csv',
      countries: null,
    });
    if (!p.ok) throw new Error(p.message);
    expect(p.value.clusters).toBe(2);
  });

  it('names the columns the chart needs when a data-src lacks them', async () => {
    stubFetch({ 'other.csv': 'region,year,fatalities\nSahel,2001,3\n' });
    const p = await engine().prepare({
      bundledUrl: 'https://x.test/africa-cm.json',
      dataSrc: 'https://x.test/other.csv',
      countries: null,
    });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toMatch(/the chart need the columns "country", "ym", "battle_deaths"/);
  });
});

describe('a data-src on another origin without CORS (item 12)', () => {
  it('says what is wrong and which header the host must send', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('location', { origin: 'https://news.example' });
    const p = await engine().prepare({
      bundledUrl: 'https://x.test/africa-cm.json',
      dataSrc: 'https://data.example/panel.csv',
      countries: null,
    });
    expect(p).toMatchObject({ ok: false, code: 'FETCH_BLOCKED' });
    if (!p.ok)
      expect(p.message).toMatch(
        /did not allow this page \(https:\/\/news\.example\) to read it.*"Access-Control-Allow-Origin: https:\/\/news\.example"/,
      );
    expect(blockedMessage('/p.csv', 'https://news.example').code).toBe('FILE_NOT_FOUND');
  });
});
