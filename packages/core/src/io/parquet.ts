import { type Compressors, parquetMetadata, parquetRead } from 'hyparquet';
import { messages, PeacepanelError } from '../errors.js';
import type { Column, Table } from '../table.js';

/**
 * Reads an Apache Parquet file into a table with hyparquet (pure JavaScript, no dependencies; it
 * decodes uncompressed and Snappy pages itself, other codecs through `compressors`, e.g. gzip and
 * Brotli from `node:zlib` in the CLI). Numeric, integer (64-bit read as the nearest double) and
 * boolean (1/0) columns become numeric columns with null as NaN; text columns become text columns
 * (null and empty text are missing, as an empty CSV cell is);
 * dates become ISO text (YYYY-MM-DD, or the full timestamp). Nested, list and binary columns are refused.
 * Reference: Apache Parquet format specification (parquet.apache.org/docs/file-format/).
 * @throws PeacepanelError `PARSE_ERROR` naming the file (and the column) when the file is not readable
 * Parquet, uses a codec without a decompressor, or holds a column of an unsupported type.
 * @example // MASS::quine written by pyarrow (core's test/fixtures/files)
 * (await readParquet(fixtureBytes('files/quine-snappy.parquet'), 'quine-snappy.parquet')).n // => 146
 */
export async function readParquet(
  bytes: Uint8Array,
  file: string,
  compressors?: Compressors,
): Promise<Table> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const fail = (detail: string, fix?: string) =>
    messages.badBinaryFile(file, 'Parquet', detail, undefined, fix);
  if (bytes.length < 12 || !isMagic(bytes, 0) || !isMagic(bytes, bytes.length - 4))
    throw fail('it does not start and end with the magic bytes "PAR1" (a truncated or different file)');
  let names: string[];
  let n: number;
  try {
    const meta = parquetMetadata(buffer);
    n = Number(meta.num_rows);
    const root = meta.schema[0];
    const leaves = meta.schema.slice(1);
    if (root && root.num_children !== leaves.length)
      throw fail('it has nested columns (structs or lists)', 'flatten the table before saving it');
    names = leaves.map((s) => s.name);
  } catch (e) {
    if (e instanceof PeacepanelError) throw e;
    throw fail(`its metadata cannot be read (${(e as Error).message})`);
  }
  let rows: unknown[][] = [];
  try {
    await parquetRead({
      file: buffer,
      compressors,
      rowFormat: 'array',
      onComplete: (r: unknown[][]) => {
        rows = r;
      },
    });
  } catch (e) {
    const msg = (e as Error).message;
    throw /compression|codec/i.test(msg)
      ? fail(
          `${msg}`,
          'save it with Snappy, gzip or no compression (e.g. arrow::write_parquet(compression = "snappy"))',
        )
      : fail(`its data cannot be read (${msg})`);
  }
  if (rows.length !== n) throw fail(`the metadata promise ${n} rows but ${rows.length} were read`);
  const columns: Record<string, Column> = {};
  names.forEach((name, j) => {
    columns[name] = toColumn(rows, j, name, file);
  });
  return { n, columns };
}

/** One column of the row arrays as a numeric or text column. */
function toColumn(rows: unknown[][], j: number, name: string, file: string): Column {
  const n = rows.length;
  let text = false;
  for (let i = 0; i < n; i++) {
    const v = rows[i]?.[j];
    if (
      v === null ||
      v === undefined ||
      typeof v === 'number' ||
      typeof v === 'bigint' ||
      typeof v === 'boolean'
    )
      continue;
    if (typeof v === 'string' || v instanceof Date) {
      text = true;
      continue;
    }
    throw new PeacepanelError(
      'PARSE_ERROR',
      `column "${name}" holds ${describe(v)} values, which a table cannot hold`,
      {
        location: { file, column: name },
        fix: 'save numbers, text or dates only (flatten lists and structs, drop binary columns)',
      },
    );
  }
  if (!text) {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = rows[i]?.[j];
      values[i] = v === null || v === undefined ? Number.NaN : Number(v);
    }
    return { kind: 'number', values };
  }
  const values = rows.map((r) => {
    const v = r[j];
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return isoDate(v);
    return v === '' ? null : String(v);
  });
  return { kind: 'string', values };
}

function isoDate(d: Date): string {
  const s = d.toISOString();
  return s.endsWith('T00:00:00.000Z') ? s.slice(0, 10) : s;
}

function describe(v: unknown): string {
  if (v instanceof Uint8Array) return 'binary';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'nested (struct)' : typeof v;
}

/** "PAR1" at `at`. */
function isMagic(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 80 && bytes[at + 1] === 65 && bytes[at + 2] === 82 && bytes[at + 3] === 49;
}
