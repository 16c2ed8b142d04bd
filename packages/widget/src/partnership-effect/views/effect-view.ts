/**
 * `view="effect"`: predicted monthly battle deaths over UN troop numbers, one line per non-UN troop
 * level, with confidence bands (Schumann & Bara 2023, ISQ, Figure 2).
 */
import type { EffectData } from '@peacepanel/charts';
import { renderEffectChart } from '@peacepanel/charts';
import { effectReading, effectText } from '../chart-text.js';
import { createFormats, messagesFor } from '../i18n.js';
import { intervalsFor } from '../intervals.js';
import type { LiveFitter, Outcome, PreparedDataset } from '../live-fitter.js';
import type { Settings } from '../settings.js';
import type { ChartView } from './chart-view.js';

/**
 * The effect view's data with nothing in it.
 * @example emptyEffect()
 */
export const emptyEffect = (): EffectData => ({ curves: [], ciLevel: 0.95 });

/**
 * The effect view.
 * @example effectView.isEmpty({ curves: [], ciLevel: 0.95 }) // true
 */
export const effectView: ChartView<EffectData> = {
  source: 'dataset',
  intervals: true,
  empty: emptyEffect,
  isEmpty: (d) => d.curves.every((c) => c.points.length === 0),
  words(d, s) {
    const m = messagesFor(s.lang);
    const f = createFormats(s.lang);
    const t = effectText(m, f, d.ciLevel);
    return {
      reading: effectReading(m, f, d),
      description: m.effect.description(
        f.level(d.ciLevel),
        f.troops(s.unMax),
        d.curves.map((c) => t.seriesLabel(c.nonun)),
      ),
    };
  },
  draw(d, s, a) {
    const m = messagesFor(s.lang);
    const f = createFormats(s.lang);
    return renderEffectChart({ data: d, ...a, text: effectText(m, f, d.ciLevel) });
  },
  table: (d) => ({
    columns: ['nonun_troops', 'un_troops', 'fit', 'lower', 'upper', 'ci_level'],
    rows: d.curves.flatMap((c) => c.points.map((p) => [c.nonun, p.un, p.fit, p.lower, p.upper, d.ciLevel])),
  }),
};

/**
 * Fits the effect view live: the dataset's default model, predicted over the UN grid for each
 * non-UN level (default: none and the typical partner).
 * @example // types-only: fits in the live-fit worker
 * const fit = (engine: LiveFitter, p: PreparedDataset, s: Settings) => fitEffect(engine, p, s);
 */
export function fitEffect(
  engine: LiveFitter,
  p: PreparedDataset,
  s: Pick<Settings, 'unMax' | 'nonunLevels' | 'ci'>,
): Promise<Outcome<EffectData>> {
  return engine.effect(p.id, {
    unMax: s.unMax,
    nonunLevels: s.nonunLevels ?? [0, p.typical.nonun ?? 5000],
    ciLevel: s.ci,
    intervals: intervalsFor(p.clusters),
  });
}
