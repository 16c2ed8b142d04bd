import { z } from 'zod';
import { messages } from '../errors.js';
import { monthIndex } from './cells.js';
import { type CsvOptions, parseCsv } from './csv.js';
import { OrgTypeSchema } from './nonun.js';
import type { NonUnMissionMonth } from './nonun-interpolate.js';
import { HeaderIndex, readNumber, validateRow } from './row-schema.js';

const RowSchema = z.object({
  year: z.number().int().min(1946).max(2100),
  month: z.number().int().min(1).max(12),
  troops: z.number().nonnegative().or(z.nan()),
});

/**
 * Reads a plain non-UN mission-month CSV, one row per mission and month, so a researcher can load
 * Bara & Hultman's own file or any other: columns `mission`, `org_type` (RO, EU, state, coalition),
 * `host_country`, `year`, `month`, `troops`, and optionally `host_ccode` (Gleditsch–Ward / COW code;
 * otherwise `resolveHost` maps the country name to a code). Empty troops are missing (NaN), never 0.
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE (unknown org type or country, text troops),
 * OUT_OF_RANGE, DUPLICATE_KEY (a mission-month twice).
 * @example
 * importMissionMonthCsv('mission,org_type,host_country,host_ccode,year,month,troops\nAMISOM,RO,Somalia,520,2012,1,9500\n')
 * // [{ mission: 'AMISOM', orgType: 'RO', hosts: [520], year: 2012, month: 1, troops: 9500, quality: 'reported' }]
 */
export function importMissionMonthCsv(
  text: string,
  options: CsvOptions & { resolveHost?: (name: string) => number | undefined } = {},
): NonUnMissionMonth[] {
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const col = {
    mission: h.require('mission'),
    orgType: h.require('org_type'),
    host: h.require('host_country'),
    code: h.find('host_ccode', 'gwno', 'ccode'),
    year: h.require('year'),
    month: h.require('month'),
    troops: h.require('troops'),
  };
  if (col.code < 0 && !options.resolveHost) throw messages.missingColumn(file, 'host_ccode', csv.header);
  const seen = new Map<string, number>();
  return csv.rows.map((row) => {
    const v = row.values;
    const loc = (column: string) => ({ file, line: row.line, column });
    const mission = (v[col.mission] ?? '').trim();
    if (!mission) throw messages.badValue(loc('mission'), '', 'a mission name');
    const orgType = OrgTypeSchema.safeParse((v[col.orgType] ?? '').trim());
    if (!orgType.success)
      throw messages.badValue(loc('org_type'), v[col.orgType] ?? '', 'one of RO, EU, state, coalition');
    const r = validateRow(
      RowSchema,
      {
        year: readNumber(v, col.year, loc('year')),
        month: readNumber(v, col.month, loc('month')),
        troops: readNumber(v, col.troops, loc('troops')),
      },
      { file, line: row.line },
    );
    const hostName = (v[col.host] ?? '').trim();
    let host: number | undefined;
    if (col.code >= 0) {
      host = readNumber(v, col.code, loc('host_ccode'));
      if (!Number.isInteger(host))
        throw messages.badValue(loc('host_ccode'), v[col.code] ?? '', 'a country code');
    } else host = options.resolveHost?.(hostName);
    if (host === undefined)
      throw messages.badValue(loc('host_country'), hostName, 'a known African country name');
    const key = `${mission} ${hostName} ${monthIndex(r.year, r.month)}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw messages.duplicateKey(loc('month'), `${mission} in ${hostName} ${r.year}-${r.month}`, first);
    seen.set(key, row.line);
    return {
      mission,
      orgType: orgType.data,
      hosts: [host],
      year: r.year,
      month: r.month,
      troops: r.troops,
      quality: Number.isNaN(r.troops) ? 'missing' : 'reported',
    };
  });
}
