// Real data that `@example` blocks in src/ may use by name (scripts/examples/README.md). Small,
// cited, committed: never invented numbers.
import { readFileSync } from 'node:fs';
import {
  addPartnershipVariables,
  COUNTRY_MONTH_SPEC,
  type DatasetJson,
  type EvidenceFiles,
  type ExpandedGrid,
  expandGrid,
  type FittedModel,
  fitModelDetailed,
  type MultiverseResult,
  type MultiverseRow,
  multiverseResult,
  readCsvTable,
  runMultiverse,
  type Table,
  tableFromDataset,
} from '../src/index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** MASS::quine: days absent from school of 146 Australian pupils (Venables & Ripley 2002), test/fixtures/quine.csv. */
export const quine: Table = readCsvTable(read('./fixtures/quine.csv'), { file: 'quine.csv' }).table;

/** MASS::ships: damage incidents of 40 ship type × period cells (McCullagh & Nelder 1989), test/fixtures/ships.csv. */
export const ships: Table = readCsvTable(read('./fixtures/ships.csv'), { file: 'ships.csv' }).table;

/** The bundled country-month panel `africa-cm` of @peacepanel/data (datasets/africa-cm.json): a `DatasetJson`. */
export const africaCm = JSON.parse(read('../../data/datasets/africa-cm.json')) as DatasetJson;

/** `africa-cm` as a table with the partnership model's columns (`addPartnershipVariables`). */
export const countryMonthPanel: Table = addPartnershipVariables(tableFromDataset(africaCm));

/** `COUNTRY_MONTH_SPEC` (NB2, UN × non-UN troops, clustered by country) fitted on `countryMonthPanel`. */
export const countryMonthModel: FittedModel = fitModelDetailed(COUNTRY_MONTH_SPEC, countryMonthPanel);

/** The text of a committed raw source file of @peacepanel/data (`raw/<source>/<file>`, see its PROVENANCE.md). */
export function raw(path: string): string {
  return read(`../../data/raw/${path}`);
}

/** The bytes of a committed test fixture file of core (`test/fixtures/<path>`). */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${path}`, import.meta.url)));
}

/** 12 specifications of the multiverse on `africa-cm`: country-months 1993–2018, NB2, CR1; non-UN rule and controls vary. */
export const countryMonthGrid: ExpandedGrid = expandGrid({
  unit: ['country-month'],
  sample: ['1993-2018'],
  pastViolence: ['log1p-lag1'],
  fixedEffects: ['none'],
  inference: ['cr1'],
  model: ['nb2'],
});

/** The rows of `countryMonthGrid`, fitted on `africa-cm`. */
export const countryMonthRows: MultiverseRow[] = runMultiverse(countryMonthGrid.specs, {
  'africa-cm': tableFromDataset(africaCm),
});

/** `countryMonthRows` as a multiverse result. */
export const countryMonthMultiverse: MultiverseResult = multiverseResult(countryMonthGrid, countryMonthRows, {
  'africa-cm': `africa-cm v${africaCm.version}`,
});

/** The raw files `africa-cm` and `africa-conflict-month` are built from (as `packages/data/scripts/sources.ts` reads them). */
export function evidenceFiles(): EvidenceFiles {
  const f = (file: string) => ({ text: raw(file), file });
  return {
    views: f('views_ged_cm/ged_cm_postpatch_africa_1989_2021.csv'),
    acd: f('ucdp_acd/ucdp_acd_v25_1_peacesciencer.csv'),
    brd: f('ucdp_brd/BattleDeaths_v24_1_conf.csv'),
    kathman: f('kathman_unpko/mission-month_12-2019_kathman.csv'),
    missions: f('nonun_missions/missions.csv'),
    points: f('nonun_missions/strength_points.csv'),
    support: f('un_support_missions/support_missions.csv'),
  };
}

/** The bundled conflict-month panel `africa-conflict-month` of @peacepanel/data: a `DatasetJson`. */
export const conflictMonth = JSON.parse(
  read('../../data/datasets/africa-conflict-month.json'),
) as DatasetJson;
