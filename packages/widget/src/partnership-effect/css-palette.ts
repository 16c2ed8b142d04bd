/**
 * The chart's colours and type from the element's CSS custom properties (`--pe-*`), so a host page's
 * theme reaches the SVG, which is drawn with explicit attributes for the SVG and PNG downloads.
 */
import { LIGHT_PALETTE, type Palette, PRINT_PALETTE } from '@peacepanel/charts';

/**
 * The palette from `style` (the element's computed style), or the print palette when printing.
 * Reference: CSS Custom Properties for Cascading Variables Level 1 (`getPropertyValue('--x')`).
 * @example // no custom property set: the light defaults
 * paletteFromStyle({ getPropertyValue: () => '' }, false).series.length // => 4
 */
export function paletteFromStyle(
  style: Pick<CSSStyleDeclaration, 'getPropertyValue'>,
  printing: boolean,
): Palette {
  if (printing) return PRINT_PALETTE;
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fontSize = Number.parseFloat(v('--pe-chart-font-size', '12'));
  return {
    background: v('--pe-background', LIGHT_PALETTE.background),
    text: v('--pe-text', LIGHT_PALETTE.text),
    muted: v('--pe-muted', LIGHT_PALETTE.muted),
    grid: v('--pe-grid', LIGHT_PALETTE.grid),
    axis: v('--pe-axis', LIGHT_PALETTE.axis),
    series: [1, 2, 3, 4].map((i) => v(`--pe-accent-${i}`, LIGHT_PALETTE.series[i - 1] ?? '#000')),
    bandOpacity: Number.parseFloat(v('--pe-band-opacity', '0.18')) || 0.18,
    fontFamily: v('--pe-font-family', LIGHT_PALETTE.fontFamily),
    fontSize: Number.isFinite(fontSize) && fontSize >= 8 ? fontSize : 12,
  };
}
