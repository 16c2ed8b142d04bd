/**
 * Browser bench: how soon `<partnership-effect>` paints, in headless Chromium on localhost, against
 * the BUILT `dist/` served from another origin (a stand-in CDN). For each default view (painted from
 * the precomputed values), the robustness view (the shipped multiverse file) and a live `data-src`
 * fit (a panel CSV: live-fit module, worker, fit), plain and with the CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`; it slows the page's main
 * thread, not the live-fit worker's thread). Each run is a fresh browser context (cold cache).
 *
 * Reported, per case, the median and the slowest of the runs:
 * - `after script`: from the end of the element script's download (Resource Timing `responseEnd`)
 *   to the first animation frame after `partnership-ready` (the chart is in the DOM);
 * - `after navigation`: the same frame, from navigation start;
 * - `main-thread CPU`: CPU time the page's main thread had used by then (CDP `Performance.getMetrics`
 *   `ThreadTime`, navigation included), which depends much less on how busy the machine is than the
 *   wall-clock figures; CPU throttling stretches wall-clock time, not this.
 * Targets (issue 13): a default chart ≤ 300 ms after the script loads, ≤ 1 s with the CPU slowed 4×.
 * Run: `pnpm --filter @peacepanel/widget bench` after a build (not part of `npm test`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { startServer } from '../test/browser/static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The built widget to measure (`BENCH_DIST` to compare another build, e.g. an older one). */
const dist = process.env.BENCH_DIST ?? join(here, '../dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = { plain: 300, slow: 1000 };

interface Case {
  name: string;
  attrs: string;
  /** Whether the issue's targets apply (the default views). */
  target: boolean;
}

const ALL_CASES: Case[] = [
  { name: 'effect (default)', attrs: '', target: true },
  { name: 'trend (default)', attrs: 'view="trend"', target: true },
  { name: 'scenario (default)', attrs: 'view="scenario"', target: true },
  { name: 'robustness (multiverse file)', attrs: 'view="robustness"', target: true },
  { name: 'effect, live data-src CSV fit', attrs: 'data-src="/panel.csv"', target: false },
];
/** `BENCH_ONLY=trend` runs the cases whose name contains that text (all by default). */
const CASES = ALL_CASES.filter((c) => c.name.includes(process.env.BENCH_ONLY ?? ''));

/** One page load: ms from the script's download and from navigation to the painted chart. */
async function once(
  browser: Browser,
  url: string,
  rate: number,
): Promise<{ script: number; nav: number; cpu: number }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __painted?: number; __error?: string };
      document.addEventListener('partnership-ready', () =>
        requestAnimationFrame(() => {
          w.__painted = performance.now();
        }),
      );
      document.addEventListener('partnership-error', (e) => {
        w.__error = (e as CustomEvent<{ message: string }>).detail.message;
      });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __painted?: number; __error?: string };
        return w.__painted !== undefined || w.__error !== undefined;
      },
      undefined,
      { timeout: 60_000 },
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN);
    const times = await page.evaluate(() => {
      const w = window as unknown as { __painted?: number; __error?: string };
      if (w.__error) throw new Error(w.__error);
      const script = performance
        .getEntriesByType('resource')
        .find((e) => e.name.endsWith('/partnership-effect.js')) as PerformanceResourceTiming;
      return { script: w.__painted! - script.responseEnd, nav: w.__painted! };
    });
    return { ...times, cpu };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!existsSync(join(dist, 'partnership-effect.js'))) {
  console.error(`${dist} has no partnership-effect.js: run \`pnpm --filter @peacepanel/widget build\` first`);
  process.exit(1);
}
const cdn = await startServer({ root: dist, cors: true });
const pages: Record<string, { body: string; headers?: Record<string, string> }> = {
  '/panel.csv': {
    body: readFileSync(join(here, '../../data/datasets/africa-cm.csv'), 'utf8'),
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  },
};
CASES.forEach((c, i) => {
  pages[`/case${i}`] = {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<partnership-effect ${c.attrs}></partnership-effect>
<script type="module" src="${cdn.origin}/partnership-effect.js"></script></body></html>`,
  };
});
const host = await startServer({ pages });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const f = (ms: number) => `${Math.round(ms)}`.padStart(5);
let missed = 0;
try {
  console.log(`<partnership-effect> first paint, headless Chromium, localhost, ${RUNS} cold runs each (ms)`);
  // Figures scale with how busy the machine is: say so next to them.
  const load = loadavg().map((x) => x.toFixed(1));
  console.log(`machine: ${cpus().length} CPUs, load average ${load.join(' ')} at start`);
  console.log(
    `${'case'.padEnd(32)} ${'CPU'.padEnd(4)} ${'after script'.padStart(20)} ${'after navigation'.padStart(20)} ${'main-thread CPU'.padStart(20)}  target`,
  );
  for (const [i, c] of CASES.entries())
    for (const rate of [1, 4]) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await once(browser, `${host.origin}/case${i}`, rate));
      const s = runs.map((x) => x.script);
      const n = runs.map((x) => x.nav);
      const cpu = runs.map((x) => x.cpu);
      const limit = rate === 1 ? TARGET.plain : TARGET.slow;
      const verdict = c.target ? (median(s) <= limit ? `≤ ${limit} ok` : `> ${limit} MISSED`) : '(none)';
      if (c.target && median(s) > limit) missed += 1;
      console.log(
        `${c.name.padEnd(32)} ${`${rate}×`.padEnd(4)} ${`${f(median(s))} (max ${f(Math.max(...s))})`.padStart(20)} ${`${f(median(n))} (max ${f(Math.max(...n))})`.padStart(20)} ${`${f(median(cpu))} (max ${f(Math.max(...cpu))})`.padStart(20)}  ${verdict}`,
      );
    }
} finally {
  await browser.close();
  await cdn.close();
  await host.close();
}
console.log(
  missed ? `${missed} default-view target(s) missed (medians).` : 'All default-view targets met (medians).',
);
