import { MAIN_SPECIFICATION } from '@peacepanel/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeacepanelClient } from '../src/index.js';
import { AFRICA_CM_URL, nodeClient } from './helpers/node-worker.js';

let client: PeacepanelClient;

beforeAll(async () => {
  client = nodeClient({ workers: 1 });
  const loaded = await client.loadDataset({ url: AFRICA_CM_URL });
  if (!loaded.ok) throw new Error(loaded.message);
}, 60_000);

afterAll(() => client?.dispose());

describe('core computations through a worker_threads worker (bundled africa-cm panel)', () => {
  it('loads the dataset once; africa-cm carries the partnership variables (lags on the complete series)', async () => {
    const again = await client.loadDataset({ url: AFRICA_CM_URL });
    if (!again.ok) throw new Error(again.message);
    expect(again.value.id).toBe('africa-cm');
    // since africa-cm v1.1.0 the lags come with the dataset (computed before its row filter), so the
    // worker does not derive them again
    expect(again.value.derived).toBe(false);
    const names = again.value.columns.map((c) => c.name);
    for (const c of ['un_troops_k_lag1', 'nonun_troops_k_lag1', 'battle_deaths_lag1', 'conflict_duration'])
      expect(names).toContain(c);
  });

  it('fits the default partnership model and serves a repeat (any key order) from the cache', async () => {
    const first = await client.fit();
    if (!first.ok) throw new Error(first.message);
    expect(first.value.result.converged).toBe(true);
    expect(first.value.result.coefficients.map((c) => c.term)).toContain(
      'un_troops_k_lag1:nonun_troops_k_lag1',
    );
    const again = await client.fit({
      spec: {
        time: 'ym',
        unit: 'country',
        clusterConvention: 'stata',
        cluster: 'country',
        vcov: 'cluster',
        family: 'negbin',
        formula:
          'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration',
      },
    });
    if (!again.ok) throw new Error(again.message);
    expect(again.value.cached).toBe(true);
    expect(again.value.result).toEqual(first.value.result);
  });

  it('predicts, draws the partnership effect and the four-deployment scenario', async () => {
    const effect = await client.partnershipEffect({ unGrid: [0, 5, 10], nonunLevels: [0, 5] });
    if (!effect.ok) throw new Error(effect.message);
    expect(effect.value.curves.map((c) => c.nonun)).toEqual([0, 5]);
    const s = await client.scenario({ un: 5, nonun: 5 });
    if (!s.ok) throw new Error(s.message);
    const curve = (nonun: number) => effect.value.curves.find((c) => c.nonun === nonun)?.points;
    // The scenario cells are the effect curve's points at (0|5, 0|5).
    expect(s.value.deaths.none.fit).toBeCloseTo(curve(0)?.[0]?.fit ?? Number.NaN, 10);
    expect(s.value.deaths.unOnly.fit).toBeCloseTo(curve(0)?.[1]?.fit ?? Number.NaN, 10);
    expect(s.value.deaths.nonunOnly.fit).toBeCloseTo(curve(5)?.[0]?.fit ?? Number.NaN, 10);
    expect(s.value.deaths.both.fit).toBeCloseTo(curve(5)?.[1]?.fit ?? Number.NaN, 10);
    expect(s.value.reductions.unOnly).toBeCloseTo(
      1 - s.value.deaths.unOnly.fit / s.value.deaths.none.fit,
      12,
    );
    expect(s.value.unNeeded.target).toBe(s.value.reductions.unOnly);
    const p = await client.predict({
      newdata: [
        { un_troops_k_lag1: 5, nonun_troops_k_lag1: 5, battle_deaths_lag1: 10, conflict_duration: 24 },
      ],
    });
    if (!p.ok) throw new Error(p.message);
    expect(p.value[0]?.fit).toBeGreaterThan(0);
    expect(p.value[0]?.lower).toBeLessThanOrEqual(p.value[0]?.fit ?? 0);
  });

  it('describes deployments (share of UN months with a non-UN partner)', async () => {
    const d = await client.describe();
    if (!d.ok) throw new Error(d.message);
    expect(d.value.overall).toHaveProperty('shareUnWithPartner');
    expect(d.value.byYear.length).toBeGreaterThan(10);
  });

  it('rejects a bad spec with a value naming the field', async () => {
    const r = await client.fit({ spec: { formula: 'battle_deaths ~ x', family: 'logit' as 'negbin' } });
    expect(r).toMatchObject({ ok: false, code: 'BAD_SPEC' });
    if (!r.ok) expect(r.message).toContain('family');
  });
});

describe('the declared main specification is the default on the conflict-month dataset', () => {
  it('fits MAIN_SPEC (police, observers, 1993–2018, clustered by conflict) when no spec is given', async () => {
    const url = new URL('../../data/datasets/africa-conflict-month.json', import.meta.url).href;
    const loaded = await client.loadDataset({ url });
    if (!loaded.ok) throw new Error(loaded.message);
    const fit = await client.fit({ dataset: 'africa-conflict-month' });
    if (!fit.ok) throw new Error(fit.message);
    const r = fit.value.result;
    expect(r.formula).toBe(MAIN_SPECIFICATION.spec.formula);
    expect(r.coefficients.map((c) => c.term)).toContain('un_observers_k_lag1');
    expect(r.vcovType).toMatch(/conflict_id/);
    expect(r.exclusions.map((e) => e.reason)).toContain('outside the subset year >= 1993 & year <= 2018');
  }, 60_000);
});
