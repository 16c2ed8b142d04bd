/**
 * The one interface every view of `<partnership-effect>` implements: what a view's numbers are, when
 * they are empty, how they are put into words, drawn and tabulated. The element holds no view logic;
 * it looks the view up in `CHART_VIEWS` (`index.ts`). How the numbers are fitted live is each view
 * module's other export (`fit<View>`), which only the lazily loaded live-fit module imports, so the
 * element script carries no fitting code and the live-fit script no drawing code.
 */
import type { ChartRender, Palette } from '@peacepanel/charts';
import type { Lang } from '../i18n.js';
import type { PlottedValues } from '../plotted-values.js';

/** The settings that change how numbers are put into words and axes. */
export interface WordSettings {
  lang: Lang;
  /** Largest UN troop number on the x axis (troops). */
  unMax: number;
}

/** The one-sentence reading under the title and the chart's SVG `<desc>`. */
export interface ViewWords {
  reading: string;
  description: string;
}

/** Where a chart is drawn: its size in CSS px, colours, and a prefix for ids unique on the page. */
export interface DrawArea {
  width: number;
  height: number;
  palette: Palette;
  idPrefix: string;
}

/**
 * One view: its data of type `D` and everything the element does with them.
 * Reference: Shoelace's split of a component into element, parts and styles
 * (https://shoelace.style/resources/contributing#component-structure).
 * @example import { trendView } from './trend-view.js';
 * trendView.isEmpty({ years: [], overallShare: null }) // => true
 */
export interface ChartView<D> {
  /** `dataset`: fitted on a dataset (precomputed defaults or live); `multiverse`: the shipped multiverse result. */
  readonly source: 'dataset' | 'multiverse';
  /** Whether the view shows confidence intervals (and so the note on how they were computed). */
  readonly intervals: boolean;
  /** The view's data when no row is left (e.g. `countries` matched nothing). */
  empty(): D;
  /** True when there is nothing to draw (the element shows the empty state). */
  isEmpty(d: D): boolean;
  words(d: D, s: WordSettings): ViewWords;
  draw(d: D, s: WordSettings, area: DrawArea): ChartRender;
  /** Every plotted value, one row per point (the table view and the CSV download). */
  table(d: D): PlottedValues;
}
