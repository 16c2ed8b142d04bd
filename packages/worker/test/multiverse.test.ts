import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type PeacepanelClient, splitSpecs } from '../src/index.js';
import { AFRICA_CM_URL, nodeClient } from './helpers/node-worker.js';

const clients: PeacepanelClient[] = [];
async function loaded(client: PeacepanelClient): Promise<PeacepanelClient> {
  clients.push(client);
  const r = await client.loadDataset({ url: AFRICA_CM_URL });
  if (!r.ok) throw new Error(r.message);
  return client;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

// A slice of the grid that the bundled africa-cm panel can fit (the bench runs the full grid).
const ONLY = {
  unit: ['country-month'],
  nonun: ['strict'],
  pastViolence: ['log1p-lag1', 'level-lag1'],
  controls: ['none'],
  fixedEffects: ['none'],
  sample: ['all', 'active'],
};

describe('the multiverse across workers', () => {
  it('keeps a formula’s two models in one chunk', () => {
    const chunks = splitSpecs(
      Array.from({ length: 30 }, (_, i) => i),
      2,
    );
    expect(chunks.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i));
    for (const c of chunks.slice(0, -1)) expect(c.length % 2).toBe(0);
  });

  it('gives the same result with 1 worker, 2 workers and in-thread, with progress', {
    timeout: 120_000,
  }, async () => {
    const one = await loaded(nodeClient({ workers: 1 }));
    const two = await loaded(nodeClient({ workers: 2 }));
    const seen: number[] = [];
    const [a, b] = await Promise.all([
      one.multiverse({ only: ONLY }),
      two.multiverse({ only: ONLY }, { onProgress: (p) => seen.push(p.done) }),
    ]);
    if (!a.ok) throw new Error(a.message);
    if (!b.ok) throw new Error(b.message);
    expect(a.value.result.specifications).toBe(8);
    expect(b.value.workers).toBe(2);
    expect(JSON.stringify(b.value.result)).toBe(JSON.stringify(a.value.result));
    expect(a.value.result.rows.every((r) => r.ok)).toBe(true);
    expect(seen.at(-1)).toBe(8);
    const inThread = await loaded(createClient({ forceInThread: true }));
    const c = await inThread.multiverse({ only: { ...ONLY, sample: ['all'] } });
    if (!c.ok) throw new Error(c.message);
    expect(c.value.result.rows).toEqual(
      a.value.result.rows.filter((r) => r.choices.sample === 'all').map((r, index) => ({ ...r, index })),
    );
  });

  it('stops on abort and reports a bad option as a value', async () => {
    const client = await loaded(nodeClient({ workers: 1 }));
    const controller = new AbortController();
    const run = client.multiverse(
      { only: ONLY },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    const r = await run;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('CANCELLED');
    const bad = await client.multiverse({ only: { model: ['ols'] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.code).toBe('BAD_OPTION');
  });
});
