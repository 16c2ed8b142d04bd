/**
 * Reading single CSV cells: what counts as missing, what counts as a number, and `YYYY-MM` months.
 * Shared by every importer so that "missing" means the same everywhere.
 */

/** Cell texts read as missing (after trimming): empty, NA, N/A, NaN, null, `.` (Stata). */
const MISSING = new Set(['', 'NA', 'N/A', 'n/a', 'na', 'NaN', 'nan', 'null', 'NULL', '.', '#N/A']);

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * True when a cell stands for a missing value.
 * @example isMissingCell(' NA ') // => true
 */
export function isMissingCell(text: string): boolean {
  return MISSING.has(text.trim());
}

/**
 * Reads a decimal number (`12`, `-3.5`, `1e3`); returns NaN for missing cells and `undefined` for
 * anything else (text), so callers can report the cell. Hexadecimal, `Infinity` and thousands
 * separators are not numbers here, nor is a value beyond the largest double (`1e999`).
 * @example parseNumberCell('1,200') // => undefined
 * @example parseNumberCell('') // => NaN
 */
export function parseNumberCell(text: string): number | undefined {
  const t = text.trim();
  if (MISSING.has(t)) return Number.NaN;
  if (!NUMBER_RE.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined; // `1e999` overflows: not a number a model can use
}

const COMMA_DECIMAL_RE = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_GROUPS_RE = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const POINT_GROUPS_RE = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const NUMBER_LIKE_RE = /^[+-]?(?:\d|[.,]\d)(?:[\d.,' ]|[eE][+-]?\d)*$/;

/**
 * Reads a number written with the given decimal mark (`1.5`, or `1,5` as R's `read.csv2` does) and
 * optional thousands separators in whole groups of three (`1,500.25`, or `1.500,25` with a decimal
 * comma). Returns NaN for missing cells and `undefined` for anything else, including values beyond the
 * largest finite double (`1e999`), so callers can report the cell.
 * @example parseNumberIn('1.500,5', ',') // => 1500.5
 * @example parseNumberIn('1,500', '.') // => 1500
 * @example parseNumberIn('0,3', '.') // => undefined
 */
export function parseNumberIn(text: string, decimal: '.' | ','): number | undefined {
  const t = text.trim();
  if (MISSING.has(t)) return Number.NaN;
  let v: number | undefined;
  if (decimal === '.') {
    if (NUMBER_RE.test(t)) v = Number(t);
    else if (COMMA_GROUPS_RE.test(t)) v = Number(t.replaceAll(',', ''));
  } else if (COMMA_DECIMAL_RE.test(t)) v = Number(t.replace(',', '.'));
  else if (POINT_GROUPS_RE.test(t)) v = Number(t.replaceAll('.', '').replace(',', '.'));
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

/**
 * True when a number cell uses a thousands separator under the given decimal mark.
 * @example hasThousandsSeparator('1,500', '.') // => true
 */
export function hasThousandsSeparator(text: string, decimal: '.' | ','): boolean {
  const t = text.trim();
  return decimal === '.' ? COMMA_GROUPS_RE.test(t) : POINT_GROUPS_RE.test(t) && !COMMA_DECIMAL_RE.test(t);
}

/**
 * True when a cell is written like a number (digits with points, commas, spaces, an exponent), even if
 * it is not one under the file's conventions (`0,3` in a decimal-point file, `1e999`). Such a cell is
 * reported, never turned into a category.
 * @example looksLikeNumber('0,3') // => true
 * @example looksLikeNumber('Mali') // => false
 * @example looksLikeNumber('2014-08') // false (a month, not a number)
 */
export function looksLikeNumber(text: string): boolean {
  return NUMBER_LIKE_RE.test(text.trim());
}

/** A calendar month as an integer index: year × 12 + (month − 1). Sorting by it sorts by time. */
export type MonthIndex = number;

/**
 * The month index of a year and a month (1–12).
 * @example monthIndex(2001, 5) - monthIndex(2000, 5) // => 12
 */
export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/**
 * `YYYY-MM` of a month index.
 * @example formatYm(monthIndex(1993, 1)) // => '1993-01'
 */
export function formatYm(index: MonthIndex): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * Reads `YYYY-MM`, `YYYY-MM-DD` (the day is ignored; a time after `T` or a space too) or `YYYY/MM`
 * into year and month. Returns undefined when the text has another shape; the month may be out of
 * 1–12 (callers report the range).
 * @example parseYearMonth('2009-02-20T00:00:00') // => { year: 2009, month: 2 }
 */
export function parseYearMonth(text: string): { year: number; month: number } | undefined {
  // fast path for the common `YYYY-MM…` shape (GED dates), same result as the pattern below
  if (
    text.length >= 7 &&
    text.charCodeAt(4) === 45 &&
    (text.length === 7 || text.charCodeAt(7) === 45) &&
    isDigits(text, 0, 4) &&
    isDigits(text, 5, 7) &&
    (text.length === 7 || /^-\d{1,2}(?:[T ].*)?$/.test(text.slice(7)))
  )
    return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) };
  const m = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?(?:[T ].*)?$/.exec(text.trim());
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]) };
}

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
