import { z } from 'zod';
import type { Exclusion } from '../types/exclusion.js';
import type { CsvOptions } from './csv.js';
import { readImport } from './import-reader.js';

/** One UN mission in one month (Kathman's mission-month data). Personnel NaN = missing (`-999`). */
export interface UnMissionMonth {
  mission: string;
  /** Kathman's `missioncountry` text, e.g. "Central African Republic-Chad". */
  missionCountry: string;
  /** Host country codes (COW, which equal Gleditsch–Ward for every African state): primary first. */
  hosts: number[];
  year: number;
  month: number;
  troops: number;
  police: number;
  observers: number;
}

export interface KathmanImport {
  months: UnMissionMonth[];
  exclusions: Exclusion[];
}

/** Kathman's code for a missing count. */
export const KATHMAN_MISSING = -999;

/** The columns read, in the order the header is checked (`troops`, `observers`: older releases' names). */
const KATHMAN_COLUMNS = {
  mission: 'mission',
  country: 'missioncountry',
  code: 'missionccode',
  code2: { optional: 'missionccode2' },
  year: 'year',
  month: 'month',
  troop: ['troop', 'troops'],
  police: 'police',
  observers: ['militaryobservers', 'observers'],
} as const;

/** The rules a row must meet. */
const RowSchema = z.object({
  year: z.number().int().min(1946).max(2100),
  month: z.number().int().min(1).max(12),
  troop: z.number().int().nonnegative().or(z.nan()),
  police: z.number().int().nonnegative().or(z.nan()),
  militaryobservers: z.number().int().nonnegative().or(z.nan()),
});

/**
 * Reads Kathman's UN peacekeeping personnel mission-month file (`mission-month_12-2019_kathman`):
 * troops, police and military observers per mission and month, with `-999` read as missing (NaN),
 * never as zero (the rows keep their other counts; an exclusion entry counts them, with file and line).
 * The host country comes from `missionccode` (primary) and `missionccode2`; rows with
 * no usable host code (`-999`: regional offices such as UNOWAS, UNTSO) are excluded and reported.
 *
 * Reference: Kathman (2013) "United Nations Peacekeeping Personnel Commitments, 1990–2011", CMPS 30(5),
 * updated release to 2019-12 (https://kathmanundata.weebly.com/).
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE (e.g. negative or text troops), with file/line/column.
 * @example // Kathman's UN mission-months (packages/data/raw/kathman_unpko)
 * const un = importKathman(raw('kathman_unpko/mission-month_12-2019_kathman.csv'));
 * un.months.find((m) => m.mission === 'UNAMSIL' && m.year === 2001 && m.month === 5)?.troops // => 11963
 */
export function importKathman(text: string, options: CsvOptions = {}): KathmanImport {
  const { file, rows } = readImport(text, options, KATHMAN_COLUMNS);
  const months: UnMissionMonth[] = [];
  // One exclusion per mission without a usable host code, so the report lists every mission left out.
  const noHost = new Map<string, Exclusion>();
  // -999 counts are kept as missing (NaN), never 0, and reported so the build's report shows them.
  const missingCount: Exclusion = {
    reason: 'personnel count -999 (missing): kept as missing, never 0 (troop, police or militaryobservers)',
    count: 0,
    examples: [],
  };
  for (const row of rows) {
    const missing = (x: number) => (x === KATHMAN_MISSING ? Number.NaN : x);
    const r = row.validate(RowSchema, {
      year: row.number('year'),
      month: row.number('month'),
      troop: missing(row.number('troop')),
      police: missing(row.number('police')),
      militaryobservers: missing(row.number('observers')),
    });
    const missingCells = (['troop', 'police', 'militaryobservers'] as const).filter((c) =>
      Number.isNaN(r[c]),
    );
    if (missingCells.length) {
      missingCount.count += 1;
      if (missingCount.examples.length < 20)
        missingCount.examples.push(`${file ?? 'line'}:${row.line} ${missingCells.join('+')}`);
    }
    const hosts = [row.number('code')];
    if (row.has('code2')) hosts.push(row.number('code2'));
    const valid = hosts.filter((c) => Number.isFinite(c) && c !== KATHMAN_MISSING);
    const mission = row.text('mission');
    if (valid.length === 0) {
      const e = noHost.get(mission) ?? {
        reason: `no host country code (missionccode -999 or empty): mission ${mission || '(unnamed)'}`,
        count: 0,
        examples: [],
      };
      e.count += 1;
      if (e.examples.length < 20) e.examples.push(`line ${row.line}`);
      noHost.set(mission, e);
      continue;
    }
    months.push({
      mission,
      missionCountry: row.text('country'),
      hosts: valid,
      year: r.year,
      month: r.month,
      troops: r.troop,
      police: r.police,
      observers: r.militaryobservers,
    });
  }
  return { months, exclusions: [...noHost.values(), ...(missingCount.count ? [missingCount] : [])] };
}
