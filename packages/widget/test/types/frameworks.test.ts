/**
 * The React, Vue and Svelte typings (`src/frameworks/*.ts`) compile against the frameworks' real types
 * (@types/react 19, vue 3.5, svelte 5), accept the element's settings and typed events, and reject
 * wrong values (`@ts-expect-error` cases that must fail to compile).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(here, '../../node_modules/typescript/bin/tsc');

describe('framework typings', () => {
  it('type-check the React, Vue and Svelte test-d files', () => {
    const r = spawnSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
