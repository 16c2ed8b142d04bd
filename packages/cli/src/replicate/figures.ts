import { barChartSvg, type LineSeries, lineChartSvg } from '@peacepanel/charts';
import { formatNumber } from './format.js';
import type { ReplicationNumbers } from './numbers.js';

/** The figure files the report links to (relative to the report). */
export const FIGURE_FILES = {
  partnership: 'partnership-effect.svg',
  shareByYear: 'partner-share-by-year.svg',
  monthsByType: 'months-by-type.svg',
  modesByYear: 'months-by-mode.svg',
  hks: 'hks-check.svg',
} as const;

/** One rendered figure. */
export interface Figure {
  file: string;
  svg: string;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

type Descriptive = Extract<ReplicationNumbers['descriptive'], { status: 'ok' }>;

/** Capitalises the first letter of a unit label ("conflict-months" → "Conflict-months"). */
function capitalised(label: string): string {
  return `${label[0]?.toUpperCase() ?? ''}${label.slice(1)}`;
}

/** The headline comparison: predicted deaths by UN troops, no partner vs the typical partner. */
function partnershipFigure(n: ReplicationNumbers): Figure[] {
  const p = n.partnership;
  if (p.status !== 'ok') return [];
  // The headline comparison only: no partner vs the typical partner. Higher non-UN levels lie far
  // outside the data's joint support and their bands would swamp the chart (they are in the tables).
  const series: LineSeries[] = p.curves
    .filter((c) => c.nonun === 0 || c.nonun === p.partnerLevel)
    .map((c, i) => ({
      label: c.nonun === 0 ? 'no non-UN partner' : `${formatNumber(c.nonun, 'thousands')} non-UN troops`,
      color: COLORS[i % COLORS.length] ?? '#000',
      points: c.points.map((q) => ({ x: q.un, y: q.fit, lower: q.lower, upper: q.upper })),
    }));
  return [
    {
      file: FIGURE_FILES.partnership,
      svg: lineChartSvg({
        title: 'Predicted monthly battle deaths by UN troops (main model)',
        xLabel: 'UN troops (thousands, lagged one month)',
        yLabel: 'predicted battle deaths per month',
        series,
      }),
    },
  ];
}

/** The share of UN months with a partner by year (against the paper's share) and the months by type. */
function descriptiveFigures(n: ReplicationNumbers, d: Descriptive): Figure[] {
  const years = d.byYear.map((y) => String(y.year));
  const share: Figure = {
    file: FIGURE_FILES.shareByYear,
    svg: barChartSvg({
      title: 'Share of UN deployment months with a non-UN partner',
      xLabel: 'year',
      yLabel: `share of UN ${d.unitLabel}`,
      categories: years,
      stacks: [
        { label: 'with partner', color: COLORS[0] ?? '#000', values: d.byYear.map((y) => y.share ?? 0) },
      ],
      refLines: [
        {
          y: n.paper.schumannBara.partnerShare,
          label: `paper: ${formatNumber(n.paper.schumannBara.partnerShare, 'pct0')}`,
        },
        ...(d.share === null ? [] : [{ y: d.share, label: `ours: ${formatNumber(d.share, 'pct1')}` }]),
      ],
      yTickFormat: (v) => formatNumber(v, 'pct0'),
    }),
  };
  const byType: Figure = {
    file: FIGURE_FILES.monthsByType,
    svg: barChartSvg({
      title: `${capitalised(d.unitLabel)} by deployment type`,
      xLabel: 'year',
      yLabel: d.unitLabel,
      categories: years,
      stacks: [
        { label: 'UN only', color: COLORS[0] ?? '#000', values: d.byYear.map((y) => y.unOnly) },
        { label: 'UN + non-UN', color: COLORS[2] ?? '#000', values: d.byYear.map((y) => y.both) },
        { label: 'non-UN only', color: COLORS[1] ?? '#000', values: d.byYear.map((y) => y.nonunOnly) },
      ],
    }),
  };
  return [share, byType];
}

/** Months with a peace operation by partnership mode and year (modes that never occur are left out). */
function modesFigure(d: Descriptive): Figure[] {
  const modes = d.modesByYear;
  if (!modes) return [];
  const keys = ['parallel', 'sequential', 'support', 'un-only', 'non-un-only', 'other'] as const;
  const palette = [COLORS[2], COLORS[3], COLORS[4], COLORS[0], COLORS[1], '#7f7f7f'];
  return [
    {
      file: FIGURE_FILES.modesByYear,
      svg: barChartSvg({
        title: `${capitalised(d.unitLabel)} with a peace operation, by partnership mode`,
        xLabel: 'year',
        yLabel: d.unitLabel,
        categories: modes.map((y) => String(y.year)),
        stacks: keys
          .filter((k) => modes.some((y) => y.counts[k] > 0))
          .map((k) => ({
            label: k,
            color: palette[keys.indexOf(k)] ?? '#000',
            values: modes.map((y) => y.counts[k]),
          })),
      }),
    },
  ];
}

/** The HKS check: our curve on HKS's design against the two points HKS report. */
function hksFigure(n: ReplicationNumbers): Figure[] {
  const h = n.hks;
  if (h.status !== 'ok') return [];
  const ours: LineSeries = {
    label: 'ours (interval)',
    color: COLORS[0] ?? '#000',
    points: h.curve.map((p) => ({ x: p.troops / 1000, y: p.fit, lower: p.lower, upper: p.upper })),
  };
  const paper: LineSeries = {
    label: `HKS ${n.paper.hks.year} (two points)`,
    color: COLORS[1] ?? '#000',
    dashed: true,
    points: [
      { x: 0, y: n.paper.hks.deathsNoUn },
      { x: n.paper.hks.troops / 1000, y: n.paper.hks.deathsWithTroops },
    ],
  };
  return [
    {
      file: FIGURE_FILES.hks,
      svg: lineChartSvg({
        title: "HKS check on HKS's design: predicted monthly battle deaths",
        xLabel: 'UN troops (thousands)',
        yLabel: 'predicted battle deaths per month',
        series: [ours, paper],
      }),
    },
  ];
}

/**
 * The report's SVG figures, drawn from numbers.json only (so they match the tables). Figures whose
 * analysis did not run are omitted.
 * @example renderFigures(replicationNumbers).map((f) => f.file)
 * // => ['partnership-effect.svg', 'partner-share-by-year.svg', 'months-by-type.svg', 'months-by-mode.svg', 'hks-check.svg']
 */
export function renderFigures(n: ReplicationNumbers): Figure[] {
  const d = n.descriptive;
  return [
    ...partnershipFigure(n),
    ...(d.status === 'ok' ? [...descriptiveFigures(n, d), ...modesFigure(d)] : []),
    ...hksFigure(n),
  ];
}
