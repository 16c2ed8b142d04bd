#!/usr/bin/env node
// Screenshots of every page of the built demo at desktop and phone width, light and dark, into
// test/__screenshots__/actual/ (not committed). Usage: node scripts/screenshots.mjs [page ...]
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const out = fileURLToPath(new URL('../test/__screenshots__/actual', import.meta.url));
mkdirSync(out, { recursive: true });
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['overview', 'data', 'model', 'scenarios', 'embed', 'method'];
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const server = await serveStatic({ roots: [dist] });
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark']) {
    for (const [name, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${name} ${scheme}] page error: ${e.message}`));
      page.on(
        'console',
        (m) => m.type() === 'error' && console.error(`[${name} ${scheme}] console: ${m.text()}`),
      );
      for (const p of pages) {
        const cut = p.indexOf('&');
        const id = cut < 0 ? p : p.slice(0, cut);
        const query = cut < 0 ? '' : p.slice(cut + 1);
        await page.goto(`${server.url}?page=${id}${query ? `&${query}` : ''}`);
        await page.waitForSelector(`.page-${id}`);
        await page.waitForTimeout(id === 'overview' || id === 'embed' || id === 'scenarios' ? 4000 : 1500);
        const file = `${out}/${id}-${name}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        if (process.env.SEGMENTS) {
          // Readable slices of long pages (one viewport each).
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, k = 0; y < height; y += viewport.height, k++) {
            const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) };
            await page.screenshot({ path: file.replace('.png', `-${k}.png`), fullPage: true, clip });
          }
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
