/**
 * A hostile host page (issue 13): global CSS that restyles everything an embed is made of (`*`, text,
 * SVG text, buttons, tables, figures, paragraphs), two copies of the element script, and a strict CSP
 * (no inline script or style, no workers). The chart must look exactly as on a plain page: the
 * screenshot is compared with the plain page's reference (`test/reference/effect-1024.png`, which
 * two-stage.browser.test.ts also checks), and the table and buttons keep their geometry.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchChromium,
  pixelMismatch,
  recordEvents,
  waitForCharts,
} from './browser-harness.js';
import { type StaticServer, startServer } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');
const PREFIX = '/npm/@peacepanel/widget@0.1.0/dist/';

/**
 * Rules found on real CMS themes, made worse: every one reaches the element's host or its light DOM;
 * none may reach its drawing. (The page is laid out as the reference's: 16 px body margin, so the
 * element is 992 px wide at a 1024 px viewport.)
 */
const HOSTILE_CSS = `
* { box-sizing: content-box !important; line-height: 3 !important; font-size: 30px !important;
    letter-spacing: 0.2em; word-spacing: 1em; text-transform: uppercase; font-style: italic;
    color: #0a0 !important; text-align: center; white-space: nowrap; text-shadow: 1px 1px 2px #f0f; }
html, body { font-family: "Comic Sans MS", cursive; font-weight: 900; cursor: crosshair; }
body { margin: 16px !important; padding: 0 !important; background: #ffe; direction: ltr; }
svg text, text { fill: red !important; font-size: 40px !important; }
svg { display: inline !important; width: 10px; height: 10px; }
svg path, path, line, rect { stroke: magenta !important; stroke-width: 9px !important; }
button { width: 100% !important; padding: 20px !important; background: black !important; border-radius: 0 !important; }
table { display: none !important; }
td, th { padding: 40px !important; }
figure, p, ul, li, details, summary, footer, div { margin: 3em !important; padding: 2em !important; border: 3px dotted blue; }
h1 { color: #000 !important; font: 16px sans-serif !important; line-height: normal !important; margin: 0.67em 0 !important; padding: 0 !important; border: 0; }
main { display: block; }
`;

let browser: Browser;
let cdn: StaticServer;
let host: StaticServer;

/** The plain page of the reference, with the hostile stylesheet, both script copies and the CSP. */
function hostilePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hostile host</title><link rel="stylesheet" href="/hostile.css"></head>
<body><main><h1>An NGO article</h1><partnership-effect id="effect" view="effect"></partnership-effect><partnership-effect id="trend" view="trend"></partnership-effect></main>
<script type="module" src="${cdn.origin}${PREFIX}partnership-effect.js"></script>
<script type="module" src="${cdn.origin}${PREFIX}partnership-effect.js?copy=2"></script></body></html>`;
}

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 900 },
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  const p = await context.newPage();
  await recordEvents(p);
  await p.goto(`${host.origin}${path}`);
  return p;
}

beforeAll(async () => {
  if (!existsSync(join(dist, 'default-views.json')))
    throw new Error('dist/ is missing or old: run `pnpm --filter @peacepanel/widget build` first');
  cdn = await startServer({ root: dist, cors: true, prefix: PREFIX });
  const pages: Record<string, { body: string; headers?: Record<string, string> }> = {};
  host = await startServer({ pages });
  pages['/hostile'] = {
    body: hostilePage(),
    headers: {
      'content-security-policy': `default-src 'none'; script-src ${cdn.origin}; connect-src ${cdn.origin}; style-src 'self'; img-src data:; worker-src 'none'`,
    },
  };
  pages['/hostile.css'] = { body: HOSTILE_CSS, headers: { 'content-type': 'text/css; charset=utf-8' } };
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await host?.close();
});

describe('a hostile host page: global CSS, two copies of the script, strict CSP', () => {
  it('draws the chart exactly as on a plain page (screenshot = the plain page reference)', async () => {
    const p = await open('/hostile');
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const events = await waitForCharts(p, 2);
    expect(events.map((e) => e.type)).toEqual(['partnership-ready', 'partnership-ready']);
    expect(errors).toEqual([]);
    // The second copy of the script did nothing but defer to the first (same version: no warning).
    expect(await p.evaluate(() => customElements.get('partnership-effect') !== undefined)).toBe(true);
    const box = await p.locator('#effect').boundingBox();
    expect(box?.width).toBe(992);
    const shot = await p.locator('#effect').screenshot({ animations: 'disabled' });
    if (process.env.HOSTILE_SHOT) await writeFile(process.env.HOSTILE_SHOT, shot);
    const judge = await browser.newPage();
    try {
      const reference = await readFile(join(here, '../reference/effect-1024.png'));
      expect(await pixelMismatch(judge, shot, reference)).toBeLessThan(0.02);
    } finally {
      await judge.close();
    }
    await p.context().close();
  });

  it('keeps the text, buttons and table of its own design, and passes axe', async () => {
    const p = await open('/hostile');
    await waitForCharts(p, 2);
    const look = await p.evaluate(() => {
      const root = document.querySelector('#trend')!.shadowRoot!;
      const text = root.querySelector('svg.chart text')!;
      const button = root.querySelector<HTMLElement>('button.action')!;
      const reading = root.querySelector('.reading')!;
      return {
        fill: getComputedStyle(text).fill,
        textSize: getComputedStyle(text).fontSize,
        readingSize: getComputedStyle(reading).fontSize,
        readingLine: getComputedStyle(reading).lineHeight,
        transform: getComputedStyle(reading).textTransform,
        buttonWidth: button.getBoundingClientRect().width,
        hostWidth: document.querySelector('#trend')!.getBoundingClientRect().width,
      };
    });
    expect(look.fill).not.toBe('rgb(255, 0, 0)');
    expect(look.textSize).toBe('12px');
    expect(look.readingSize).toBe('14px');
    expect(Number.parseFloat(look.readingLine)).toBeLessThan(25);
    expect(look.transform).toBe('none');
    expect(look.buttonWidth).toBeLessThan(look.hostWidth / 2);
    await p.locator('#trend >> button[aria-pressed]').click();
    const table = p.locator('#trend >> table');
    expect(await table.isVisible()).toBe(true);
    expect((await table.boundingBox())?.height).toBeGreaterThan(100);
    expect(await axeViolations(p)).toEqual([]);
    await p.context().close();
  });
});
