import { type DatasetJson, typicalTroops } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { filterCountries } from '../../src/partnership-effect/dataset-json.js';
import { type FitClient, LiveFitter, toTrendData } from '../../src/partnership-effect/live-fitter.js';

// A tiny hand-written dataset (3 rows) to test the plumbing; not real data.
const json = {
  id: 'mini',
  version: '0',
  title: 'mini',
  source: 'test',
  caveat: '',
  columns: [
    { name: 'country', kind: 'string' as const, values: ['Mali', 'Mali', 'Chad'] },
    { name: 'iso3', kind: 'string' as const, values: ['MLI', 'MLI', 'TCD'] },
    { name: 'un_troops', kind: 'number' as const, values: [0, 12000, 3000] },
    { name: 'nonun_troops', kind: 'number' as const, values: [500, 4000, 0] },
  ],
};

describe('dataset helpers', () => {
  it('filters by name or ISO3 code and reports unknown countries', () => {
    const r = filterCountries(json, ['mli', 'Atlantis']);
    expect(r.unknown).toEqual(['Atlantis']);
    expect(r.json.columns[0]?.values).toEqual(['Mali', 'Mali']);
  });

  it('takes typical sizes from months with deployments', () => {
    // UN median of 12000 and 3000 = 7500; non-UN partner only where UN > 0: 4000.
    expect(typicalTroops(json)).toEqual({ un: 7500, nonun: 4000 });
  });

  it('reads describeDeployments counts into shares', () => {
    const counts = { unOnly: 0, nonunOnly: 0, both: 0 };
    // Only the counts the trend reads (core's summary has more fields).
    const t = toTrendData({
      overall: { ...counts, unMonths: 10, unWithPartner: 4 },
      paperShare: 0.44,
      byYear: [
        { ...counts, year: 2001, unMonths: 0, unWithPartner: 0, nonunOnly: 2 },
        { ...counts, year: 2000, unMonths: 4, unWithPartner: 1, unOnly: 3, both: 1 },
      ],
    } as unknown as Parameters<typeof toTrendData>[0]);
    expect(t.referenceShare).toBe(0.44);
    expect(t.overallShare).toBe(0.4);
    expect(t.years.map((y) => [y.year, y.share])).toEqual([
      [2000, 0.25],
      [2001, null],
    ]);
  });
});

/** The client's methods with their real parameters and only the parts of the answers the fitter reads. */
type FakeClient = {
  [K in keyof FitClient]: FitClient[K] extends (...a: infer A) => infer R
    ? (...a: A) => R extends Promise<unknown> ? Promise<unknown> : R
    : FitClient[K];
};

describe('LiveFitter', () => {
  function fakeClient() {
    const calls: string[] = [];
    const client: FakeClient = {
      mode: 'in-thread',
      loadDataset: async (request) => {
        const req = request as { dataset: DatasetJson; id: string };
        calls.push(`load:${req.dataset.columns[0]?.values.length}`);
        return { ok: true, value: { id: req.id, n: req.dataset.columns[0]?.values.length ?? 0 } };
      },
      validatePanelCsv: async () => ({ ok: false, code: 'PARSE_ERROR', message: 'unused' }),
      fit: async () => {
        calls.push('fit');
        return { ok: true, value: { result: { n: 3, warnings: [] } } };
      },
      partnershipEffect: async (req) => {
        calls.push(`effect:${req.unGrid.length}x${req.nonunLevels.join('/')}`);
        return {
          ok: true,
          value: {
            curves: req.nonunLevels.map((nonun) => ({
              nonun,
              points: req.unGrid.map((un) => ({ un, fit: 1, lower: 0.5, upper: 2 })),
            })),
          },
        };
      },
      scenario: async () => ({ ok: false, code: 'NUMERICAL', message: 'no' }),
      dispose: () => calls.push('dispose'),
      describe: async () => ({
        ok: true,
        value: { overall: { unMonths: 0, unWithPartner: 0, unOnly: 0, nonunOnly: 0, both: 0 }, byYear: [] },
      }),
    };
    return { client: client as FitClient, calls };
  }

  it('loads a dataset once and fits once for many concurrent charts, converting troops to thousands', async () => {
    const { client, calls } = fakeClient();
    const engine = new LiveFitter(client);
    const original = globalThis.fetch;
    let fetches = 0;
    globalThis.fetch = (async () => {
      fetches += 1;
      return new Response(JSON.stringify(json));
    }) as typeof fetch;
    try {
      const req = {
        bundledUrl: 'https://cdn.example/datasets/mini.json',
        dataSrc: null,
        countries: ['Mali'],
      };
      const [a, b] = await Promise.all([engine.prepare(req), engine.prepare(req)]);
      expect(a).toBe(b);
      if (!a.ok) throw new Error(a.message);
      expect(a.value.rows).toBe(2);
      const [e1, e2] = await Promise.all([
        engine.effect(a.value.id, { unMax: 20000, nonunLevels: [0, 4000], ciLevel: 0.95 }),
        engine.effect(a.value.id, { unMax: 20000, nonunLevels: [0, 4000], ciLevel: 0.95 }),
      ]);
      expect(fetches).toBe(1);
      expect(calls.filter((c) => c === 'fit')).toHaveLength(1);
      expect(calls).toContain('effect:41x0/4');
      if (!e1.ok || !e2.ok) throw new Error('effect failed');
      expect(e1.value.curves[1]?.nonun).toBe(4000);
      expect(e1.value.curves[0]?.points.at(-1)?.un).toBe(20000);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('returns failures as values and forgets them, so a retry starts afresh', async () => {
    const { client } = fakeClient();
    const engine = new LiveFitter(client);
    const original = globalThis.fetch;
    globalThis.fetch = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    try {
      const req = { bundledUrl: 'https://cdn.example/datasets/missing.json', dataSrc: null, countries: null };
      const r = await engine.prepare(req);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('HTTP 404');
      globalThis.fetch = (async () => new Response(JSON.stringify(json))) as typeof fetch;
      expect((await engine.prepare(req)).ok).toBe(true);
    } finally {
      globalThis.fetch = original;
    }
  });
});
