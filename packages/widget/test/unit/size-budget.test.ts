import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/size.mjs', import.meta.url));

describe('size budget', () => {
  it('keeps dist/partnership-effect.js, the only script, within 64 KB gzip (scripts/size.mjs)', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const bytes = Number(/; (\d+) bytes\)/.exec(r.stdout)?.[1]);
    expect(bytes).toBeGreaterThan(10_000); // it measured the real bundle
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
  });
});
