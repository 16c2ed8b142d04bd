import { messages } from '../errors.js';
import { formatYm, monthIndex } from './cells.js';
import type { CsvOptions } from './csv.js';
import { readImport } from './import-reader.js';

/** A UN operation supporting a non-UN mission without UN troops of its own (e.g. UNSOA for AMISOM). */
export interface SupportMission {
  id: string;
  name: string;
  /** Id of the supported non-UN mission (`missions.csv`). */
  supports: string;
  /** Host country codes (Gleditsch–Ward), primary first. */
  hosts: number[];
  /** First and last month (month indexes); `end` null = still active after the data. */
  start: number;
  end: number | null;
}

/**
 * Reads the table of UN support operations (`support_missions.csv`: id, name, supports, host_country,
 * host_ccode, start_ym, end_ym, sources), used for the partnership mode `support`.
 * Reference: UN Security Council resolutions 1863 (2009) and 2245 (2015) (UNSOA, UNSOS for AMISOM).
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE (no host code, bad month), OUT_OF_RANGE (end before start), DUPLICATE_KEY.
 * @example importSupportMissions(raw('un_support_missions/support_missions.csv')).find((s) => s.id === 'UN_SP_AMIS')?.supports // => 'AMIS'
 */
export function importSupportMissions(text: string, options: CsvOptions = {}): SupportMission[] {
  const { rows } = readImport(text, options, SUPPORT_COLUMNS);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const id = row.text('id');
    if (!id) throw messages.badValue(row.loc('id'), '', 'an id');
    const first = seen.get(id);
    if (first !== undefined) throw messages.duplicateKey(row.loc('id'), id, first);
    seen.set(id, row.line);
    const supports = row.text('supports');
    if (!supports) throw messages.badValue(row.loc('supports'), '', 'the id of the supported non-UN mission');
    const hosts = row
      .cell('hostCode')
      .split(';')
      .map((c) => {
        const n = Number(c.trim());
        if (!Number.isInteger(n) || n <= 0)
          throw messages.badValue(row.loc('hostCode'), c, 'a country code (e.g. 520)');
        return n;
      });
    const start = row.yearMonth('start');
    if (!start) throw messages.badValue(row.loc('start'), '', 'a start month YYYY-MM');
    const end = row.yearMonth('end');
    const s = monthIndex(start.year, start.month);
    const e = end ? monthIndex(end.year, end.month) : null;
    if (e !== null && e < s)
      throw messages.outOfRange(row.loc('end'), row.cell('end'), `months from ${formatYm(s)} on`);
    return { id, name: row.text('name'), supports, hosts, start: s, end: e };
  });
}

/** The columns read, in the order the header is checked. */
const SUPPORT_COLUMNS = {
  id: 'id',
  name: 'name',
  supports: 'supports',
  hostCode: 'host_ccode',
  start: 'start_ym',
  end: 'end_ym',
} as const;
