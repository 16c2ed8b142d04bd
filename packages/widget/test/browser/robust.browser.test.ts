/**
 * Issue 15, items 9, 11 and 12 in headless Chromium against the BUILT `dist/`: one country, few
 * countries, a semicolon `data-src`, and a `data-src` on another origin that sends no CORS header.
 * The widget is served from a stand-in CDN (with CORS), pages from a second origin, and the data
 * without CORS from a third.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, recordEvents, waitForCharts } from './browser-harness.js';
import { type StaticServer, startServer } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');

let browser: Browser;
let cdn: StaticServer;
let host: StaticServer;
let elsewhere: StaticServer;

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed test</title></head>
<body><main>${body}</main><script type="module" src="${cdn.origin}/partnership-effect.js"></script></body></html>`;
}

async function open(path: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  await recordEvents(p);
  await p.goto(`${host.origin}${path}`);
  return p;
}

beforeAll(async () => {
  if (!existsSync(join(dist, 'partnership-effect.js')))
    throw new Error(
      'dist/partnership-effect.js is missing: run `pnpm --filter @peacepanel/widget build` first',
    );
  const csv = await readFile(join(here, '../../../data/datasets/africa-cm.csv'), 'utf8');
  // Mali and Chad rows without quoted fields or semicolons, written semicolon-separated
  const semicolon = csv
    .trimEnd()
    .split('\n')
    .filter((l, i) => i === 0 || (/^(Mali|Chad),/.test(l) && !/[";]/.test(l)))
    .map((l) => l.replaceAll(',', ';'))
    .join('\n');
  cdn = await startServer({ root: dist, cors: true });
  elsewhere = await startServer({ pages: { '/panel.csv': { body: csv } } }); // no CORS header
  const pages: Record<string, { body: string }> = {};
  host = await startServer({ pages });
  Object.assign(pages, {
    '/sudan': {
      body: page('<partnership-effect id="a" dataset="africa-cm" countries="Sudan"></partnership-effect>'),
    },
    '/two': {
      body: page(
        '<partnership-effect id="a" dataset="africa-cm" view="scenario" countries="COD, Mali"></partnership-effect>',
      ),
    },
    '/semicolon': {
      body: page('<partnership-effect id="a" view="trend" data-src="/semi.csv"></partnership-effect>'),
    },
    '/semi.csv': { body: semicolon },
    '/nocors': {
      body: page(`<partnership-effect id="a" data-src="${elsewhere.origin}/panel.csv"></partnership-effect>`),
    },
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([cdn?.close(), host?.close(), elsewhere?.close()]);
});

describe('<partnership-effect> robustness (issue 15)', () => {
  it('countries="Sudan" draws with model-based intervals, labelled as such on the chart', async () => {
    const p = await open('/sudan');
    const events = await waitForCharts(p, 1);
    expect(events[0]?.type).toBe('partnership-ready');
    const note = await p.locator('partnership-effect >> .intervals').textContent();
    expect(note).toMatch(
      /Intervals are model-based \(negative binomial\), not clustered by country.*one country \(Sudan\)/,
    );
    const csv = await p.evaluate(() =>
      (document.querySelector('partnership-effect') as HTMLElement & { toCSV(): string }).toCSV(),
    );
    expect(csv).not.toMatch(/NaN|Infinity/);
    await p.close();
  });

  it('two countries: the clustered intervals say on the chart that they rest on 2 clusters', async () => {
    const p = await open('/two');
    const events = await waitForCharts(p, 1);
    expect(events[0]?.type).toBe('partnership-ready');
    expect(await p.locator('partnership-effect >> .intervals').textContent()).toMatch(
      /clustered by country from only 2 countries/,
    );
    await p.close();
  });

  it('reads a semicolon-separated data-src (the CLI reads it; so do the demo and the widget)', async () => {
    const p = await open('/semicolon');
    const events = await waitForCharts(p, 1);
    expect(events[0]?.type, JSON.stringify(events[0]?.detail)).toBe('partnership-ready');
    await p.close();
  });

  it('a data-src on another origin without CORS says what is wrong and which header fixes it', async () => {
    const p = await open('/nocors');
    const events = await waitForCharts(p, 1);
    expect(events[0]?.type).toBe('partnership-error');
    const alert = await p.locator('partnership-effect >> [role="alert"]').textContent();
    expect(alert).toContain(
      `the server at ${elsewhere.origin} did not allow this page (${host.origin}) to read it`,
    );
    expect(alert).toContain(`"Access-Control-Allow-Origin: ${host.origin}"`);
    expect(alert).not.toMatch(/^.*: Failed to fetch$/);
    await p.close();
  });
});
