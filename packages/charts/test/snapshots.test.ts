// Snapshot tests after Observable Plot's (test/plot.test.js): each chart of the gallery is drawn to a
// committed file in snapshots/, so a change in the drawing shows as a diff of that file (run
// `npx vitest run -u` to accept one). The demo's chart gallery (?page=gallery) shows these very files.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GALLERY } from './gallery-cases.js';

describe('chart snapshots', () => {
  it.each(GALLERY.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const svg = c.draw();
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    await expect(svg).toMatchFileSnapshot(`snapshots/${name}.svg`);
  });

  it('every file in snapshots/ is a gallery case (no stale snapshot)', () => {
    const files = readdirSync(new URL('./snapshots/', import.meta.url)).filter((f) => f.endsWith('.svg'));
    expect(files.sort()).toEqual(GALLERY.map((c) => `${c.name}.svg`).sort());
  });
});
