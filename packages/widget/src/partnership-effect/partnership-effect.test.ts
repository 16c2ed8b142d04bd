// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { langConverter, settingConverter } from './attributes.js';
import { definePartnershipEffect } from './define.js';
import type { PartnershipEffectElement } from './partnership-effect.component.js';

// The element itself, in happy-dom: typed properties from attributes (bad values fall back and are
// reported), and a default view painted from the precomputed views (dist/default-views.json).
const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const base = new URL('https://cdn.example/w/datasets/');

beforeAll(() => {
  const views = readFileSync(join(dist, 'default-views.json'), 'utf8');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url.endsWith('default-views.json') ? new Response(views) : new Response('', { status: 404 }),
    ),
  );
  definePartnershipEffect(base);
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(attributes: Record<string, string>): Promise<PartnershipEffectElement> {
  const el = document.createElement('partnership-effect');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<partnership-effect> properties', () => {
  it('reads attributes into typed properties', async () => {
    const el = await mount({ view: 'trend', theme: 'dark', 'un-max': '15,000', ci: '90', lang: 'fr-CA' });
    expect(el.view).toBe('trend');
    expect(el.theme).toBe('dark');
    expect(el.unMax).toBe(15000);
    expect(el.ci).toBeCloseTo(0.9);
    expect(el.locale).toBe('fr');
    expect(el.countries).toBeUndefined();
  });

  it('reads a value it does not understand as the documented fallback, keeps the attribute and says so', async () => {
    const el = await mount({ view: 'pie', 'un-max': 'lots' });
    expect(el.view).toBe('effect');
    expect(el.unMax).toBe(20000);
    expect(el.getAttribute('view')).toBe('pie');
    const notices = [...(el.shadowRoot?.querySelectorAll('.notices li') ?? [])].map((li) => li.textContent);
    expect(notices.join('\n')).toContain('pie');
    expect(notices.join('\n')).toContain('un-max');
  });

  it('has converters that never throw', () => {
    expect(settingConverter('view').fromAttribute?.('  TREND ')).toBe('trend');
    expect(settingConverter('theme').fromAttribute?.('sepia')).toBe('auto');
    expect(settingConverter('height').fromAttribute?.('9000')).toBe(380);
    expect(settingConverter('dataset').fromAttribute?.('africa-cm')).toBe('africa-cm');
    expect(langConverter.fromAttribute?.('xx')).toBeUndefined();
  });

  it('paints a default view from the precomputed views, with a point per year in the trend view', async () => {
    const el = await mount({ view: 'trend' });
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('svg.chart')).toBeTruthy(), { timeout: 5000 });
    const points = el.shadowRoot?.querySelectorAll('.pt') ?? [];
    expect(points.length).toBeGreaterThan(10);
    expect(el.toCSV()?.split('\r\n')[0]).toBe('year,share,un_only,both,nonun_only');
  });
});
