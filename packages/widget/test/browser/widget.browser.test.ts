/**
 * `<partnership-effect>` in headless Chromium, against the BUILT `dist/` (run `pnpm build` first):
 * the widget is served from one 127.0.0.1 port (a stand-in CDN, with CORS) and embedded in pages
 * served from another, so every test is cross-origin like a real embed. One browser for the file.
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
const references = join(here, '../reference');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';

let browser: Browser;
let cdn: StaticServer;
let host: StaticServer;

function page(body: string, o: { lang?: string; script?: string } = {}): string {
  return `<!doctype html><html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Embed test</title></head>
<body style="margin:16px"><main><h1 style="font:16px sans-serif">An NGO article</h1>${body}</main>
<script type="module" src="${o.script ?? `${cdn.origin}/partnership-effect.js`}"></script></body></html>`;
}

async function open(path: string, width = 1024, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  (p as unknown as { errors: string[] }).errors = errors;
  await recordEvents(p);
  await p.goto(`${host.origin}${path}`);
  return p;
}

const pageErrors = (p: Page) => (p as unknown as { errors: string[] }).errors;

beforeAll(async () => {
  if (!existsSync(join(dist, 'partnership-effect.js')))
    throw new Error(
      'dist/partnership-effect.js is missing: run `pnpm --filter @peacepanel/widget build` first',
    );
  cdn = await startServer({ root: dist, cors: true });
  const pages: Record<string, { body: string; headers?: Record<string, string> }> = {};
  host = await startServer({ pages });
  Object.assign(pages, {
    '/plain': { body: page('<partnership-effect id="a"></partnership-effect>') },
    '/two': {
      body: page(
        `<partnership-effect id="a" ci="90"></partnership-effect><partnership-effect id="b" view="scenario" ci="90"></partnership-effect>
         <script type="module" src="${cdn.origin}/partnership-effect.js?copy=2"></script>`,
      ),
    },
    '/csp': {
      body: page('<partnership-effect id="a" ci="90"></partnership-effect>'),
      headers: {
        'content-security-policy': `default-src 'none'; script-src ${cdn.origin}; connect-src ${cdn.origin}; style-src 'self'; img-src data:; worker-src 'none'`,
      },
    },
    '/bad': {
      body: page('<partnership-effect id="a" view="pie" un-max="lots" ci="120"></partnership-effect>'),
    },
    '/missing': {
      body: page(
        `<partnership-effect id="a" data-src="${cdn.origin}/nothing-here.csv"></partnership-effect>`,
      ),
    },
    '/empty': { body: page('<partnership-effect id="a" countries="Atlantis"></partnership-effect>') },
    '/fr': { body: page('<partnership-effect id="a" view="trend"></partnership-effect>', { lang: 'fr' }) },
    '/csv': {
      body: page(
        '<partnership-effect id="a" view="trend" data-src="/panel.csv" countries="COD, Mali"></partnership-effect>',
      ),
    },
    '/panel.csv': {
      body: await readFile(join(here, '../../../data/datasets/africa-cm.csv'), 'utf8'),
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    },
    '/views': {
      body: page(
        '<partnership-effect id="e"></partnership-effect><partnership-effect id="s" view="scenario"></partnership-effect><partnership-effect id="t" view="trend"></partnership-effect>',
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

describe('<partnership-effect> in Chromium (built dist, cross-origin)', () => {
  it('renders the default chart from two pasted lines, from build-time values, and fetches only its own small files', async () => {
    const p = await open('/plain');
    const events = await waitForCharts(p, 1);
    expect(events[0]).toMatchObject({
      type: 'partnership-ready',
      detail: { view: 'effect', mode: 'precomputed' },
    });
    expect(Number(events[0]?.detail.points)).toBeGreaterThan(10);
    const figure = await p.evaluate(() => {
      const root = document.querySelector('partnership-effect')!.shadowRoot!;
      const svg = root.querySelector('svg.chart')!;
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      return {
        role: svg.getAttribute('role'),
        name: ids.map((id) => root.getElementById(id)?.textContent?.trim()).join(' | '),
        title: root.querySelector('[part="title"]')?.textContent,
        reading: root.querySelector('[part="reading"]')?.textContent ?? '',
        footer: root.querySelector('[part="footer"]')?.textContent ?? '',
        paths: svg.querySelectorAll('path.line').length,
        bands: svg.querySelectorAll('path.band').length,
      };
    });
    expect(figure.role).toBe('img');
    expect(figure.name).toContain('Battle deaths and UN troops');
    expect(figure.name).toContain('confidence bands');
    expect(figure.reading).toMatch(
      /^With no non-UN partner, predicted battle deaths (fall|rise) from [\d,.]+ a month/,
    );
    expect(figure.footer).toContain('Schumann & Bara');
    expect(figure.footer).toMatch(/UCDP/);
    expect(figure.paths).toBe(2);
    expect(figure.bands).toBe(2);
    // Network: the page itself, then only the widget's own files from its origin.
    expect(host.seen.filter((s) => s.path !== '/favicon.ico').map((s) => s.path)).toContain('/plain');
    const fromCdn = new Set(cdn.seen.map((s) => s.path));
    // The element's script and the precomputed default views: no dataset, no live-fit module, no worker.
    expect([...fromCdn].sort()).toEqual(['/default-views.json', '/partnership-effect.js']);
    expect(p.workers()).toEqual([]);
    // No globals of ours: only lit's version markers (and zod's config and registry, which come
    // with core's live-fit module once a live fit loads it; library globals the widget cannot avoid).
    const globals = await p.evaluate(() => {
      const fresh = document.createElement('iframe');
      document.body.appendChild(fresh);
      const base = new Set(Object.getOwnPropertyNames(fresh.contentWindow));
      fresh.remove();
      return Object.getOwnPropertyNames(window).filter((k) => !base.has(k) && k !== '__events');
    });
    const libraryGlobals = [
      '__zod_globalConfig',
      '__zod_globalRegistry',
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ];
    expect(globals.filter((g) => !libraryGlobals.includes(g))).toEqual([]);
    expect(await axeViolations(p)).toEqual([]);
    expect(pageErrors(p)).toEqual([]);
    await p.close();
  });

  it('shares one live fitter, one dataset download and one fit across live instances and script copies', async () => {
    cdn.seen.length = 0;
    const p = await open('/two');
    const events = await waitForCharts(p, 2);
    expect(events.map((e) => e.type)).toEqual(['partnership-ready', 'partnership-ready']);
    expect(events.map((e) => e.detail.mode)).toEqual(['worker', 'worker']);
    expect(new Set(events.map((e) => e.detail.dataset)).size).toBe(1);
    // One download of the (default) dataset for both instances and both copies.
    expect(cdn.seen.filter((s) => /^\/datasets\/[\w-]+\.json$/.test(s.path))).toHaveLength(1);
    // One live-fit worker for both instances and both copies of the script.
    expect(p.workers()).toHaveLength(1);
    expect(await p.evaluate(() => customElements.get('partnership-effect') !== undefined)).toBe(true);
    expect(pageErrors(p)).toEqual([]);
    await p.close();
  });

  it('falls back to in-thread work under a CSP that forbids workers, and still renders', async () => {
    const p = await open('/csp');
    const events = await waitForCharts(p, 1);
    expect(events[0]).toMatchObject({
      type: 'partnership-ready',
      detail: { view: 'effect', mode: 'in-thread' },
    });
    expect(
      await p.evaluate(
        () =>
          document.querySelector('partnership-effect')!.shadowRoot!.querySelectorAll('svg.chart path.line')
            .length,
      ),
    ).toBe(2);
    await p.close();
  });

  it('supports the keyboard: one tab stop, arrows move, tooltips show, Esc closes, Enter selects', async () => {
    const p = await open('/plain');
    await waitForCharts(p, 1);
    await p.keyboard.press('Tab');
    const state = () =>
      p.evaluate(() => {
        const root = document.querySelector('partnership-effect')!.shadowRoot!;
        const active = root.activeElement as HTMLElement | null;
        const tip = root.querySelector<HTMLElement>('.tooltip');
        return {
          focused: active?.getAttribute('aria-label') ?? null,
          tip: tip && !tip.hidden ? tip.textContent?.trim() : null,
          stops: root.querySelectorAll('.pt[tabindex="0"]').length,
        };
      });
    const first = await state();
    expect(first.focused).toMatch(
      /No non-UN partner, 0 UN troops: [\d,.]+ predicted battle deaths per month \(95% interval/,
    );
    expect(first.tip).toBe(first.focused);
    expect(first.stops).toBe(1);
    await p.keyboard.press('ArrowRight');
    const second = await state();
    expect(second.focused).toMatch(/No non-UN partner, 500 UN troops/);
    await p.keyboard.press('ArrowDown');
    expect((await state()).focused).toMatch(/non-UN troops, 500 UN troops/);
    await p.keyboard.press('Escape');
    expect((await state()).tip).toBeNull();
    await p.keyboard.press('Enter');
    const events = await waitForCharts(p, 1);
    const select = events.find((e) => e.type === 'partnership-select');
    expect(select?.detail).toMatchObject({ view: 'effect', datum: { un_troops: 500 } });
    // Pointer: hovering near a point shows its tooltip too; leaving the chart hides it.
    await p.keyboard.press('Escape');
    const box = await p.locator('partnership-effect >> .pt >> nth=10').boundingBox();
    await p.mouse.move(box!.x + box!.width / 2 + 3, box!.y + box!.height / 2 + 2);
    expect((await state()).tip).toMatch(/5,000 UN troops/);
    await p.mouse.move(2, 2);
    expect((await state()).tip).toBeNull();
    // Reduced motion (the page emulates it): no animation on the loading skeleton.
    const animation = await p.evaluate(() => {
      const el = document.createElement('partnership-effect');
      el.setAttribute('data-src', 'https://127.0.0.1:9/never.json');
      document.body.append(el);
      // Read the first render (the loading state), before the refused request turns it into an error.
      return (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete.then(() => {
        const sk = el.shadowRoot?.querySelector('.skeleton');
        return sk ? getComputedStyle(sk).animationName : 'no skeleton';
      });
    });
    expect(animation).toBe('none');
    await p.close();
  });

  it('downloads a CSV that parses, an SVG that parses and a PNG; the table shows the same rows', async () => {
    const p = await open('/plain');
    await waitForCharts(p, 1);
    const grab = async (kind: string) => {
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.locator(`partnership-effect >> button[data-download="${kind}"]`).click(),
      ]);
      return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
    };
    const csv = await grab('csv');
    expect(csv.name).toBe('partnership-effect.csv');
    const lines = csv.body.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('nonun_troops,un_troops,fit,lower,upper,ci_level');
    const rows = lines.slice(1).map((l) => l.split(',').map(Number));
    expect(rows.length).toBe(82);
    for (const r of rows) {
      expect(r).toHaveLength(6);
      expect(r.every(Number.isFinite)).toBe(true);
      expect(r[3]!).toBeLessThanOrEqual(r[2]!);
      expect(r[2]!).toBeLessThanOrEqual(r[4]!);
    }
    const svgFile = await grab('svg');
    const parsed = await p.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.nodeName,
        lines: doc.querySelectorAll('path.line').length,
      };
    }, svgFile.body.toString('utf8'));
    expect(parsed).toEqual({ error: false, root: 'svg', lines: 2 });
    const png = await grab('png');
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await p.locator('partnership-effect >> button[aria-pressed]').click();
    expect(await p.locator('partnership-effect >> table tbody tr').count()).toBe(82);
    expect(await axeViolations(p)).toEqual([]);
    await p.close();
  });

  it('follows the dark colour scheme and passes axe (contrast included) there', async () => {
    const p = await open('/plain', 1024, 'dark');
    await waitForCharts(p, 1);
    const bg = await p.evaluate(() =>
      getComputedStyle(document.querySelector('partnership-effect')!)
        .getPropertyValue('--pe-background')
        .trim(),
    );
    expect(bg).toBe('#15181c');
    expect(await axeViolations(p)).toEqual([]);
    await p.evaluate(() => document.querySelector('partnership-effect')!.setAttribute('theme', 'light'));
    const light = await p.evaluate(() =>
      getComputedStyle(document.querySelector('partnership-effect')!)
        .getPropertyValue('--pe-background')
        .trim(),
    );
    expect(light).toBe('#ffffff');
    await p.close();
  });

  it('explains bad attributes politely and still draws; shows errors with retry, and an empty state', async () => {
    const bad = await open('/bad');
    const ev = await waitForCharts(bad, 1);
    expect(ev[0]?.type).toBe('partnership-ready');
    const notices = await bad.locator('partnership-effect >> .notices li').allTextContents();
    expect(notices.join('\n')).toContain(
      'The view setting “pie” was not understood: use effect, trend, scenario or robustness.',
    );
    expect(notices.join('\n')).toContain('un-max');
    expect(notices).toHaveLength(3);
    await bad.close();

    const missing = await open('/missing');
    const err = await waitForCharts(missing, 1);
    expect(err[0]).toMatchObject({ type: 'partnership-error' });
    expect(await missing.locator('partnership-effect >> [role="alert"]').textContent()).toContain('404');
    await missing.locator('partnership-effect >> [role="alert"] button').click();
    await waitForCharts(missing, 2);
    await missing.close();

    const empty = await open('/empty');
    await empty.waitForFunction(() =>
      document.querySelector('partnership-effect')?.shadowRoot?.querySelector('.state[role="status"]'),
    );
    const text = await empty.locator('partnership-effect >> .plot').textContent();
    expect(text).toContain('There are no data to show');
    expect(await empty.locator('partnership-effect >> .notices').textContent()).toContain('Atlantis');
    await empty.close();
  });

  it('speaks French when the page does', async () => {
    const p = await open('/fr');
    await waitForCharts(p, 1);
    const reading = await p.locator('partnership-effect >> [part="reading"]').textContent();
    expect(reading).toMatch(/^De \d{4} à \d{4}, \d+\s% des mois de déploiement de l’ONU/);
    await p.close();
  });

  it('re-lays out all three views from 320 to 1200 px (ResizeObserver) without overlapping text', async () => {
    const p = await open('/views', 1200);
    await waitForCharts(p, 3);
    for (const width of [1200, 1024, 360, 320]) {
      await p.setViewportSize({ width, height: 900 });
      await p.waitForFunction(
        (w) =>
          ['e', 's', 't'].every((id) => {
            const svg = document.getElementById(id)?.shadowRoot?.querySelector('svg.chart');
            return Number(svg?.getAttribute('width')) === w - 32 - 26;
          }),
        width,
      );
      for (const id of ['e', 's', 't'])
        expect(await overlappingTexts(p, `#${id}`), `${id} at ${width} px`).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      if (width === 360 || width === 1024) {
        await mkdir(references, { recursive: true });
        for (const id of ['e', 's', 't']) {
          const shot = await p.locator(`#${id}`).screenshot({ animations: 'disabled' });
          const file = join(
            references,
            `${id === 'e' ? 'effect' : id === 's' ? 'scenario' : 'trend'}-${width}.png`,
          );
          if (UPDATE || !existsSync(file)) {
            await writeFile(file, shot);
            if (!UPDATE) throw new Error(`no reference image ${file}: written now; look at it and rerun`);
          } else expect(await pixelMismatch(p, shot, await readFile(file)), `${file}`).toBeLessThan(0.02);
        }
      }
    }
    await p.close();
  });

  it('reads a panel CSV given by data-src, restricted to two countries, and says so in the source lines', async () => {
    const p = await open('/csv');
    const events = await waitForCharts(p, 1);
    expect(events[0]).toMatchObject({ type: 'partnership-ready', detail: { view: 'trend' } });
    expect(await p.locator('partnership-effect >> .source').textContent()).toContain('panel.csv');
    expect(await p.locator('partnership-effect >> .scope').textContent()).toBe(
      'Countries included: COD and Mali only.',
    );
    // Two countries only: at most two deployments a month over the panel's years.
    const months = await p.evaluate(() =>
      (document.querySelector('partnership-effect') as HTMLElement & { toCSV(): string })
        .toCSV()
        .trim()
        .split('\r\n')
        .slice(1)
        .reduce(
          (sum, line) =>
            sum +
            line
              .split(',')
              .slice(2)
              .map(Number)
              .reduce((a, b) => a + b, 0),
          0,
        ),
    );
    expect(months).toBeGreaterThan(0);
    expect(months).toBeLessThanOrEqual(2 * 12 * 27);
    expect(await p.locator('partnership-effect >> [part="reading"]').textContent()).toMatch(
      /^From \d{4} to \d{4}, \d+% of UN deployment months/,
    );
    await p.close();
  });
});
