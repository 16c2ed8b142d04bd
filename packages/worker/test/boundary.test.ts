import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type PeacepanelClient } from '../src/index.js';
import {
  CRASHING_WORKER_ENTRY,
  countingFactory,
  GED_CONFLICT_MONTHS,
  GED_MAPPING,
  nodeClient,
} from './helpers/node-worker.js';

const clients: PeacepanelClient[] = [];
const track = (c: PeacepanelClient) => {
  clients.push(c);
  return c;
};
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

/** One worker client shared by the tests that leave it healthy. */
let shared: PeacepanelClient;
beforeAll(() => {
  shared = nodeClient({ workers: 1 });
});
afterAll(() => shared?.dispose());

const DATA_ROWS = GED_CONFLICT_MONTHS.trim().split('\n').length - 1;

describe('worker_threads boundary', () => {
  it('starts a real worker and validates a real panel CSV there, transferring typed columns', async () => {
    const client = track(nodeClient());
    expect(await client.ready()).toBe('worker');
    const r = await client.validatePanelCsv({
      text: GED_CONFLICT_MONTHS,
      file: 'ged.csv',
      mapping: GED_MAPPING,
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.table.n).toBe(DATA_ROWS);
    const deaths = r.value.table.columns.battle_deaths;
    expect(deaths?.kind).toBe('number');
    expect(deaths?.values).toBeInstanceOf(Float64Array);
  });

  it('returns located errors as values, not throws', async () => {
    const broken = GED_CONFLICT_MONTHS.replace('Angola:Cabinda,2011,5,2', 'Angola:Cabinda,2011,5,two');
    const r = await shared.validatePanelCsv({ text: broken, file: 'ged.csv', mapping: GED_MAPPING });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('BAD_VALUE');
    expect(r.location).toMatchObject({ file: 'ged.csv', line: 3, column: 'battle_deaths' });
    expect(r.message).toContain('ged.csv:3');
    expect(r.fix).toBeTruthy();
  });

  it('reports a call before any dataset as NO_DATA', async () => {
    const r = await shared.describe();
    expect(r).toMatchObject({ ok: false, code: 'NO_DATA' });
  });

  it('reports a crashed worker as an error value and replaces it on the next call', async () => {
    const counter = countingFactory(CRASHING_WORKER_ENTRY);
    const client = track(createClient({ workerFactory: counter.factory }));
    expect(await client.ready()).toBe('worker');
    const crashed = await client.describe({ dataset: 'crash' });
    expect(crashed).toMatchObject({ ok: false, code: 'WORKER_CRASHED' });
    if (!crashed.ok) expect(crashed.message).toContain('simulated crash');
    expect(counter.count()).toBe(1);
    const after = await client.validatePanelCsv({ text: GED_CONFLICT_MONTHS, mapping: GED_MAPPING });
    expect(after.ok).toBe(true);
    expect(counter.count()).toBe(2);
    expect(client.mode).toBe('worker');
  });

  it('falls back to in-thread when no worker can be created, with the same results', async () => {
    const reasons: string[] = [];
    const client = track(
      createClient({
        workerFactory: () => {
          throw new Error('Refused to create a worker: Content Security Policy');
        },
        onFallback: (reason) => reasons.push(reason),
      }),
    );
    expect(await client.ready()).toBe('in-thread');
    expect(client.mode).toBe('in-thread');
    expect(reasons).toEqual(['Refused to create a worker: Content Security Policy']);
    const inThread = await client.validatePanelCsv({ text: GED_CONFLICT_MONTHS, mapping: GED_MAPPING });
    const inWorker = await shared.validatePanelCsv({ text: GED_CONFLICT_MONTHS, mapping: GED_MAPPING });
    if (!inThread.ok || !inWorker.ok) throw new Error('validation failed');
    expect(inThread.value.table.n).toBe(inWorker.value.table.n);
    const a = inThread.value.table.columns.battle_deaths;
    const b = inWorker.value.table.columns.battle_deaths;
    if (a?.kind !== 'number' || b?.kind !== 'number') throw new Error('battle_deaths is not numeric');
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
  });

  it('answers with an error value after dispose', async () => {
    const client = nodeClient();
    await client.ready();
    client.dispose();
    expect(await client.describe()).toMatchObject({ ok: false, code: 'INTERNAL' });
  });
});
