import { z } from 'zod';
import { messages } from '../errors.js';
import { type CsvOptions, parseCsv } from './csv.js';
import { HeaderIndex, readNumber, validateRow } from './row-schema.js';

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
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const col = {
    id: h.require('conflict_id'),
    year: h.require('year'),
    best: h.require('bd_best'),
    battle: h.require('gwno_battle'),
    gwnoA: h.require('gwno_a'),
    location: h.require('location_inc'),
    incompatibility: h.require('incompatibility'),
    territory: h.require('territory_name'),
    sideB: h.require('side_b'),
  };
  const seen = new Map<string, number>();
  return csv.rows.map((row) => {
    const v = row.values;
    const loc = (column: string) => ({ file, line: row.line, column });
    const conflictId = (v[col.id] ?? '').trim();
    if (conflictId === '') throw messages.badValue(loc('conflict_id'), '', 'a conflict id');
    const r = validateRow(
      RowSchema,
      { year: readNumber(v, col.year, loc('year')), bd_best: readNumber(v, col.best, loc('bd_best')) },
      { file, line: row.line },
    );
    const key = `${conflictId} ${r.year}`;
    const first = seen.get(key);
    if (first !== undefined) throw messages.duplicateKey(loc('year'), key, first);
    seen.set(key, row.line);
    const gwnoBattle = codes(v[col.battle]);
    if (gwnoBattle.length === 0)
      throw messages.badValue(loc('gwno_battle'), v[col.battle] ?? '', 'country codes such as "490, 500"');
    const government = (v[col.incompatibility] ?? '').trim() === '2';
    return {
      conflictId,
      year: r.year,
      best: r.bd_best,
      gwnoBattle,
      gwnoA: codes(v[col.gwnoA]),
      name: `${(v[col.location] ?? '').trim()}:${government ? 'Government' : (v[col.territory] ?? '').trim()}`,
      sideB: (v[col.sideB] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      line: row.line,
    };
  });
}
