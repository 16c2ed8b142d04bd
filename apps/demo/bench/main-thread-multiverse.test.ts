/**
 * Issue 12: the demo's main thread is never blocked for more than 50 ms while the multiverse runs in
 * the worker pool. The BUILT demo in headless chromium, from the click on Run until the specification
 * curve is completely drawn:
 * - a PerformanceObserver of type `longtask` (https://w3c.github.io/longtasks/) lists every task of the
 *   page over 50 ms of wall time;
 * - a Chromium trace of the same span gives each main-thread task's CPU time (`tdur`).
 * A task that holds the thread for more than 50 ms of CPU fails the test. A long task whose CPU time is
 * under 50 ms was the thread waiting for a core (the test machine is shared; a wall-time long task of
 * 60–120 ms with 5–25 ms of CPU was typical at a load average of 10–15 on 2 cores): those are printed,
 * not failed. On an idle machine the two measures agree.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
// The whole grid, as a visitor runs it (no `only`): over a thousand specifications on both panels, many
// progress updates, and the largest curve (drawn at once, its insertion alone took more than 50 ms).
const ONLY = '';
const LIMIT_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveStatic({ roots: [dist] });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Main-thread tasks of the renderer in a trace, as wall and CPU milliseconds. */
function mainThreadTasks(trace: Buffer): { wall: number; cpu: number }[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
}

describe('the main thread during a multiverse run', () => {
  it('holds no task for more than 50 ms from Run to the drawn curve', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}?page=robustness${ONLY ? `&only=${encodeURIComponent(ONLY)}` : ''}`);
    await page.waitForSelector('[data-testid="dataset-badge"]:has-text("africa-cm")');
    await page.waitForTimeout(500); // the dataset's own loading tasks are over
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    const t0 = Date.now();
    await page.click('[data-testid="run-multiverse"]');
    await page.waitForSelector('[data-testid="spec-curve"][data-drawn="true"]', { timeout: 600_000 });
    // the frames after the last chunk, so its layout and paint are observed too
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    const trace = await browser.stopTracing();
    const out = await page.evaluate(() => ({
      longTasks: (window as unknown as { longTasks: number[] }).longTasks,
      reading: document.querySelector('[data-testid="mv-reading"]')?.textContent ?? '',
    }));
    expect(out.reading).toMatch(/^In \d+ of \d{4} specifications/);
    const tasks = mainThreadTasks(trace);
    expect(tasks.length).toBeGreaterThan(100);
    const longest = Math.max(...tasks.map((t) => t.cpu));
    const waited = tasks
      .filter((t) => t.wall > LIMIT_MS)
      .map((t) => `${Math.round(t.wall)}/${Math.round(t.cpu)}`);
    console.log(
      `multiverse in ${Date.now() - t0} ms; ${tasks.length} main-thread tasks, longest CPU ${longest.toFixed(1)} ms; ` +
        `long tasks (wall ms, PerformanceObserver): [${out.longTasks.join(', ')}]; over 50 ms wall (wall/CPU ms): [${waited.join(', ')}]`,
    );
    expect(longest).toBeLessThan(LIMIT_MS);
    await context.close();
  }, 660_000);
});
