import { messages } from '../errors.js';
import { formatYm, monthIndex } from './cells.js';
import { type CsvOptions, parseCsv } from './csv.js';
import { HeaderIndex, readYearMonth } from './row-schema.js';

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
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const col = {
    id: h.require('id'),
    name: h.require('name'),
    supports: h.require('supports'),
    hostCode: h.require('host_ccode'),
    start: h.require('start_ym'),
    end: h.require('end_ym'),
  };
  const seen = new Map<string, number>();
  return csv.rows.map((row) => {
    const v = row.values;
    const loc = (column: string) => ({ file, line: row.line, column });
    const id = (v[col.id] ?? '').trim();
    if (!id) throw messages.badValue(loc('id'), '', 'an id');
    const first = seen.get(id);
    if (first !== undefined) throw messages.duplicateKey(loc('id'), id, first);
    seen.set(id, row.line);
    const supports = (v[col.supports] ?? '').trim();
    if (!supports) throw messages.badValue(loc('supports'), '', 'the id of the supported non-UN mission');
    const hosts = (v[col.hostCode] ?? '').split(';').map((c) => {
      const n = Number(c.trim());
      if (!Number.isInteger(n) || n <= 0)
        throw messages.badValue(loc('host_ccode'), c, 'a country code (e.g. 520)');
      return n;
    });
    const start = readYearMonth(v, col.start, loc('start_ym'));
    if (!start) throw messages.badValue(loc('start_ym'), '', 'a start month YYYY-MM');
    const end = readYearMonth(v, col.end, loc('end_ym'));
    const s = monthIndex(start.year, start.month);
    const e = end ? monthIndex(end.year, end.month) : null;
    if (e !== null && e < s)
      throw messages.outOfRange(loc('end_ym'), v[col.end] ?? '', `months from ${formatYm(s)} on`);
    return { id, name: (v[col.name] ?? '').trim(), supports, hosts, start: s, end: e };
  });
}
