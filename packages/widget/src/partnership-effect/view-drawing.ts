/**
 * From a view's numbers to what the reader sees, for any view (each view module does the work): the
 * chart, the one-sentence reading, the SVG description and the source lines. Used by the element and,
 * at build time, by the fallback images (`scripts/fallback-svg.ts`), so both draw the same chart.
 */
import type { ChartRender, Palette } from '@peacepanel/charts';
import { type Lang, messagesFor } from './i18n.js';
import type { PreparedDataset } from './live-fitter.js';
import type { WordSettings } from './views/chart-view.js';
import { chartView, type ViewData } from './views/index.js';

export type { WordSettings } from './views/chart-view.js';

/**
 * Draws the view's chart at `width` × `height` px.
 * Reference: the render modules' own docs (`render/*.ts`).
 * @example import { LIGHT_PALETTE } from '@peacepanel/charts';
 * import { emptyData } from './compute-view.js';
 * drawView(emptyData('effect'), { lang: 'en', unMax: 20000 }, 600, 380, LIGHT_PALETTE, 'pe1').targets.length // => 0
 */
export function drawView(
  v: ViewData,
  s: WordSettings,
  width: number,
  height: number,
  palette: Palette,
  idPrefix: string,
): ChartRender {
  return chartView(v).draw(v.data, s, { width, height, palette, idPrefix });
}

/**
 * The reading (one sentence under the title) and the chart's description (its SVG `<desc>`).
 * @example import { emptyData } from './compute-view.js';
 * viewWords(emptyData('effect'), { lang: 'en', unMax: 20000 }).reading
 */
export function viewWords(v: ViewData, s: WordSettings): { reading: string; description: string } {
  return chartView(v).words(v.data, s);
}

/**
 * The source lines under the chart: data and caveat, the countries fitted on (when restricted),
 * and the study (always last).
 * @example sourceLines({ source: 'UCDP GED; Kathman (2013)', caveat: 'Africa only' }, 'en', null).at(-1)
 */
export function sourceLines(
  p: Pick<PreparedDataset, 'source' | 'caveat'>,
  lang: Lang,
  countries: readonly string[] | null,
): string[] {
  const m = messagesFor(lang);
  return [
    m.source({ data: p.source.trim().replace(/\.+$/, ''), caveat: p.caveat.trim() }).trim(),
    ...(countries?.length ? [m.fittedOn(new Intl.ListFormat(lang).format(countries))] : []),
    m.study,
  ];
}
