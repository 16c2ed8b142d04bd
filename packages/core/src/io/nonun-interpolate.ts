import { z } from 'zod';
import { monthIndex } from './cells.js';
import type { NonUnMission, OrgType, StrengthPoint } from './nonun.js';

/**
 * How a mission-month's troop figure was obtained:
 * `reported` a usable figure dated in that month; `interpolated` linear between two figures at most
 * `maxGapMonths` apart; `carried` the nearest figure held for at most `edgeMonths` before the first or
 * after the last figure; `authorised_only` no deployed figure, an authorised (mandated or planned)
 * strength used instead (by the same rules); `missing` no figure close enough: troops NaN.
 */
export type NonUnQuality = 'reported' | 'interpolated' | 'carried' | 'authorised_only' | 'missing';

/** One non-UN mission in one month. */
export interface NonUnMissionMonth {
  mission: string;
  orgType: OrgType;
  /** Host country codes, primary first (multi-country missions: the figure is mission-wide). */
  hosts: number[];
  year: number;
  month: number;
  /** Troops (NaN when missing). */
  troops: number;
  quality: NonUnQuality;
}

export const InterpolationOptionsSchema = z.object({
  /** Two figures further apart than this (months) leave the months between them missing. Default 24. */
  maxGapMonths: z.number().int().positive().default(24),
  /** Months a figure is held before the first / after the last figure. Default 12. */
  edgeMonths: z.number().int().nonnegative().default(12),
  /** Month (1–12) assumed for figures dated only by year. Default 7 (mid-year). */
  yearOnlyMonth: z.number().int().min(1).max(12).default(7),
  /** Last month produced for missions still active at the end of the data (blank `end_ym`), `YYYY-MM`. */
  until: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .default('2019-12'),
});
export type InterpolationOptions = z.input<typeof InterpolationOptionsSchema>;

/**
 * Figures usable as a whole-mission series: `total` or `incl_police` (not one contingent, not an undated peak).
 * @example const missions = importNonUnMissions(raw('nonun_missions/missions.csv'));
 * importStrengthPoints(raw('nonun_missions/strength_points.csv'), { missions }).filter(isSeriesPoint).length > 0 // => true
 */
export function isSeriesPoint(p: StrengthPoint): boolean {
  return p.coverage === 'total' || p.coverage === 'incl_police';
}

interface Anchor {
  m: number;
  troops: number;
}

/** One value per month: the median of the usable figures dated in that month. */
function anchorsOf(points: readonly StrengthPoint[], yearOnlyMonth: number): Anchor[] {
  const byMonth = new Map<number, number[]>();
  for (const p of points) {
    const m = monthIndex(p.year, p.month ?? yearOnlyMonth);
    const list = byMonth.get(m) ?? [];
    list.push(p.troops);
    byMonth.set(m, list);
  }
  return [...byMonth].map(([m, list]) => ({ m, troops: median(list) })).sort((a, b) => a.m - b.m);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
}

/** The value of a month from anchors, or undefined when it falls in a gap. */
function valueAt(
  anchors: readonly Anchor[],
  m: number,
  maxGap: number,
  edge: number,
): { troops: number; how: 'reported' | 'interpolated' | 'carried' } | undefined {
  if (anchors.length === 0) return undefined;
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  if (m < first.m) return first.m - m <= edge ? { troops: first.troops, how: 'carried' } : undefined;
  if (m > last.m) return m - last.m <= edge ? { troops: last.troops, how: 'carried' } : undefined;
  // binary search for the last anchor at or before m
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid]!.m <= m) lo = mid;
    else hi = mid - 1;
  }
  const a = anchors[lo]!;
  if (a.m === m) return { troops: a.troops, how: 'reported' };
  const b = anchors[lo + 1]!;
  if (b.m - a.m > maxGap) return undefined;
  const t = (m - a.m) / (b.m - a.m);
  return { troops: a.troops + t * (b.troops - a.troops), how: 'interpolated' };
}

/**
 * Turns cited troop-strength figures into non-UN mission-months, one row for every month from the
 * mission's start to its end (or `until` when it is still active), never outside those dates.
 * Rules (documented in the datasheet):
 * 1. Series figures are `deployed` figures with coverage `total` or `incl_police`; `partial` (one
 *    contingent, an increment) and `peak` (undated upper bound) figures are not used.
 * 2. A figure dated only by year is placed in `yearOnlyMonth` (July); several figures in one month give
 *    their median. Figures outside the mission's dates still anchor the interpolation.
 * 3. Between two figures at most `maxGapMonths` apart, troops are interpolated linearly; months between
 *    figures further apart stay missing (a gap is never filled).
 * 4. Before the first and after the last figure the nearest figure is held for `edgeMonths` months.
 * 5. Months still without a value use the `authorised` figures by the same rules (`authorised_only`);
 *    otherwise they are `missing` (troops NaN, never 0).
 *
 * Reference: Bara & Hultman (2020) "Just Different Hats?", International Peacekeeping 27(3), who
 * interpolate linearly between SIPRI figures; `nonun_missions/PROVENANCE.md` ("Suggested use").
 * Cost: O(points log points + mission-months).
 * @example const missions = importNonUnMissions(raw('nonun_missions/missions.csv'));
 * const points = importStrengthPoints(raw('nonun_missions/strength_points.csv'), { missions });
 * const months = nonUnMissionMonths(missions, points, { until: '2019-12' });
 * months.filter((m) => m.mission === 'AMISOM' && m.year === 2012).length // => 12
 */
export function nonUnMissionMonths(
  missions: readonly NonUnMission[],
  points: readonly StrengthPoint[],
  options: InterpolationOptions = {},
): NonUnMissionMonth[] {
  const o = InterpolationOptionsSchema.parse(options);
  const [uy, um] = o.until.split('-').map(Number) as [number, number];
  const until = monthIndex(uy, um);
  const out: NonUnMissionMonth[] = [];
  for (const mission of missions) {
    const mine = points.filter((p) => p.missionId === mission.id && isSeriesPoint(p));
    const deployed = anchorsOf(
      mine.filter((p) => p.kind === 'deployed'),
      o.yearOnlyMonth,
    );
    const authorised = anchorsOf(
      mine.filter((p) => p.kind === 'authorised'),
      o.yearOnlyMonth,
    );
    const last = mission.end ?? until;
    for (let m = mission.start; m <= last; m++) {
      const year = Math.floor(m / 12);
      const row = {
        mission: mission.id,
        orgType: mission.orgType,
        hosts: mission.hosts,
        year,
        month: m - year * 12 + 1,
      };
      const d = valueAt(deployed, m, o.maxGapMonths, o.edgeMonths);
      if (d) {
        out.push({ ...row, troops: d.troops, quality: d.how });
        continue;
      }
      const a = valueAt(authorised, m, o.maxGapMonths, o.edgeMonths);
      if (a) out.push({ ...row, troops: a.troops, quality: 'authorised_only' });
      else out.push({ ...row, troops: Number.NaN, quality: 'missing' });
    }
  }
  return out;
}
