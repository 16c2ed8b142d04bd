// The charts of the snapshot gallery, each drawn from ILLUSTRATIVE inputs: smooth made-up curves and
// counts chosen to exercise the layout (legends that wrap, clipped bands, a scenario without a
// reduction, a log-scale curve). They are NOT model estimates; the real numbers are drawn by the
// widget, the demo and the replication report from the data.
import type { SpecificationCurve } from '@peacepanel/core';
import {
  barChartSvg,
  DARK_PALETTE,
  type EffectData,
  type EffectText,
  LIGHT_PALETTE,
  lineChartSvg,
  renderEffectChart,
  renderScenarioChart,
  renderTrendChart,
  type ScenarioData,
  type ScenarioText,
  specificationCurveSvg,
  standaloneSvg,
  type TrendData,
  type TrendText,
} from '../src/index.js';

const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

const effect: EffectData = {
  ciLevel: 0.95,
  curves: [0, 2000, 8000].map((nonun, s) => ({
    nonun,
    points: Array.from({ length: 9 }, (_, i) => {
      const un = i * 2500;
      const fit = 90 * Math.exp(-(0.03 + 0.03 * s) * (un / 1000));
      return { un, fit, lower: fit * 0.6, upper: fit * (s === 2 ? 4 : 1.5) };
    }),
  })),
};

const effectText: EffectText = {
  xTitle: 'UN troops',
  yTitle: 'Predicted battle deaths per month',
  seriesLabel: (n) => (n === 0 ? 'No non-UN partner' : `${int.format(n)} non-UN troops`),
  formatTroops: (n) => int.format(n),
  formatDeaths: (n) => int.format(n),
  pointLabel: (s, un, fit, lo, hi) =>
    `${s}, ${int.format(un)} UN troops: ${int.format(fit)} (${int.format(lo)} to ${int.format(hi)})`,
  clippedNote: 'Intervals above the axis are cut off.',
};

const trend: TrendData = {
  overallShare: 0.41,
  referenceShare: 0.44,
  years: Array.from({ length: 12 }, (_, i) => ({
    year: 2000 + i,
    share: i === 3 ? null : 0.15 + 0.05 * i,
    unOnly: i === 3 ? 0 : 30 - i,
    both: i === 3 ? 0 : 5 + 2 * i,
    nonunOnly: 4 + (i % 3),
  })),
};

const trendText: TrendText = {
  shareTitle: 'Share of UN deployment months with a non-UN partner',
  monthsTitle: 'Deployment months by type',
  unOnly: 'UN only',
  nonunOnly: 'Non-UN only',
  both: 'Both',
  shareLegend: 'Share with a partner',
  formatYear: (y) => String(y),
  formatShare: (s) => pct.format(s),
  formatCount: (n) => int.format(n),
  yearLabel: (y, s, u, n, b) =>
    `${y}: ${s === null ? 'no UN months' : pct.format(s)}; UN only ${u}, non-UN only ${n}, both ${b}`,
};

const scenario: ScenarioData = {
  ciLevel: 0.9,
  reduction: 0.5,
  unAlone: 10000,
  unWithPartner: 4000,
  estimates: [
    { key: 'none', un: 0, nonun: 0, fit: 80, lower: 60, upper: 100 },
    { key: 'un', un: 10000, nonun: 0, fit: 40, lower: 30, upper: 55 },
    { key: 'nonun', un: 0, nonun: 3000, fit: 85, lower: 50, upper: 130 },
    { key: 'both', un: 10000, nonun: 3000, fit: 20, lower: 12, upper: 33 },
  ],
};

const SCENARIO_NAMES = { none: 'No deployment', un: 'UN only', nonun: 'Non-UN only', both: 'Both' };
const scenarioText: ScenarioText = {
  scenarioLabel: (k, un, nonun) =>
    `${SCENARIO_NAMES[k]} (${int.format(un)} UN, ${int.format(nonun)} non-UN troops)`,
  deathsTitle: 'Predicted battle deaths per month (90% intervals)',
  troopsTitle: 'UN troops needed for the same reduction',
  aloneLabel: 'Without a partner',
  withPartnerLabel: 'With a partner',
  notReached: 'not reached',
  noReduction: 'UN troops alone do not reduce predicted deaths here, so there is no reduction to match.',
  formatDeaths: (n) => int.format(n),
  formatTroops: (n) => int.format(n),
  estimateLabel: (s, f, lo, hi) => `${s}: ${int.format(f)} (${int.format(lo)} to ${int.format(hi)})`,
  troopsLabel: (w, t) => `${w}: ${t === null ? 'not reached' : int.format(t)}`,
};

/** A small made-up specification curve: 24 specifications over two choices, the main one marked. */
function curve(logScale: boolean): SpecificationCurve {
  const nul = logScale ? 1 : 0;
  const points = Array.from({ length: 24 }, (_, rank) => {
    // a coefficient, or for the log scale a ratio with its interval symmetric in logs
    const estimate = logScale ? 0.6 + rank * 0.04 : -0.3 + rank * 0.025;
    const half = 0.12 + (rank % 5) * 0.03;
    const lower = logScale ? estimate * Math.exp(-half) : estimate - half;
    const upper = logScale ? estimate * Math.exp(half) : estimate + half;
    const significant = lower > nul || upper < nul;
    const cls: SpecificationCurve['points'][number]['cls'] =
      estimate < nul
        ? significant
          ? 'sign-significant'
          : 'sign'
        : significant
          ? 'opposite-significant'
          : 'opposite';
    return {
      id: `s${rank}`,
      rank,
      estimate,
      lower,
      upper,
      p: significant ? 0.01 : 0.3,
      cls,
      main: rank === 5,
    };
  });
  const ranks = (keep: (r: number) => boolean) => points.map((p) => p.rank).filter(keep);
  return {
    quantity: logScale ? 'partnership' : 'interaction',
    label: logScale ? 'Partnership effect (illustrative)' : 'Interaction (illustrative)',
    nullValue: nul,
    logScale,
    points,
    matrix: [
      {
        choice: 'model',
        choiceLabel: 'Model',
        option: 'nb2',
        label: 'NB2',
        ranks: ranks((r) => r % 2 === 0),
      },
      {
        choice: 'model',
        choiceLabel: 'Model',
        option: 'poisson',
        label: 'Poisson',
        ranks: ranks((r) => r % 2 === 1),
      },
      {
        choice: 'fixedEffects',
        choiceLabel: 'Fixed effects',
        option: 'none',
        label: 'none',
        ranks: ranks((r) => r < 12),
      },
      {
        choice: 'fixedEffects',
        choiceLabel: 'Fixed effects',
        option: 'unit',
        label: 'unit',
        ranks: ranks((r) => r >= 12),
      },
    ],
    missing: 1,
    total: 25,
  };
}

/** One gallery entry: its file name (without `.svg`) and the standalone SVG it draws. */
export interface GalleryCase {
  name: string;
  draw: () => string;
}

export const GALLERY: GalleryCase[] = [
  {
    name: 'effect-600-light',
    draw: () =>
      standaloneSvg(
        renderEffectChart({
          data: effect,
          width: 600,
          height: 340,
          palette: LIGHT_PALETTE,
          text: effectText,
          idPrefix: 'g1',
        }),
        'Effect chart (illustrative)',
        LIGHT_PALETTE,
      ),
  },
  {
    name: 'effect-320-dark',
    draw: () =>
      standaloneSvg(
        renderEffectChart({
          data: effect,
          width: 320,
          height: 340,
          palette: DARK_PALETTE,
          text: effectText,
          idPrefix: 'g2',
        }),
        'Effect chart, narrow and dark (illustrative)',
        DARK_PALETTE,
      ),
  },
  {
    name: 'trend-480',
    draw: () =>
      standaloneSvg(
        renderTrendChart({ data: trend, width: 480, height: 360, palette: LIGHT_PALETTE, text: trendText }),
        'Trend chart (illustrative)',
        LIGHT_PALETTE,
      ),
  },
  {
    name: 'scenario-480',
    draw: () =>
      standaloneSvg(
        renderScenarioChart({
          data: scenario,
          width: 480,
          height: 360,
          palette: LIGHT_PALETTE,
          text: scenarioText,
        }),
        'Scenario chart (illustrative)',
        LIGHT_PALETTE,
      ),
  },
  {
    name: 'scenario-no-reduction-360',
    draw: () =>
      standaloneSvg(
        renderScenarioChart({
          data: { ...scenario, reduction: -0.1, unWithPartner: null },
          width: 360,
          height: 360,
          palette: LIGHT_PALETTE,
          text: scenarioText,
        }),
        'Scenario chart without a reduction (illustrative)',
        LIGHT_PALETTE,
      ),
  },
  {
    name: 'report-line',
    draw: () =>
      lineChartSvg({
        title: 'Report line chart with interval bands (illustrative)',
        xLabel: 'UN troops (thousands)',
        yLabel: 'predicted deaths per month',
        series: effect.curves.slice(0, 2).map((c, i) => ({
          label: i === 0 ? 'no partner' : 'with a partner',
          color: i === 0 ? '#1f77b4' : '#d62728',
          dashed: i === 1,
          points: c.points.map((p) => ({ x: p.un / 1000, y: p.fit, lower: p.lower, upper: p.upper })),
        })),
        refLines: [{ y: 50, label: 'published value' }],
      }),
  },
  {
    name: 'report-bars',
    draw: () =>
      barChartSvg({
        title: 'Report stacked bars (illustrative)',
        xLabel: 'year',
        yLabel: 'deployment months',
        categories: trend.years.map((y) => String(y.year)),
        stacks: [
          { label: 'UN only', color: '#1f77b4', values: trend.years.map((y) => y.unOnly) },
          { label: 'both', color: '#9467bd', values: trend.years.map((y) => y.both) },
          { label: 'non-UN only', color: '#ff7f0e', values: trend.years.map((y) => y.nonunOnly) },
        ],
      }),
  },
  {
    name: 'spec-curve-960',
    draw: () => specificationCurveSvg(curve(false), 'Specification curve (illustrative)'),
  },
  {
    name: 'spec-curve-log-360',
    draw: () =>
      specificationCurveSvg(curve(true), 'Specification curve, log scale, compact (illustrative)', {
        width: 360,
        compact: true,
      }),
  },
];
