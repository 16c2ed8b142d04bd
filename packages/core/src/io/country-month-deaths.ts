import { z } from 'zod';
import { messages } from '../errors.js';
import { monthIndex } from './cells.js';
import { type CsvOptions, parseCsv } from './csv.js';
import type { GedMonth } from './ged.js';
import { HeaderIndex, readNumber, validateRow } from './row-schema.js';

/** Battle deaths of one country in one month (by event location). NaN = missing. */
export interface CountryMonthDeaths {
  gwno: number;
  year: number;
  month: number;
  best: number;
  low: number;
  high: number;
}

const RowSchema = z.object({
  gwno: z.number().int().positive(),
  year: z.number().int().min(1946).max(2100),
  month: z.number().int().min(1).max(12),
  ged_best_sb: z.number().nonnegative().or(z.nan()),
});

/**
 * Reads the ViEWS country-month GED table (`ged_cm_postpatch_africa_1989_2021.csv`: gwno, year, month,
 * ged_best_sb, …): state-based best deaths by event location and month of `date_end`. ViEWS gives
 * no low/high estimates, so those are NaN.
 * Reference: Hegre et al. (2019) ViEWS, JPR 56(2); UCDP GED 20.1 (Pettersson & Öberg 2020, JPR 57(4)).
 * Licence of the table: CC BY-NC 4.0.
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE, DUPLICATE_KEY (a country-month twice).
 * @example // VIEWS country-months (packages/data/raw/views_ged_cm): Mali (gwno 432), December 2013
 * importViewsCountryMonths(raw('views_ged_cm/ged_cm_postpatch_africa_1989_2021.csv')).find((r) => r.gwno === 432 && r.year === 2013 && r.month === 12)?.best // => 19
 */
export function importViewsCountryMonths(text: string, options: CsvOptions = {}): CountryMonthDeaths[] {
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const col = {
    gwno: h.require('gwno'),
    year: h.require('year'),
    month: h.require('month'),
    best: h.require('ged_best_sb'),
  };
  const seen = new Map<string, number>();
  return csv.rows.map((row) => {
    const v = row.values;
    const loc = (column: string) => ({ file, line: row.line, column });
    const r = validateRow(
      RowSchema,
      {
        gwno: readNumber(v, col.gwno, loc('gwno')),
        year: readNumber(v, col.year, loc('year')),
        month: readNumber(v, col.month, loc('month')),
        ged_best_sb: readNumber(v, col.best, loc('ged_best_sb')),
      },
      { file, line: row.line },
    );
    const key = `${r.gwno} ${r.year}-${r.month}`;
    const first = seen.get(key);
    if (first !== undefined) throw messages.duplicateKey(loc('month'), key, first);
    seen.set(key, row.line);
    return {
      gwno: r.gwno,
      year: r.year,
      month: r.month,
      best: r.ged_best_sb,
      low: Number.NaN,
      high: Number.NaN,
    };
  });
}

/**
 * Country-month deaths from GED events aggregated by location (`importGedEvents(…, { by: 'country' })`).
 * @example import { createReadStream } from 'node:fs';
 * const file = new URL('../../../data/raw/ged231_car_events/ged231_car_events.csv', import.meta.url);
 * const ged = await importGedEvents(createReadStream(file), { by: 'country', attribution: 'end' });
 * countryMonthsFromGed(ged.months)[0]?.gwno // => 482
 */
export function countryMonthsFromGed(months: readonly GedMonth[]): CountryMonthDeaths[] {
  return months.map((m) => ({
    gwno: Number(m.key),
    year: m.year,
    month: m.month,
    best: m.best,
    low: m.low,
    high: m.high,
  }));
}

/**
 * Index of country-month deaths by `gwno` and month index.
 * @example const rows = importViewsCountryMonths(raw('views_ged_cm/ged_cm_postpatch_africa_1989_2021.csv'));
 * indexCountryMonths(rows).get(`432 ${monthIndex(2013, 12)}`)?.best // => 19
 */
export function indexCountryMonths(rows: readonly CountryMonthDeaths[]): Map<string, CountryMonthDeaths> {
  return new Map(rows.map((r) => [`${r.gwno} ${monthIndex(r.year, r.month)}`, r]));
}
