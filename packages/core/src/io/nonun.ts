import { z } from 'zod';
import { messages } from '../errors.js';
import { formatYm, monthIndex } from './cells.js';
import type { CsvOptions } from './csv.js';
import { readImport } from './import-reader.js';

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

/** The columns of `missions.csv`, in the order the header is checked. */
const MISSION_COLUMNS = {
  id: 'id',
  name: 'name',
  org: 'org',
  orgType: 'org_type',
  hostCountry: 'host_country',
  hostCode: 'host_ccode',
  start: 'start_ym',
  end: 'end_ym',
} as const;

/** The columns of `strength_points.csv`, in the order the header is checked. */
const POINT_COLUMNS = {
  id: 'mission_id',
  year: 'year',
  month: ['month_or_blank', 'month'],
  troops: 'troops',
  kind: 'kind',
  source: { optional: 'source_url' },
  coverage: { optional: 'coverage' },
  approximate: { optional: 'approximate' },
  inferred: { optional: 'date_inferred' },
} as const;

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
  const { file, rows } = readImport(text, options, MISSION_COLUMNS);
  const seen = new Map<string, number>();
  const noHost = {
    reason: 'non-UN mission without a host country code (host_ccode empty): not used',
    count: 0,
    examples: [] as string[],
  };
  const out: NonUnMission[] = [];
  for (const row of rows) {
    const id = row.text('id');
    if (!id) throw messages.badValue(row.loc('id'), '', 'a mission id');
    if (options.exclusions && row.text('hostCode') === '') {
      noHost.count += 1;
      if (noHost.examples.length < 20) noHost.examples.push(`${file ?? 'line'}:${row.line} ${id}`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) throw messages.duplicateKey(row.loc('id'), id, first);
    seen.set(id, row.line);
    const orgType = OrgTypeSchema.safeParse(row.text('orgType'));
    if (!orgType.success)
      throw messages.badValue(row.loc('orgType'), row.cell('orgType'), 'one of RO, EU, state, coalition');
    const hostNames = row
      .cell('hostCountry')
      .split(';')
      .map((s) => s.trim());
    const codeCells = row
      .cell('hostCode')
      .split(';')
      .map((s) => s.trim());
    const hosts = codeCells.map((c) => {
      const n = Number(c);
      if (!Number.isInteger(n) || n <= 0)
        throw messages.badValue(row.loc('hostCode'), c, 'a country code (e.g. 520)');
      return n;
    });
    if (hosts.length !== hostNames.length)
      throw messages.parseError(
        row.loc('hostCode'),
        `${hosts.length} host codes for ${hostNames.length} host countries`,
        'list one code per host country, separated by ";" in the same order',
      );
    const start = row.yearMonth('start');
    if (!start) throw messages.badValue(row.loc('start'), '', 'a start month YYYY-MM');
    const end = row.yearMonth('end');
    const s = monthIndex(start.year, start.month);
    const e = end ? monthIndex(end.year, end.month) : null;
    if (e !== null && e < s)
      throw messages.outOfRange(row.loc('end'), row.cell('end'), `months from ${formatYm(s)} on`);
    out.push({
      id,
      name: row.text('name'),
      org: row.text('org'),
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
  const { rows } = readImport(text, options, POINT_COLUMNS);
  const known = options.missions ? new Set(options.missions.map((m) => m.id)) : undefined;
  return rows.map((row) => {
    const missionId = row.text('id');
    if (known && !known.has(missionId))
      throw messages.badValue(row.loc('id'), missionId, 'the id of a mission in missions.csv');
    const p = row.validate(PointSchema, {
      year: row.number('year'),
      month: row.number('month'),
      troops: row.number('troops'),
      kind: row.text('kind'),
      coverage: row.has('coverage') ? row.text('coverage') || 'total' : 'total',
    });
    return {
      missionId,
      year: p.year,
      month: Number.isNaN(p.month) ? null : p.month,
      troops: p.troops,
      kind: p.kind,
      coverage: p.coverage,
      approximate: row.has('approximate') && row.text('approximate') === 'y',
      dateInferred: row.has('inferred') && row.text('inferred') === 'y',
      source: row.cell('source'),
      line: row.line,
    };
  });
}
