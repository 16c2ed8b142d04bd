import { readFileSync } from 'node:fs';
import type { DatasetJson } from '@peacepanel/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createEngine, createEstimator, type PeacepanelClient } from '../src/index.js';
import { AFRICA_CM_URL, nodeClient } from './helpers/node-worker.js';

const africa = JSON.parse(readFileSync(new URL(AFRICA_CM_URL), 'utf8')) as DatasetJson;

let inThread: PeacepanelClient;
let worker: PeacepanelClient;
beforeAll(async () => {
  inThread = createClient({ forceInThread: true });
  worker = nodeClient({ workers: 1 });
  for (const c of [inThread, worker]) {
    const r = await c.loadDataset({ url: AFRICA_CM_URL });
    if (!r.ok) throw new Error(r.message);
  }
}, 60_000);
afterAll(() => {
  inThread?.dispose();
  worker?.dispose();
});

describe('the fit in-thread (the fallback) yields to the event loop', () => {
  it('lets timers run during the fit, with the worker fit result', async () => {
    expect(await inThread.ready()).toBe('in-thread');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const r = await inThread.fit();
    clearInterval(timer);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.cached).toBe(false);
    expect(ticks).toBeGreaterThan(0);
    const w = await worker.fit();
    if (!w.ok) throw new Error(w.message);
    expect(r.value.result).toStrictEqual(w.value.result);
  });

  it('keeps createEngine as the deprecated name of createEstimator', () => {
    expect(createEngine).toBe(createEstimator);
  });

  it('a cancel between steps stops the fit, and the next call fits afresh', async () => {
    const engine = createEstimator();
    await engine.loadDataset({ dataset: africa });
    // The fit runs its first step, then waits for a macrotask: the cancel arrives meanwhile.
    const running = engine.fit({}, { callId: 1 });
    await engine.cancel(1);
    expect(await running).toMatchObject({ ok: false, code: 'CANCELLED' });
    const again = await engine.fit({}, { callId: 2 });
    expect(again).toMatchObject({ ok: true, value: { cached: false } });
  });

  it('concurrent calls for one model share one fit', async () => {
    const engine = createEstimator();
    await engine.loadDataset({ dataset: africa });
    const [a, b, effect] = await Promise.all([
      engine.fit({}),
      engine.fit({}),
      engine.partnershipEffect({ unGrid: [0, 5], nonunLevels: [0] }),
    ]);
    if (!a.ok || !b.ok || !effect.ok) throw new Error('a call failed');
    expect([a.value.cached, b.value.cached]).toEqual([false, true]);
    expect(b.value.result).toBe(a.value.result);
  });

  it('a fit that ends after its dataset was reloaded is not cached', async () => {
    const engine = createEstimator();
    await engine.loadDataset({ dataset: africa });
    const running = engine.fit({});
    // Reload the same id with the first 2000 rows: the running fit must not fill the new cache.
    const half = {
      ...africa,
      n: 2000,
      columns: africa.columns.map((c) => ({ ...c, values: c.values.slice(0, 2000) })),
    } as DatasetJson;
    await engine.loadDataset({ dataset: half });
    expect(await running).toMatchObject({ ok: true, value: { cached: false } });
    const after = await engine.fit({});
    if (!after.ok) throw new Error(after.message);
    expect(after.value.cached).toBe(false);
    expect(after.value.result.n).toBeLessThan(2000);
  });
});
