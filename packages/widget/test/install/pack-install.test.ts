/**
 * The packages as a user gets them from npm: packed with pnpm, installed outside the workspace, then
 * the CLI (@peacepanel/cli), core in plain Node ESM, the widget imported without a DOM (server rendering), and a Vite
 * app bundling the widget (a static import), which draws the charts in Chromium: the defaults from the
 * precomputed views, a live fit in a real worker.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, recordEvents, waitForCharts } from '../browser/browser-harness.js';
import { type StaticServer, startServer } from '../browser/static-server.js';
import { createInstallProject, type InstallProject, PUBLISHED, run } from './install-project.js';

let project: InstallProject;

beforeAll(() => {
  project = createInstallProject();
}, 240_000);

afterAll(() => {
  if (project) rmSync(project.dir, { recursive: true, force: true });
});

const manifest = (p: string) =>
  JSON.parse(readFileSync(join(project.dir, 'unpacked', p, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;

describe('the packed tarballs', () => {
  it.each(PUBLISHED)('@peacepanel/%s: resolved ranges, licence, metadata', (p) => {
    const m = manifest(p);
    const text = JSON.stringify(m);
    expect(text).not.toMatch(/"(catalog|workspace):/);
    expect(m.license).toMatch(p === 'data' ? /^CC-BY-NC-4\.0 AND MIT$/ : /^MIT/);
    expect(existsSync(join(project.dir, 'unpacked', p, 'LICENSE'))).toBe(true);
    expect(m.repository).toMatchObject({ type: 'git', directory: `packages/${p}` });
    expect(m).toHaveProperty('homepage');
    expect(m).toHaveProperty('bugs.url');
    expect(m).toHaveProperty('engines.node');
    expect(m).toHaveProperty('publishConfig.access', 'public');
  });

  it.each(PUBLISHED)('@peacepanel/%s: every source map points at files in the tarball', (p) => {
    const dir = join(project.dir, 'unpacked', p);
    const maps = run('find', ['.', '-name', '*.map'], dir).stdout.split('\n').filter(Boolean);
    const missing: string[] = [];
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(join(dir, map), 'utf8')) as { sources: string[] };
      for (const s of sources) if (!existsSync(resolve(dir, map, '..', s))) missing.push(`${map} → ${s}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('installed outside the workspace', () => {
  const bin = () => join(project.app, 'node_modules/.bin/peacepanel');

  it('runs the CLI: peacepanel --help and peacepanel datasets', () => {
    expect(run(bin(), ['--help'], project.app).stdout).toMatch(/Usage: peacepanel <command>/);
    const datasets = run(bin(), ['datasets'], project.app).stdout;
    expect(datasets).toMatch(/^africa-cm\s+v\d/m);
    expect(datasets).toMatch(/CC BY-NC 4\.0/);
  });

  it('imports core and data in plain Node ESM and reads the bundled dataset', () => {
    const code = `import { tableFromDataset } from '@peacepanel/core';
import { loadDataset } from '@peacepanel/data';
const t = tableFromDataset(await loadDataset('africa-cm'));
console.log(JSON.stringify({ rows: t.n }));`;
    const out = run(process.execPath, ['--input-type=module', '-e', code], project.app).stdout;
    expect(JSON.parse(out).rows).toBe(5121);
  });

  it('imports the widget in Node without a DOM (server rendering): no error, no globals, no element', () => {
    const code = `const before = new Set(Object.getOwnPropertyNames(globalThis));
const w = await import('@peacepanel/widget');
const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k));
console.log(JSON.stringify({ added, exports: Object.keys(w).sort(), element: w.PartnershipEffectElement === undefined }));`;
    const r = run(process.execPath, ['--input-type=module', '-e', code], project.app);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.element).toBe(true);
    expect(out.added).toEqual([]);
    expect(out.exports).toContain('TAG_NAME');
  });

  describe('a Vite app that imports the widget', () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      run(join(project.app, 'node_modules/.bin/vite'), ['build'], project.app);
      server = await startServer({ root: join(project.app, 'dist') });
      browser = await launchChromium();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("emits the element's files and draws the charts: defaults precomputed, a live fit in a real worker", async () => {
      const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await recordEvents(page);
      await page.goto(`${server.origin}/index.html`);
      const events = await waitForCharts(page, 3);
      const ready = (id: string) => events.find((e) => e.id === id && e.type === 'partnership-ready');
      // Vite emitted each file the element script names with a literal `new URL('./…', import.meta.url)`
      // under a hashed name, and the element fetched it from there.
      const fetched = (re: RegExp) => server.seen.some((s) => re.test(s.path));
      expect(ready('default')?.detail).toMatchObject({ view: 'effect', mode: 'precomputed' });
      expect(fetched(/\/assets\/default-views-[\w-]+\.json$/), 'default-views.json, emitted').toBe(true);
      expect(ready('live')?.detail).toMatchObject({
        view: 'effect',
        mode: 'worker',
        dataset: expect.stringMatching(/^africa-conflict-month/),
      });
      expect(fetched(/\/assets\/live-fit-[\w-]+\.js$/), 'live-fit.js, emitted').toBe(true);
      expect(fetched(/\/assets\/africa-conflict-month-[\w-]+\.json$/), 'the default dataset, emitted').toBe(
        true,
      );
      // The live-fit worker is a blob module importing the emitted live-fit.js (not the app's entry chunk).
      expect(workers.length).toBeGreaterThan(0);
      const lines = await page.evaluate(
        () => document.querySelector('#live')?.shadowRoot?.querySelectorAll('path').length ?? 0,
      );
      expect(lines).toBeGreaterThan(3);
      // The lazily loaded French messages were emitted by Vite too, and used.
      expect(fetched(/\/assets\/fr-[\w-]+\.js$/), 'locales/fr.js, emitted').toBe(true);
      expect(ready('fr')?.detail).toMatchObject({ view: 'trend' });
      expect(await page.locator('#fr >> [part="reading"]').textContent()).toMatch(/^De \d{4} à \d{4}/);
      await page.close();
    });
  });
});
