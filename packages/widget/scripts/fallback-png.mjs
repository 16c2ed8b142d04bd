#!/usr/bin/env node
// Rasterises the built fallback SVGs (`dist/fallback/<view>.svg`, written by `pnpm build`) into the
// checked-in `fallback/<view>.png` at 2× in headless Chromium, and records in `fallback/sources.json`
// the SHA-256 of the SVG each PNG was made from: a test fails when a fresh SVG differs, so a PNG is
// never shipped stale. The build copies the PNGs into `dist/fallback/`. PNGs need a browser's
// font rasteriser, so they are made here rather than in every build.
// Run after a build: `pnpm --filter @peacepanel/widget fallback:png` (then rebuild or copy).
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const infos = JSON.parse(readFileSync(join(root, 'dist/fallback/fallbacks.json'), 'utf8'));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
});
const sources = {};
try {
  for (const { view, width, height } of infos) {
    const svg = readFileSync(join(root, `dist/fallback/${view}.svg`), 'utf8');
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><body style="margin:0"><img src="${src}" width="${width}" height="${height}" style="display:block"></body>`,
    );
    await page.waitForFunction(() => document.querySelector('img')?.complete);
    const png = await page.locator('img').screenshot({ animations: 'disabled' });
    writeFileSync(join(root, `fallback/${view}.png`), png);
    copyFileSync(join(root, `fallback/${view}.png`), join(root, `dist/fallback/${view}.png`));
    sources[view] = createHash('sha256').update(svg).digest('hex');
    console.log(`fallback/${view}.png  ${width * 2}×${height * 2}  ${(png.length / 1024).toFixed(1)} KB`);
    await page.close();
  }
} finally {
  await browser.close();
}
writeFileSync(join(root, 'fallback/sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
