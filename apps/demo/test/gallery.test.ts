/**
 * The chart gallery (`?page=gallery`) of the BUILT demo (dist/) in headless chromium: one figure per
 * snapshot file of @peacepanel/charts (packages/charts/test/snapshots/), each image decoded and drawn,
 * under its file name; linked from the Method page; axe-clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const snapshots = readdirSync(new URL('../../../packages/charts/test/snapshots/', import.meta.url))
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.replace(/\.svg$/, ''))
  .sort();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

describe('the chart gallery', () => {
  it('renders every snapshot of the charts package, each under its name', async () => {
    expect(snapshots.length).toBeGreaterThan(5);
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?page=gallery`);
    await page.waitForSelector('[data-testid="gallery"] figure');
    const figures = await page.$$eval('[data-testid="gallery"] figure', (fs) =>
      fs.map((f) => ({
        name: f.getAttribute('data-snapshot'),
        caption: f.querySelector('figcaption')?.textContent ?? '',
        alt: f.querySelector('img')?.getAttribute('alt') ?? '',
      })),
    );
    expect(figures.map((f) => f.name)).toEqual(snapshots);
    for (const f of figures) {
      expect(f.caption).toContain(`${f.name}.svg`);
      expect(f.alt.length).toBeGreaterThan(5);
    }
    // Every image decoded: an SVG that failed to parse has no natural size.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid="gallery"] img')].every(
        (i) => i.complete,
      ),
    );
    const sizes = await page.$$eval('[data-testid="gallery"] img', (imgs) =>
      (imgs as HTMLImageElement[]).map((i) => [i.naturalWidth, i.naturalHeight]),
    );
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(100);
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('is linked from the Method page', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}?page=method`);
    await page.click('a[href="?page=gallery"]');
    await page.waitForSelector('[data-testid="gallery"] figure');
    expect(await page.title()).toMatch(/Chart gallery/);
    await context.close();
  }, 60_000);
});
