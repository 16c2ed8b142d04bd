/**
 * `view="trend"`: deployment months by type per year and the share of UN months with a non-UN
 * partner (the study reports about 44%; Schumann & Bara 2023, ISQ).
 */
import type { TrendData } from '@peacepanel/charts';
import { renderTrendChart } from '@peacepanel/charts';
import { trendReading, trendText } from '../chart-text.js';
import { createFormats, messagesFor } from '../i18n.js';
import type { LiveFitter, Outcome, PreparedDataset } from '../live-fitter.js';
import type { ChartView } from './chart-view.js';

/**
 * The trend view's data with nothing in it.
 * @example emptyTrend()
 */
export const emptyTrend = (): TrendData => ({ years: [], overallShare: null });

/**
 * The trend view.
 * @example trendView.isEmpty({ years: [], overallShare: null }) // true
 */
export const trendView: ChartView<TrendData> = {
  source: 'dataset',
  intervals: false,
  empty: emptyTrend,
  isEmpty: (d) => d.years.length === 0,
  words(d, s) {
    const m = messagesFor(s.lang);
    const f = createFormats(s.lang);
    return {
      reading: trendReading(m, f, d),
      description: m.trend.description(
        f.year(d.years[0]?.year ?? 0),
        f.year(d.years[d.years.length - 1]?.year ?? 0),
      ),
    };
  },
  draw(d, s, a) {
    const text = trendText(messagesFor(s.lang), createFormats(s.lang));
    return renderTrendChart({ data: d, width: a.width, height: a.height, palette: a.palette, text });
  },
  table: (d) => ({
    columns: ['year', 'share', 'un_only', 'both', 'nonun_only'],
    rows: d.years.map((y) => [y.year, y.share, y.unOnly, y.both, y.nonunOnly]),
  }),
};

/**
 * Counts the deployments live (core's `describeDeployments` in the worker; no model is fitted).
 * @example // types-only: fits in the live-fit worker
 * const fit = (engine: LiveFitter, p: PreparedDataset) => fitTrend(engine, p);
 */
export function fitTrend(engine: LiveFitter, p: PreparedDataset, _s?: unknown): Promise<Outcome<TrendData>> {
  return engine.trend(p.id);
}
