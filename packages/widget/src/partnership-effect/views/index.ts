/**
 * The views of `<partnership-effect>` by name, each behind the `ChartView` interface.
 */
import type { EffectData, RobustnessData, ScenarioData, TrendData } from '@peacepanel/charts';
import type { ChartView } from './chart-view.js';
import { effectView } from './effect-view.js';
import { robustnessView } from './robustness-view.js';
import { scenarioView } from './scenario-view.js';
import { trendView } from './trend-view.js';

/** The data each view plots. */
export interface ViewDataMap {
  effect: EffectData;
  trend: TrendData;
  scenario: ScenarioData;
  robustness: RobustnessData;
}

/** Chart data of any view, tagged with the view. */
export type ViewData = { [V in keyof ViewDataMap]: { view: V; data: ViewDataMap[V] } }[keyof ViewDataMap];

/** Every view by name. */
export const CHART_VIEWS: { [V in keyof ViewDataMap]: ChartView<ViewDataMap[V]> } = {
  effect: effectView,
  trend: trendView,
  scenario: scenarioView,
  robustness: robustnessView,
};

/**
 * The view module of tagged data, typed for it (a union cannot be narrowed through an index).
 * @example import { emptyData } from '../compute-view.js';
 * const viewData = emptyData('trend');
 * [chartView(viewData).source, chartView(viewData).isEmpty(viewData.data)] // => ['dataset', true]
 */
export function chartView<V extends ViewData>(v: V): ChartView<V['data']> {
  return CHART_VIEWS[v.view] as ChartView<V['data']>;
}
