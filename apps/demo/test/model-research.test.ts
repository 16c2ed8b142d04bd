/**
 * The Model page's research views in the BUILT demo (dist/) in headless chromium: the coefficient
 * plot of the compared models, the rootogram and the residuals, weights and two-way clustering, the
 * wild cluster bootstrap, and a zero-inflated model, each passing axe. Screenshots of the new views
 * go to $PEACEPANEL_SHOTS (when set) for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const SHOTS = process.env.PEACEPANEL_SHOTS;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string | null }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

async function modelPage(query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}?page=model${query}`);
  await page.waitForSelector('[data-testid="dataset-badge"]:has-text("africa-cm")');
  return { page, errors };
}

async function shot(page: Page, selector: string, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page
    .locator(selector)
    .first()
    .screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('the Model page research views', () => {
  it('plots the coefficients of the compared models, the rootogram and the residuals, axe clean', async () => {
    const { page, errors } = await modelPage();
    await page.click('[data-testid="fit-button"]');
    await page.waitForSelector('[data-testid="rootogram"]', { timeout: 90_000 });
    await page.selectOption('#family', 'poisson');
    await page.click('[data-testid="fit-button"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="regression-table"] thead th').length === 3,
      null,
      { timeout: 90_000 },
    );
    await page.waitForSelector('[data-testid="coef-plot"]');
    expect(await page.textContent('[data-testid="coef-legend"]')).toMatch(
      /model \(1\) negbin.*model \(2\) poisson/s,
    );
    expect(
      await page.locator('[data-testid="coef-plot"] line[stroke-width="2"]').count(),
    ).toBeGreaterThanOrEqual(8);
    await page.waitForSelector('[data-testid="residual-plot"]');
    expect(await page.textContent('[data-testid="rootogram-note"]')).toMatch(
      /Counts above 50: [\d,]+ observed/,
    );
    expect(await page.textContent('[data-testid="residual-note"]')).toMatch(/Pearson residuals/);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '[data-testid="coef-plot"]', 'coef-plot');
    await shot(page, '[data-testid="rootogram"]', 'rootogram');
    await shot(page, '[data-testid="residual-plot"]', 'residuals');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('fits with frequency weights and two-way clustering, and the permalink keeps both', async () => {
    const { page, errors } = await modelPage();
    await page.selectOption('#weights', 'conflict_active');
    await page.selectOption('#cluster2', 'year');
    await page.click('[data-testid="fit-button"]');
    await page.waitForSelector('[data-testid="regression-table"] .vcov-type', { timeout: 90_000 });
    expect(await page.textContent('[data-testid="regression-table"] .vcov-type')).toMatch(/year/);
    expect(page.url()).toMatch(/w=conflict_active/);
    expect(page.url()).toMatch(/cl2=year/);
    const restored = await page.context().newPage();
    await restored.goto(page.url());
    await restored.waitForSelector('[data-testid="regression-table"] .vcov-type', { timeout: 90_000 });
    expect(await restored.textContent('[data-testid="regression-table"] .vcov-type')).toMatch(/year/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('runs the wild cluster score bootstrap in the worker', async () => {
    const { page, errors } = await modelPage('&reps=99&wild=1');
    await page.click('[data-testid="bootstrap-button"]');
    await page.waitForSelector('[data-testid="wild-table"]', { timeout: 120_000 });
    const rows = await page.locator('[data-testid="wild-table"] tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(4);
    expect(await page.textContent('[data-testid="wild-table"]')).toContain('un_troops_k_lag1');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '[data-testid="wild-table"]', 'wild');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('fits a zero-inflated negative binomial model with its rootogram', async () => {
    const { page, errors } = await modelPage('&family=zinb');
    await page.click('[data-testid="fit-button"]');
    await page.waitForSelector('[data-testid="two-part-zero"]', { timeout: 120_000 });
    expect(await page.textContent('[data-testid="two-part-summary"]')).toMatch(/converged/);
    await page.waitForSelector('[data-testid="rootogram"]', { timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '.page-model', 'zinb');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
