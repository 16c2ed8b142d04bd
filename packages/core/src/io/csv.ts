import { messages } from '../errors.js';

/** A field separator peacepanel reads. `auto` picks the one that splits the header line most. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

export interface CsvOptions {
  /** File name used in error messages. */
  file?: string;
  /** Field separator; default `,`. `auto` guesses from the header line (comma, semicolon, tab, pipe). */
  delimiter?: CsvDelimiter | 'auto';
}

/** One data row: its 1-based line number in the file (the header is line 1) and its fields. */
export interface CsvRow {
  line: number;
  values: string[];
}

/** A whole CSV file held in memory: the header and every data row. */
export interface CsvText {
  header: string[];
  rows: CsvRow[];
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/**
 * An incremental RFC 4180 reader: feed it text in chunks of any size (`write`), then `end()`. It
 * handles quoted fields (with `""` escapes and embedded line breaks), CRLF and LF line ends and a
 * leading byte-order mark, and it holds at most one unfinished record in memory, so a file of any
 * size streams in bounded memory. Every complete record is checked against the header's field count;
 * a mismatch or an unclosed quote throws a located `PeacepanelError` (file, line, fix). A header with
 * one column that contains another delimiter is reported as a wrong delimiter. Blank lines are skipped.
 *
 * Reference: RFC 4180, "Common Format and MIME Type for CSV Files" (https://www.rfc-editor.org/rfc/rfc4180).
 * Cost: O(length of input) time; memory O(longest record).
 * @example
 * const rows: string[][] = [];
 * const p = new CsvParser({ file: 'a.csv' }, (r) => rows.push(r.values));
 * p.write('x,y\r\n1,"a'); p.write(',b"\n'); p.end();
 * p.header // ['x', 'y']; rows → [['1', 'a,b']]
 */
export class CsvParser {
  /** The header fields once the first record is read, else null. */
  header: string[] | null = null;
  private readonly file: string | undefined;
  private delimiter: CsvDelimiter | 'auto';
  private readonly onRow: (row: CsvRow) => void;
  /** Text not yet consumed (at most one unfinished record). */
  private buffer = '';
  /** Line number of the first line in `buffer`. */
  private line = 1;
  private started = false;

  constructor(options: CsvOptions, onRow: (row: CsvRow) => void) {
    this.file = options.file;
    this.delimiter = options.delimiter ?? ',';
    this.onRow = onRow;
  }

  /** Feeds the next chunk of text. Complete records are passed to the callback at once. */
  write(chunk: string): void {
    if (!this.started) {
      if (chunk.length === 0) return;
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer = this.buffer.length ? this.buffer + chunk : chunk;
    this.consume(false);
  }

  /** Signals the end of input: flushes the last record (which may lack a final line break). */
  end(): void {
    this.consume(true);
    if (this.header === null) throw messages.noData(this.file, 'the file is empty (no header line)');
  }

  private consume(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    let pos = 0;
    while (pos < n) {
      const startLine = this.line;
      const parsed = this.parseRecord(s, pos, final);
      if (parsed === null) break; // incomplete record: wait for more text
      pos = parsed.next;
      this.line += parsed.lines;
      this.emit(parsed.fields, startLine);
    }
    this.buffer = pos >= n ? '' : s.slice(pos);
  }

  /**
   * Parses one record starting at `pos`. Returns null when the record is not complete yet (no line
   * break after it and not `final`).
   */
  private parseRecord(
    s: string,
    pos: number,
    final: boolean,
  ): { fields: string[]; next: number; lines: number } | null {
    const n = s.length;
    const delim = (this.delimiter === 'auto' ? ',' : this.delimiter).charCodeAt(0);
    const fields: string[] = [];
    let lines = 0;
    let i = pos;
    for (;;) {
      // start of a field
      if (i < n && s.charCodeAt(i) === 34 /* " */) {
        let j = i + 1;
        let value = '';
        let segStart = j;
        let closed = false;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === 34) {
            if (j + 1 < n && s.charCodeAt(j + 1) === 34) {
              value += s.slice(segStart, j + 1);
              j += 2;
              segStart = j;
              continue;
            }
            if (j + 1 >= n && !final) return null; // a '""' escape may straddle the chunk boundary
            value += s.slice(segStart, j);
            j += 1;
            closed = true;
            break;
          }
          if (c === 10) lines += 1;
          j += 1;
        }
        if (!closed) {
          if (!final) return null;
          throw messages.unterminatedQuote({ file: this.file, line: this.line + countNewlines(s, pos, i) });
        }
        fields.push(value);
        i = j;
        // after a closing quote: delimiter, line end or end of input
        if (i >= n) {
          if (!final) return null;
          return { fields, next: i, lines };
        }
        const c = s.charCodeAt(i);
        if (c === delim) {
          i += 1;
          continue;
        }
        if (c === 13 || c === 10) return this.lineEnd(s, i, fields, lines, final);
        throw messages.parseError(
          { file: this.file, line: this.line + lines },
          'text follows a closing quote inside a field',
          'double the quotes inside quoted fields ("he said ""hi""") or remove the stray quote',
        );
      }
      // unquoted field: up to delimiter or line end
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 13 || c === 10 || c === delim) break;
        j += 1;
      }
      if (j >= n && !final) return null;
      fields.push(s.slice(i, j));
      if (j >= n) return { fields, next: j, lines };
      if (s.charCodeAt(j) === delim) {
        i = j + 1;
        continue;
      }
      return this.lineEnd(s, j, fields, lines, final);
    }
  }

  private lineEnd(
    s: string,
    i: number,
    fields: string[],
    lines: number,
    final: boolean,
  ): { fields: string[]; next: number; lines: number } | null {
    if (s.charCodeAt(i) === 13) {
      if (i + 1 >= s.length && !final) return null; // CR at chunk end: the LF may follow
      if (s.charCodeAt(i + 1) === 10) return { fields, next: i + 2, lines: lines + 1 };
      return { fields, next: i + 1, lines: lines + 1 };
    }
    return { fields, next: i + 1, lines: lines + 1 };
  }

  private emit(fields: string[], line: number): void {
    if (fields.length === 1 && fields[0] === '') return; // blank line
    if (this.header === null) {
      if (this.delimiter === 'auto') {
        const raw = fields.join(',');
        this.delimiter = guessDelimiter(raw);
        if (this.delimiter !== ',') fields = splitSimple(raw, this.delimiter);
      } else if (fields.length === 1) {
        const f = fields[0] ?? '';
        const other = DELIMITERS.find((d) => d !== this.delimiter && f.includes(d));
        if (other !== undefined) throw messages.wrongDelimiter(this.file, other, this.delimiter);
      }
      this.header = fields.map((h) => h.trim());
      return;
    }
    if (fields.length !== this.header.length)
      throw messages.fieldCount({ file: this.file, line }, fields.length, this.header.length);
    this.onRow({ line, values: fields });
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) k += 1;
  return k;
}

function guessDelimiter(headerLine: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = headerLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Splits a header line re-joined by commas on the guessed delimiter (headers with quotes are rare). */
function splitSimple(line: string, d: CsvDelimiter): string[] {
  return line
    .split(d)
    .map((f) => (f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1) : f));
}

/**
 * Parses a whole CSV text (RFC 4180: quotes, CRLF, BOM) into its header and rows, with line numbers
 * for error messages. Throws a located `PeacepanelError` on a truncated row, an unclosed quote, an
 * empty file or a header that uses another delimiter.
 * Reference: RFC 4180. Cost: O(length of text).
 * @example
 * parseCsv('country,deaths\nMali,12\n', { file: 'x.csv' })
 * // { header: ['country', 'deaths'], rows: [{ line: 2, values: ['Mali', '12'] }] }
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvText {
  const rows: CsvRow[] = [];
  const parser = new CsvParser(options, (r) => rows.push(r));
  parser.write(text);
  parser.end();
  return { header: parser.header ?? [], rows };
}

/** Anything that yields text or bytes in order: a Node `Readable`, a web `ReadableStream`, an array of chunks. */
export type TextSource =
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

/** Web streams are not async-iterable in every browser: read them with a reader there. */
async function* asIterable(source: TextSource): AsyncGenerator<string | Uint8Array> {
  if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    yield* source as AsyncIterable<string | Uint8Array>;
    return;
  }
  const reader = (source as ReadableStream<string | Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Streams a CSV source row by row in bounded memory: a Node `fs.createReadStream(path)`, a web
 * `ReadableStream<Uint8Array>` (async-iterable in Node 20), or any (async) iterable of chunks. Bytes
 * are decoded as UTF-8 across chunk boundaries. Yields every data row in batches (one per input
 * chunk) so that the per-row cost stays low; `onHeader` receives the header before the first batch.
 * Throws the same located errors as `parseCsv`.
 * Reference: RFC 4180; WHATWG Encoding `TextDecoder` with `stream: true`.
 * Cost: O(size of input) time, O(chunk + longest record) memory.
 * @example import { Readable } from 'node:stream';
 * let count = 0;
 * for await (const batch of streamCsv(Readable.from(['a,b\n1,2\n', '3,4\n']), { file: 'a.csv' })) count += batch.length;
 * count // => 2
 */
export async function* streamCsv(
  source: TextSource,
  options: CsvOptions & { onHeader?: (header: string[]) => void } = {},
): AsyncGenerator<CsvRow[]> {
  let batch: CsvRow[] = [];
  let headerSent = false;
  const parser = new CsvParser(options, (r) => batch.push(r));
  const decoder = new TextDecoder('utf-8');
  const flush = function* (): Generator<CsvRow[]> {
    if (!headerSent && parser.header !== null) {
      headerSent = true;
      options.onHeader?.(parser.header);
    }
    if (batch.length) {
      const out = batch;
      batch = [];
      yield out;
    }
  };
  for await (const chunk of asIterable(source)) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    yield* flush();
  }
  const rest = decoder.decode();
  if (rest) parser.write(rest);
  parser.end();
  yield* flush();
}
