/**
 * Two-stage loading and fallbacks of `<partnership-effect>` in headless Chromium, against the BUILT
 * `dist/`, served under a CDN-style path from another origin than the page: the default views paint
 * from the precomputed values without the dataset or the live-fit module; a changed setting loads the live-fit module
 * lazily; a CSP without workers still works; without JavaScript the fallback image shows; print is
 * black on white without controls. Screenshots are compared with committed references.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pixelMismatch, recordEvents, waitForCharts } from './browser-harness.js';
import { type StaticServer, startServer } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');
const references = join(here, '../reference');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const PREFIX = '/npm/@peacepanel/widget@0.1.0/dist/';

let browser: Browser;
let cdn: StaticServer;
let host: StaticServer;
let base: string;
/** The default dataset, as the build fitted it (it follows the widget's default). */
let datasetId: string;

interface FallbackInfo {
  view: string;
  width: number;
  height: number;
  alt: string;
}

/** The snippet the README and the demo's Embed page give: the script, the element, its fallback. */
function snippet(view: string, infos: FallbackInfo[], attrs = ''): string {
  const f = infos.find((i) => i.view === view)!;
  const img = `<img src="${base}fallback/${view}.png" alt="${f.alt.replace(/"/g, '&quot;')}" width="${f.width}" height="${f.height}" style="max-width:100%;height:auto">`;
  return `<partnership-effect id="${view}" view="${view}"${attrs}><noscript><a href="${base}fallback/${view}.svg">${img}</a></noscript></partnership-effect>`;
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Two-stage test</title></head>
<body style="margin:16px"><main><h1 style="font:16px sans-serif">An NGO article</h1>${body}</main>
<script type="module" src="${base}partnership-effect.js"></script></body></html>`;
}

async function open(path: string, o: { js?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 1024, height: 900 },
    javaScriptEnabled: o.js ?? true,
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  const p = await context.newPage();
  if (o.js !== false) await recordEvents(p);
  await p.goto(`${host.origin}${path}`);
  return p;
}

/** Compares a screenshot with `test/reference/<name>.png` (written when missing or UPDATE_SCREENSHOTS=1). */
async function matchesReference(target: Locator, name: string): Promise<void> {
  const shot = await target.screenshot({ animations: 'disabled' });
  const file = join(references, `${name}.png`);
  await mkdir(references, { recursive: true });
  if (UPDATE || !existsSync(file)) {
    await writeFile(file, shot);
    if (!UPDATE) throw new Error(`no reference image ${file}: written now; look at it and rerun`);
    return;
  }
  const judge = await browser.newPage();
  try {
    expect(await pixelMismatch(judge, shot, await readFile(file)), file).toBeLessThan(0.02);
  } finally {
    await judge.close();
  }
}

const cdnPaths = () => [...new Set(cdn.seen.map((s) => s.path.slice(PREFIX.length - 1)))].sort();

beforeAll(async () => {
  if (!existsSync(join(dist, 'default-views.json')))
    throw new Error('dist/ is missing or old: run `pnpm --filter @peacepanel/widget build` first');
  datasetId = (
    JSON.parse(await readFile(join(dist, 'default-views.json'), 'utf8')) as { dataset: { id: string } }
  ).dataset.id;
  cdn = await startServer({ root: dist, cors: true, prefix: PREFIX });
  base = `${cdn.origin}${PREFIX}`;
  const infos = JSON.parse(await readFile(join(dist, 'fallback/fallbacks.json'), 'utf8')) as FallbackInfo[];
  const all = ['effect', 'trend', 'scenario'].map((v) => snippet(v, infos)).join('\n');
  const pages: Record<string, { body: string; headers?: Record<string, string> }> = {};
  host = await startServer({ pages });
  Object.assign(pages, {
    '/defaults': { body: page(all) },
    '/dark': { body: page(snippet('effect', infos, ' theme="dark"')) },
    '/csp': {
      body: page(`${snippet('trend', infos)}${snippet('effect', infos, ' non-un-levels="0, 8000"')}`),
      headers: {
        'content-security-policy': `default-src 'none'; script-src ${cdn.origin}; connect-src ${cdn.origin}; style-src 'self'; img-src ${cdn.origin} data:; worker-src 'none'`,
      },
    },
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await host?.close();
});

describe('two-stage loading (built dist from a CDN path, cross-origin)', () => {
  it('paints every default view from the precomputed values, without the dataset or the live-fit module', async () => {
    cdn.seen.length = 0;
    const p = await open('/defaults');
    const events = await waitForCharts(p, 3);
    expect(events.map((e) => [e.id, e.type, e.detail.mode])).toEqual(
      expect.arrayContaining([
        ['effect', 'partnership-ready', 'precomputed'],
        ['trend', 'partnership-ready', 'precomputed'],
        ['scenario', 'partnership-ready', 'precomputed'],
      ]),
    );
    expect(cdnPaths()).toEqual(['/default-views.json', '/partnership-effect.js']);
    expect(p.workers()).toEqual([]);
    // The fallback images sit in <noscript>: with scripts on, they are never requested.
    expect(cdn.seen.some((s) => s.path.includes('/fallback/'))).toBe(false);
    await p.context().close();
  });

  it('loads the live-fit module lazily when a setting changes, and a live fit of the same model gives the same numbers', async () => {
    cdn.seen.length = 0;
    const p = await open('/defaults');
    await waitForCharts(p, 3);
    const csv = () =>
      p.evaluate(() => (document.getElementById('effect') as unknown as { toCSV(): string }).toCSV());
    const precomputed = await csv();
    // The default partner level, as the precomputed chart drew it; asked for explicitly, the same
    // numbers must come from a live fit in the reader's browser.
    const levels = [
      ...new Set(
        precomputed
          .trim()
          .split('\r\n')
          .slice(1)
          .map((l) => l.split(',')[0]),
      ),
    ];
    expect(levels).toHaveLength(2);
    await p.evaluate(
      (l) => document.getElementById('effect')!.setAttribute('non-un-levels', l),
      levels.join(','),
    );
    const events = await waitForCharts(p, 4);
    expect(events[3]).toMatchObject({ id: 'effect', type: 'partnership-ready', detail: { mode: 'worker' } });
    expect(cdnPaths()).toEqual([
      `/datasets/${datasetId}.json`,
      '/default-views.json',
      '/live-fit.js',
      '/partnership-effect.js',
    ]);
    expect(p.workers().map((w) => w.url())).toEqual([expect.stringMatching(/^blob:/)]);
    expect(await csv()).toBe(precomputed);
    // Back to the defaults: painted from the precomputed values again.
    await p.evaluate(() => document.getElementById('effect')!.removeAttribute('non-un-levels'));
    const back = await waitForCharts(p, 5);
    expect(back[4]).toMatchObject({ id: 'effect', detail: { mode: 'precomputed' } });
    await p.context().close();
  });

  it('under a CSP that forbids workers: precomputed views paint, live fits run in-thread', async () => {
    const p = await open('/csp');
    const events = await waitForCharts(p, 2);
    const mode = (id: string) => events.find((e) => e.id === id)?.detail.mode;
    expect(events.map((e) => e.type)).toEqual(['partnership-ready', 'partnership-ready']);
    expect(mode('trend')).toBe('precomputed');
    expect(mode('effect')).toBe('in-thread');
    expect(p.workers()).toEqual([]);
    await p.context().close();
  });
});

describe('fallbacks and print', () => {
  it('shows the pre-rendered image, linked to its SVG, when JavaScript is off', async () => {
    cdn.seen.length = 0;
    const p = await open('/defaults', { js: false });
    const img = p.locator('#effect img');
    await img.waitFor({ state: 'visible' });
    // `goto` waited for the load event, so the images have arrived.
    expect(await p.locator('img').count()).toBe(3);
    const box = await img.boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    expect(await img.getAttribute('alt')).toMatch(
      /^Battle deaths and UN troops.+\. With no non-UN partner, predicted/,
    );
    expect(await p.locator('#effect a').getAttribute('href')).toBe(`${base}fallback/effect.svg`);
    expect(cdnPaths()).toEqual(['/fallback/effect.png', '/fallback/scenario.png', '/fallback/trend.png']);
    await matchesReference(p.locator('#trend img'), 'fallback-trend-nojs');
    await p.context().close();
  });

  it('prints black on white with the chart and its sources, and no controls (even in the dark theme)', async () => {
    const p = await open('/dark');
    await waitForCharts(p, 1);
    await p.emulateMedia({ media: 'print' });
    await p.waitForFunction(() => {
      const svg = document.querySelector('partnership-effect')?.shadowRoot?.querySelector('svg.chart');
      return svg?.querySelector('text')?.getAttribute('fill') === '#000000';
    });
    const look = await p.evaluate(() => {
      const el = document.querySelector('partnership-effect')!;
      const root = el.shadowRoot!;
      const shown = (sel: string) => {
        const n = root.querySelector(sel);
        return n !== null && getComputedStyle(n).display !== 'none';
      };
      return {
        background: getComputedStyle(root.querySelector('figure')!).backgroundColor,
        color: getComputedStyle(root.querySelector('footer')!).color,
        chart: shown('svg.chart'),
        footer: shown('footer'),
        controls: shown('.controls'),
        downloads: shown('.downloads'),
        texts: [...root.querySelectorAll('svg.chart text')].map((t) => t.getAttribute('fill')),
        // The full sources print although the "Sources" disclosure is closed; its summary does not.
        sources: root.querySelector('details.sources:not([open]) .source')?.checkVisibility() ?? false,
        sourcesSummary: root.querySelector('details.sources > summary')?.checkVisibility() ?? true,
      };
    });
    expect(look).toMatchObject({
      background: 'rgb(255, 255, 255)',
      chart: true,
      footer: true,
      controls: false,
      downloads: false,
      sources: true,
      sourcesSummary: false,
    });
    expect(look.color).toMatch(/^rgb\((0, 0, 0|51, 51, 51)\)$/);
    expect(new Set(look.texts.filter((f) => f !== null))).toEqual(new Set(['#000000', '#333333']));
    await matchesReference(p.locator('partnership-effect'), 'print-effect-dark-theme');
    // Back on screen: the dark theme again.
    await p.emulateMedia({ media: 'screen' });
    await p.waitForFunction(
      () =>
        document
          .querySelector('partnership-effect')
          ?.shadowRoot?.querySelector('svg.chart text')
          ?.getAttribute('fill') !== '#000000',
    );
    await p.context().close();
  });
});
