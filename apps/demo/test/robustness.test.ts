/**
 * The Robustness page of the BUILT demo (dist/) in headless chromium: a slice of the multiverse run in
 * the worker, the specification curve rendered, keyboard navigation, filter, permalink to the Model
 * page, Cancel, axe, and reference screenshots at 360 and 1024 px (UPDATE_SCREENSHOTS=1 rewrites them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const references = fileURLToPath(new URL('./__screenshots__/reference', import.meta.url));
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// 3 samples × 3 fixed effects × 2 models on the bundled panel
const ONLY = 'unit=country-month,nonun=strict,controls=none,pastViolence=log1p-lag1';

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

/** Share of pixels differing by more than `threshold` in a channel (as the widget's browser harness). */
async function pixelMismatch(page: Page, a: Buffer, b: Buffer, threshold = 48): Promise<number> {
  return page.evaluate(
    async ({ a64, b64, t }) => {
      const load = async (s: string) => {
        const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(s), (c) => c.charCodeAt(0))]));
        const c = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
        c.drawImage(bmp, 0, 0);
        return c.getImageData(0, 0, bmp.width, bmp.height);
      };
      const [x, y] = [await load(a64), await load(b64)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      let bad = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if (Math.max(...[0, 1, 2].map((k) => Math.abs(x.data[i + k]! - y.data[i + k]!))) > t) bad += 1;
      return bad / (x.width * x.height);
    },
    { a64: a.toString('base64'), b64: b.toString('base64'), t: threshold },
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            d: Document,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

async function ranPage(width: number): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}?page=robustness&only=${encodeURIComponent(ONLY)}`);
  await page.waitForSelector('[data-testid="dataset-badge"]:has-text("africa-cm")');
  await page.click('[data-testid="run-multiverse"]');
  await page.waitForSelector('[data-testid="spec-curve"][data-drawn="true"]', { timeout: 120_000 });
  return { page, errors };
}

describe('the Robustness page', () => {
  it('runs a slice of the multiverse, is keyboard-navigable, filters, links to the Model page and passes axe', async () => {
    const { page, errors } = await ranPage(1024);
    expect(await page.textContent('[data-testid="mv-reading"]')).toMatch(
      /^In \d+ of 18 specifications, the UN × non-UN interaction/,
    );
    await page.focus('[data-testid="spec-curve"]');
    expect(await page.textContent('[data-testid="spec-readout"]')).toMatch(/^Specification 1 of 18/);
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('[data-testid="spec-readout"]')).toMatch(/^Specification 2 of 18/);
    await page.keyboard.press('End');
    expect(await page.getAttribute('[data-testid="spec-curve"]', 'aria-valuenow')).toBe('18');
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption('#mv-filter-model', 'nb2');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="spec-readout"]')?.textContent?.includes('of 9'),
    );
    expect(page.url()).toContain('f_model=nb2');
    await page.focus('[data-testid="spec-curve"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.page-model h1');
    expect(page.url()).toMatch(/page=model&m=/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('opens a specification in the Model page with its sample and clusters: the same n as the curve', async () => {
    const { page, errors } = await ranPage(1024);
    await page.selectOption('#mv-filter-sample', '1993-2018');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="spec-readout"]')?.textContent?.includes('of 6'),
    );
    await page.focus('[data-testid="spec-curve"]');
    const readout = (await page.textContent('[data-testid="spec-readout"]')) ?? '';
    const n = Number(/; n (\d+), (\d+) clusters/.exec(readout)?.[1]);
    expect(n).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const observations = '[data-testid="regression-table"] tr:has(th:text-is("Observations")) td';
    await page.waitForSelector(observations, { timeout: 120_000 });
    expect(Number((await page.textContent(observations))?.replace(/,/g, ''))).toBe(n);
    expect(await page.textContent('[data-testid="regression-table"] .vcov-type')).toContain('country');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('loads the conflict-month panel for conflict-month specifications and marks the main one', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const only =
      'unit=conflict-month,sample=1993-2018,nonun=strict,pastViolence=log1p-lag1,controls=police-observers-duration,fixedEffects=none';
    await page.goto(`${server.url}?page=robustness&only=${encodeURIComponent(only)}`);
    await page.waitForSelector('[data-testid="dataset-badge"]:has-text("africa-cm")');
    await page.click('[data-testid="run-multiverse"]');
    await page.waitForSelector('[data-testid="spec-curve"][data-drawn="true"]', { timeout: 120_000 });
    expect(await page.textContent('[data-testid="spec-curve"]')).toContain('main specification');
    expect(await page.textContent('[data-testid="mv-reading"]')).toMatch(/^In \d of 2 specifications/);
    expect(await page.textContent('.page-robustness')).toMatch(/Failed fits are\s+kept as rows \(0 of 2/);
    await context.close();
  }, 180_000);

  it('cancels a running multiverse', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}?page=robustness`);
    await page.waitForSelector('[data-testid="dataset-badge"]:has-text("africa-cm")');
    await page.click('[data-testid="run-multiverse"]');
    await page.click('[data-testid="cancel-multiverse"]');
    await page.waitForSelector('.page-robustness [role="alert"]:has-text("Cancelled")');
    expect(await page.isEnabled('[data-testid="run-multiverse"]')).toBe(true);
    await context.close();
  }, 60_000);

  it.each([360, 1024])(
    'matches the reference screenshot at %i px',
    async (width) => {
      const { page } = await ranPage(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      const shot = await page.locator('.page-robustness figure').screenshot({ animations: 'disabled' });
      const file = join(references, `robustness-${width}.png`);
      if (UPDATE || !existsSync(file)) {
        await mkdir(references, { recursive: true });
        await writeFile(file, shot);
        if (!UPDATE) throw new Error(`no reference image ${file}: written now; look at it and rerun`);
      } else expect(await pixelMismatch(page, shot, await readFile(file))).toBeLessThan(0.02);
      await page.context().close();
    },
    180_000,
  );
});
