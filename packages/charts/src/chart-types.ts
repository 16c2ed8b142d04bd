/** Predicted deaths along UN troop numbers for one non-UN troop level (troop counts, not thousands). */
export interface EffectCurve {
  nonun: number;
  points: { un: number; fit: number; lower: number; upper: number }[];
}

/** What `view="effect"` plots. */
export interface EffectData {
  curves: EffectCurve[];
  ciLevel: number;
}

/** One year of `view="trend"`: deployment months by type and the share of UN months with a partner. */
export interface TrendYear {
  year: number;
  /** Share (0–1) of UN deployment months that had a non-UN partner; null when there were no UN months. */
  share: number | null;
  unOnly: number;
  nonunOnly: number;
  both: number;
}

/** What `view="trend"` plots. */
export interface TrendData {
  years: TrendYear[];
  /** The share over all years (0–1), or null without UN months. */
  overallShare: number | null;
  /** The share the study reports (Schumann & Bara 2023: about 0.44), for comparison; null if unknown. */
  referenceShare?: number | null;
}

/** The four deployment scenarios of `view="scenario"`. */
export type ScenarioKey = 'none' | 'un' | 'nonun' | 'both';

/** A predicted monthly death count with its interval, at given troop numbers. */
export interface ScenarioEstimate {
  key: ScenarioKey;
  un: number;
  nonun: number;
  fit: number;
  lower: number;
  upper: number;
}

/** What `view="scenario"` plots. */
export interface ScenarioData {
  estimates: ScenarioEstimate[];
  ciLevel: number;
  /** The reduction (share, 0–1) that `un` UN troops alone achieve relative to no deployment; null if none. */
  reduction: number | null;
  /** UN troops giving that reduction without a partner (= the scenario's UN number). */
  unAlone: number;
  /** UN troops giving the same predicted deaths with the partner present; null when not reached in range. */
  unWithPartner: number | null;
}

/** A keyboard- and pointer-reachable data point: where it sits and what it says. */
export interface ChartTarget {
  x: number;
  y: number;
  /** Full sentence for the tooltip and the accessible name. */
  label: string;
  /** Row/column the point belongs to (for arrow-key navigation): series index and position. */
  series: number;
  index: number;
  /** The plotted values, sent with `partnership-select`. */
  datum: Record<string, number | string | null>;
}

/** A drawn chart: the SVG content (markup for inside an `<svg>` of `width` × `height`), its size and its data points. */
export interface ChartRender {
  width: number;
  height: number;
  content: string;
  targets: ChartTarget[];
}
