/**
 * The research operations (zero-inflated and hurdle fits, diagnostics, the wild cluster score
 * bootstrap) through a real worker_threads worker on the bundled africa-cm panel, compared with core
 * called in-process on the same table: the worker only transports.
 */
import { readFileSync } from 'node:fs';
import {
  defaultSpecificationFor,
  fitModelDetailed,
  fitTwoPartModel,
  residuals,
  rootogram,
  type Table,
  tableFromDataset,
  wildClusterBootstrap,
} from '@peacepanel/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type PeacepanelClient, researchOperations } from '../src/index.js';
import { AFRICA_CM_URL, nodeClient } from './helpers/node-worker.js';

const ZINB = {
  formula: 'battle_deaths ~ un_troops_k_lag1 + log1p(battle_deaths_lag1) | log1p(battle_deaths_lag1)',
  model: 'zinb',
} as const;

let client: PeacepanelClient;
let table: Table;

beforeAll(async () => {
  table = tableFromDataset(JSON.parse(readFileSync(new URL(AFRICA_CM_URL), 'utf8')));
  client = nodeClient({ workers: 1 });
  const loaded = await client.loadDataset({ url: AFRICA_CM_URL });
  if (!loaded.ok) throw new Error(loaded.message);
}, 60_000);

afterAll(() => client?.dispose());

describe('research operations in a worker', () => {
  it('fits a zero-inflated model as core does, and serves a repeat from the cache', async () => {
    const r = await client.fitTwoPart({ spec: ZINB });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.cached).toBe(false);
    expect(r.value.result).toEqual(fitTwoPartModel(ZINB, table).result);
    const again = await client.fitTwoPart({ spec: { ...ZINB, vcov: 'model' } });
    expect(again.ok && again.value.cached).toBe(true);
  }, 60_000);

  it('gives the rootogram, fitted values and Pearson residuals of the default model as core does', async () => {
    const r = await client.diagnostics();
    if (!r.ok) throw new Error(r.message);
    const model = fitModelDetailed(defaultSpecificationFor('africa-cm', table).spec, table);
    expect(r.value.rootogram).toEqual(rootogram(model, 50));
    expect(r.value.residualType).toBe('pearson');
    expect(r.value.fitted).toBeInstanceOf(Float64Array);
    expect(r.value.fitted.length).toBe(model.result.n);
    expect(Array.from(r.value.residuals)).toEqual(residuals(model, 'pearson'));
    const shown = r.value.rootogram.reduce((s, b) => s + b.observed, 0);
    expect(r.value.beyond.observed).toBe(model.result.n - shown);
    expect(r.value.beyond.observed).toBeGreaterThan(0);
  }, 60_000);

  it('gives the diagnostics of a two-part model, with a chosen rootogram cut and residual type', async () => {
    const r = await client.diagnostics({ twoPart: ZINB, rootogramMax: 5, residualType: 'response' });
    if (!r.ok) throw new Error(r.message);
    const model = fitTwoPartModel(ZINB, table);
    expect(r.value.rootogram).toEqual(rootogram(model, 5));
    expect(Array.from(r.value.residuals)).toEqual(residuals(model, 'response'));
  }, 60_000);

  it('refuses a bad rootogram cut and a two-part formula naming a missing column, as values', async () => {
    const cut = await client.diagnostics({ rootogramMax: 0 });
    expect(cut).toMatchObject({ ok: false, code: 'BAD_OPTION' });
    const missing = await client.fitTwoPart({ spec: { ...ZINB, formula: 'battle_deaths ~ 1 | no_such' } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toContain('no_such');
  }, 60_000);

  it('runs the wild cluster score bootstrap per term as core does (deterministic for a seed)', async () => {
    const spec = defaultSpecificationFor('africa-cm', table).spec;
    const r = await client.wildBootstrap({ terms: ['un_troops_k_lag1'], reps: 199, seed: 7 });
    if (!r.ok) throw new Error(r.message);
    const expected = wildClusterBootstrap(spec, table, {
      term: 'un_troops_k_lag1',
      reps: 199,
      seed: 7,
      weights: 'webb',
    });
    expect(r.value.tests).toEqual([expected]);
    const all = await client.wildBootstrap({ reps: 99, seed: 7 });
    if (!all.ok) throw new Error(all.message);
    expect(all.value.tests.map((t) => t.term)).not.toContain('(Intercept)');
    expect(all.value.tests.length).toBeGreaterThan(1);
    const noCluster = await client.wildBootstrap({ reps: 99, seed: 7, vcov: 'robust' });
    expect(noCluster.ok).toBe(false);
  }, 60_000);
});

describe('research operations in-thread', () => {
  it('are refused with a located value unless the client was given them', async () => {
    const lean = createClient({ forceInThread: true });
    const full = createClient({ forceInThread: true, research: researchOperations });
    try {
      for (const c of [lean, full]) {
        const loaded = await c.loadDataset({ url: AFRICA_CM_URL });
        if (!loaded.ok) throw new Error(loaded.message);
      }
      const refused = await lean.diagnostics({ rootogramMax: 3 });
      expect(refused).toMatchObject({ ok: false, code: 'BAD_OPTION' });
      if (!refused.ok) expect(refused.message).toContain('research');
      const served = await full.diagnostics({ rootogramMax: 3 });
      expect(served.ok && served.value.rootogram.length).toBe(4);
    } finally {
      lean.dispose();
      full.dispose();
    }
  }, 60_000);
});
