import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('demo build', () => {
  it('emits an index.html that loads a script', () => {
    const index = new URL('../dist/index.html', import.meta.url);
    expect(existsSync(index)).toBe(true);
    expect(readFileSync(index, 'utf8')).toMatch(/<script type="module"[^>]+src="\/assets\//);
  });
});
