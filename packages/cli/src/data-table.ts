import { existsSync, readFileSync, statSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  type CsvDialect,
  messages,
  readCsvTable as readCsvTableText,
  readParquet,
  readStataDta,
  type Table,
} from '@peacepanel/core';
import type { Compressors } from 'hyparquet';
import { readUserFile } from './dataset-files.js';

/** A data file read for the CLI: the table, the line (or observation number) of a row, and a column's cells as text. */
export interface DataFile {
  table: Table;
  /** CSV: the file line of data row `row` (0-based); .dta and Parquet: the 1-based observation number. */
  lineOf: (row: number) => number;
  cells: (col: string) => string[];
  /** How a CSV was read (separator, decimal mark, encoding); null for .dta and Parquet. */
  dialect: CsvDialect | null;
}

/** Decompressors from node:zlib for the Parquet codecs hyparquet does not decode itself. */
const NODE_COMPRESSORS: Compressors = {
  GZIP: (input) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(brotliDecompressSync(input)),
};

/**
 * Reads the data file of a CLI command by its extension: `.dta` (Stata, formats 117–119),
 * `.parquet` / `.pq` (Parquet; Snappy, gzip, Brotli or uncompressed), anything else as CSV. Every
 * reader reports a bad file as a `PeacepanelError` naming the file (exit code 2).
 * @throws PeacepanelError `FILE_NOT_FOUND`, or the reader's located `PARSE_ERROR` / `BAD_VALUE`.
 * @example const file = new URL('../../core/test/fixtures/files/quine-118.dta', import.meta.url).pathname;
 * (await readDataTable(file)).table.n // => 146
 */
export async function readDataTable(file: string): Promise<DataFile> {
  const lower = file.toLowerCase();
  const binary = lower.endsWith('.dta') || lower.endsWith('.parquet') || lower.endsWith('.pq');
  if (!binary) return readCsvTable(file);
  if (!existsSync(file) || !statSync(file).isFile()) throw messages.fileNotFound(file);
  const bytes = new Uint8Array(readFileSync(file));
  const table = lower.endsWith('.dta')
    ? readStataDta(bytes, file)
    : await readParquet(bytes, file, NODE_COMPRESSORS);
  return {
    table,
    dialect: null,
    lineOf: (row) => row + 1,
    cells: (col) => {
      const c = table.columns[col];
      return c
        ? Array.from(c.values as ArrayLike<number | string | null>, (v) => (v === null ? '' : String(v)))
        : [];
    },
  };
}

/**
 * Reads a CSV file into a table with core's one CSV reader (`readCsvTable`: encoding, separator and
 * decimal mark detected; a column of mostly numbers with a few words is refused, never recoded).
 * @throws PeacepanelError `FILE_NOT_FOUND`, `BAD_VALUE` at the first word in a number column, or a
 * located `PARSE_ERROR` from the CSV reader.
 * @example readCsvTable(new URL('../../core/test/fixtures/quine.csv', import.meta.url).pathname).table.n // => 146
 */
export function readCsvTable(file: string): {
  table: Table;
  dialect: CsvDialect;
  lineOf: (row: number) => number;
  cells: (col: string) => string[];
} {
  const { text, encoding } = readUserFile(file);
  const read = readCsvTableText(text, { file, encoding });
  return {
    ...read,
    cells: (name) => {
      const col = read.table.columns[name];
      return col?.kind === 'string' ? col.values.map((v) => v ?? '') : [];
    },
  };
}
