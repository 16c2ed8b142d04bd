#!/usr/bin/env node
// Main-thread responsiveness of the built demo while the worker fits and bootstraps: loads the Model
// page in headless chromium, records every long task (PerformanceObserver 'longtask', > 50 ms) during
// (1) a fit of the study's model and (2) a cluster bootstrap, and prints durations, the longest task
// and its ratio to the 50 ms budget. Usage: node scripts/bench-main-thread.mjs [reps]
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const reps = Number(process.argv[2] ?? 40);
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const server = await serveStatic({ roots: [dist] });
const browser = await launchBrowser();
const observe = () => {
  const w = window;
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask' });
};
const take = (page) => page.evaluate(() => window.longTasks.splice(0));
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${server.url}?page=model&reps=${reps}`);
  await page.waitForSelector('[data-testid="dataset-badge"]:has-text("africa-cm")');
  await page.evaluate(observe);
  let t = performance.now();
  await page.click('[data-testid="fit-button"]');
  await page.waitForSelector('tr[data-term="un_troops_k_lag1"] .estimate', { timeout: 120_000 });
  const fitMs = performance.now() - t;
  const fitTasks = await take(page);
  t = performance.now();
  await page.click(`button:has-text("Run bootstrap (${reps})")`);
  await page.waitForSelector(`[data-testid="bootstrap-table"]`, { timeout: 600_000 });
  const bootMs = performance.now() - t;
  const bootTasks = await take(page);
  const report = (name, ms, tasks) => {
    const max = tasks.length ? Math.max(...tasks) : 0;
    console.log(
      `${name.padEnd(22)} wall ${(ms / 1000).toFixed(2)} s; long tasks: ${tasks.length} [${tasks.join(', ')}] ms; longest ${max} ms; ratio to 50 ms budget ${(max / 50).toFixed(2)}`,
    );
  };
  report('fit (study model)', fitMs, fitTasks);
  report(`bootstrap (${reps} reps)`, bootMs, bootTasks);
} finally {
  await browser.close();
  await server.close();
}
