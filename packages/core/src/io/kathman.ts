import { z } from 'zod';
import type { Exclusion } from '../types/exclusion.js';
import { type CsvOptions, parseCsv } from './csv.js';
import { HeaderIndex, readNumber, validateRow } from './row-schema.js';

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
 * @example
 * const un = importKathman(readFileSync('mission-month_12-2019_kathman.csv', 'utf8'));
 * un.months.find((m) => m.mission === 'UNAMSIL' && m.year === 2001 && m.month === 5)?.troops // 11963
 */
export function importKathman(text: string, options: CsvOptions = {}): KathmanImport {
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const col = {
    mission: h.require('mission'),
    country: h.require('missioncountry'),
    code: h.require('missionccode'),
    code2: h.find('missionccode2'),
    year: h.require('year'),
    month: h.require('month'),
    troop: h.require('troop', 'troops'),
    police: h.require('police'),
    observers: h.require('militaryobservers', 'observers'),
  };
  const months: UnMissionMonth[] = [];
  // One exclusion per mission without a usable host code, so the report lists every mission left out.
  const noHost = new Map<string, Exclusion>();
  // -999 counts are kept as missing (NaN), never 0, and reported so the build's report shows them.
  const missingCount: Exclusion = {
    reason: 'personnel count -999 (missing): kept as missing, never 0 (troop, police or militaryobservers)',
    count: 0,
    examples: [],
  };
  for (const row of csv.rows) {
    const v = row.values;
    const loc = (column: string) => ({ file, line: row.line, column });
    const missing = (x: number) => (x === KATHMAN_MISSING ? Number.NaN : x);
    const r = validateRow(
      RowSchema,
      {
        year: readNumber(v, col.year, loc('year')),
        month: readNumber(v, col.month, loc('month')),
        troop: missing(readNumber(v, col.troop, loc('troop'))),
        police: missing(readNumber(v, col.police, loc('police'))),
        militaryobservers: missing(readNumber(v, col.observers, loc('militaryobservers'))),
      },
      { file, line: row.line },
    );
    const missingCells = (['troop', 'police', 'militaryobservers'] as const).filter((c) =>
      Number.isNaN(r[c]),
    );
    if (missingCells.length) {
      missingCount.count += 1;
      if (missingCount.examples.length < 20)
        missingCount.examples.push(`${file ?? 'line'}:${row.line} ${missingCells.join('+')}`);
    }
    const hosts = [readNumber(v, col.code, loc('missionccode'))];
    if (col.code2 >= 0) hosts.push(readNumber(v, col.code2, loc('missionccode2')));
    const valid = hosts.filter((c) => Number.isFinite(c) && c !== KATHMAN_MISSING);
    const mission = (v[col.mission] ?? '').trim();
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
      missionCountry: (v[col.country] ?? '').trim(),
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
