/**
 * End-to-end tests of the BUILT demo (dist/) in headless Debian chromium through playwright-core,
 * served by a tiny static server on a random 127.0.0.1 port. One browser for the whole file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const cli = join(repo, 'packages/cli/bin/peacepanel.js');
const PAGES = ['overview', 'data', 'model', 'scenarios', 'robustness', 'embed', 'method'] as const;

let browser: Browser;
let context: BrowserContext;
let server: { url: string; close: () => Promise<void> };
const extraPages: Record<string, string> = {};
const work = mkdtempSync(join(tmpdir(), 'peacepanel-e2e-'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** axe-core violations of the WCAG 2 A/AA rules on the page as it is now (serious and critical, or all). */
async function axeProblems(page: Page, all = false): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations;
  });
  return violations
    .filter((v) => all || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${query}`);
  return { page, errors };
}

beforeAll(async () => {
  server = await serveStatic({ roots: [dist], pages: extraPages });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.url.replace(/\/$/, ''),
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

// Generous per-test limits: CI and developer machines here are shared 2-core boxes.
const SLOW = 90_000;

describe('demo app (built, in chromium)', () => {
  it(
    'passes every WCAG 2 A/AA axe rule on every page in dark mode at phone width',
    async () => {
      const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
      const page = await phone.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const problems: Record<string, string[]> = {};
      for (const id of PAGES) {
        await page.goto(`${server.url}?page=${id}`);
        await page.waitForSelector(`.page-${id} h1`);
        await page.waitForLoadState('networkidle');
        const p = await axeProblems(page, true);
        if (p.length) problems[id] = p;
      }
      expect(problems).toEqual({});
      expect(errors).toEqual([]);
      await phone.close();
    },
    SLOW,
  );

  it(
    'loads every page with its heading, no script errors and no serious accessibility problems',
    async () => {
      const { page, errors } = await open('?page=method');
      await page.waitForSelector('[data-testid="dataset-badge"]:has-text("africa-cm")');
      const problems: Record<string, string[]> = {};
      for (const id of PAGES) {
        await page.click(`nav a:text-is("${id[0]!.toUpperCase()}${id.slice(1)}")`);
        await page.waitForSelector(`.page-${id} h1`);
        expect(page.url()).toContain(`page=${id}`);
        expect((await page.textContent(`.page-${id} h1`))?.trim().length).toBeGreaterThan(3);
        expect(await page.title()).toContain('peacepanel');
        // Focus moves to the new page's heading, so screen readers announce it.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        await page.waitForLoadState('networkidle');
        const p = await axeProblems(page);
        if (p.length) problems[id] = p;
      }
      expect(problems).toEqual({});
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'restores a page from a permalink, and back/forward work',
    async () => {
      const { page } = await open('?page=data&q=Chad&sort=battle_deaths:desc&country=Chad');
      await page.waitForSelector('.vt tbody tr[aria-rowindex="2"]');
      expect(await page.inputValue('#table-search')).toBe('Chad');
      expect(await page.inputValue('#country-choice')).toBe('Chad');
      expect(await page.textContent('[data-testid="row-count"]')).toMatch(/^\s*\d[\d,]* of 5,121 rows/);
      expect(await page.getAttribute('th:has(button:text-is("battle_deaths"))', 'aria-sort')).toBe(
        'descending',
      );
      const firstRow = await page.$$eval('.vt tbody tr[aria-rowindex="2"] td', (tds) =>
        tds.map((td) => td.textContent),
      );
      expect(firstRow[0]).toBe('Chad');
      await page.click('nav a:text-is("Method")');
      await page.waitForSelector('.page-method h1');
      await page.goBack();
      await page.waitForSelector('.page-data .vt tbody tr[aria-rowindex="2"]');
      expect(await page.inputValue('#table-search')).toBe('Chad');
      await page.goForward();
      await page.waitForSelector('.page-method h1');
      // A link naming an upload from another tab says so and shows the bundled panel.
      await page.goto(`${server.url}?page=data&data=upload`);
      await page.waitForSelector('text=This link refers to a CSV uploaded in another tab');
      expect(await page.textContent('[data-testid="dataset-badge"]')).toContain('africa-cm');
      await page.close();
    },
    SLOW,
  );

  it(
    'fits the default model in the worker; the UN coefficient equals the CLI on the exported CSV',
    async () => {
      const { page, errors } = await open('?page=data');
      await page.waitForSelector('[data-testid="download-model-csv"]');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="download-model-csv"]'),
      ]);
      const csvPath = join(work, 'model.csv');
      await download.saveAs(csvPath);

      await page.click('nav a:text-is("Model")');
      await page.waitForSelector('[data-testid="fit-button"]');
      const formula = await page.inputValue('[data-testid="formula"]');
      await page.click('[data-testid="fit-button"]');
      await page.waitForSelector(
        '[data-testid="regression-table"] tr[data-term="un_troops_k_lag1"] .estimate',
        {
          timeout: 60_000,
        },
      );
      expect(await page.textContent('[data-testid="fit-info"]')).toContain('in a background worker');
      const shown = Number(
        await page.getAttribute('tr[data-term="un_troops_k_lag1"] .estimate', 'data-value'),
      );
      expect(page.url()).toContain('m=');
      // The permalink (form and fitted models in the URL) restores the same table in a fresh page.
      const restored = await context.newPage();
      await restored.goto(page.url());
      const cell = '[data-testid="regression-table"] tr[data-term="un_troops_k_lag1"] .estimate';
      await restored.waitForSelector(cell, { timeout: 60_000 });
      expect(Number(await restored.getAttribute(cell, 'data-value'))).toBe(shown);
      await restored.close();

      const r = spawnSync(
        process.execPath,
        [
          cli,
          'fit',
          '--data',
          csvPath,
          '--formula',
          formula,
          '--vcov',
          'cluster',
          '--cluster',
          'country',
          '--unit',
          'country',
          '--time',
          'ym',
          '--json',
        ],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      const fit = JSON.parse(r.stdout) as { coefficients: { term: string; estimate: number }[] };
      const un = fit.coefficients.find((c) => c.term === 'un_troops_k_lag1');
      expect(un).toBeDefined();
      // Same estimator, same rows: equal to floating-point noise (relative 1e-9).
      expect(Math.abs(shown - un!.estimate)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(un!.estimate)));
      // Export of the side-by-side table (core's regressionTable).
      await page.click('[data-testid="export-markdown"]');
      expect(await page.textContent('[data-testid="export-text"]')).toMatch(
        /\| un(\\)?_troops(\\)?_k(\\)?_lag1 \|/,
      );
      await page.click('[data-testid="export-html"]');
      expect(await page.textContent('[data-testid="export-text"]')).toMatch(
        /^<table class="regression-table">[\s\S]*<th scope="row">un_troops_k_lag1<\/th>/,
      );
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'predicts scenarios from the sliders, which work with the keyboard and stay in the URL',
    async () => {
      const { page, errors } = await open('?page=scenarios&un=10000&nonun=3000');
      await page.waitForSelector('[data-testid="both-fit"]', { timeout: 60_000 });
      expect(await page.textContent('[data-testid="un-value"]')).toBe('10,000');
      expect(await page.textContent('[data-testid="un-needed"]')).toContain(
        'UN troops needed for the same reduction',
      );
      const before = await page.textContent('[data-testid="both-fit"]');
      await page.focus('#un-troops');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.search.includes('un=10250'));
      await page.waitForFunction(
        (b) => document.querySelector('[data-testid="both-fit"]')?.textContent !== b,
        before,
      );
      expect(await page.textContent('[data-testid="un-value"]')).toBe('10,250');
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  // Main-thread long tasks during fits and bootstraps are measured by scripts/bench-main-thread.mjs.
  it('runs a cluster bootstrap in the worker with a progress bar, and cancels one', async () => {
    const { page, errors } = await open('?page=model&reps=8');
    await page.waitForSelector('button:has-text("Run bootstrap (8)")');
    await page.click('button:has-text("Run bootstrap (8)")');
    await page.waitForSelector('progress[aria-label="Bootstrap progress"]');
    await page.waitForSelector('[data-testid="bootstrap-table"]', { timeout: 100_000 });
    const rows = await page.$$eval('[data-testid="bootstrap-table"] tbody tr', (r) => r.length);
    expect(rows).toBe(6);

    await page.fill('#reps', '2000');
    await page.dispatchEvent('#reps', 'change');
    await page.click('button:has-text("Run bootstrap (2000)")');
    await page.waitForSelector('[data-testid="cancel"]');
    await page.click('[data-testid="cancel"]');
    await page.waitForSelector('text=The bootstrap was cancelled.');
    expect(await page.isEnabled('[data-testid="fit-button"]')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it(
    'uploads a good CSV (used on every page) and reports a broken one with its row and column',
    async () => {
      const full = readFileSync(join(repo, 'packages/data/datasets/africa-cm.csv'), 'utf8')
        .trimEnd()
        .split('\n');
      const header = full[0]!;
      const good = [header, ...full.slice(1).filter((l) => /^(Mali|Chad|Niger),/.test(l))].join('\n');
      const rows = good.split('\n');
      const cols = header.split(',');
      const deathsAt = cols.indexOf('battle_deaths');
      const unAt = cols.indexOf('un_troops');
      const broken = [...rows];
      const r5 = broken[4]!.split(',');
      r5[deathsAt] = 'lots';
      broken[4] = r5.join(',');
      const r9 = broken[8]!.split(',');
      r9[unAt] = '12k';
      broken[8] = r9.join(',');
      const brokenText = broken.join('\n');

      const { page } = await open('?page=data');
      await page.waitForSelector('[data-testid="upload-input"]');
      await page.setInputFiles('[data-testid="upload-input"]', {
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(brokenText),
      });
      await page.waitForSelector('[data-testid="upload-error"]');
      const located = await page.$$eval('[data-testid="upload-error-row"]', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim() ?? '')),
      );
      expect(located.map((r) => r.slice(0, 2))).toEqual([
        ['5', 'battle_deaths'],
        ['9', 'un_troops'],
      ]);
      expect(located[0]![2]).toContain('lots');
      expect(located[1]![2]).toContain('12k');
      expect(await page.textContent('[data-testid="dataset-badge"]')).toContain('africa-cm');

      await page.setInputFiles('[data-testid="upload-input"]', {
        name: 'sahel.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(good),
      });
      await page.waitForSelector('[data-testid="upload-ok"]');
      expect(page.url()).toContain('data=upload');
      expect(await page.textContent('[data-testid="dataset-badge"]')).toContain('sahel.csv');
      expect(await page.textContent('[data-testid="row-count"]')).toContain(
        `of ${(rows.length - 1).toLocaleString('en')} rows`,
      );
      await page.click('nav a:text-is("Overview")');
      await page.waitForSelector('[data-testid="overview-share"]:has-text("your upload")');
      expect(page.url()).toContain('data=upload');
      await page.close();
    },
    SLOW,
  );

  it(
    'a Model permalink listing 60 models fits only the last four and says so (issue 15 item 5)',
    async () => {
      const controls = ['', ' + conflict_duration', ' + log1p(battle_deaths_lag1)'];
      const models = Array.from({ length: 60 }, (_, i) => [
        `battle_deaths ~ un_troops_k_lag1${controls[i % 3]}${i >= 3 ? ` + I(nonun_troops_k_lag1 * ${i})` : ''}`,
        'poisson',
        'model',
      ]);
      const m = Buffer.from(JSON.stringify(models)).toString('base64url');
      const { page, errors } = await open(`?page=model&m=${m}`);
      await page.waitForSelector('[data-testid="link-notice"]');
      expect(await page.textContent('[data-testid="link-notice"]')).toMatch(
        /This link listed 60 models; the page compares up to 4, so only the last 4 were fitted/,
      );
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="regression-table"] thead th').length === 5,
        undefined,
        { timeout: 60_000 },
      );
      expect(await page.$$eval('[data-testid="regression-table"] thead th', (ths) => ths.length)).toBe(5);
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'a Model permalink with more coefficients than rows is refused at once, not fitted for minutes (issue 15 item 4)',
    async () => {
      const m = Buffer.from(
        JSON.stringify([['battle_deaths ~ factor(country) * factor(ym)', 'negbin', 'model']]),
      ).toString('base64url');
      const { page, errors } = await open(`?page=model&m=${m}`);
      await page.waitForSelector('.error-box[role="alert"]', { timeout: 30_000 });
      expect(await page.textContent('.error-box[role="alert"]')).toMatch(
        /needs \d+ coefficients .*(usable rows|peacepanel fits|GB)/,
      );
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'upload (issue 15): reads semicolon and UTF-16 files, names missing columns, locates a negative count, shows each fix once',
    async () => {
      const full = readFileSync(join(repo, 'packages/data/datasets/africa-cm.csv'), 'utf8')
        .trimEnd()
        .split('\n');
      const header = full[0]!;
      const body = full.slice(1).filter((l) => /^(Mali|Chad),/.test(l) && !/[";]/.test(l));
      const cols = header.split(',');
      const deathsAt = cols.indexOf('battle_deaths');
      const semicolon = [header, ...body].map((l) => l.replaceAll(',', ';')).join('\n');
      const { page } = await open('?page=data');
      await page.waitForSelector('[data-testid="upload-input"]');
      const upload = (name: string, buffer: Buffer) =>
        page.setInputFiles('[data-testid="upload-input"]', { name, mimeType: 'text/csv', buffer });

      await upload('semi.csv', Buffer.from(semicolon));
      await page.waitForSelector('[data-testid="upload-ok"]');
      expect(await page.textContent('[data-testid="upload-read"]')).toMatch(
        /^semicolon-separated, decimal point/,
      );

      const utf16 = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from([header, ...body].join('\n'), 'utf16le'),
      ]);
      await upload('excel.csv', utf16);
      await page.waitForSelector('[data-testid="upload-ok"]:has-text("excel.csv")');
      expect(await page.textContent('[data-testid="upload-read"]')).toMatch(/decoded from UTF-16LE/);

      await upload('other.csv', Buffer.from('region,year,fatalities\nSahel,2001,3\nSahel,2002,4\n'));
      await page.waitForSelector('[data-testid="upload-error"]');
      const missing = await page.textContent('[data-testid="error-message"]');
      expect(missing).toMatch(
        /need the columns "country", "ym", "battle_deaths", "un_troops", "nonun_troops"/,
      );
      expect(missing).not.toMatch(/Fix:/);

      const negative = [header, ...body].map((l, i) => {
        if (i !== 3) return l;
        const cells = l.split(',');
        cells[deathsAt] = '-7';
        return cells.join(',');
      });
      await upload('negative.csv', Buffer.from(negative.join('\n')));
      await page.waitForSelector('[data-testid="upload-error"]:has-text("negative.csv")');
      const row = await page.$$eval('[data-testid="upload-error-row"] td', (tds) =>
        tds.map((td) => td.textContent?.trim() ?? ''),
      );
      expect(row.slice(0, 2)).toEqual(['4', 'battle_deaths']);
      expect(row[2]).toMatch(/"-7" is not a count ≥ 0/);
      expect(row[2]).not.toMatch(/Fix:/);
      await page.close();
    },
    SLOW,
  );

  it(
    'the script and iframe snippets copied from the Embed page work in separate static pages',
    async () => {
      const { page } = await open('?page=embed&view=trend&theme=dark');
      await page.waitForSelector('[data-testid="copy-script"]');
      await page.click('[data-testid="copy-script"]');
      await page.waitForSelector('text=The script snippet is on your clipboard.');
      const snippet = await page.evaluate(() => navigator.clipboard.readText());
      expect(snippet).toContain('<partnership-effect view="trend" theme="dark"');
      extraPages['/ngo-page.html'] =
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NGO page</title></head><body><h1>Our work</h1>${snippet}</body></html>`;
      const ngo = await context.newPage();
      const errors: string[] = [];
      ngo.on('pageerror', (e) => errors.push(e.message));
      await ngo.goto(`${server.url}ngo-page.html`);
      await ngo.waitForSelector('partnership-effect svg', { timeout: 30_000 });
      expect(errors).toEqual([]);
      // Default numbers in English: the snippet holds the pre-rendered image, shown without JavaScript.
      expect(snippet).toMatch(
        /<noscript><a href="[^"]+\/widget\/fallback\/trend\.svg"><img src="[^"]+\/widget\/fallback\/trend\.png" alt="How often/,
      );
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto(`${server.url}ngo-page.html`);
      const img = plain.locator('partnership-effect img');
      expect((await img.boundingBox())?.width).toBeGreaterThan(300);
      expect(await img.getAttribute('alt')).toMatch(
        /^How often UN peacekeepers deploy alongside a non-UN mission\. /,
      );
      await noJs.close();
      // Printed: no navigation or buttons, black on white, the chart kept.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        nav: getComputedStyle(document.querySelector('header.site nav')!).display,
        buttons: getComputedStyle(document.querySelector('[data-testid="copy-script"]')!).display,
        background: getComputedStyle(document.body).backgroundColor,
        color: getComputedStyle(document.body).color,
        chart: getComputedStyle(document.querySelector('#embed-preview partnership-effect')!).display,
      }));
      expect(printed).toEqual({
        nav: 'none',
        buttons: 'none',
        background: 'rgb(255, 255, 255)',
        color: 'rgb(0, 0, 0)',
        chart: 'block',
      });
      await page.emulateMedia({ media: 'screen' });

      // The iframe snippet, pasted into another page, shows embed.html with the same settings.
      const iframe = await page.inputValue('[data-testid="snippet-iframe"]');
      expect(iframe).toContain('embed.html?view=trend&amp;theme=dark');
      extraPages['/ngo-iframe.html'] =
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NGO page</title></head><body>${iframe}</body></html>`;
      await ngo.goto(`${server.url}ngo-iframe.html`);
      const frame = ngo.frameLocator('iframe');
      await frame.locator('partnership-effect svg').first().waitFor({ timeout: 30_000 });
      expect(await frame.locator('partnership-effect').getAttribute('view')).toBe('trend');
      expect(errors).toEqual([]);
      await ngo.close();
      await page.close();
    },
    SLOW,
  );
});
