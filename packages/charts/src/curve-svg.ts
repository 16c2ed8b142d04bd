import type { CurveClass, SpecificationCurve } from '@peacepanel/core';
import { ticks } from './scales.js';
import { escapeXml } from './svg.js';

/** Colour and mark of each class: colour plus a shape cue (filled = significant, open = not). */
export const CURVE_STYLE: Record<CurveClass, { color: string; filled: boolean; label: string }> = {
  'sign-significant': { color: '#1f4e99', filled: true, label: 'study’s sign, significant' },
  sign: { color: '#6f9bd8', filled: false, label: 'study’s sign, not significant' },
  opposite: { color: '#e0a060', filled: false, label: 'opposite sign, not significant' },
  'opposite-significant': { color: '#b34700', filled: true, label: 'opposite sign, significant' },
};

const CURVE_H = 220;
const ROW_H = 14;

function r1(v: number): string {
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** Robust vertical range: the 2nd–98th percentiles of the interval ends, always including the null. */
function yRange(c: SpecificationCurve, t: (v: number) => number): [number, number] {
  const lo = c.points.map((p) => t(p.lower)).sort((a, b) => a - b);
  const hi = c.points.map((p) => t(p.upper)).sort((a, b) => a - b);
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * (xs.length - 1)))] ?? 0;
  const nul = t(c.nullValue);
  const a = Math.min(nul, q(lo, 0.02));
  const b = Math.max(nul, q(hi, 0.98));
  return a < b ? [a, b] : [a - 1, b + 1];
}

/** Options of {@link specificationCurveSvg}. */
export interface CurveSvgOptions {
  /** Width in px (default 960). */
  width?: number;
  /** Narrow layout: option ids as matrix labels, a narrower label column, the legend on two rows. */
  compact?: boolean;
}

/** Where things go in a drawn curve: shared by the SVG writer and interactive overlays (demo, widget). */
export interface CurveGeometry {
  width: number;
  height: number;
  left: number;
  plotWidth: number;
  top: number;
  curveHeight: number;
  matrixTop: number;
  matrixBottom: number;
  /** x of the centre of rank `r`. */
  x: (rank: number) => number;
  /** y of a value (clipped to the plotted range). */
  y: (value: number) => number;
  /** Axis ticks on the plotted (log for the ratio) scale. */
  ticks: number[];
}

/**
 * The layout of a specification curve at a width (see {@link specificationCurveSvg}).
 * @example import { specificationCurve } from '@peacepanel/core';
 * import { countryMonthMultiverse } from '../../core/test/example-fixtures.js';
 * const curve = specificationCurve(countryMonthMultiverse, 'interaction');
 * curveGeometry(curve, { width: 360, compact: true }).x(0) // => 158.083
 */
export function curveGeometry(c: SpecificationCurve, opts: CurveSvgOptions = {}): CurveGeometry {
  const width = opts.width ?? 960;
  const left = opts.compact ? 150 : 250;
  const top = 40;
  const plotWidth = Math.max(40, width - left - 16);
  const n = Math.max(1, c.points.length);
  const t = (v: number) => (c.logScale ? Math.log(v) : v);
  const [y0, y1] = yRange(c, t);
  const matrixTop = top + CURVE_H + 30;
  const matrixBottom = matrixTop + (c.matrix.length + groupsOf(c)) * ROW_H + groupsOf(c) * 6;
  return {
    width,
    height: matrixBottom + (opts.compact ? 112 : 76),
    left,
    plotWidth,
    top,
    curveHeight: CURVE_H,
    matrixTop,
    matrixBottom,
    x: (rank) => left + ((rank + 0.5) / n) * plotWidth,
    y: (v) => top + CURVE_H - ((Math.min(y1, Math.max(y0, t(v))) - y0) / (y1 - y0)) * CURVE_H,
    ticks: c.logScale
      ? [0.125, 0.25, 0.5, 1, 2, 4, 8].map(Math.log).filter((v) => v >= y0 && v <= y1)
      : ticks(y0, y1, 5),
  };
}

/**
 * Draws a specification curve as SVG (pure: the same curve gives the same bytes): on top each
 * specification's estimate and interval sorted by estimate, the no-effect line and the main
 * specification marked (a labelled vertical line); underneath the choice matrix, one row per option
 * with a tick where a specification uses it. Colours follow `CURVE_STYLE`, with filled/open marks
 * as a cue that does not rely on colour. Intervals beyond the 2nd–98th percentile range are clipped
 * at the edge (the caption says so). The ratio is drawn on a log scale.
 * Reference: Simonsohn, Simmons & Nelson (2020), Nat. Hum. Behav. 4, Fig. 2.
 * @example import { specificationCurve } from '@peacepanel/core';
 * import { countryMonthMultiverse } from '../../core/test/example-fixtures.js';
 * const curve = specificationCurve(countryMonthMultiverse, 'interaction');
 * specificationCurveSvg(curve, 'UN × non-UN interaction').startsWith('<svg') // => true
 */
export function specificationCurveSvg(
  c: SpecificationCurve,
  title: string,
  opts: CurveSvgOptions = {},
): string {
  const g = curveGeometry(c, opts);
  const fmt = (v: number) =>
    c.logScale ? String(Number(Math.exp(v).toPrecision(2))) : String(Number(v.toPrecision(3)));
  const value = (v: number) => (c.logScale ? Math.exp(v) : v);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${g.width}" height="${g.height}" fill="#ffffff"/>`,
    `<text x="10" y="22" font-size="${opts.compact ? 12 : 14}" font-weight="600" fill="#222">${escapeXml(title)}</text>`,
  ];
  for (const v of g.ticks)
    out.push(
      `<line x1="${g.left}" x2="${g.left + g.plotWidth}" y1="${r1(g.y(value(v)))}" y2="${r1(g.y(value(v)))}" stroke="#eee"/>`,
      `<text x="${g.left - 6}" y="${r1(g.y(value(v)))}" text-anchor="end" dominant-baseline="middle" fill="#555">${escapeXml(fmt(v))}</text>`,
    );
  out.push(
    `<line x1="${g.left}" x2="${g.left + g.plotWidth}" y1="${r1(g.y(c.nullValue))}" y2="${r1(g.y(c.nullValue))}" stroke="#333" stroke-dasharray="4 3"/>`,
  );
  if (!opts.compact)
    out.push(
      `<text transform="translate(${g.left - 48} ${r1(g.top + g.curveHeight / 2)}) rotate(-90)" text-anchor="middle" fill="#222">${escapeXml(c.quantity === 'partnership' ? 'ratio (log scale)' : 'estimate')}</text>`,
    );
  for (const p of c.points) {
    const s = CURVE_STYLE[p.cls];
    const x = r1(g.x(p.rank));
    out.push(
      `<line x1="${x}" x2="${x}" y1="${r1(g.y(p.lower))}" y2="${r1(g.y(p.upper))}" stroke="${s.color}" stroke-opacity="0.45"/>`,
      `<circle cx="${x}" cy="${r1(g.y(p.estimate))}" r="2" fill="${s.filled ? s.color : '#fff'}" stroke="${s.color}"/>`,
    );
  }
  const main = c.points.find((p) => p.main);
  if (main)
    out.push(
      `<line x1="${r1(g.x(main.rank))}" x2="${r1(g.x(main.rank))}" y1="${g.top}" y2="${g.matrixBottom}" stroke="#000" stroke-width="1.5"/>`,
      `<text x="${r1(g.x(main.rank) + 4)}" y="${g.top + 8}" fill="#000">main specification</text>`,
    );
  for (const row of matrixRows(c, g, opts.compact === true)) out.push(row);
  for (const row of legendRows(c, g, opts.compact === true)) out.push(row);
  out.push('</svg>', '');
  return out.join('\n');
}

function groupsOf(c: SpecificationCurve): number {
  return new Set(c.matrix.map((m) => m.choice)).size;
}

function matrixRows(c: SpecificationCurve, g: CurveGeometry, compact: boolean): string[] {
  const out: string[] = [];
  const cls = new Map(c.points.map((p) => [p.rank, p.cls]));
  let y = g.matrixTop;
  let previous = '';
  for (const row of c.matrix) {
    if (row.choice !== previous) {
      if (previous) y += 6;
      out.push(
        `<text x="10" y="${r1(y + ROW_H / 2)}" dominant-baseline="middle" font-weight="600" fill="#222">${escapeXml(row.choiceLabel)}</text>`,
      );
      y += ROW_H;
      previous = row.choice;
    }
    out.push(
      compact
        ? `<text x="${g.left - 6}" y="${r1(y + ROW_H / 2)}" text-anchor="end" dominant-baseline="middle" fill="#444">${escapeXml(row.option.length > 24 ? `${row.option.slice(0, 23)}…` : row.option)}</text>`
        : `<text x="22" y="${r1(y + ROW_H / 2)}" dominant-baseline="middle" fill="#444">${escapeXml(row.label)}</text>`,
    );
    for (const rank of row.ranks)
      out.push(
        `<rect x="${r1(g.x(rank) - 0.5)}" y="${r1(y + 1)}" width="1" height="${ROW_H - 2}" fill="${CURVE_STYLE[cls.get(rank) ?? 'sign'].color}"/>`,
      );
    y += ROW_H;
  }
  return out;
}

function legendRows(c: SpecificationCurve, g: CurveGeometry, compact: boolean): string[] {
  const out: string[] = [];
  const top = g.matrixBottom + 24;
  Object.values(CURVE_STYLE).forEach((s, i) => {
    const x = compact ? 10 : 10 + (i % 2) * 260;
    const y = top + (compact ? i * 16 : Math.floor(i / 2) * 18);
    out.push(
      `<circle cx="${x + 4}" cy="${y}" r="4" fill="${s.filled ? s.color : '#fff'}" stroke="${s.color}"/>`,
      `<text x="${x + 12}" y="${y}" dominant-baseline="middle" fill="#222">${escapeXml(s.label)}</text>`,
    );
  });
  const note = compact
    ? `${c.points.length} of ${c.total} shown; 95% intervals${c.logScale ? '; log scale' : ''}.`
    : `${c.points.length} of ${c.total} specifications shown${c.missing ? ` (${c.missing} without an estimate)` : ''}; 95% intervals, clipped${c.logScale ? '; log scale' : ''}.`;
  out.push(`<text x="10" y="${top + (compact ? 70 : 44)}" fill="#555">${escapeXml(note)}</text>`);
  return out;
}
