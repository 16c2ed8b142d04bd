/**
 * The one CSV reader behind every table peacepanel reads from a user's file: the CLI's `fit`,
 * `describe` and `--data` options, the demo's upload and the widget's `data-src` (both through the
 * panel reader). It detects the field separator and the decimal mark, refuses duplicated headers
 * and text that is not UTF-16-decoded, and types each column so that a column of numbers written
 * in another convention is a located error, never a column of categories.
 */
import { messages } from '../errors.js';
import type { Column, Table } from '../table.js';
import { hasThousandsSeparator, isMissingCell, looksLikeNumber, parseNumberIn } from './cells.js';
import { type CsvDelimiter, type CsvRow, parseCsv } from './csv.js';
import { type CsvDialect, detectDecimal, detectDelimiter } from './csv-dialect.js';

/** Options of {@link readCsvText} and {@link readCsvTable}. */
export interface CsvReadOptions {
  /** File name used in error messages. */
  file?: string | undefined;
  /** Field separator; default `auto` (detected, see `detectDelimiter`). */
  delimiter?: CsvDelimiter | 'auto' | undefined;
  /** The encoding the text was decoded from (see `decodeText`), stated in the dialect. */
  encoding?: string | undefined;
}

/** A parsed CSV with the dialect it was read in. */
export interface CsvContent {
  header: string[];
  rows: CsvRow[];
  dialect: CsvDialect;
}

/**
 * Parses CSV text with the separator and decimal mark detected (or the separator given), checking
 * that the text was decoded right (a NUL character means UTF-16 read as UTF-8) and that no header
 * appears twice.
 * Reference: RFC 4180; data.table `fread` (sep and dec detection); R `read.csv2`.
 * Cost: O(length of text).
 * @throws PeacepanelError `PARSE_ERROR` (UTF-16 text, duplicated header, or any located error of `parseCsv`), `NO_DATA`.
 * @example readCsvText('a;b\n0,5;1\n').dialect // { delimiter: ';', decimal: ',', … }
 */
export function readCsvText(text: string, options: CsvReadOptions = {}): CsvContent {
  const file = options.file;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw messages.looksUtf16(file, lineAt(text, nul));
  const delimiter =
    options.delimiter === undefined || options.delimiter === 'auto'
      ? detectDelimiter(text)
      : options.delimiter;
  const { header, rows } = parseCsv(text, { file, delimiter });
  const seen = new Map<string, number>();
  header.forEach((name, j) => {
    const before = seen.get(name);
    if (before !== undefined) throw messages.duplicateColumn(file, name, before + 1, j + 1);
    seen.set(name, j);
  });
  const sample = rows.length > 2000 ? rows.slice(0, 2000) : rows;
  const decimal = detectDecimal(
    delimiter,
    sample.map((r) => r.values),
  );
  return {
    header,
    rows,
    dialect: {
      delimiter,
      decimal,
      thousands: decimal === '.' ? ',' : '.',
      thousandsCells: 0,
      encoding: options.encoding ?? 'UTF-8',
    },
  };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** The cells of one column, with what is needed to locate a bad one. */
export interface ColumnCells {
  name: string;
  cells: readonly string[];
  /** File line of cell i. */
  lineOf: (i: number) => number;
}

/**
 * Decides whether a column is numeric under the file's dialect, the rule every reader shares:
 * numeric when every filled cell is a number; text when most filled cells are words; and an error,
 * located at the first offending cell, when the column is mostly numbers (four or more per word) but
 * some cells are not numbers (typos), or when its cells look like numbers written in another
 * convention (`0,3` in a decimal-point file, `1e999`). `mustBeNumeric` makes any word an error.
 * @throws PeacepanelError `BAD_VALUE` at the first cell that is not a number of a numeric column.
 * @example // a semicolon file with a decimal comma
 * const { dialect } = readCsvText('x;y\n1;2\n2,5;3\n');
 * columnIsNumeric({ name: 'x', cells: ['1', '2,5'], lineOf: (i) => i + 2 }, dialect, 'a.csv') // => true
 */
export function columnIsNumeric(
  col: ColumnCells,
  dialect: CsvDialect,
  file: string | undefined,
  mustBeNumeric = false,
): boolean {
  let numbers = 0;
  let numberLike = 0;
  let words = 0;
  let firstLike = -1;
  let firstWord = -1;
  col.cells.forEach((cell, i) => {
    if (isMissingCell(cell)) return;
    if (parseNumberIn(cell, dialect.decimal) !== undefined) numbers += 1;
    else if (looksLikeNumber(cell)) {
      numberLike += 1;
      if (firstLike < 0) firstLike = i;
    } else {
      words += 1;
      if (firstWord < 0) firstWord = i;
    }
  });
  if (numberLike > 0 && (mustBeNumeric || numbers + numberLike >= 4 * words))
    throw messages.numberConvention(
      { file, line: col.lineOf(firstLike), column: col.name },
      col.cells[firstLike] ?? '',
      dialect,
    );
  if (words === 0) return numbers > 0 || mustBeNumeric;
  if (mustBeNumeric || (numbers > 0 && numbers >= 4 * words))
    throw messages.badValue(
      { file, line: col.lineOf(firstWord), column: col.name },
      col.cells[firstWord] ?? '',
      'a number',
    );
  return false;
}

/**
 * The values of a numeric column under the dialect (NaN for missing), counting thousands separators
 * into `dialect.thousandsCells`.
 * @throws PeacepanelError `BAD_VALUE` at a cell that is not a number.
 * @example const { dialect } = readCsvText('x;y\n1,5;2\n');
 * numberValues({ name: 'x', cells: ['1,5'], lineOf: () => 2 }, dialect, 'a.csv') // => Float64Array.of(1.5)
 */
export function numberValues(col: ColumnCells, dialect: CsvDialect, file: string | undefined): Float64Array {
  const out = new Float64Array(col.cells.length);
  col.cells.forEach((cell, i) => {
    const v = parseNumberIn(cell, dialect.decimal);
    if (v === undefined)
      throw messages.badValue({ file, line: col.lineOf(i), column: col.name }, cell, 'a number');
    if (hasThousandsSeparator(cell, dialect.decimal)) dialect.thousandsCells += 1;
    out[i] = v;
  });
  return out;
}

/** A CSV read into a table, with the dialect and the file line of each row. */
export interface CsvTable {
  table: Table;
  dialect: CsvDialect;
  /** File line of table row i. */
  lineOf: (row: number) => number;
}

/**
 * Reads a CSV into a table: dialect detected, each column typed by {@link columnIsNumeric} (text
 * columns keep their cells, missing as null). No row is dropped.
 * Reference: RFC 4180; data.table `fread`. Cost: O(cells).
 * @throws PeacepanelError from {@link readCsvText} and {@link columnIsNumeric}.
 * @example readCsvTable('y;x\n1;0,5\n2;1,5\n', { file: 'a.csv' }).table.columns.x // => { kind: 'number', values: [0.5, 1.5] }
 */
export function readCsvTable(text: string, options: CsvReadOptions = {}): CsvTable {
  const { header, rows, dialect } = readCsvText(text, options);
  const lineOf = (i: number) => rows[i]?.line ?? i + 2;
  const columns: Record<string, Column> = {};
  header.forEach((name, j) => {
    const col = { name, cells: rows.map((r) => r.values[j] ?? ''), lineOf };
    columns[name] = columnIsNumeric(col, dialect, options.file)
      ? { kind: 'number', values: numberValues(col, dialect, options.file) }
      : { kind: 'string', values: col.cells.map((c) => (isMissingCell(c) ? null : c)) };
  });
  return { table: { n: rows.length, columns }, dialect, lineOf };
}
