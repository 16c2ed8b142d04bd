import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PartnershipEffectElement } from '../../src/partnership-effect/partnership-effect.component.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Declaration {
  tagName?: string;
  description: string;
  attributes: { name: string; type?: { text: string } }[];
  events: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string; default?: string; description?: string }[];
}

const read = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations: Declaration[] }[] };

describe('custom-elements.json', () => {
  const manifest = read(join(root, 'custom-elements.json'));
  const d = manifest.modules.flatMap((m) => m.declarations).find((x) => x.tagName === 'partnership-effect')!;
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is what @custom-elements-manifest/analyzer writes from the source now (run `pnpm build`)', () => {
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--outdir',
        relative(root, out),
        '--quiet',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(read(join(out, 'custom-elements.json'))).toEqual(manifest);
  }, 60_000);

  it('documents every observed attribute of the element, and nothing else', () => {
    const names = Object.entries(PartnershipEffectElement.properties)
      .filter(([, o]) => !(o as { state?: boolean }).state)
      .map(([k, o]) => ((o as { attribute?: string }).attribute ?? k).toLowerCase());
    expect(names).toHaveLength(11);
    expect(d.attributes.map((a) => a.name).sort()).toEqual(names.sort());
    expect(d.description).toMatch(/^`<partnership-effect>`: how monthly battle deaths/);
  });

  it('lists the events, parts and every CSS custom property of the styles, with defaults', () => {
    expect(d.events.map((e) => e.name)).toEqual([
      'partnership-ready',
      'partnership-error',
      'partnership-select',
    ]);
    expect(d.cssParts.map((p) => p.name)).toEqual([
      'figure',
      'title',
      'reading',
      'plot',
      'legend',
      'plot-area',
      'footer',
      'sources',
    ]);
    const css = readFileSync(join(root, 'src/partnership-effect/partnership-effect.styles.ts'), 'utf8');
    const used = [...new Set(css.match(/--pe-[\w-]+/g))].sort();
    expect(d.cssProperties.map((p) => p.name).sort()).toEqual(used);
    for (const p of d.cssProperties) {
      expect(p.default, p.name).toBeTruthy();
      expect(p.description, p.name).toBeTruthy();
    }
    expect(d.cssProperties.find((p) => p.name === '--pe-accent-1')?.default).toBe('#1d5fa8');
  });
});
