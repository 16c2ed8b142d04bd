import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/size.mjs', import.meta.url));

describe('size budgets (scripts/size.mjs)', () => {
  it('keeps the element script within 30 KB gzip and the live-fit module within 60 KB gzip', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const bytes = (name: string) =>
      Number(new RegExp(`script\\s+${name.replace('.', '\\.')}\\s.*; (\\d+) bytes\\)`).exec(r.stdout)?.[1]);
    // Both measured the real bundles (the element has lit and the charts; the live-fit module has core).
    expect(bytes('partnership-effect.js')).toBeGreaterThan(10_000);
    expect(bytes('partnership-effect.js')).toBeLessThanOrEqual(30 * 1024);
    expect(bytes('live-fit.js')).toBeGreaterThan(20_000);
    expect(bytes('live-fit.js')).toBeLessThanOrEqual(60 * 1024);
  });
});
