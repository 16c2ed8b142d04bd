import { z } from 'zod';
import { messages } from '../errors.js';
import type { CsvOptions } from './csv.js';
import { readImport } from './import-reader.js';

/** One conflict-year of the UCDP Battle-Related Deaths dataset (conflict version). */
export interface BrdConflictYear {
  conflictId: string;
  year: number;
  /** Best estimate of battle-related deaths in the year. */
  best: number;
  /** Countries where the battles took place (`gwno_battle`), in file order. */
  gwnoBattle: number[];
  /** Primary government(s) of side A (`gwno_a`). */
  gwnoA: number[];
  /** The UCDP conflict name, `location:incompatibility` (e.g. "DR Congo (Zaire):Government"). */
  name: string;
  /** Rebel groups on side B (`side_b`, comma-separated in the file). */
  sideB: string[];
  /** File line. */
  line: number;
}

/** The columns read, in the order the header is checked. */
const BRD_COLUMNS = {
  id: 'conflict_id',
  year: 'year',
  best: 'bd_best',
  battle: 'gwno_battle',
  gwnoA: 'gwno_a',
  location: 'location_inc',
  incompatibility: 'incompatibility',
  territory: 'territory_name',
  sideB: 'side_b',
} as const;

/** The rules a row must meet. */
const RowSchema = z.object({
  year: z.number().int().min(1946).max(2100),
  bd_best: z.number().nonnegative(),
});

function codes(text: string | undefined): number[] {
  return (text ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'NA')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/**
 * Reads the UCDP Battle-Related Deaths dataset, conflict version (`BattleDeaths_v24_1_conf.csv`):
 * one row per conflict-year with `bd_best`, the battle countries (`gwno_battle`) and the side-B
 * groups. The conflict name is rebuilt the way UCDP GED writes it: `location_inc` + ":" + "Government"
 * for incompatibility 2 (government), else `territory_name`.
 * Reference: Davies, Engström, Pettersson & Öberg (2024) JPR 61(4); UCDP BRD codebook v24.1.
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE (negative deaths, no battle location), DUPLICATE_KEY.
 * @example importBrd(raw('ucdp_brd/BattleDeaths_v24_1_conf.csv')).find((r) => r.conflictId === '13324' && r.year === 2021)?.gwnoBattle // => [703, 702]
 */
export function importBrd(text: string, options: CsvOptions = {}): BrdConflictYear[] {
  const { rows } = readImport(text, options, BRD_COLUMNS);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const conflictId = row.text('id');
    if (conflictId === '') throw messages.badValue(row.loc('id'), '', 'a conflict id');
    const r = row.validate(RowSchema, { year: row.number('year'), bd_best: row.number('best') });
    const key = `${conflictId} ${r.year}`;
    const first = seen.get(key);
    if (first !== undefined) throw messages.duplicateKey(row.loc('year'), key, first);
    seen.set(key, row.line);
    const gwnoBattle = codes(row.cell('battle'));
    if (gwnoBattle.length === 0)
      throw messages.badValue(row.loc('battle'), row.cell('battle'), 'country codes such as "490, 500"');
    const government = row.text('incompatibility') === '2';
    return {
      conflictId,
      year: r.year,
      best: r.bd_best,
      gwnoBattle,
      gwnoA: codes(row.cell('gwnoA')),
      name: `${row.text('location')}:${government ? 'Government' : row.text('territory')}`,
      sideB: row
        .cell('sideB')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      line: row.line,
    };
  });
}
