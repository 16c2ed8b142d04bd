import { z } from 'zod';
import { messages } from '../errors.js';
import { monthIndex } from './cells.js';
import type { CsvOptions } from './csv.js';
import { readImport } from './import-reader.js';

/** UCDP/PRIO conflict types, as numbers (codebook) or as the words peacesciencer uses. */
export const AcdConflictTypeSchema = z.enum([
  'extrasystemic',
  'interstate',
  'intrastate',
  'internationalized',
]);
export type AcdConflictType = z.infer<typeof AcdConflictTypeSchema>;

/** One active month of a conflict episode. */
export interface AcdMonth {
  conflictId: string;
  year: number;
  month: number;
  type: AcdConflictType;
  /** Side A primary government(s) (Gleditsch–Ward; `gwno_a`): for intrastate conflicts, the country. */
  gwnoA: number[];
  /** Side B primary government(s) (`gwno_b`; interstate conflicts). */
  gwnoB: number[];
  /** Secondary supporters of side A and B (`gwno_a_2nd`, `gwno_b_2nd`): states that sent troops. */
  gwnoSecondary: number[];
  /** 1 minor (25–999 deaths in the year), 2 war (1,000+). */
  intensity: number;
  incompatibility: string;
}

export interface AcdImport {
  months: AcdMonth[];
  /** Distinct conflict-years read. */
  conflictYears: number;
}

const TYPE_WORDS: Record<string, AcdConflictType> = {
  '1': 'extrasystemic',
  '2': 'interstate',
  '3': 'intrastate',
  '4': 'internationalized',
  extrasystemic: 'extrasystemic',
  interstate: 'interstate',
  intrastate: 'intrastate',
  ii: 'internationalized',
  'internationalized intrastate': 'internationalized',
  internationalized: 'internationalized',
};

const YearSchema = z.object({
  year: z.number().int().min(1946).max(2100),
  intensity_level: z.number().int().min(1).max(2),
});

function splitCodes(text: string | undefined): number[] {
  return (text ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'NA')
    .map(Number)
    .filter((n) => Number.isFinite(n));
}

/** One ACD conflict-year with its episode (rows repeated by peacesciencer's unnesting merged). */
export interface AcdConflictYear {
  conflictId: string;
  year: number;
  type: AcdConflictType;
  /** Side A primary government(s) (`gwno_a`). */
  gwnoA: number[];
  gwnoB: number[];
  /** Secondary warring parties supporting side A (`gwno_a_2nd`) and side B (`gwno_b_2nd`). */
  gwnoA2: number[];
  gwnoB2: number[];
  intensity: number;
  incompatibility: string;
  /** Start month of the episode running this year (`start_date2`), as a month index; null if absent. */
  episodeStart: number | null;
  /** First and last active month of the year (1–12), from the episode start and end dates. */
  from: number;
  to: number;
  /** File line of the first row of this conflict-year. */
  line: number;
}

/** The columns read, in the order the header is checked. */
const ACD_COLUMNS = {
  id: 'conflict_id',
  year: 'year',
  gwnoA: 'gwno_a',
  gwnoA2: { optional: 'gwno_a_2nd' },
  gwnoB: { optional: 'gwno_b' },
  gwnoB2: { optional: 'gwno_b_2nd' },
  type: 'type_of_conflict',
  intensity: 'intensity_level',
  incompatibility: { optional: 'incompatibility' },
  start2: 'start_date2',
  epEnd: 'ep_end',
  epEndDate: 'ep_end_date',
} as const;

/**
 * Reads UCDP/PRIO Armed Conflict Dataset conflict-years (the official CSV or peacesciencer's reduced
 * `ucdp_acd`, whose multi-valued gwno fields are unnested into several rows, merged here) with the
 * episode start (`start_date2`) and the active months of the year: from January, or the month of the
 * episode start when the episode began that year, to December, or the month of `ep_end_date` when the
 * episode ended that year (`ep_end` = 1).
 * Reference: Gleditsch et al. (2002) JPR 39(5); UCDP/PRIO ACD codebook v25.1 (start_date2, ep_end_date).
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE, OUT_OF_RANGE with file, line and column.
 * @example readAcdConflictYears(raw('ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv')).find((c) => c.conflictId === '11342' && c.year === 2012)?.from // => 11
 */
export function readAcdConflictYears(text: string, options: CsvOptions = {}): AcdConflictYear[] {
  const { rows } = readImport(text, options, ACD_COLUMNS);
  const years = new Map<string, AcdConflictYear>();
  const add = (list: number[], codes: number[]) => {
    for (const c of codes) if (!list.includes(c)) list.push(c);
  };
  for (const row of rows) {
    const id = row.text('id');
    if (id === '') throw messages.badValue(row.loc('id'), '', 'a conflict id');
    const typeText = row.text('type').toLowerCase();
    const type = TYPE_WORDS[typeText];
    if (!type) throw messages.badValue(row.loc('type'), typeText, 'a UCDP conflict type (1-4 or its name)');
    const { year, intensity_level } = row.validate(YearSchema, {
      year: row.number('year'),
      intensity_level: row.number('intensity'),
    });
    const start = row.yearMonth('start2');
    const epEnd = row.number('epEnd');
    const end = epEnd === 1 ? row.yearMonth('epEndDate') : undefined;
    const from = start && start.year === year ? start.month : 1;
    const to = end && end.year === year ? end.month : 12;
    if (to < from)
      throw messages.parseError(
        row.loc('epEndDate'),
        `episode ends (${row.cell('epEndDate')}) before it starts (${row.cell('start2')}) in ${year}`,
        'check start_date2 and ep_end_date',
      );
    const key = `${id} ${year}`;
    let cy = years.get(key);
    if (!cy) {
      cy = {
        conflictId: id,
        year,
        type,
        gwnoA: [],
        gwnoB: [],
        gwnoA2: [],
        gwnoB2: [],
        intensity: intensity_level,
        incompatibility: row.cell('incompatibility'),
        episodeStart: start ? monthIndex(start.year, start.month) : null,
        from,
        to,
        line: row.line,
      };
      years.set(key, cy);
    }
    add(cy.gwnoA, splitCodes(row.cell('gwnoA')));
    if (row.has('gwnoA2')) add(cy.gwnoA2, splitCodes(row.cell('gwnoA2')));
    if (row.has('gwnoB')) add(cy.gwnoB, splitCodes(row.cell('gwnoB')));
    if (row.has('gwnoB2')) add(cy.gwnoB2, splitCodes(row.cell('gwnoB2')));
  }
  return [...years.values()];
}

/**
 * Turns UCDP/PRIO Armed Conflict Dataset conflict-years (see `readAcdConflictYears`) into a
 * conflict-month skeleton of active months: a conflict-year listed in ACD had at least 25 battle
 * deaths; its active months run from January, or from the month of the episode start
 * (`start_date2`) when the episode began that year, to December, or to the month of `ep_end_date`
 * when the episode ended that year (`ep_end` = 1).
 *
 * Reference: Gleditsch et al. (2002) JPR 39(5); UCDP/PRIO ACD codebook v25.1 (start_date2, ep_end_date).
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE, OUT_OF_RANGE with file, line and column.
 * @example // the committed UCDP/PRIO ACD extract (packages/data/raw/ucdp_acd)
 * const acd = importAcd(raw('ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv'), { file: 'ucdp_acd.csv' });
 * acd.conflictYears > 0 // => true
 */
export function importAcd(text: string, options: CsvOptions = {}): AcdImport {
  const years = readAcdConflictYears(text, options);
  return { months: acdMonthsFromYears(years), conflictYears: years.length };
}

/**
 * The active months of ACD conflict-years (see `importAcd`), sorted by conflict id and month.
 * @example acdMonthsFromYears(readAcdConflictYears(raw('ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv'))).length > 0 // => true
 */
export function acdMonthsFromYears(years: readonly AcdConflictYear[]): AcdMonth[] {
  const months: AcdMonth[] = [];
  for (const cy of years) {
    const second = [...cy.gwnoA2];
    for (const g of cy.gwnoB2) if (!second.includes(g)) second.push(g);
    for (let m = cy.from; m <= cy.to; m++)
      months.push({
        conflictId: cy.conflictId,
        year: cy.year,
        month: m,
        type: cy.type,
        gwnoA: cy.gwnoA,
        gwnoB: cy.gwnoB,
        gwnoSecondary: second,
        intensity: cy.intensity,
        incompatibility: cy.incompatibility,
      });
  }
  months.sort(
    (x, y) =>
      Number(x.conflictId) - Number(y.conflictId) ||
      monthIndex(x.year, x.month) - monthIndex(y.year, y.month),
  );
  return months;
}
