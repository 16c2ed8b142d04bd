import { z } from 'zod';
import { messages } from '../errors.js';
import { formatYm, monthIndex } from './cells.js';
import { type CsvOptions, parseCsv } from './csv.js';
import { HeaderIndex, readNumber, readYearMonth, validateRow } from './row-schema.js';

export const OrgTypeSchema = z.enum(['RO', 'EU', 'state', 'coalition']);
export type OrgType = z.infer<typeof OrgTypeSchema>;

/** A non-UN peace operation (one row of `missions.csv`). */
export interface NonUnMission {
  id: string;
  name: string;
  org: string;
  orgType: OrgType;
  /** Host country names, primary first. */
  hostNames: string[];
  /** Host country codes (COW = Gleditsch–Ward in Africa), primary first. */
  hosts: number[];
  /** First and last month as month indexes (`monthIndex`); `end` null = still active after the data. */
  start: number;
  end: number | null;
}

/** One cited troop-strength figure (a row of `strength_points.csv`). */
export interface StrengthPoint {
  missionId: string;
  year: number;
  /** 1–12, or null when the source gives only the year. */
  month: number | null;
  troops: number;
  kind: 'deployed' | 'authorised';
  /** `total` whole mission; `partial` one contingent or an increment; `peak` undated upper bound; `incl_police` troops and police. */
  coverage: 'total' | 'partial' | 'peak' | 'incl_police';
  approximate: boolean;
  dateInferred: boolean;
  source: string;
  line: number;
}

const PointSchema = z.object({
  year: z.number().int().min(1946).max(2100),
  month: z.number().int().min(1).max(12).or(z.nan()),
  troops: z.number().nonnegative(),
  kind: z.enum(['deployed', 'authorised']),
  coverage: z.enum(['total', 'partial', 'peak', 'incl_police']),
});

/**
 * Reads the non-UN missions table (`missions.csv`: id, name, org, org_type, host_country, host_ccode,
 * start_ym, end_ym; multi-country missions list hosts separated by `;`, primary first). With an
 * `exclusions` array, a mission without a host code is left out and reported there (file:line, id)
 * instead of throwing.
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE (unknown org_type, bad month), DUPLICATE_KEY (id twice).
 * @example importNonUnMissions(raw('nonun_missions/missions.csv')).find((m) => m.id === 'AMISOM')?.hosts // => [520]
 */
export function importNonUnMissions(
  text: string,
  options: CsvOptions & { exclusions?: { reason: string; count: number; examples: string[] }[] } = {},
): NonUnMission[] {
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const col = {
    id: h.require('id'),
    name: h.require('name'),
    org: h.require('org'),
    orgType: h.require('org_type'),
    hostCountry: h.require('host_country'),
    hostCode: h.require('host_ccode'),
    start: h.require('start_ym'),
    end: h.require('end_ym'),
  };
  const seen = new Map<string, number>();
  const noHost = {
    reason: 'non-UN mission without a host country code (host_ccode empty): not used',
    count: 0,
    examples: [] as string[],
  };
  const out: NonUnMission[] = [];
  for (const row of csv.rows) {
    const v = row.values;
    const loc = (column: string) => ({ file, line: row.line, column });
    const id = (v[col.id] ?? '').trim();
    if (!id) throw messages.badValue(loc('id'), '', 'a mission id');
    if (options.exclusions && (v[col.hostCode] ?? '').trim() === '') {
      noHost.count += 1;
      if (noHost.examples.length < 20) noHost.examples.push(`${file ?? 'line'}:${row.line} ${id}`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) throw messages.duplicateKey(loc('id'), id, first);
    seen.set(id, row.line);
    const orgType = OrgTypeSchema.safeParse((v[col.orgType] ?? '').trim());
    if (!orgType.success)
      throw messages.badValue(loc('org_type'), v[col.orgType] ?? '', 'one of RO, EU, state, coalition');
    const hostNames = (v[col.hostCountry] ?? '').split(';').map((s) => s.trim());
    const codeCells = (v[col.hostCode] ?? '').split(';').map((s) => s.trim());
    const hosts = codeCells.map((c) => {
      const n = Number(c);
      if (!Number.isInteger(n) || n <= 0)
        throw messages.badValue(loc('host_ccode'), c, 'a country code (e.g. 520)');
      return n;
    });
    if (hosts.length !== hostNames.length)
      throw messages.parseError(
        loc('host_ccode'),
        `${hosts.length} host codes for ${hostNames.length} host countries`,
        'list one code per host country, separated by ";" in the same order',
      );
    const start = readYearMonth(v, col.start, loc('start_ym'));
    if (!start) throw messages.badValue(loc('start_ym'), '', 'a start month YYYY-MM');
    const end = readYearMonth(v, col.end, loc('end_ym'));
    const s = monthIndex(start.year, start.month);
    const e = end ? monthIndex(end.year, end.month) : null;
    if (e !== null && e < s)
      throw messages.outOfRange(loc('end_ym'), v[col.end] ?? '', `months from ${formatYm(s)} on`);
    out.push({
      id,
      name: (v[col.name] ?? '').trim(),
      org: (v[col.org] ?? '').trim(),
      orgType: orgType.data,
      hostNames,
      hosts,
      start: s,
      end: e,
    });
  }
  if (noHost.count) options.exclusions?.push(noHost);
  return out;
}

/**
 * Reads the troop-strength figures (`strength_points.csv`: mission_id, year, month_or_blank, troops,
 * kind, source_url, coverage, approximate, date_inferred). Each point must name a known mission.
 * @throws PeacepanelError MISSING_COLUMN, BAD_VALUE (e.g. kind other than deployed/authorised, unknown mission).
 * @example const missions = importNonUnMissions(raw('nonun_missions/missions.csv'));
 * importStrengthPoints(raw('nonun_missions/strength_points.csv'), { missions }).filter((p) => p.missionId === 'AMISOM').length // => 35
 */
export function importStrengthPoints(
  text: string,
  options: CsvOptions & { missions?: readonly NonUnMission[] } = {},
): StrengthPoint[] {
  const file = options.file;
  const csv = parseCsv(text, options);
  const h = new HeaderIndex(csv.header, file);
  const col = {
    id: h.require('mission_id'),
    year: h.require('year'),
    month: h.require('month_or_blank', 'month'),
    troops: h.require('troops'),
    kind: h.require('kind'),
    source: h.find('source_url'),
    coverage: h.find('coverage'),
    approximate: h.find('approximate'),
    inferred: h.find('date_inferred'),
  };
  const known = options.missions ? new Set(options.missions.map((m) => m.id)) : undefined;
  return csv.rows.map((row) => {
    const v = row.values;
    const loc = (column: string) => ({ file, line: row.line, column });
    const missionId = (v[col.id] ?? '').trim();
    if (known && !known.has(missionId))
      throw messages.badValue(loc('mission_id'), missionId, 'the id of a mission in missions.csv');
    const p = validateRow(
      PointSchema,
      {
        year: readNumber(v, col.year, loc('year')),
        month: readNumber(v, col.month, loc('month_or_blank')),
        troops: readNumber(v, col.troops, loc('troops')),
        kind: (v[col.kind] ?? '').trim(),
        coverage: col.coverage >= 0 ? (v[col.coverage] ?? '').trim() || 'total' : 'total',
      },
      { file, line: row.line },
    );
    return {
      missionId,
      year: p.year,
      month: Number.isNaN(p.month) ? null : p.month,
      troops: p.troops,
      kind: p.kind,
      coverage: p.coverage,
      approximate: col.approximate >= 0 && (v[col.approximate] ?? '').trim() === 'y',
      dateInferred: col.inferred >= 0 && (v[col.inferred] ?? '').trim() === 'y',
      source: col.source >= 0 ? (v[col.source] ?? '') : '',
      line: row.line,
    };
  });
}
