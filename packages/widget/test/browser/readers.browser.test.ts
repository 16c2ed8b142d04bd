/**
 * What readers get beyond the chart, in headless Chromium against the BUILT `dist/` served cross-origin:
 * a source line that fits one line on a phone with the full sources behind "Sources", the editor's
 * `description` as the chart's accessible description, and languages loaded lazily, Arabic laid out
 * right to left (compared with `test/reference/rtl-ar-400.png`, which a person looked at).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchChromium,
  overlappingTexts,
  pixelMismatch,
  recordEvents,
  waitForCharts,
} from './browser-harness.js';
import { type StaticServer, startServer } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';

let browser: Browser;
let cdn: StaticServer;
let host: StaticServer;

const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Readers</title></head>
<body style="margin:16px"><main>${body}</main><script type="module" src="${cdn.origin}/partnership-effect.js"></script></body></html>`;

async function open(path: string, width: number): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  await recordEvents(p);
  await p.goto(`${host.origin}${path}`);
  return p;
}

beforeAll(async () => {
  if (!existsSync(join(dist, 'locales/ar.js'))) throw new Error('dist/ is not built: run `pnpm build` first');
  cdn = await startServer({ root: dist, cors: true });
  const pages: Record<string, { body: string }> = {};
  host = await startServer({ pages });
  Object.assign(pages, {
    '/phone': { body: page('<partnership-effect></partnership-effect>') },
    '/described': {
      body: page(
        '<partnership-effect description="Deaths fall as UN troops grow, more steeply when a partner mission is present."></partnership-effect>',
      ),
    },
    '/ar': { body: page('<partnership-effect view="effect"></partnership-effect>', 'ar') },
    '/pt-es': {
      body: page(
        '<partnership-effect id="pt" lang="pt" view="trend"></partnership-effect><partnership-effect id="es" lang="es" view="scenario"></partnership-effect>',
      ),
    },
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await host?.close();
});

describe('readers', () => {
  it('shows a one-line source on a 320 px phone, the full sources behind a "Sources" disclosure', async () => {
    const p = await open('/phone', 320);
    await waitForCharts(p, 1);
    const footer = await p.evaluate(() => {
      const root = document.querySelector('partnership-effect')!.shadowRoot!;
      const line = root.querySelector<HTMLElement>('.source-line')!;
      const details = root.querySelector('details.sources') as HTMLDetailsElement;
      return {
        line: line.textContent,
        height: line.getBoundingClientRect().height,
        lineHeight: Number.parseFloat(getComputedStyle(line).lineHeight),
        clipped: line.scrollWidth > line.clientWidth,
        open: details.open,
        summary: details.querySelector('summary')?.textContent?.trim(),
        full: details.textContent ?? '',
      };
    });
    expect(footer.line).toBe('Data: UCDP, ViEWS, Kathman, peacepanel');
    expect(footer.height).toBeLessThanOrEqual(footer.lineHeight + 1);
    expect(footer.clipped).toBe(false);
    expect(footer.open).toBe(false);
    expect(footer.summary).toBe('Sources');
    expect(footer.full).toMatch(/UCDP GED 20\.1/);
    expect(footer.full).toContain('Schumann & Bara');
    await p.locator('partnership-effect >> details.sources > summary').click();
    expect(await p.locator('partnership-effect >> p.study').isVisible()).toBe(true);
    expect(await axeViolations(p)).toEqual([]);
    await p.close();
  });

  it("uses the editor's description attribute as the chart's accessible description", async () => {
    const p = await open('/described', 800);
    await waitForCharts(p, 1);
    const name = await p.evaluate(() => {
      const root = document.querySelector('partnership-effect')!.shadowRoot!;
      const svg = root.querySelector('svg.chart')!;
      return (svg.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent?.trim())
        .join(' | ');
    });
    expect(name).toContain('Deaths fall as UN troops grow, more steeply when a partner mission is present.');
    expect(name).not.toContain('confidence bands');
    await p.close();
  });

  it('loads Portuguese and Spanish lazily, only the languages used', async () => {
    const before = cdn.seen.length;
    const p = await open('/pt-es', 900);
    await waitForCharts(p, 2);
    const pt = await p.locator('#pt >> [part="reading"]').textContent();
    const es = await p.locator('#es >> [part="reading"]').textContent();
    expect(pt).toMatch(/^De \d{4} a \d{4}, \d+\s?% dos meses de mobilização da ONU/);
    expect(es).toMatch(/^Muertes en combate previstas por mes: /);
    expect(await p.locator('#es >> details.sources > summary').textContent()).toBe('Fuentes');
    const locales = cdn.seen.slice(before).filter((s) => s.path.startsWith('/locales/'));
    expect(locales.map((s) => s.path).sort()).toEqual(['/locales/es.js', '/locales/pt.js']);
    await p.close();
  });

  it('lays Arabic out right to left, with the plot left to right (screenshot compared with a reference)', async () => {
    const p = await open('/ar', 400);
    await waitForCharts(p, 1);
    const layout = await p.evaluate(() => {
      const root = document.querySelector('partnership-effect')!.shadowRoot!;
      const figure = root.querySelector('figure')!;
      const title = root.querySelector<HTMLElement>('[part="title"]')!;
      const reading = root.querySelector<HTMLElement>('[part="reading"]')!;
      const summary = root.querySelector('details.sources > summary')!;
      const f = figure.getBoundingClientRect();
      return {
        dir: figure.getAttribute('dir'),
        lang: figure.getAttribute('lang'),
        titleDirection: getComputedStyle(title).direction,
        // Right to left: the text starts at the right edge of the figure.
        titleRightGap: f.right - title.getBoundingClientRect().right,
        summaryRightGap: f.right - summary.getBoundingClientRect().right,
        summaryLeftGap: summary.getBoundingClientRect().left - f.left,
        plotDirection: getComputedStyle(root.querySelector('.chart-wrap')!).direction,
        title: title.textContent,
        reading: reading.textContent,
      };
    });
    expect(layout).toMatchObject({ dir: 'rtl', lang: 'ar', titleDirection: 'rtl', plotDirection: 'ltr' });
    expect(layout.title).toBe('قتلى المعارك وقوات الأمم المتحدة، مع شريك من خارج الأمم المتحدة وبدونه');
    expect(layout.reading).toMatch(/^بلا شريك من خارج الأمم المتحدة، (ينخفض|يرتفع) عدد قتلى المعارك المتوقع/);
    expect(layout.summaryRightGap).toBeLessThan(layout.summaryLeftGap);
    expect(layout.titleRightGap).toBeLessThan(30);
    expect(await overlappingTexts(p, 'partnership-effect')).toEqual([]);
    expect(await axeViolations(p)).toEqual([]);
    const shot = await p.locator('partnership-effect').screenshot({ animations: 'disabled' });
    const file = join(here, '../reference/rtl-ar-400.png');
    if (UPDATE || !existsSync(file)) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, shot);
      if (!UPDATE) throw new Error(`no reference image ${file}: written now; look at it and rerun`);
    } else expect(await pixelMismatch(p, shot, await readFile(file)), file).toBeLessThan(0.02);
    await p.close();
  });
});
