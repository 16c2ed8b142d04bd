import type { z } from 'zod';
import type { ErrorLocation } from '../errors.js';
import { type CsvOptions, parseCsv } from './csv.js';
import { HeaderIndex, readNumber, readYearMonth, validateRow } from './row-schema.js';

/**
 * Where an importer's field is in the file: a header name, or names tried in order (the first is the
 * one errors name), or an optional column (absent → the field reads as missing).
 */
export type ColumnDefinition = string | readonly [string, ...string[]] | { optional: string };

/** An importer's columns: field → its column, in the order the header is checked. */
export type ImportColumns = Record<string, ColumnDefinition>;

/**
 * One data row of an import, read through the importer's column definition: cells by field, numbers
 * and months with errors located at file, line and column.
 */
export class ImportRow<K extends string> {
  constructor(
    readonly values: readonly string[],
    readonly line: number,
    readonly file: string | undefined,
    private readonly columns: Readonly<Record<K, { j: number; name: string }>>,
  ) {}

  /** The location of a column (by field, or a header name) on this row. */
  loc(field: K | (string & {})): ErrorLocation & { line: number } {
    const c = (this.columns as Record<string, { name: string } | undefined>)[field];
    return { file: this.file, line: this.line, column: c ? c.name : field };
  }

  /** True when the field's column is in the file (always, for a required one). */
  has(field: K): boolean {
    return this.columns[field].j >= 0;
  }

  /** The raw cell ('' when absent). */
  cell(field: K): string {
    return this.values[this.columns[field].j] ?? '';
  }

  /** The cell, trimmed. */
  text(field: K): string {
    return this.cell(field).trim();
  }

  /** A numeric cell (missing → NaN); text is a located BAD_VALUE. */
  number(field: K): number {
    return readNumber(this.values, this.columns[field].j, this.loc(field));
  }

  /** A `YYYY-MM[-DD]` cell as year and month, undefined when missing (see `readYearMonth`). */
  yearMonth(field: K): { year: number; month: number } | undefined {
    return readYearMonth(this.values, this.columns[field].j, this.loc(field));
  }

  /** Checks a record built from this row against the importer's rules (zod); the first issue is located. */
  validate<S extends z.ZodType>(schema: S, record: Record<string, unknown>): z.infer<S> {
    return validateRow(schema, record, { file: this.file, line: this.line });
  }
}

/**
 * The one reader behind the importers: parses the CSV (RFC 4180, see `parseCsv`), finds each field's
 * column in the order given (a missing required column is a located MISSING_COLUMN naming its first
 * name and the header), and returns the rows to read field by field.
 * @throws PeacepanelError PARSE_ERROR, MISSING_COLUMN.
 * @example readImport('id,year\nA,2001\n', {}, { id: 'id', year: 'year' }).rows[0]?.number('year') // => 2001
 */
export function readImport<C extends ImportColumns>(
  text: string,
  options: CsvOptions,
  definition: C,
): { file: string | undefined; header: readonly string[]; rows: ImportRow<keyof C & string>[] } {
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const columns = {} as Record<keyof C & string, { j: number; name: string }>;
  for (const [field, def] of Object.entries(definition) as [keyof C & string, ColumnDefinition][]) {
    if (typeof def === 'string') columns[field] = { j: h.require(def), name: def };
    else if ('optional' in def) columns[field] = { j: h.find(def.optional), name: def.optional };
    else columns[field] = { j: h.require(...def), name: def[0] };
  }
  return {
    file,
    header: csv.header,
    rows: csv.rows.map((row) => new ImportRow(row.values, row.line, file, columns)),
  };
}
