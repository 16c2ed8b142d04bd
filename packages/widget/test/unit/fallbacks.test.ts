// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fallbackSvg } from '../../scripts/fallback-svg.js';
import { defaultSettings } from '../../scripts/precompute-views.js';
import {
  type FallbackInfo,
  PRECOMPUTED_FILE,
  type PrecomputedFile,
} from '../../src/partnership-effect/precomputed.js';
import { DATASET_VIEWS } from '../../src/partnership-effect/settings.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path));

describe('the fallback images of the default views (dist/fallback/)', () => {
  const views = (JSON.parse(read(`dist/${PRECOMPUTED_FILE}`).toString('utf8')) as PrecomputedFile).views;
  const infos = JSON.parse(read('dist/fallback/fallbacks.json').toString('utf8')) as FallbackInfo[];

  it.each(DATASET_VIEWS)(
    '%s.svg is a fresh render of the precomputed values by the render modules',
    (view) => {
      const pv = views.find((v) => v.viewData.view === view)!;
      const { svg, info } = fallbackSvg(pv, defaultSettings(view));
      expect(read(`dist/fallback/${view}.svg`).toString('utf8')).toBe(svg);
      expect(infos.find((i) => i.view === view)).toEqual(info);
      // A standalone document with the title, the chart's marks and the study.
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(svg).toContain('Schumann &amp; Bara');
      expect(
        doc.querySelectorAll(view === 'trend' ? 'rect' : view === 'effect' ? 'path.line' : 'circle').length,
      ).toBeGreaterThan(1);
      expect(info.alt.length).toBeGreaterThan(40);
    },
  );

  it.each(DATASET_VIEWS)(
    '%s.png was rasterised from that very SVG (else run `pnpm fallback:png`)',
    (view) => {
      const sources = JSON.parse(read('fallback/sources.json').toString('utf8')) as Record<string, string>;
      const svg = read(`dist/fallback/${view}.svg`);
      expect(
        sources[view],
        `fallback/${view}.png is stale: run \`pnpm --filter @peacepanel/widget fallback:png\``,
      ).toBe(createHash('sha256').update(svg).digest('hex'));
      expect(existsSync(join(root, `dist/fallback/${view}.png`))).toBe(true);
      const png = read(`dist/fallback/${view}.png`);
      expect(png.equals(read(`fallback/${view}.png`))).toBe(true);
      // PNG header: 2× the SVG's size.
      const info = infos.find((i) => i.view === view)!;
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([info.width * 2, info.height * 2]);
    },
  );
});
