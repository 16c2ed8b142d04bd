import { describe, expect, it } from 'vitest';
import { bottomTicks } from '../src/axes.js';
import { layoutLegend } from '../src/legend.js';
import { areaPath, linePath } from '../src/paths.js';
import { linearScale } from '../src/scales.js';
import { estimateTextWidth, wrapText } from '../src/text-width.js';

describe('paths', () => {
  it('draws a polyline and breaks it at missing values', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.123456, y: 0 },
      ]),
    ).toBe('M0,10L5.12,0');
    expect(
      linePath([
        { x: 0, y: 1 },
        { x: 1, y: Number.NaN },
        { x: 2, y: 3 },
        { x: 3, y: 4 },
      ]),
    ).toBe('M0,1M2,3L3,4');
  });

  it('closes a band between upper and lower edges', () => {
    expect(
      areaPath(
        [
          { x: 0, y: 1 },
          { x: 2, y: 1 },
        ],
        [
          { x: 0, y: 5 },
          { x: 2, y: 5 },
        ],
      ),
    ).toBe('M0,1L2,1L2,5L0,5Z');
    expect(areaPath([{ x: 0, y: 1 }], [{ x: 0, y: 5 }])).toBe('');
  });
});

describe('layout without overlap', () => {
  const troops = (n: number) => new Intl.NumberFormat('en').format(n);
  for (const width of [240, 320, 600, 1200]) {
    it(`x tick labels leave a gap at ${width} px`, () => {
      const ts = bottomTicks(linearScale([0, 20000], [40, width - 14]), troops, 12);
      expect(ts.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < ts.length; i++) {
        const a = ts[i - 1]!;
        const b = ts[i]!;
        const room = b.pos - a.pos;
        expect(room).toBeGreaterThan((estimateTextWidth(a.label, 12) + estimateTextWidth(b.label, 12)) / 2);
      }
    });
  }

  it('wraps legend items into rows that fit', () => {
    const items = ['No non-UN partner', '5,000 non-UN troops', '10,000 non-UN troops'].map((label) => ({
      label,
      color: '#000',
      swatch: 'line-band' as const,
    }));
    const wide = layoutLegend(items, 1000, 12);
    const narrow = layoutLegend(items, 200, 12);
    expect(wide.height).toBeLessThan(narrow.height);
    for (const p of narrow.items)
      expect(p.x + 28 + estimateTextWidth(p.item.label, 12)).toBeLessThanOrEqual(200);
  });

  it('wraps text at spaces', () => {
    expect(wrapText('predicted monthly battle deaths', 11, 110)).toEqual([
      'predicted monthly',
      'battle deaths',
    ]);
  });
});
