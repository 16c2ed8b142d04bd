import type { Exclusion } from '../estimators/result.js';
import { type AcdConflictYear, type AcdMonth, acdMonthsFromYears, readAcdConflictYears } from '../io/acd.js';
import { type BrdConflictYear, importBrd } from '../io/brd.js';
import { monthIndex, parseYearMonth } from '../io/cells.js';
import { type CountryMonthDeaths, importViewsCountryMonths } from '../io/country-month-deaths.js';
import { importKathman, type UnMissionMonth } from '../io/kathman.js';
import {
  importNonUnMissions,
  importStrengthPoints,
  type NonUnMission,
  type StrengthPoint,
} from '../io/nonun.js';
import { type NonUnMissionMonth, nonUnMissionMonths } from '../io/nonun-interpolate.js';
import { importSupportMissions, type SupportMission } from '../io/support-missions.js';
import { AFRICAN_COUNTRIES } from './african-countries.js';
import { buildConflictMonthPanel, type ConflictMonthPanel } from './build-conflict-month.js';
import { type CountryOperations, countryOperations } from './country-operations.js';
import { fillNonUnMonths } from './nonun-filled.js';

/** A raw file's text and its name (for located errors and the exclusion report). */
export interface RawText {
  text: string;
  file: string;
}

/** The raw files of the evidence datasets. */
export interface EvidenceFiles {
  views: RawText;
  acd: RawText;
  brd: RawText;
  kathman: RawText;
  missions: RawText;
  points: RawText;
  support: RawText;
}

/** Every source imported once, with the exclusions the importers reported. */
export interface EvidenceSources {
  deaths: CountryMonthDeaths[];
  acdYears: AcdConflictYear[];
  acdMonths: AcdMonth[];
  brd: BrdConflictYear[];
  brdFile: string;
  un: UnMissionMonth[];
  missions: NonUnMission[];
  points: StrengthPoint[];
  nonun: NonUnMissionMonth[];
  support: SupportMission[];
  exclusions: Exclusion[];
}

/**
 * Imports the raw files of `africa-cm` and `africa-conflict-month` with the core importers (missions
 * without a host and Kathman −999 counts go to `exclusions`, never silently dropped or set to 0).
 * @throws PeacepanelError from any importer, naming file, line and column.
 * @example readEvidenceSources(evidenceFiles(), '2019-12').brd.length // => 1520
 */
export function readEvidenceSources(f: EvidenceFiles, until = '2019-12'): EvidenceSources {
  const exclusions: Exclusion[] = [];
  const un = importKathman(f.kathman.text, { file: f.kathman.file });
  for (const e of un.exclusions) exclusions.push(e);
  const acdYears = readAcdConflictYears(f.acd.text, { file: f.acd.file });
  const missions = importNonUnMissions(f.missions.text, { file: f.missions.file, exclusions });
  const points = importStrengthPoints(f.points.text, { file: f.points.file, missions });
  return {
    deaths: importViewsCountryMonths(f.views.text, { file: f.views.file }),
    acdYears,
    acdMonths: acdMonthsFromYears(acdYears),
    brd: importBrd(f.brd.text, { file: f.brd.file }),
    brdFile: f.brd.file,
    un: un.months,
    missions,
    points,
    nonun: nonUnMissionMonths(missions, points, { until }),
    support: importSupportMissions(f.support.text, { file: f.support.file }),
    exclusions,
  };
}

const ym = (text: string) => {
  const p = parseYearMonth(text)!;
  return monthIndex(p.year, p.month);
};

/**
 * The country-month operations grid over [from, to] for the African countries and every country in
 * which an ACD or BRD conflict is fought.
 * @example evidenceOperations(readEvidenceSources(evidenceFiles()), '1989-01', '2019-12').size // => 52080
 */
export function evidenceOperations(
  s: EvidenceSources,
  from: string,
  to: string,
): Map<string, CountryOperations> {
  const countries = new Set<number>(AFRICAN_COUNTRIES.map((c) => c.gwno));
  for (const b of s.brd) for (const g of b.gwnoBattle) countries.add(g);
  for (const a of s.acdYears) for (const g of a.gwnoA) countries.add(g);
  return countryOperations({
    un: s.un,
    nonun: s.nonun,
    filled: fillNonUnMonths(s.missions, s.points, s.nonun),
    missions: s.missions,
    support: s.support,
    countries: [...countries].sort((a, b) => a - b),
    from: ym(from),
    to: ym(to),
  });
}

/**
 * `africa-conflict-month` from its sources: the conflict-month panel over [from, to] with lags on the
 * complete series from 1989-01, and every exclusion of the importers and of the BRD matching.
 * @example buildConflictMonthFromSources(readEvidenceSources(evidenceFiles()), '1993-01', '2019-12').table.n // => 4908
 */
export function buildConflictMonthFromSources(
  s: EvidenceSources,
  from = '1993-01',
  to = '2019-12',
  seriesFrom = '1989-01',
): ConflictMonthPanel {
  const r = buildConflictMonthPanel({
    acdYears: s.acdYears,
    brd: s.brd,
    brdFile: s.brdFile,
    deaths: s.deaths,
    operations: evidenceOperations(s, seriesFrom, to),
    from,
    to,
    seriesFrom,
  });
  return { ...r, exclusions: [...s.exclusions, ...r.exclusions] };
}
