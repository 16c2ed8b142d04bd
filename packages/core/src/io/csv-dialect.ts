/**
 * How a CSV file writes its fields and numbers: the field separator, the decimal mark and the
 * thousands separator, detected from the file as R's `read.csv2` conventions and data.table's
 * `fread` detect them, and stated in every output that reads the file.
 */
import type { CsvDelimiter } from './csv.js';

/** The conventions a CSV file was read with. */
export interface CsvDialect {
  delimiter: CsvDelimiter;
  /** `.` (1.5) or `,` (1,5, as `read.csv2`). */
  decimal: '.' | ',';
  /** The digit-group separator accepted inside numbers (`1,500` or `1.500`): the mark that is not the decimal. */
  thousands: ',' | '.';
  /** How many cells were read with a thousands separator (0 when none). */
  thousandsCells: number;
  /** The text encoding the bytes were decoded from (`UTF-8` unless detected otherwise). */
  encoding: string;
}

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/**
 * Picks the field separator as `fread` does: on a sample of the first lines, the candidate (comma,
 * semicolon, tab, pipe) that splits every line into the same number of fields, more than one, wins;
 * among those, the one with most fields. Quotes are honoured (a quoted `"1,5"` does not split). When
 * no candidate is consistent, the one splitting the header most is taken (the reader then reports the
 * first inconsistent row).
 * Reference: data.table `fread` documentation, argument `sep` ("auto": the separator giving the most
 * consistent number of fields over a sample of lines).
 * Cost: O(sample size × 4).
 * @example detectDelimiter('a;b\n1,5;2\n') // => ';'
 */
export function detectDelimiter(text: string, sampleLines = 100): CsvDelimiter {
  const lines = sampleRecords(text, sampleLines);
  let best: CsvDelimiter | undefined;
  let bestFields = 1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countFields(l, d));
    const first = counts[0] ?? 1;
    if (first > bestFields && counts.every((c) => c === first)) {
      best = d;
      bestFields = first;
    }
  }
  if (best) return best;
  const header = lines[0] ?? '';
  let fallback: CsvDelimiter = ',';
  let most = 1;
  for (const d of CANDIDATES) {
    const c = countFields(header, d);
    if (c > most) {
      fallback = d;
      most = c;
    }
  }
  return fallback;
}

/** The first `k` non-blank records of `text` (a record may span lines inside quotes). */
function sampleRecords(text: string, k: number): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && out.length < k; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) {
      const rec = text.slice(start, i).replace(/\r$/, '');
      if (rec.trim() !== '') out.push(rec);
      start = i + 1;
    }
  }
  if (out.length < k && start < text.length && !quoted) {
    const rec = text.slice(start).replace(/\r$/, '');
    if (rec.trim() !== '') out.push(rec);
  }
  return out;
}

function countFields(record: string, d: CsvDelimiter): number {
  const code = d.charCodeAt(0);
  let n = 1;
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === code && !quoted) n += 1;
  }
  return n;
}

const DECIMAL_COMMA = /^[+-]?\d*,\d+(?:[eE][+-]?\d+)?$/;
const DECIMAL_POINT = /^[+-]?\d*\.\d+(?:[eE][+-]?\d+)?$/;
const POINT_GROUPS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;

/**
 * The decimal mark of a file, from its cells: a comma-separated file uses the point (a decimal comma
 * there would need quotes, and `"1,500"` reads as a thousands separator); in a file separated
 * otherwise the comma is the decimal mark when more cells look like `0,3` than like `0.3` (cells like
 * `1.500`, which could be either, do not count), as `read.csv2` assumes and `fread(dec = "auto")` detects.
 * Reference: R `utils::read.csv2` (sep = ";", dec = ","); data.table `fread` argument `dec`.
 * @example detectDecimal(';', [['0,3', '1'], ['2,5', '4']]) // => ','
 */
export function detectDecimal(delimiter: CsvDelimiter, rows: readonly (readonly string[])[]): '.' | ',' {
  if (delimiter === ',') return '.';
  let comma = 0;
  let point = 0;
  for (const row of rows)
    for (const raw of row) {
      const cell = raw.trim();
      if (DECIMAL_COMMA.test(cell)) comma += 1;
      else if (DECIMAL_POINT.test(cell) && !POINT_GROUPS.test(cell)) point += 1;
    }
  return comma > point ? ',' : '.';
}

/**
 * The dialect in words, for the output of every command and page that reads a CSV.
 * @example describeDialect({ delimiter: ';', decimal: ',', thousands: '.', thousandsCells: 0, encoding: 'UTF-8' })
 * // 'semicolon-separated, decimal comma (as R read.csv2)'
 */
export function describeDialect(d: CsvDialect): string {
  const parts = [
    `${delimiterName(d.delimiter)}-separated`,
    d.decimal === ',' ? 'decimal comma (as R read.csv2)' : 'decimal point',
  ];
  if (d.thousandsCells > 0)
    parts.push(
      `${d.thousandsCells} number${d.thousandsCells === 1 ? '' : 's'} with "${d.thousands}" as thousands separator`,
    );
  if (d.encoding !== 'UTF-8') parts.push(`decoded from ${d.encoding}`);
  return parts.join(', ');
}

/**
 * The name of a field separator in messages.
 * @example delimiterName('\t') // => 'tab'
 */
export function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : d === '|' ? 'pipe' : `"${d}"`;
}
