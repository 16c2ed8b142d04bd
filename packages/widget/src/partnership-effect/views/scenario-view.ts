/**
 * `view="scenario"`: predicted deaths with no peacekeepers, UN only, non-UN only and both, at a
 * typical deployment, and the UN troops needed for the same reduction with and without a partner.
 */
import type { ScenarioData } from '@peacepanel/charts';
import { renderScenarioChart } from '@peacepanel/charts';
import { scenarioReading, scenarioText } from '../chart-text.js';
import { createFormats, messagesFor } from '../i18n.js';
import { intervalsFor } from '../intervals.js';
import type { LiveFitter, Outcome, PreparedDataset } from '../live-fitter.js';
import type { Settings } from '../settings.js';
import type { ChartView } from './chart-view.js';

/**
 * The scenario view's data with nothing in it.
 * @example emptyScenario()
 */
export const emptyScenario = (): ScenarioData => ({
  estimates: [],
  ciLevel: 0.95,
  reduction: null,
  unAlone: 0,
  unWithPartner: null,
});

/**
 * The scenario view.
 * @example scenarioView.isEmpty(scenarioView.empty()) // true
 */
export const scenarioView: ChartView<ScenarioData> = {
  source: 'dataset',
  intervals: true,
  empty: emptyScenario,
  isEmpty: (d) => d.estimates.length === 0,
  words(d, s) {
    const m = messagesFor(s.lang);
    return { reading: scenarioReading(m, createFormats(s.lang), d), description: m.scenario.description };
  },
  draw(d, s, a) {
    const both = d.estimates.find((e) => e.key === 'both');
    const text = scenarioText(
      messagesFor(s.lang),
      createFormats(s.lang),
      d.ciLevel,
      d.unAlone,
      both?.nonun ?? 0,
    );
    return renderScenarioChart({ data: d, width: a.width, height: a.height, palette: a.palette, text });
  },
  table: (d) => ({
    columns: ['scenario', 'un_troops', 'nonun_troops', 'fit', 'lower', 'upper', 'ci_level'],
    rows: [
      ...d.estimates.map((e) => [e.key, e.un, e.nonun, e.fit, e.lower, e.upper, d.ciLevel]),
      ['un_troops_same_reduction_without_partner', d.unAlone, 0, null, null, null, null],
      [
        'un_troops_same_reduction_with_partner',
        d.unWithPartner,
        d.estimates.find((e) => e.key === 'both')?.nonun ?? null,
        null,
        null,
        null,
        null,
      ],
    ],
  }),
};

/**
 * Fits the scenario view live at the typical UN deployment (capped at `unMax`) and the largest
 * non-UN level asked for (default: the typical partner).
 * @example // types-only: fits in the live-fit worker
 * const fit = (engine: LiveFitter, p: PreparedDataset, s: Settings) => fitScenario(engine, p, s);
 */
export function fitScenario(
  engine: LiveFitter,
  p: PreparedDataset,
  s: Pick<Settings, 'unMax' | 'nonunLevels' | 'ci'>,
): Promise<Outcome<ScenarioData>> {
  return engine.scenario(p.id, {
    un: Math.min(s.unMax, p.typical.un ?? s.unMax / 2),
    nonun: s.nonunLevels?.filter((n) => n > 0).pop() ?? p.typical.nonun ?? 5000,
    ciLevel: s.ci,
    intervals: intervalsFor(p.clusters),
  });
}
