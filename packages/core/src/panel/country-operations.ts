import { monthIndex } from '../io/cells.js';
import type { UnMissionMonth } from '../io/kathman.js';
import type { NonUnMission, OrgType } from '../io/nonun.js';
import type { NonUnMissionMonth } from '../io/nonun-interpolate.js';
import type { SupportMission } from '../io/support-missions.js';
import {
  handoverSuccessors,
  type MissionSpan,
  type PartnershipMode,
  partnershipMode,
} from '../partnership/partnership-mode.js';
import type { FilledMissionMonth, FilledRule } from './nonun-filled.js';

/** The `filled` rule of a country-month: the weakest rule of its missions, `split`, or `none`. */
export type CountryFilledRule = FilledRule | 'split' | 'none';

/** Weakest first: a country-month's rule is the first of these that any of its missions needed. */
export const FILLED_RULE_ORDER: readonly CountryFilledRule[] = [
  'missing',
  'nearest',
  'split',
  'authorised',
  'carried',
  'interpolated',
  'reported',
  'none',
];

/** Peace operations in one country in one month. Personnel NaN = missing, never 0. */
export interface CountryOperations {
  unTroops: number;
  unPolice: number;
  unObservers: number;
  unMissions: string[];
  /** `strict` non-UN troops (as `africa-cm`'s `nonun_troops`, rounded). */
  nonunStrict: number;
  /** `filled` non-UN troops (nearest figure; multi-country missions split equally over hosts), rounded. */
  nonunFilled: number;
  filledRule: CountryFilledRule;
  nonunPresent: 0 | 1;
  nonunMissions: string[];
  /** `filled` troops by organisation type (unrounded sums; NaN when a mission of that type has none). */
  byOrg: Record<OrgType, number>;
  mode: PartnershipMode;
}

export interface CountryOperationsInputs {
  un: readonly UnMissionMonth[];
  nonun: readonly NonUnMissionMonth[];
  /** `fillNonUnMonths` of the same mission-months. */
  filled: readonly FilledMissionMonth[];
  missions: readonly NonUnMission[];
  support: readonly SupportMission[];
  /** Country codes (Gleditsch–Ward) to cover. */
  countries: readonly number[];
  /** First and last month (month indexes). */
  from: number;
  to: number;
}

function emptyOps(): CountryOperations {
  return {
    unTroops: 0,
    unPolice: 0,
    unObservers: 0,
    unMissions: [],
    nonunStrict: 0,
    nonunFilled: 0,
    filledRule: 'none',
    nonunPresent: 0,
    nonunMissions: [],
    byOrg: { RO: 0, EU: 0, state: 0, coalition: 0 },
    mode: 'none',
  };
}

const worse = (a: CountryFilledRule, b: CountryFilledRule) =>
  FILLED_RULE_ORDER.indexOf(a) <= FILLED_RULE_ORDER.indexOf(b) ? a : b;

/** Adds UN personnel (primary host in full, other hosts missing: the `africa-cm` rule) and UN spans. */
function addUn(
  grid: Map<string, CountryOperations>,
  un: readonly UnMissionMonth[],
  spans: Map<number, MissionSpan[]>,
) {
  const range = new Map<string, { g: number; id: string; start: number; end: number }>();
  let last = 0;
  for (const u of un) {
    const m = monthIndex(u.year, u.month);
    last = Math.max(last, m);
    u.hosts.forEach((g, k) => {
      const c = grid.get(`${g} ${m}`);
      if (c) {
        if (!c.unMissions.includes(u.mission)) c.unMissions.push(u.mission);
        c.unTroops = k === 0 ? c.unTroops + u.troops : Number.NaN;
        c.unPolice = k === 0 ? c.unPolice + u.police : Number.NaN;
        c.unObservers = k === 0 ? c.unObservers + u.observers : Number.NaN;
      }
      if (!(u.troops > 0 || Number.isNaN(u.troops))) return;
      const key = `${u.mission} ${g}`;
      const r = range.get(key) ?? { g, id: u.mission, start: m, end: m };
      r.start = Math.min(r.start, m);
      r.end = Math.max(r.end, m);
      range.set(key, r);
    });
  }
  for (const r of range.values()) {
    const list = spans.get(r.g) ?? [];
    list.push({ id: r.id, side: 'un', start: r.start, end: r.end >= last ? null : r.end });
    spans.set(r.g, list);
  }
}

/** Adds strict and filled non-UN troops, the filled rule and the organisation-type sums. */
function addNonUn(grid: Map<string, CountryOperations>, filled: readonly FilledMissionMonth[]) {
  for (const f of filled) {
    const u = f.month;
    const m = monthIndex(u.year, u.month);
    u.hosts.forEach((g, k) => {
      const c = grid.get(`${g} ${m}`);
      if (!c) return;
      if (!c.nonunMissions.includes(u.mission)) c.nonunMissions.push(u.mission);
      c.nonunPresent = 1;
      c.nonunStrict = k === 0 ? c.nonunStrict + u.troops : Number.NaN;
      const share = f.troops / u.hosts.length;
      c.nonunFilled += share;
      c.byOrg[u.orgType] += share;
      c.filledRule = worse(
        c.filledRule,
        u.hosts.length > 1 && f.rule !== 'missing' ? worse(f.rule, 'split') : f.rule,
      );
    });
  }
}

/**
 * Peace operations in every listed country and month of [from, to] (absent missions give 0 troops):
 * UN troops, police and observers (Kathman; a multi-country mission counts in full in its primary host
 * and makes the other hosts' sums missing, as in `africa-cm`; −999 stays missing); non-UN troops
 * `strict` (the interpolated series, same host rule), `filled` (`fillNonUnMonths`, a multi-country
 * mission's figure split equally over its hosts) and by organisation type; presence; and the
 * partnership mode (`partnershipMode`, UN deployed = a UN mission with troops > 0 or a missing troop
 * count; hand-overs from the country's mission spans).
 * Reference: Kathman (2013) CMPS 30(5); Schumann & Bara (2023) ISQ.
 * Cost: O(countries × months + mission-months).
 * @example const s = readEvidenceSources(evidenceFiles());
 * const filled = fillNonUnMonths(s.missions, s.points, s.nonun);
 * const ops = countryOperations({ un: s.un, nonun: s.nonun, filled, missions: s.missions, support: s.support, countries: [520], from: monthIndex(2010, 1), to: monthIndex(2010, 1) });
 * ops.get(`520 ${monthIndex(2010, 1)}`)?.mode // => 'support'
 */
export function countryOperations(inputs: CountryOperationsInputs): Map<string, CountryOperations> {
  const grid = new Map<string, CountryOperations>();
  for (const g of inputs.countries)
    for (let m = inputs.from; m <= inputs.to; m++) grid.set(`${g} ${m}`, emptyOps());
  const spans = new Map<number, MissionSpan[]>();
  addUn(grid, inputs.un, spans);
  addNonUn(grid, inputs.filled);
  for (const mission of inputs.missions)
    for (const g of mission.hosts) {
      const list = spans.get(g) ?? [];
      list.push({ id: mission.id, side: 'nonun', start: mission.start, end: mission.end });
      spans.set(g, list);
    }
  const successors = new Map([...spans].map(([g, list]) => [g, handoverSuccessors(list)]));
  for (const [key, c] of grid) {
    const [g, m] = key.split(' ').map(Number) as [number, number];
    c.nonunStrict = Number.isNaN(c.nonunStrict) ? Number.NaN : Math.round(c.nonunStrict);
    c.nonunFilled = Math.round(c.nonunFilled);
    const un = c.unMissions.length > 0 && (c.unTroops > 0 || Number.isNaN(c.unTroops));
    const supported = inputs.support.some(
      (s) =>
        s.hosts.includes(g) &&
        s.start <= m &&
        (s.end === null || m <= s.end) &&
        c.nonunMissions.includes(s.supports),
    );
    const succ = successors.get(g);
    const present = [...(un ? c.unMissions : []), ...c.nonunMissions];
    const successor = succ !== undefined && present.some((id) => succ.has(id));
    c.mode = partnershipMode({ un, nonun: c.nonunPresent === 1, supported, successor });
  }
  return grid;
}
