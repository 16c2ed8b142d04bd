import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PartnershipEffect } from '../../src/partnership-effect/partnership-effect.component.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Declaration {
  tagName: string;
  description: string;
  attributes: { name: string; type?: { text: string } }[];
  events: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string; default?: string }[];
}

describe('custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations: Declaration[] }[];
  };
  const d = manifest.modules[0]!.declarations[0]!;

  it('documents every observed attribute of the element, and nothing else', () => {
    const names = Object.entries(PartnershipEffect.properties)
      .filter(([, o]) => !(o as { state?: boolean }).state)
      .map(([k, o]) => ((o as { attribute?: string }).attribute ?? k).toLowerCase());
    expect(names).toHaveLength(10);
    expect(d.attributes.map((a) => a.name).sort()).toEqual(names.sort());
    expect(d.tagName).toBe('partnership-effect');
    expect(d.description).toMatch(/^`<partnership-effect>`: how monthly battle deaths/);
    expect(d.description).not.toContain('export');
  });

  it('lists the events, parts and custom properties with their defaults', () => {
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
    ]);
    const css = readFileSync(join(root, 'src/partnership-effect/partnership-effect.styles.ts'), 'utf8');
    for (const p of d.cssProperties) expect(css, p.name).toContain(`${p.name}:`);
    expect(d.cssProperties.find((p) => p.name === '--pe-accent-1')?.default).toBe('#1d5fa8');
  });
});
