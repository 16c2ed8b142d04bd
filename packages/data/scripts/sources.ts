/**
 * Reads the raw source files under `packages/data/raw/` with the core importers (`readEvidenceSources`).
 * Shared by the build script, the tests and the bench so that all of them see exactly the same inputs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type EvidenceFiles, type EvidenceSources, readEvidenceSources } from '@peacepanel/core';

/** Absolute path of a file under `packages/data/`. */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

/** Reads a raw file as text (`latin1` for the one file that is not UTF-8). */
export function readRaw(relative: string, encoding: BufferEncoding = 'utf8'): string {
  return readFileSync(dataPath(`raw/${relative}`), encoding);
}

export const RAW = {
  views: 'views_ged_cm/ged_cm_postpatch_africa_1989_2021.csv',
  crosswalk: 'views_ged_cm/africa_country_crosswalk.csv',
  acd: 'ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv',
  brd: 'ucdp_brd/BattleDeaths_v24_1_conf.csv',
  kathman: 'kathman_unpko/mission-month_12-2019_kathman.csv',
  missions: 'nonun_missions/missions.csv',
  points: 'nonun_missions/strength_points.csv',
  dyadMonth: 'pko_dyadmonth_africa/pko_dyadmonth_africa.csv',
  gedCar: 'ged231_car_events/ged231_car_events.csv',
  gedCarMonths: 'ged231_car_events/ged231_car_sb_conflict_month.csv',
  hks: 'hks2013_ajps/HKS_AJPS_2013.tab',
  support: 'un_support_missions/support_missions.csv',
  ged20: 'ged20_minerva_5countries/ged20_5countries_sb_conflict_month.csv',
} as const;

/** The raw files of the evidence datasets, as texts with their names under `raw/`. */
export function evidenceFiles(): EvidenceFiles {
  const f = (file: string) => ({ text: readRaw(file), file });
  return {
    views: f(RAW.views),
    acd: f(RAW.acd),
    brd: f(RAW.brd),
    kathman: f(RAW.kathman),
    missions: f(RAW.missions),
    points: f(RAW.points),
    support: f(RAW.support),
  };
}

/** Imports every source of `africa-cm` and `africa-conflict-month` (with the importers' exclusions). */
export function readEvidence(until = '2019-12'): EvidenceSources {
  return readEvidenceSources(evidenceFiles(), until);
}
