import { chartView, type ViewData } from './views/index.js';

export type { ViewData } from './views/index.js';

/** The values a chart plots, as columns and rows (for the CSV download and the table view). */
export interface PlottedValues {
  /** Machine-readable column keys (CSV header). */
  columns: string[];
  rows: (number | string | null)[][];
}

/**
 * Every plotted value of the view, one row per point (each view's `table`).
 * @example plottedValues({ view: 'trend', data: { years: [], overallShare: null } }).columns[0] // 'year'
 */
export function plottedValues(v: ViewData): PlottedValues {
  return chartView(v).table(v.data);
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
