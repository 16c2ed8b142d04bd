// The bad-file corpus (packages/core/test/fixtures/bad, issue 15) against the demo's upload check,
// with the real estimator engine in this thread: the same files are accepted or refused as by the CLI.
import { readFileSync } from 'node:fs';
import { describeDialect } from '@peacepanel/core';
import { createEstimator } from '@peacepanel/worker';
import { describe, expect, it } from 'vitest';
import { withoutFix } from '../src/pages/data/upload-panel.js';
import { checkUpload } from '../src/services/check-upload.js';

interface BadCase {
  file: string;
  failure: string;
  panel: { ok: boolean; message: string; line?: number; column?: string };
}

const dir = new URL('../../../packages/core/test/fixtures/bad/', import.meta.url);
const cases: BadCase[] = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8'));
const engine = createEstimator();

describe('bad-file corpus through the demo upload check', () => {
  for (const c of cases)
    it(`${c.file} (${c.failure})`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(c.file, dir)));
      const r = await checkUpload(bytes, c.file, (req) => engine.validatePanelCsv(req));
      expect(r.ok, r.ok ? '' : r.errors.map((e) => e.message).join('\n')).toBe(c.panel.ok);
      if (r.ok) {
        expect(describeDialect(r.value.dialect)).toMatch(new RegExp(c.panel.message));
        return;
      }
      const first = r.errors[0]!;
      expect(first.message).toMatch(new RegExp(c.panel.message));
      if (c.panel.line !== undefined) expect(first.location?.line).toBe(c.panel.line);
      if (c.panel.column !== undefined) expect(first.location?.column).toBe(c.panel.column);
      // the error table shows the message and the fix in separate columns, each once
      if (first.fix) expect(withoutFix(first)).not.toContain(first.fix);
    });
});
