import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from '../src/errors.js';
import { CsvParser, parseCsv, streamCsv } from '../src/io/csv.js';
import { thrown } from './thrown.js';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with delimiters, escaped quotes and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","he said ""hi"""\r\n2,"two\r\nlines",\r\n';
    const { header, rows } = parseCsv(text);
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      { line: 2, values: ['1', 'x, y', 'he said "hi"'] },
      { line: 3, values: ['2', 'two\r\nlines', ''] },
    ]);
  });

  it('counts lines across quoted line breaks and skips blank lines', () => {
    const { rows } = parseCsv('a,b\n"1\n2",3\n\n4,5');
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('reports a truncated row with its line', () => {
    const e = thrown(() => parseCsv('a,b,c\n1,2,3\n4,5\n', { file: 'f.csv' }));
    expect(e.code).toBe('PARSE_ERROR');
    expect(e.location).toEqual({ file: 'f.csv', line: 3 });
    expect(formatError(e)).toMatch(/^f\.csv:3: row has 2 fields but the header has 3: the row is truncated/);
  });

  it('reports an unclosed quote (a file cut off mid-field) at the line where the field starts', () => {
    const e = thrown(() => parseCsv('a,b\n1,2\n3,"unfinis', { file: 't.csv' }));
    expect(e.location).toEqual({ file: 't.csv', line: 3 });
    expect(e.message).toMatch(/never closed/);
  });

  it('detects a semicolon or tab file read as comma-separated', () => {
    const e = thrown(() => parseCsv('country;deaths\nMali;3\n', { file: 's.csv' }));
    expect(formatError(e)).toMatch(/s\.csv:1: .*semicolon-separated, not comma-separated/);
    expect(thrown(() => parseCsv('a\tb\n1\t2\n')).message).toMatch(/tab-separated/);
  });

  it('guesses the delimiter with auto (tab-separated HKS file)', () => {
    const { header, rows } = parseCsv('a\tb\n1\t2\n', { delimiter: 'auto' });
    expect(header).toEqual(['a', 'b']);
    expect(rows[0]?.values).toEqual(['1', '2']);
  });

  it('reports more fields than the header (unquoted delimiter)', () => {
    expect(thrown(() => parseCsv('a,b\n1,2,3\n')).message).toMatch(/unquoted delimiter/);
  });

  it('rejects an empty file', () => {
    expect(thrown(() => parseCsv('', { file: 'e.csv' })).code).toBe('NO_DATA');
  });

  it('gives the same rows whatever the chunking (property)', () => {
    const field = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('a,b', '"q"', 'x\ny', 'r\r\ns', ' ', 'é€'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(field, field, field), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (records, cuts, crlf) => {
          const quote = (s: string) => (/[",\r\n]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s);
          const eol = crlf ? '\r\n' : '\n';
          const text = `a,b,c${eol}${records.map((r) => r.map(quote).join(',')).join(eol)}${eol}`;
          const whole = parseCsv(text).rows.map((r) => r.values);
          const got: string[][] = [];
          const p = new CsvParser({}, (r) => got.push(r.values));
          let pos = 0;
          for (let k = 0; pos < text.length; k++) {
            const size = cuts[k % cuts.length] ?? 1;
            p.write(text.slice(pos, pos + size));
            pos += size;
          }
          p.end();
          expect(got).toEqual(whole);
          expect(whole).toEqual(records);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('streamCsv', () => {
  it('decodes UTF-8 split across byte chunks and yields every row', async () => {
    const bytes = new TextEncoder().encode('name,v\nCôte d’Ivoire,1\nSão Tomé,2\n');
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 3) chunks.push(bytes.subarray(i, i + 3));
    let header: string[] = [];
    const rows: string[][] = [];
    for await (const batch of streamCsv(chunks, { onHeader: (h) => (header = h) }))
      for (const r of batch) rows.push(r.values);
    expect(header).toEqual(['name', 'v']);
    expect(rows).toEqual([
      ['Côte d’Ivoire', '1'],
      ['São Tomé', '2'],
    ]);
  });

  it('reads a web ReadableStream through its reader when it is not async-iterable (older browsers)', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n3,4\n');
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.subarray(0, 5));
        c.enqueue(bytes.subarray(5));
        c.close();
      },
    });
    const readerOnly = { getReader: () => stream.getReader() } as unknown as ReadableStream<Uint8Array>;
    const rows: string[][] = [];
    for await (const batch of streamCsv(readerOnly)) for (const r of batch) rows.push(r.values);
    expect(rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads the real GED 23.1 CAR events file like parseCsv does', async () => {
    const path = new URL('../../data/raw/ged231_car_events/ged231_car_events.csv', import.meta.url);
    const text = readFileSync(path, 'utf8');
    const whole = parseCsv(text, { file: 'ged231_car_events.csv' });
    expect(whole.rows).toHaveLength(1848);
    const { createReadStream } = await import('node:fs');
    let count = 0;
    let last: string[] = [];
    for await (const batch of streamCsv(createReadStream(path, { highWaterMark: 4096 }), {
      file: 'ged231_car_events.csv',
    }))
      for (const r of batch) {
        count += 1;
        last = r.values;
      }
    expect(count).toBe(1848);
    expect(last).toEqual(whole.rows.at(-1)?.values);
  });
});
