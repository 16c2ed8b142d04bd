/**
 * `pnpm bench:multiverse` in packages/worker: the full multiverse grid (core's `expandGrid()`) on the
 * bundled datasets, with 1 worker and with 2 workers (`worker_threads`, the built dist/worker.js):
 * total time, time per specification (over all rows and over the fits that ran), the speed-up, and
 * that both runs give the same bytes. Prints figures, asserts nothing.
 *
 * Usage: pnpm bench:multiverse [--only choice=option,...]
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { parseOnly } from '@peacepanel/core';
import { createClient } from '../dist/index.js';

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const only = args.only ? parseOnly(args.only) : {};
const WORKER = new URL('../dist/worker.js', import.meta.url);
const DATASETS = ['africa-cm', 'africa-conflict-month']
  .map((id) => new URL(`../../data/datasets/${id}.json`, import.meta.url))
  .filter((u) => existsSync(u));

async function run(workers: number) {
  const client = createClient({ workerUrl: WORKER, workers });
  for (const url of DATASETS) {
    const r = await client.loadDataset({ url: url.href });
    if (!r.ok) throw new Error(r.message);
  }
  await client.ping();
  const t0 = performance.now();
  const r = await client.multiverse({ only });
  const ms = performance.now() - t0;
  client.dispose();
  if (!r.ok) throw new Error(r.message);
  return { ms, result: r.value.result, used: r.value.workers };
}

console.log(`## Multiverse bench: Node ${process.version}, ${availableParallelism()} logical processors`);
console.log(`datasets: ${DATASETS.map((u) => u.pathname.split('/').pop()).join(', ')}`);
const a = await run(1);
const b = await run(2);
const fitted = a.result.rows.filter((r) => r.n !== null).length;
const line = (label: string, x: typeof a) =>
  `${label}: ${(x.ms / 1000).toFixed(1)} s total, ${(x.ms / a.result.rows.length).toFixed(1)} ms per specification (${(x.ms / Math.max(1, fitted)).toFixed(1)} ms per fit that ran), ${x.used} worker(s) used`;
console.log(
  `${a.result.specifications} specifications (${a.result.combinations} combinations), ${fitted} fitted, ${a.result.summary.ok} ok, ${a.result.summary.failed} failed`,
);
console.log(line('1 worker ', a));
console.log(line('2 workers', b));
console.log(`speed-up: ${(a.ms / b.ms).toFixed(2)}×`);
console.log(
  `same result with 1 and 2 workers: ${JSON.stringify(a.result) === JSON.stringify(b.result) ? 'yes' : 'NO'}`,
);
