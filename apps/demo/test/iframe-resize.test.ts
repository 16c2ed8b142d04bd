/**
 * The iframe snippet on a host page of another origin, in headless Chromium against the BUILT demo:
 * the embed page reports its height and the snippet's resize script sizes the iframe, so at phone to
 * desktop widths the whole chart shows with no scrolling inside the frame. Messages from any other
 * origin are ignored.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { DEFAULT_EMBED, iframeSnippet } from '../src/pages/embed/embed-config.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

let browser: Browser;
let embedServer: { url: string; close: () => Promise<void> };
let hostServer: { url: string; close: () => Promise<void> };
const hostPages: Record<string, string> = {};

beforeAll(async () => {
  embedServer = await serveStatic({ roots: [dist] });
  // Another port: another origin, as an NGO's site would be.
  hostServer = await serveStatic({ roots: [], pages: hostPages });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await embedServer?.close();
  await hostServer?.close();
});

/** Waits until the chart is drawn and the iframe's height equals what the embed page reports. */
async function settled(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[src*="embed.html"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no iframe');
  await frame.waitForSelector('partnership-effect svg', { timeout: 60_000 });
  // The resize script has set a height.
  await page.waitForFunction(
    () => (document.querySelector<HTMLIFrameElement>('iframe[src*="embed.html"]')?.style.height ?? '') !== '',
    undefined,
    { timeout: 30_000 },
  );
  // Heights settle after the last re-flow: the frame's content height must equal the iframe's.
  await frame.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight, undefined, {
    timeout: 30_000,
  });
  return frame;
}

describe('the iframe snippet sizes itself', () => {
  const snippet = () => iframeSnippet(DEFAULT_EMBED, `${embedServer.url}embed.html`);

  it.each([320, 400, 700, 1100])(
    'at %i px wide the iframe shows the whole chart with no inner scroll',
    async (width) => {
      hostPages['/host.html'] =
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>NGO</title></head><body><h1>Our work</h1>${snippet()}<p>After the chart.</p></body></html>`;
      const page = await browser.newPage({ viewport: { width, height: 700 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${hostServer.url}host.html`);
      const frame = await settled(page);
      const inside = await frame.evaluate(() => {
        const el = document.querySelector('partnership-effect')!;
        const footer = el.shadowRoot?.querySelector('[part~="footer"]')?.getBoundingClientRect();
        return {
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          innerHeight: window.innerHeight,
          innerWidth: window.innerWidth,
          footerBottom: footer ? footer.bottom : Number.NaN,
        };
      });
      expect(inside.scrollHeight).toBeLessThanOrEqual(inside.innerHeight);
      expect(inside.scrollWidth).toBeLessThanOrEqual(inside.innerWidth);
      // The last part of the figure (sources and downloads) is inside the frame.
      expect(inside.footerBottom).toBeLessThanOrEqual(inside.innerHeight);
      const iframeHeight = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
      expect(Math.abs(iframeHeight - inside.innerHeight)).toBeLessThanOrEqual(1);
      // To look at: IFRAME_SCREENSHOTS=dir writes host-<width>.png there.
      if (process.env.IFRAME_SCREENSHOTS)
        await page.screenshot({
          path: join(process.env.IFRAME_SCREENSHOTS, `host-${width}.png`),
          fullPage: true,
        });
      expect(errors).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it('ignores height messages from another origin, even from an iframe on the page', async () => {
    hostPages['/evil.html'] =
      `<!doctype html><html><body><script>parent.postMessage({ 'peacepanel-height': { x: 40 } }, '*');</script></body></html>`;
    hostPages['/host-evil.html'] =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NGO</title><script>window.seen = 0; addEventListener('message', (e) => { if (e.data && e.data['peacepanel-height'] && e.data['peacepanel-height'].x) window.seen++; });</script></head><body>${snippet()}<iframe id="evil" title="other" src="/evil.html" style="height:150px"></iframe></body></html>`;
    const page = await browser.newPage({ viewport: { width: 700, height: 700 } });
    await page.goto(`${hostServer.url}host-evil.html`);
    const frame = await settled(page);
    const before = await page.$eval('iframe[src*="embed.html"]', (f) => f.getBoundingClientRect().height);
    expect(before).toBeGreaterThan(400);
    // The host's own window (the wrong origin, and not an iframe), then the evil frame again.
    await page.evaluate(() => window.postMessage({ 'peacepanel-height': { x: 30 } }, '*'));
    await page.$eval('#evil', (f) => (f as HTMLIFrameElement).contentWindow?.location.reload());
    await page.waitForFunction(() => (window as unknown as { seen: number }).seen >= 3);
    expect(await page.$eval('#evil', (f) => (f as HTMLElement).style.height)).toBe('150px');
    expect(await page.$eval('iframe[src*="embed.html"]', (f) => f.getBoundingClientRect().height)).toBe(
      before,
    );
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(
      true,
    );
    await page.close();
  }, 120_000);
});
