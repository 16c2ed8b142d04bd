/**
 * `view="robustness"` in headless Chromium against the BUILT `dist/`, served from a CDN path on another
 * origin: the specification curve of the shipped multiverse result (no dataset, no live-fit module),
 * its reading counted from the data, keyboard navigation with focus text naming the specification,
 * the table and downloads, axe, every language, and reference screenshots at 360 and 1024 px.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
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
const references = join(here, '../reference');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const PREFIX = '/npm/@peacepanel/widget@0.1.0/dist/';

let browser: Browser;
let cdn: StaticServer;
let host: StaticServer;
let curve: {
  total: number;
  points: [number, number, number, number, string][];
  mainId: string;
  choices: { name: string; options: string[] }[];
};

/** The main specification's option digits, as the file writes them. */
const mainDigits = () =>
  curve.mainId
    .split('.')
    .map((id, i) => curve.choices[i]?.options.indexOf(id))
    .join('');

function page(body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Robustness test</title></head>
<body style="margin:16px"><main><h1 style="font:16px sans-serif">An NGO article</h1>${body}</main>
<script type="module" src="${cdn.origin}${PREFIX}partnership-effect.js"></script></body></html>`;
}

async function open(path: string, width = 1024): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  const p = await context.newPage();
  await recordEvents(p);
  await p.goto(`${host.origin}${path}`);
  return p;
}

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

beforeAll(async () => {
  if (!existsSync(join(dist, 'multiverse-curve.json')))
    throw new Error('dist/ is missing or old: run `pnpm --filter @peacepanel/widget build` first');
  curve = JSON.parse(await readFile(join(dist, 'multiverse-curve.json'), 'utf8'));
  cdn = await startServer({ root: dist, cors: true, prefix: PREFIX });
  const pages: Record<string, { body: string }> = {};
  host = await startServer({ pages });
  pages['/robustness'] = { body: page('<partnership-effect id="r" view="robustness"></partnership-effect>') };
  for (const lang of ['fr', 'pt', 'es', 'ar'])
    pages[`/robustness-${lang}`] = {
      body: page('<partnership-effect id="r" view="robustness"></partnership-effect>', lang),
    };
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await host?.close();
});

describe('view="robustness" (the shipped multiverse result)', () => {
  it('draws every specification from multiverse-curve.json, with a reading counted from it, and fetches no dataset or live-fit module', async () => {
    const before = cdn.seen.length;
    const p = await open('/robustness');
    const [ready] = await waitForCharts(p, 1);
    expect(ready?.type).toBe('partnership-ready');
    expect(ready?.detail).toMatchObject({ view: 'robustness', mode: 'precomputed', points: curve.total });
    const paths = cdn.seen.slice(before).map((s) => s.path.slice(PREFIX.length - 1));
    expect(paths).toContain('/multiverse-curve.json');
    expect(paths.some((x) => x.startsWith('/datasets/') || x === '/live-fit.js')).toBe(false);
    const below = curve.points.filter((q) => q[3] <= 1).length;
    const significant = curve.points.filter((q) => q[3] === 0).length;
    const reading = await p.locator('#r >> .reading').textContent();
    expect(reading).toContain(`In ${below} of ${curve.total.toLocaleString('en')} specifications`);
    expect(reading).toContain(`${significant} of them are significant at 5%`);
    expect(await p.locator('#r >> svg.chart .main-spec').count()).toBe(1);
    expect(await overlappingTexts(p, '#r')).toEqual([]);
    await p.context().close();
  });

  it('is keyboard-navigable: one tab stop, arrows and Home/End move through the sorted specifications', async () => {
    const p = await open('/robustness');
    await waitForCharts(p, 1);
    // More points than MAX_POINT_BUTTONS: only the active one is a button (one tab stop).
    expect(await p.locator('#r >> .pt').count()).toBe(1);
    expect(await p.locator('#r >> .pt[tabindex="0"]').count()).toBe(1);
    await p.locator('#r >> .pt[tabindex="0"]').focus();
    const label = () => p.locator('#r >> .pt[tabindex="0"]').getAttribute('aria-label');
    expect(await label()).toMatch(/^Specification 1 of 1,080: ratio [\d.]+ \(95% interval/);
    await p.keyboard.press('ArrowRight');
    expect(await label()).toMatch(/^Specification 2 of 1,080/);
    await p.keyboard.press('End');
    expect(await label()).toMatch(/^Specification 1,080 of 1,080/);
    expect(await label()).toMatch(
      /Unit: (country|conflict)-month; Sample: .+; Model: (negative binomial|Poisson)\.$/,
    );
    const tip = p.locator('#r >> .tooltip');
    expect(await tip.isVisible()).toBe(true);
    // The main specification is reached by the arrows and named in its focus text.
    const mainRank = curve.points.findIndex((q) => q[4] === mainDigits());
    await p.keyboard.press('Home');
    for (let i = 0; i < mainRank; i++) await p.keyboard.press('ArrowRight');
    expect(await label()).toMatch(
      new RegExp(`^Specification ${mainRank + 1} of 1,080 \\(main specification\\)`),
    );
    expect(await label()).toMatch(/Unit: conflict-month; Sample: 1993–2018 only; Non-UN measure: strict;/);
    await p.context().close();
  });

  it('shows the table and offers the same downloads; passes axe', async () => {
    const p = await open('/robustness');
    await waitForCharts(p, 1);
    expect(await axeViolations(p)).toEqual([]);
    const csv = await p.evaluate(() =>
      (document.querySelector('#r') as unknown as { toCSV(): string }).toCSV(),
    );
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('rank,specification,ratio,lower,upper,class,main');
    expect(lines).toHaveLength(curve.total + 1);
    expect(lines.slice(1).filter((l) => l.endsWith(',main'))).toHaveLength(1);
    expect(await p.locator('#r >> [data-download]').count()).toBe(3);
    await p.locator('#r >> button[aria-pressed]').click();
    expect(await p.locator('#r >> table tbody tr').count()).toBe(curve.total);
    expect(await axeViolations(p)).toEqual([]);
    const svg = await p.evaluate(() => {
      const el = document.querySelector('#r') as unknown as { toSVG(): string | null };
      return el.toSVG();
    });
    expect(svg).toBeNull(); // no chart while the table is shown (the SVG and PNG buttons are disabled)
    await p.context().close();
  });

  it('speaks every language (lazily loaded), right to left in Arabic', async () => {
    const words: Record<string, RegExp> = {
      fr: /^Dans \d+ spécifications sur/,
      pt: /^Em \d+ de/,
      es: /^En \d+ de/,
      ar: /^في/,
    };
    for (const [lang, re] of Object.entries(words)) {
      const p = await open(`/robustness-${lang}`);
      await waitForCharts(p, 1);
      await p.waitForFunction(
        (l) => document.querySelector('#r')?.shadowRoot?.querySelector('figure')?.getAttribute('lang') === l,
        lang,
      );
      await expect.poll(async () => (await p.locator('#r >> .reading').textContent())?.trim()).toMatch(re);
      if (lang === 'ar') expect(await p.locator('#r >> figure').getAttribute('dir')).toBe('rtl');
      await p.context().close();
    }
  });

  it('looks as the references at 360 and 1024 px (choice matrix on wide screens only)', async () => {
    for (const width of [360, 1024]) {
      const p = await open('/robustness', width);
      await waitForCharts(p, 1);
      expect(await p.locator('#r >> .choice-matrix').count()).toBe(width >= 600 ? 1 : 0);
      await matchesReference(p.locator('#r'), `robustness-${width}`);
      await p.context().close();
    }
  });
});
