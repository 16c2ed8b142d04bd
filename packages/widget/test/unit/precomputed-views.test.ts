import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultSettings, precomputeDefaultViews } from '../../scripts/precompute-views.js';
import {
  PRECOMPUTED_FILE,
  type PrecomputedFile,
  precomputedView,
  precomputedViews,
  viewKey,
} from '../../src/partnership-effect/precomputed.js';
import { DATASET_VIEWS } from '../../src/partnership-effect/settings.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const built = join(root, 'dist', PRECOMPUTED_FILE);
let shipped: PrecomputedFile;

beforeAll(() => {
  expect(existsSync(built), 'build the package first (`pnpm --filter @peacepanel/widget build`)').toBe(true);
  shipped = JSON.parse(readFileSync(built, 'utf8')) as PrecomputedFile;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the precomputed default views (dist/default-views.json)', () => {
  it('equal a fresh fit of the default views by the same code, number for number', async () => {
    const fresh = await precomputeDefaultViews(join(root, '../data/datasets'));
    expect(shipped.views.map((v) => v.viewData.view)).toEqual([...DATASET_VIEWS]);
    expect(shipped).toEqual(fresh);
    // Real fits, not placeholders: two curves of 41 points, ordered intervals, 4 scenarios, years.
    const effect = shipped.views.find((v) => v.viewData.view === 'effect')!.viewData;
    if (effect.view !== 'effect') throw new Error('not the effect view');
    expect(effect.data.curves.map((c) => c.points.length)).toEqual([41, 41]);
    for (const p of effect.data.curves.flatMap((c) => c.points)) {
      expect(p.lower).toBeLessThanOrEqual(p.fit);
      expect(p.fit).toBeLessThanOrEqual(p.upper);
    }
  });

  it('answer exactly the settings of an element with no attributes but view', () => {
    for (const view of DATASET_VIEWS) {
      const v = shipped.views.find((x) => x.key === viewKey(defaultSettings(view)));
      expect(v?.viewData.view, view).toBe(view);
      expect(v?.prepared.id).toBe(shipped.dataset.id);
      expect(v?.prepared.unknownCountries).toEqual([]);
    }
  });

  it('are found for the defaults only; countries, data-src and other settings need a live fit', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(shipped))),
    );
    const url = 'https://cdn.example/w/default-views.json';
    const d = defaultSettings('effect');
    expect((await precomputedView(url, d))?.viewData.view).toBe('effect');
    expect((await precomputedView(url, defaultSettings('scenario')))?.viewData.view).toBe('scenario');
    expect(await precomputedView(url, { ...d, countries: ['Mali'] })).toBeUndefined();
    expect(await precomputedView(url, { ...d, dataSrc: 'https://ngo.example/panel.csv' })).toBeUndefined();
    expect(await precomputedView(url, { ...d, ci: 0.9 })).toBeUndefined();
    expect(await precomputedView(url, { ...d, nonunLevels: [0, 5000] })).toBeUndefined();
    // The trend view counts deployments: troop numbers and the level do not change it.
    const t = defaultSettings('trend');
    expect((await precomputedView(url, { ...t, ci: 0.9, unMax: 5000 }))?.viewData.view).toBe('trend');
    expect(await precomputedView(url, { ...t, dataset: 'another' as typeof t.dataset })).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1); // one request per URL, shared
  });

  it('are simply absent when the file is missing or of another format (every view is then fitted live)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.includes('old')
          ? new Response(JSON.stringify({ ...shipped, format: 0 }))
          : new Response('not found', { status: 404 }),
      ),
    );
    expect((await precomputedViews('https://cdn.example/missing/default-views.json')).size).toBe(0);
    expect((await precomputedViews('https://cdn.example/old/default-views.json')).size).toBe(0);
  });
});
