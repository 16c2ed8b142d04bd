/**
 * From a view's numbers to what the reader sees: the chart (through the pure `render/` modules), the
 * one-sentence reading, the SVG description and the source lines. Used by the element and, at build
 * time, by the fallback images (`scripts/build-fallbacks.ts`), so both draw the same chart.
 */
import type { ChartRender } from '../render/chart-types.js';
import { renderEffectChart } from '../render/effect-chart.js';
import type { Palette } from '../render/palette.js';
import { renderScenarioChart } from '../render/scenario-chart.js';
import { renderTrendChart } from '../render/trend-chart.js';
import type { PreparedDataset } from './chart-engine.js';
import {
  effectReading,
  effectText,
  scenarioReading,
  scenarioText,
  trendReading,
  trendText,
} from './chart-text.js';
import { createFormats, type Lang, messagesFor } from './i18n.js';
import type { ViewData } from './plotted-values.js';

/** The settings that change how numbers are put into words and axes. */
export interface WordSettings {
  lang: Lang;
  /** Largest UN troop number on the x axis (troops). */
  unMax: number;
}

/**
 * Draws the view's chart at `width` × `height` px.
 * Reference: the render modules' own docs (`render/*.ts`).
 * @example import { LIGHT_PALETTE } from '../render/palette.js';
 * import { emptyData } from './compute-view.js';
 * drawView(emptyData('effect'), { lang: 'en', unMax: 20000 }, 600, 380, LIGHT_PALETTE, 'pe1').targets.length
 */
export function drawView(
  v: ViewData,
  s: WordSettings,
  width: number,
  height: number,
  palette: Palette,
  idPrefix: string,
): ChartRender {
  const m = messagesFor(s.lang);
  const f = createFormats(s.lang);
  if (v.view === 'effect')
    return renderEffectChart({
      data: v.data,
      width,
      height,
      palette,
      text: effectText(m, f, v.data.ciLevel),
      idPrefix,
    });
  if (v.view === 'trend')
    return renderTrendChart({ data: v.data, width, height, palette, text: trendText(m, f) });
  const both = v.data.estimates.find((e) => e.key === 'both');
  return renderScenarioChart({
    data: v.data,
    width,
    height,
    palette,
    text: scenarioText(m, f, v.data.ciLevel, v.data.unAlone, both?.nonun ?? 0),
  });
}

/**
 * The reading (one sentence under the title) and the chart's description (its SVG `<desc>`).
 * @example import { emptyData } from './compute-view.js';
 * viewWords(emptyData('effect'), { lang: 'en', unMax: 20000 }).reading
 */
export function viewWords(v: ViewData, s: WordSettings): { reading: string; description: string } {
  const m = messagesFor(s.lang);
  const f = createFormats(s.lang);
  if (v.view === 'effect') {
    const t = effectText(m, f, v.data.ciLevel);
    return {
      reading: effectReading(m, f, v.data),
      description: m.effect.description(
        f.level(v.data.ciLevel),
        f.troops(s.unMax),
        v.data.curves.map((c) => t.seriesLabel(c.nonun)),
      ),
    };
  }
  if (v.view === 'trend') {
    const years = v.data.years;
    return {
      reading: trendReading(m, f, v.data),
      description: m.trend.description(
        f.year(years[0]?.year ?? 0),
        f.year(years[years.length - 1]?.year ?? 0),
      ),
    };
  }
  return { reading: scenarioReading(m, f, v.data), description: m.scenario.description };
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
