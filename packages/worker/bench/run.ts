/**
 * `pnpm bench` in packages/worker: prints times and ratios, asserts nothing.
 *
 * 1. Node (`worker_threads`, the built dist/worker.js): the default partnership model fit on the
 *    bundled africa-cm panel (cold, then cached), and a cluster bootstrap (default 999 replications,
 *    `--reps N` to change) with 1 worker vs N workers: times, speed-up, and that the draws agree.
 * 2. Headless Chromium (the Vite-built test page, a real module Worker): the longest main-thread task
 *    (PerformanceObserver `longtask`, tasks over 50 ms) while the default fit runs in the worker,
 *    and, for contrast, while it runs in-thread (the fallback).
 *
 * Usage: pnpm bench [--reps 999] [--workers N] [--skip-browser] [--skip-bootstrap] [--dataset file.json]
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient, type PeacepanelClient } from '../dist/index.js';
import { openTestSite } from '../test/helpers/browser-page.js';

const { values: args } = parseArgs({
  options: {
    reps: { type: 'string', default: '999' },
    workers: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-bootstrap': { type: 'boolean', default: false },
    dataset: { type: 'string' },
  },
});
const reps = Number(args.reps);
const DATASET = args.dataset
  ? pathToFileURL(args.dataset)
  : new URL('../../data/datasets/africa-cm.json', import.meta.url);
const WORKER = new URL('../dist/worker.js', import.meta.url);

const ms = (t: number) => `${t.toFixed(0)} ms`;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
}

async function loadedClient(workers: number): Promise<PeacepanelClient> {
  const client = createClient({ workerUrl: WORKER, workers });
  const r = await client.loadDataset({ url: DATASET.href });
  if (!r.ok) throw new Error(r.message);
  return client;
}

async function nodeBench(): Promise<void> {
  const one = await loadedClient(1);
  // The client's default pool size: logical processors, capped at 4 (at least 2 here, to compare).
  const defaultSize = args.workers ? Number(args.workers) : Math.max(2, Math.min(4, availableParallelism()));
  console.log(`\n## Node ${process.version}, worker_threads; pool size for N: ${defaultSize}`);
  const [fit, fitMs] = await timed(() => one.fit());
  if (!fit.ok) throw new Error(fit.message);
  const [again, againMs] = await timed(() => one.fit());
  console.log(
    `default partnership fit (n = ${fit.value.result.n}, ${fit.value.result.iterations} iterations): ${ms(fitMs)} cold, ${againMs.toFixed(1)} ms cached (${again.ok && again.value.cached ? 'cache hit' : 'MISS'})`,
  );
  if (args['skip-bootstrap']) {
    one.dispose();
    return;
  }
  const many = await loadedClient(defaultSize);
  await many.bootstrap({ reps: defaultSize, seed: 1 }); // start and load every pool worker first
  const [a, t1] = await timed(() => one.bootstrap({ reps, seed: 2023 }));
  const [b, tn] = await timed(() => many.bootstrap({ reps, seed: 2023 }));
  if (!a.ok) throw new Error(a.message);
  if (!b.ok) throw new Error(b.message);
  const k = a.value.terms.length;
  const differing = new Set<number>();
  let maxDiff = 0;
  a.value.draws.forEach((v, i) => {
    const w = b.value.draws[i] ?? Number.NaN;
    if (!Object.is(v, w)) differing.add(Math.floor(i / k));
    maxDiff = Math.max(maxDiff, Math.abs(v - w));
  });
  const same = differing.size === 0;
  console.log(`cluster bootstrap, ${reps} replications (seed 2023), failed ${a.value.failed}:`);
  console.log(`  1 worker:  ${ms(t1)} (${(t1 / reps).toFixed(0)} ms per replication)`);
  console.log(`  ${b.value.workers} workers: ${ms(tn)}   speed-up ×${(t1 / tn).toFixed(2)}`);
  console.log(
    `  draws identical: ${same}${same ? '' : ` (${differing.size} replications differ, max |Δ| ${maxDiff.toExponential(2)}, first: ${[...differing].slice(0, 5).join(', ')})`}`,
  );
  for (const ci of a.value.intervals)
    console.log(`  ${ci.term}: [${ci.lower.toFixed(4)}, ${ci.upper.toFixed(4)}] (${ci.reps} draws)`);
  one.dispose();
  many.dispose();
}

/** Aborts a 999-replication bootstrap at varying moments; prints abort → CANCELLED and abort → next answer. */
async function cancelBench(): Promise<void> {
  const client = createClient({ workerUrl: WORKER, workers: 1 });
  const loaded = await client.loadDataset({ url: DATASET.href });
  if (!loaded.ok) throw new Error(loaded.message);
  const rows: string[] = [];
  for (const waitMs of [150, 400, 700, 1000, 1300]) {
    const controller = new AbortController();
    const running = client.bootstrap({ reps: 999, seed: waitMs }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    const spare = client.spareReady;
    const t0 = performance.now();
    controller.abort();
    const r = await running;
    const resolved = performance.now() - t0;
    await client.ping();
    const idle = performance.now() - t0;
    rows.push(
      `${String(waitMs).padStart(4)} ms in (spare ${spare ? 'ready' : 'not ready'}): ${r.ok ? 'FINISHED' : r.code} after ${resolved.toFixed(1)} ms, idle after ${idle.toFixed(1)} ms`,
    );
  }
  client.dispose();
  console.log('cancel a 999-replication bootstrap (1 worker, hardCancelMs 50, spare worker):');
  for (const row of rows) console.log(`  ${row}`);
}

async function browserBench(): Promise<void> {
  const site = await openTestSite({ 'africa-cm.json': readFileSync(DATASET, 'utf8') });
  try {
    for (const inThread of [false, true]) {
      const page = await site.browser.newPage();
      await page.goto(`${site.origin}/`);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      const out = await page.evaluate(async (forceInThread) => {
        const client = window.peacepanel.createClient({
          workerFactory: window.peacepanel.workerFactory,
          forceInThread,
        });
        const loaded = await client.loadDataset({ url: '/data/africa-cm.json' });
        if (!loaded.ok) return { error: loaded.message };
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        });
        observer.observe({ type: 'longtask', buffered: false });
        // Longtask entries exist only above 50 ms; a 4 ms ticker also gives the largest stall below that.
        let last = performance.now();
        let maxGap = 0;
        const ticker = setInterval(() => {
          const now = performance.now();
          maxGap = Math.max(maxGap, now - last);
          last = now;
        }, 4);
        const t0 = performance.now();
        const fit = await client.fit();
        const fitMs = performance.now() - t0;
        maxGap = Math.max(maxGap, performance.now() - last); // a fit that blocked the thread ends here
        clearInterval(ticker);
        await new Promise((resolve) => setTimeout(resolve, 100)); // let the observer deliver
        observer.disconnect();
        client.dispose();
        return {
          mode: client.mode,
          ok: fit.ok,
          fitMs,
          longTasks: tasks.length,
          longest: tasks.length ? Math.max(...tasks) : 0,
          maxGap,
        };
      }, inThread);
      if ('error' in out) throw new Error(out.error);
      console.log(
        `${out.mode.padEnd(9)}: fit ${ms(out.fitMs)}; long tasks (> 50 ms) on the main thread during the fit: ${out.longTasks}, longest ${ms(out.longest)}; largest gap between 4 ms timer ticks ${out.maxGap.toFixed(1)} ms`,
      );
      await page.close();
    }
  } finally {
    await site.close();
  }
}

await nodeBench();
await cancelBench();
if (!args['skip-browser']) {
  console.log('\n## Headless Chromium, module Worker built by Vite');
  await browserBench();
}
