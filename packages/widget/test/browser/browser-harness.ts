import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium.mjs';

/** Headless Debian Chromium, launched once per test file. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
  });
}

/** Records `partnership-*` events on the page (installed before any script runs). */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __events: { type: string; detail: unknown; id: string }[] };
    w.__events = [];
    for (const type of ['partnership-ready', 'partnership-error', 'partnership-select'])
      document.addEventListener(type, (e) =>
        w.__events.push({ type, detail: (e as CustomEvent).detail, id: (e.target as Element).id }),
      );
  });
}

export interface RecordedEvent {
  type: string;
  detail: Record<string, unknown>;
  id: string;
}

/** Waits until `n` ready-or-error events were dispatched, and returns all events. */
export async function waitForCharts(page: Page, n: number, timeout = 60_000): Promise<RecordedEvent[]> {
  await page.waitForFunction(
    (count) =>
      (window as unknown as { __events: { type: string }[] }).__events.filter(
        (e) => e.type !== 'partnership-select',
      ).length >= count,
    n,
    { timeout },
  );
  return page.evaluate(() => (window as unknown as { __events: RecordedEvent[] }).__events);
}

const require = createRequire(import.meta.url);

/** Runs axe-core on the page (shadow roots included); returns the violations, summarised. */
export async function axeViolations(page: Page, tags = ['wcag2a', 'wcag2aa', 'wcag21aa']): Promise<string[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(async (runTags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            o: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[]; help: string }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: runTags },
      resultTypes: ['violations'],
    });
    return r.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')})`,
    );
  }, tags);
  return result;
}

/**
 * Compares two PNGs in the browser (canvas pixels): the share of pixels whose largest channel
 * difference exceeds `threshold` (0–255). Sizes must match exactly, otherwise the result is 1.
 */
export async function pixelMismatch(page: Page, a: Buffer, b: Buffer, threshold = 48): Promise<number> {
  return page.evaluate(
    async ({ a64, b64, t }) => {
      const load = async (s: string) => {
        const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
        const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        return ctx.getImageData(0, 0, bmp.width, bmp.height);
      };
      const [x, y] = [await load(a64), await load(b64)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      let bad = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(
          Math.abs(x.data[i]! - y.data[i]!),
          Math.abs(x.data[i + 1]! - y.data[i + 1]!),
          Math.abs(x.data[i + 2]! - y.data[i + 2]!),
        );
        if (d > t) bad += 1;
      }
      return bad / (x.width * x.height);
    },
    { a64: a.toString('base64'), b64: b.toString('base64'), t: threshold },
  );
}

/** Bounding boxes of every `<text>` in the element's chart SVG that overlap another one. */
export async function overlappingTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const texts = Array.from(el?.shadowRoot?.querySelectorAll('svg.chart text') ?? []);
    const boxes = texts
      .map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.t.trim() !== '');
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const ix = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (ix > 1 && iy > 1) out.push(`"${boxes[i]!.t}" overlaps "${boxes[j]!.t}"`);
      }
    const svg = el?.shadowRoot?.querySelector('svg.chart')?.getBoundingClientRect();
    if (svg)
      for (const b of boxes)
        if (b.r.left < svg.left - 1 || b.r.right > svg.right + 1) out.push(`"${b.t}" runs outside the chart`);
    return out;
  }, selector);
}
