// The bad-file corpus (packages/core/test/fixtures/bad, issue 15) as a widget data-src, through the
// chart engine and the real estimator engine in this thread: accepted or refused as by the CLI and
// the demo upload, with the same messages.
import { readFileSync } from 'node:fs';
import { createEngine } from '@peacepanel/worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FitClient, LiveFitter } from '../../src/partnership-effect/live-fitter.js';

interface BadCase {
  file: string;
  failure: string;
  panel: { ok: boolean; message: string };
}

const dir = new URL('../../../core/test/fixtures/bad/', import.meta.url);
const cases: BadCase[] = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8'));

function chartEngine(): LiveFitter {
  const api = createEngine();
  return new LiveFitter({
    mode: 'in-thread',
    loadDataset: (req: never) => api.loadDataset(req),
    validatePanelCsv: (req: never) => api.validatePanelCsv(req),
    fit: (req: never) => api.fit(req),
    partnershipEffect: (req: never) => api.partnershipEffect(req),
    scenario: (req: never) => api.scenario(req),
    describe: (req: never) => api.describe(req),
    dispose() {},
  } as unknown as FitClient);
}

afterEach(() => vi.unstubAllGlobals());

describe('bad-file corpus as a widget data-src', () => {
  for (const c of cases)
    it(`${c.file} (${c.failure})`, async () => {
      vi.stubGlobal('fetch', async () => new Response(readFileSync(new URL(c.file, dir))));
      const p = await chartEngine().prepare({
        bundledUrl: 'https://x.test/africa-cm.json',
        dataSrc: `https://x.test/${c.file}`,
        countries: null,
      });
      expect(p.ok, p.ok ? '' : p.message).toBe(c.panel.ok);
      if (!p.ok) expect(p.message).toMatch(new RegExp(c.panel.message));
    });
});
