import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type PeacepanelClient } from '../src/index.js';
import { AFRICA_CM_URL, countingFactory, nodeClient, WORKER_ENTRY } from './helpers/node-worker.js';

const clients: PeacepanelClient[] = [];
async function loaded(client: PeacepanelClient): Promise<PeacepanelClient> {
  clients.push(client);
  const r = await client.loadDataset({ url: AFRICA_CM_URL });
  if (!r.ok) throw new Error(r.message);
  return client;
}
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

// One replication refits the default model on a resampled panel (about a second here), so these
// tests use a handful of replications; the bench runs 999.
const REQ = { reps: 3, seed: 20231 } as const;

describe('cluster bootstrap across workers', () => {
  it('gives identical draws and intervals with 1 worker, 2 workers and in-thread for the same seed', async () => {
    const one = await loaded(nodeClient({ workers: 1 }));
    const two = await loaded(nodeClient({ workers: 2 }));
    const seen: number[] = [];
    const [a, b] = await Promise.all([
      one.bootstrap(REQ),
      two.bootstrap(REQ, { onProgress: (p) => seen.push(p.done) }),
    ]);
    if (!a.ok) throw new Error(a.message);
    if (!b.ok) throw new Error(b.message);
    expect(a.value.workers).toBe(1);
    expect(b.value.workers).toBe(2);
    expect(a.value.terms.length).toBeGreaterThan(0);
    expect(a.value.draws.length).toBe(REQ.reps * a.value.terms.length);
    expect(Array.from(b.value.draws)).toEqual(Array.from(a.value.draws));
    expect(b.value.intervals).toEqual(a.value.intervals);
    expect(seen.at(-1)).toBe(REQ.reps);
    const other = await one.bootstrap({ ...REQ, seed: REQ.seed + 1 });
    if (!other.ok) throw new Error(other.message);
    expect(Array.from(other.value.draws)).not.toEqual(Array.from(a.value.draws));

    const inThread = await loaded(createClient({ forceInThread: true }));
    const c = await inThread.bootstrap({ ...REQ, reps: 1 });
    if (!c.ok) throw new Error(c.message);
    expect(inThread.mode).toBe('in-thread');
    expect(Array.from(c.value.draws)).toEqual(Array.from(a.value.draws.subarray(0, a.value.terms.length)));
  });

  it('stops a long bootstrap on abort: the worker is idle again within 100 ms', async () => {
    const counter = countingFactory(WORKER_ENTRY);
    const client = await loaded(
      createClient({ workerFactory: counter.factory, workers: 1, hardCancelMs: 25 }),
    );
    const controller = new AbortController();
    let started: () => void = () => {};
    const firstReplication = new Promise<void>((resolve) => {
      started = resolve;
    });
    const running = client.bootstrap(
      { reps: 999, seed: 7 },
      { signal: controller.signal, onProgress: (p) => p.done > 0 && started() },
    );
    await firstReplication;
    await waitFor(() => client.spareReady, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // inside a replication
    const t0 = performance.now();
    controller.abort();
    const result = await running;
    const resolvedMs = performance.now() - t0;
    const idle = await client.ping(); // queued behind any computation still running in the worker
    const idleMs = performance.now() - t0;
    expect(result).toMatchObject({ ok: false, code: 'CANCELLED' });
    expect(idle.ok).toBe(true);
    // Either the worker stopped by itself, or it was terminated and the spare took its place.
    expect(counter.count()).toBeLessThanOrEqual(2);
    expect(resolvedMs).toBeLessThan(100);
    expect(idleMs).toBeLessThan(100);
  });

  it('resolves CANCELLED at once for a signal aborted before the call', async () => {
    const client = await loaded(nodeClient({ workers: 1 }));
    const r = await client.bootstrap(REQ, { signal: AbortSignal.abort() });
    expect(r).toMatchObject({ ok: false, code: 'CANCELLED' });
  });

  it('rejects bad replication counts as values', async () => {
    const client = nodeClient({ workers: 1 });
    clients.push(client);
    expect(await client.bootstrap({ reps: 0, seed: 1 })).toMatchObject({ ok: false, code: 'BAD_OPTION' });
    expect(await client.bootstrap({ reps: 10, seed: 1.5 })).toMatchObject({ ok: false, code: 'BAD_OPTION' });
  });
});
