import { contrastRatio, DARK_PALETTE, LIGHT_PALETTE } from '@peacepanel/charts';
import { describe, expect, it } from 'vitest';
import { partnershipEffectStyles } from '../../src/partnership-effect/partnership-effect.styles.js';

describe('palette contrast (WCAG 2.1 AA)', () => {
  it('matches the reference values of the definition', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  for (const [name, p] of [
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const) {
    it(`${name}: text 4.5:1, series and axis 3:1 against the background`, () => {
      expect(contrastRatio(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.muted, p.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.axis, p.background)).toBeGreaterThanOrEqual(3);
      for (const c of p.series) expect(contrastRatio(c, p.background), c).toBeGreaterThanOrEqual(3);
      // The bar value label is drawn in the background colour over series 1.
      expect(contrastRatio(p.background, p.series[0]!)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('uses the same colours in the stylesheet defaults as in the render palettes', () => {
    const css = partnershipEffectStyles.cssText;
    for (const p of [LIGHT_PALETTE, DARK_PALETTE])
      for (const c of [p.background, p.text, p.muted, p.grid, p.axis, ...p.series]) expect(css).toContain(c);
  });
});
