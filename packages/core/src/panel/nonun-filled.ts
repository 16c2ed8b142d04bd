import { monthIndex } from '../io/cells.js';
import type { NonUnMission, StrengthPoint } from '../io/nonun.js';
import { isSeriesPoint, type NonUnMissionMonth } from '../io/nonun-interpolate.js';

/**
 * How a non-UN mission-month's `filled` troop figure was obtained: the `strict` rules (`reported`,
 * `interpolated`, `carried`, `authorised`), else the `nearest` figure of the same mission in time,
 * else `missing` (the mission has no usable figure at all).
 */
export type FilledRule = 'reported' | 'interpolated' | 'carried' | 'authorised' | 'nearest' | 'missing';

/** One non-UN mission-month with its `filled` troop figure (mission-wide, before any split over hosts). */
export interface FilledMissionMonth {
  month: NonUnMissionMonth;
  troops: number;
  rule: FilledRule;
}

/** Month (index) and troops of a mission's usable figures, deployed first, authorised as a fallback. */
function anchors(points: readonly StrengthPoint[], yearOnlyMonth: number): { m: number; troops: number }[] {
  const usable = points.filter(isSeriesPoint);
  const deployed = usable.filter((p) => p.kind === 'deployed');
  const chosen = deployed.length ? deployed : usable.filter((p) => p.kind === 'authorised');
  return chosen
    .map((p) => ({ m: monthIndex(p.year, p.month ?? yearOnlyMonth), troops: p.troops }))
    .sort((a, b) => a.m - b.m || a.troops - b.troops);
}

/**
 * The `filled` non-UN troop series: the strict figure (`nonUnMissionMonths`) where it has one; otherwise
 * the nearest usable figure of the same mission in time (deployed figures; authorised ones only when the
 * mission has no deployed figure; on a tie the earlier figure, then the smaller). Months of a mission
 * without any usable figure stay missing (NaN), never 0.
 * Reference: Bara & Hultman (2020) International Peacekeeping 27(3) (nearest-figure fills as a robustness
 * check of interpolated SIPRI strengths); `nonun_missions/PROVENANCE.md`.
 * Cost: O(points + mission-months × figures of the mission).
 * @example const missions = importNonUnMissions(raw('nonun_missions/missions.csv'));
 * const points = importStrengthPoints(raw('nonun_missions/strength_points.csv'), { missions });
 * fillNonUnMonths(missions, points, nonUnMissionMonths(missions, points)).filter((f) => f.rule === 'nearest').length // => 574
 */
export function fillNonUnMonths(
  missions: readonly NonUnMission[],
  points: readonly StrengthPoint[],
  months: readonly NonUnMissionMonth[],
  yearOnlyMonth = 7,
): FilledMissionMonth[] {
  const byMission = new Map(
    missions.map((m) => [
      m.id,
      anchors(
        points.filter((p) => p.missionId === m.id),
        yearOnlyMonth,
      ),
    ]),
  );
  return months.map((month) => {
    if (month.quality !== 'missing') {
      const rule: FilledRule = month.quality === 'authorised_only' ? 'authorised' : month.quality;
      return { month, troops: month.troops, rule };
    }
    const list = byMission.get(month.mission) ?? [];
    const m = monthIndex(month.year, month.month);
    let best: { m: number; troops: number } | undefined;
    for (const a of list) if (!best || Math.abs(a.m - m) < Math.abs(best.m - m)) best = a;
    return best
      ? { month, troops: best.troops, rule: 'nearest' }
      : { month, troops: Number.NaN, rule: 'missing' };
  });
}
