import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = (p: string) => new URL(`../dist/${p}`, import.meta.url);

describe('demo build', () => {
  it('emits index.html and embed.html, each loading a module script with relative URLs', () => {
    for (const page of ['index.html', 'embed.html']) {
      expect(existsSync(dist(page))).toBe(true);
      expect(readFileSync(dist(page), 'utf8')).toMatch(/<script type="module"[^>]+src="\.\/assets\//);
    }
  });
  it('ships the widget bundle next to the app, for the demo and for pasted snippets', () => {
    expect(existsSync(dist('widget/partnership-effect.js'))).toBe(true);
  });
  it('keeps the initial load (before the dataset) under 200 KB gzip', () => {
    const script = fileURLToPath(new URL('../scripts/initial-load.mjs', import.meta.url));
    const r = spawnSync(process.execPath, [script, fileURLToPath(dist(''))], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/initial load: \d+ files/);
    expect(r.status).toBe(0);
  });
});
