import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml, lineChartSvg, niceTicks } from '../src/index.js';

describe('replicate: SVG figures', () => {
  it('picks nice ticks covering the range', () => {
    expect(niceTicks(0, 23, 5)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0, 0.46, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    const t = niceTicks(-3.2, 7.9, 4);
    expect(t[0]).toBeLessThanOrEqual(-3.2);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(7.9);
  });

  it('draws lines with bands, skips non-finite points, and is deterministic', () => {
    const input = {
      title: 'Deaths & <troops>',
      xLabel: 'UN troops',
      yLabel: 'deaths',
      series: [
        {
          label: 'no partner',
          color: '#1f77b4',
          points: [
            { x: 0, y: 20, lower: 15, upper: 26 },
            { x: 5, y: Number.NaN },
            { x: 10, y: 8, lower: 5, upper: 12 },
          ],
        },
      ],
      refLines: [{ y: 22, label: 'paper' }],
    };
    const a = lineChartSvg(input);
    expect(a).toBe(lineChartSvg(input));
    expect(a.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(a).toContain('<title>Deaths &amp; &lt;troops&gt;</title>');
    expect(a).toContain('<polyline');
    expect(a).toContain('<polygon');
    expect(a).not.toMatch(/NaN|Infinity|undefined/);
    expect(a.match(/<polyline points="([^"]+)"/)?.[1]?.split(' ')).toHaveLength(2);
  });

  it('stacks bars bottom-up and never draws negative heights', () => {
    const svg = barChartSvg({
      title: 'months',
      xLabel: 'year',
      yLabel: 'n',
      categories: ['1993', '1994'],
      stacks: [
        { label: 'UN only', color: '#111', values: [3, 0] },
        { label: 'both', color: '#222', values: [2, 4] },
      ],
    });
    const rects = [
      ...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)" fill="#(111|222)"/g),
    ];
    expect(rects).toHaveLength(3);
    for (const r of rects) expect(Number(r[1])).toBeGreaterThan(0);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('escapes XML', () => {
    expect(escapeXml('a<b & "c">')).toBe('a&lt;b &amp; &quot;c&quot;&gt;');
  });
});
