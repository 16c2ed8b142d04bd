/**
 * The colours and type a chart is drawn with. The component reads them from its CSS custom
 * properties (so host pages can theme it) and passes them in, so downloaded SVG/PNG files carry
 * the same colours without any stylesheet.
 */
export interface Palette {
  background: string;
  text: string;
  /** Secondary text (tick labels, notes); must still pass WCAG AA (4.5:1) on `background`. */
  muted: string;
  grid: string;
  axis: string;
  /** One colour per series; each at least 3:1 against `background` (WCAG 1.4.11). */
  series: readonly string[];
  /** Fill opacity of confidence bands. */
  bandOpacity: number;
  fontFamily: string;
  /** Base font size in px. */
  fontSize: number;
}

/** Light defaults (WCAG contrast on white): text 17.2:1, muted 7.0:1, axis 4.5:1, series 5.3–7.4:1. */
export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  text: '#1b1b1b',
  muted: '#595959',
  grid: '#e3e3e3',
  axis: '#767676',
  series: ['#1d5fa8', '#b23c17', '#2f7a34', '#6b3fa0'],
  bandOpacity: 0.18,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSize: 12,
};

/** Dark defaults (on #15181c): text 15.6:1, muted 9.1:1, axis 5.7:1, series 8.3–9.7:1. */
export const DARK_PALETTE: Palette = {
  background: '#15181c',
  text: '#eef0f2',
  muted: '#b5bac1',
  grid: '#343a42',
  axis: '#8a929c',
  series: ['#7db4ff', '#ff9a76', '#86d08a', '#c9a7ff'],
  bandOpacity: 0.22,
  fontFamily: LIGHT_PALETTE.fontFamily,
  fontSize: 12,
};

/**
 * Print: black on white whatever the theme (text 21:1, muted 12.6:1), the light series colours.
 * Reference: WCAG 2.2 SC 1.4.3; print stylesheets drop backgrounds by default.
 */
export const PRINT_PALETTE: Palette = {
  ...LIGHT_PALETTE,
  text: '#000000',
  muted: '#333333',
  grid: '#cccccc',
  axis: '#000000',
};

/**
 * The colour of series `i`, cycling when there are more series than colours.
 * @example seriesColor(LIGHT_PALETTE, 5) // => LIGHT_PALETTE.series[1]
 */
export function seriesColor(palette: Palette, i: number): string {
  const n = palette.series.length;
  return palette.series[((i % n) + n) % n] ?? palette.text;
}
