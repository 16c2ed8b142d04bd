import { messages } from '../errors.js';
import { formatYm, isMissingCell, monthIndex, parseNumberCell, parseYearMonth } from './cells.js';
import type { CsvContent } from './csv-table.js';

/** Earliest and latest years a panel may contain (wider than any conflict data, narrow enough to catch typos). */
export const PANEL_YEAR_RANGE = { min: 1946, max: 2100 } as const;

/** Where a panel's key is: the unit column and the month (`ym`, or `year` + `month`), as column indexes. */
export interface PanelKey {
  unitCol: string | undefined;
  unitJ: number;
  hasYm: boolean;
  ymJ: number;
  yearJ: number;
  monthJ: number;
  /** False when the file has no unit or no month: it is read as a plain table. */
  keyed: boolean;
}

/**
 * Finds the unit column (`country`, else `iso3`, `unit`, `conflict_id`) and the month (`ym`, or
 * `year` + `month`) among the column names.
 * @example panelKey(['country', 'ym', 'y']).keyed // true
 */
export function panelKey(names: readonly string[]): PanelKey {
  const unitCol = ['country', 'iso3', 'unit', 'conflict_id'].find((c) => names.includes(c));
  const hasYm = names.includes('ym');
  const hasYearMonth = names.includes('year') && names.includes('month');
  return {
    unitCol,
    unitJ: unitCol === undefined ? -1 : names.indexOf(unitCol),
    hasYm,
    ymJ: names.indexOf('ym'),
    yearJ: names.indexOf('year'),
    monthJ: names.indexOf('month'),
    keyed: unitCol !== undefined && (hasYm || hasYearMonth),
  };
}

/** The rows a panel keeps (1) and each row's month index, and the rows left out by reason (their lines). */
export interface KeyedRows {
  keep: Uint8Array;
  monthOf: Float64Array;
  excluded: Map<string, string[]>;
}

/**
 * Reads each row's key: rows without a unit or a month are left out (by reason), a unit-month seen
 * twice is an error naming both lines, months must lie in 1946–2100 and 1–12. An unkeyed file keeps
 * every row.
 * @throws PeacepanelError DUPLICATE_KEY, BAD_VALUE (unreadable month), OUT_OF_RANGE.
 * @example import { readCsvText } from './csv-table.js';
 * const csv = readCsvText('country,year,month,y\nMali,2001,1,3\nMali,2001,2,0\n');
 * keyRows(csv, panelKey(csv.header), 'p.csv')
 * // => { keep: Uint8Array.of(1, 1), monthOf: [24012, 24013], excluded: new Map() }
 */
export function keyRows(csv: CsvContent, key: PanelKey, file: string | undefined): KeyedRows {
  const n = csv.rows.length;
  const keep = new Uint8Array(n);
  const excluded = new Map<string, string[]>();
  const exclude = (reason: string, line: number) => {
    const list = excluded.get(reason) ?? [];
    list.push(`line ${line}`);
    excluded.set(reason, list);
  };
  const monthOf = new Float64Array(n).fill(Number.NaN);
  const firstLine = new Map<string, number>();
  csv.rows.forEach((row, i) => {
    if (!key.keyed) {
      keep[i] = 1;
      return;
    }
    const unit = (row.values[key.unitJ] ?? '').trim();
    if (isMissingCell(unit)) {
      exclude(`missing unit (${key.unitCol})`, row.line);
      return;
    }
    const ym = readMonth(row.values, row.line, key, file, exclude);
    if (ym === undefined) return;
    const k = `${unit} ${formatYm(ym)}`;
    const first = firstLine.get(k);
    if (first !== undefined) throw messages.duplicateKey({ file, line: row.line }, k, first);
    firstLine.set(k, row.line);
    monthOf[i] = ym;
    keep[i] = 1;
  });
  return { keep, monthOf, excluded };
}

/** A row's month index from `ym` or `year` + `month`; undefined (after `exclude`) when a cell is missing. */
function readMonth(
  values: string[],
  line: number,
  key: PanelKey,
  file: string | undefined,
  exclude: (reason: string, line: number) => void,
): number | undefined {
  if (key.hasYm) {
    const cell = values[key.ymJ] ?? '';
    if (isMissingCell(cell)) {
      exclude('missing month (ym)', line);
      return undefined;
    }
    const parsed = parseYearMonth(cell);
    if (!parsed) throw messages.badValue({ file, line, column: 'ym' }, cell, 'a month written YYYY-MM');
    checkRange(parsed, file, line, { year: 'ym', month: 'ym' }, { year: cell, month: cell });
    return monthIndex(parsed.year, parsed.month);
  }
  const yc = values[key.yearJ] ?? '';
  const mc = values[key.monthJ] ?? '';
  if (isMissingCell(yc) || isMissingCell(mc)) {
    exclude('missing year or month', line);
    return undefined;
  }
  const y = parseNumberCell(yc);
  const m = parseNumberCell(mc);
  if (y === undefined || !Number.isInteger(y))
    throw messages.badValue({ file, line, column: 'year' }, yc, 'a whole year like 2005');
  if (m === undefined || !Number.isInteger(m))
    throw messages.badValue({ file, line, column: 'month' }, mc, 'a month number 1-12');
  checkRange({ year: y, month: m }, file, line, { year: 'year', month: 'month' }, { year: yc, month: mc });
  return monthIndex(y, m);
}

function checkRange(
  { year, month }: { year: number; month: number },
  file: string | undefined,
  line: number,
  column: { year: string; month: string },
  cell: { year: string; month: string },
): void {
  if (year < PANEL_YEAR_RANGE.min || year > PANEL_YEAR_RANGE.max)
    throw messages.outOfRange(
      { file, line, column: column.year },
      cell.year,
      `years ${PANEL_YEAR_RANGE.min}-${PANEL_YEAR_RANGE.max}`,
    );
  if (month < 1 || month > 12)
    throw messages.outOfRange({ file, line, column: column.month }, cell.month, 'months 1-12');
}
