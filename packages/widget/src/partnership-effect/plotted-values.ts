import type { EffectData, ScenarioData, TrendData } from '../render/chart-types.js';

/** The values a chart plots, as columns and rows (for the CSV download and the table view). */
export interface PlottedValues {
  /** Machine-readable column keys (CSV header). */
  columns: string[];
  rows: (number | string | null)[][];
}

/** Chart data of any view, tagged. */
export type ViewData =
  | { view: 'effect'; data: EffectData }
  | { view: 'trend'; data: TrendData }
  | { view: 'scenario'; data: ScenarioData };

/**
 * Every plotted value of the view, one row per point.
 * @example plottedValues({ view: 'trend', data: { years: [], overallShare: null } }).columns[0] // => 'year'
 */
export function plottedValues(v: ViewData): PlottedValues {
  switch (v.view) {
    case 'effect':
      return {
        columns: ['nonun_troops', 'un_troops', 'fit', 'lower', 'upper', 'ci_level'],
        rows: v.data.curves.flatMap((c) =>
          c.points.map((p) => [c.nonun, p.un, p.fit, p.lower, p.upper, v.data.ciLevel]),
        ),
      };
    case 'trend':
      return {
        columns: ['year', 'share', 'un_only', 'both', 'nonun_only'],
        rows: v.data.years.map((y) => [y.year, y.share, y.unOnly, y.both, y.nonunOnly]),
      };
    case 'scenario':
      return {
        columns: ['scenario', 'un_troops', 'nonun_troops', 'fit', 'lower', 'upper', 'ci_level'],
        rows: [
          ...v.data.estimates.map((e) => [e.key, e.un, e.nonun, e.fit, e.lower, e.upper, v.data.ciLevel]),
          ['un_troops_same_reduction_without_partner', v.data.unAlone, 0, null, null, null, null],
          [
            'un_troops_same_reduction_with_partner',
            v.data.unWithPartner,
            v.data.estimates.find((e) => e.key === 'both')?.nonun ?? null,
            null,
            null,
            null,
            null,
          ],
        ],
      };
  }
}

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break; numbers printed with up to 6 significant digits; missing values empty. Cells starting with
 * `=`, `+`, `-` or `@` that are not numbers get a leading apostrophe (spreadsheet formula injection).
 * @example toCsv({ columns: ['a', 'b'], rows: [[1, 'x,y']] }) // => 'a,b\r\n1,"x,y"\r\n'
 */
export function toCsv(v: PlottedValues): string {
  const cell = (x: number | string | null): string => {
    if (x === null) return '';
    if (typeof x === 'number') return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : '';
    let s = /^[=+\-@]/.test(x) ? `'${x}` : x;
    if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
    return s;
  };
  return [v.columns, ...v.rows].map((r) => `${r.map(cell).join(',')}\r\n`).join('');
}
