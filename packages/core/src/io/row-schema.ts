import type { z } from 'zod';
import { type ErrorLocation, messages } from '../errors.js';
import { parseNumberCell, parseYearMonth } from './cells.js';

/** Column positions of a CSV header, looked up by name, with a located error when one is absent. */
export class HeaderIndex {
  readonly header: readonly string[];
  private readonly file: string | undefined;
  private readonly pos = new Map<string, number>();

  constructor(header: readonly string[], file?: string) {
    this.header = header;
    this.file = file;
    header.forEach((h, i) => {
      if (!this.pos.has(h)) this.pos.set(h, i);
    });
  }

  /**
   * Position of the first of `names` present in the header; throws MISSING_COLUMN naming the first.
   * @example new HeaderIndex(['a', 'best_est']).require('best', 'best_est') // => 1
   */
  require(...names: string[]): number {
    for (const n of names) {
      const i = this.pos.get(n);
      if (i !== undefined) return i;
    }
    throw messages.missingColumn(this.file, names[0] ?? '', this.header);
  }

  /** Position of the first of `names` present, or -1. */
  find(...names: string[]): number {
    for (const n of names) {
      const i = this.pos.get(n);
      if (i !== undefined) return i;
    }
    return -1;
  }
}

/**
 * Reads a numeric cell or throws BAD_VALUE at its file, line and column. Missing cells give NaN.
 * @example readNumber(['12'], 0, { file: 'a.csv', line: 2, column: 'best' }) // => 12
 */
export function readNumber(values: readonly string[], j: number, loc: ErrorLocation): number {
  const cell = values[j] ?? '';
  const v = parseNumberCell(cell);
  if (v === undefined) throw messages.badValue(loc, cell, 'a number');
  return v;
}

/**
 * Reads a `YYYY-MM[-DD]` cell into year and month, or throws BAD_VALUE / OUT_OF_RANGE at its location.
 * Returns undefined for a missing cell.
 * @example readYearMonth(['2009-02-20'], 0, { line: 2, column: 'date_start' }) // => { year: 2009, month: 2 }
 */
export function readYearMonth(
  values: readonly string[],
  j: number,
  loc: ErrorLocation,
): { year: number; month: number } | undefined {
  const cell = (values[j] ?? '').trim();
  if (cell === '' || cell === 'NA') return undefined;
  const ym = parseYearMonth(cell);
  if (!ym) throw messages.badValue(loc, cell, 'a date written YYYY-MM-DD or YYYY-MM');
  if (ym.month < 1 || ym.month > 12) throw messages.outOfRange(loc, cell, 'months 1-12');
  return ym;
}

/**
 * Validates a record built from one CSV row with a zod schema; the first issue becomes a located
 * BAD_VALUE error naming the column (the issue's path) and what zod expected.
 * @example import { z } from 'zod';
 * validateRow(z.object({ best: z.number().nonnegative() }), { best: -1 }, { file: 'g.csv', line: 7 })
 * // => throws 'is not a valid value'
 */
export function validateRow<S extends z.ZodType>(
  schema: S,
  record: Record<string, unknown>,
  loc: { file?: string; line: number },
): z.infer<S> {
  const r = schema.safeParse(record);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const column = issue ? String(issue.path[0] ?? '') : '';
  const value = column ? record[column] : undefined;
  throw messages.badValue(
    { file: loc.file, line: loc.line, column: column || undefined },
    value === undefined ? '' : String(value),
    `a valid value (${issue?.message ?? 'invalid'})`,
  );
}
