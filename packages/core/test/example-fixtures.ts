// Real data that `@example` blocks in src/ may use by name (scripts/examples/README.md). Small,
// cited, committed: never invented numbers.
import { readFileSync } from 'node:fs';
import { type DatasetJson, readCsvTable, type Table } from '../src/index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** MASS::quine: days absent from school of 146 Australian pupils (Venables & Ripley 2002), test/fixtures/quine.csv. */
export const quine: Table = readCsvTable(read('./fixtures/quine.csv'), { file: 'quine.csv' }).table;

/** MASS::ships: damage incidents of 40 ship type × period cells (McCullagh & Nelder 1989), test/fixtures/ships.csv. */
export const ships: Table = readCsvTable(read('./fixtures/ships.csv'), { file: 'ships.csv' }).table;

/** The bundled country-month panel `africa-cm` of @peacepanel/data (datasets/africa-cm.json): a `DatasetJson`. */
export const africaCm = JSON.parse(read('../../data/datasets/africa-cm.json')) as DatasetJson;
