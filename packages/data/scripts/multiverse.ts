/**
 * The multiverse result shipped with the data (issue 12), for the widget's `view="robustness"`: an embed
 * must not fit a thousand models on a reader's phone, so the whole grid (core's `expandGrid()`) is fitted
 * here, on the bundled `africa-cm` and `africa-conflict-month`, and written to
 * `generated/multiverse-result.json` (core's `multiverseJson`: same grid and data, same bytes).
 *
 * Usage: `pnpm build:multiverse` writes the file; `pnpm check:multiverse` fits the grid afresh and fails
 * (exit 1) when the shipped file differs, naming the first differing line. Both take minutes (about a
 * thousand NB2/Poisson fits on one thread).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  type DatasetJson,
  expandGrid,
  multiverseJson,
  multiverseResult,
  runMultiverse,
  type Table,
  tableFromDataset,
} from '@peacepanel/core';
import { dataPath } from './sources.js';

const FILE = dataPath('generated/multiverse-result.json');
const DATASETS = ['africa-cm', 'africa-conflict-month'];

function freshRun(): string {
  const tables: Record<string, Table> = {};
  const labels: Record<string, string> = {};
  for (const id of DATASETS) {
    const json = JSON.parse(readFileSync(dataPath(`datasets/${id}.json`), 'utf8')) as DatasetJson & {
      version: string;
    };
    tables[id] = tableFromDataset(json);
    labels[id] = `${json.id} v${json.version}`;
  }
  const expanded = expandGrid();
  let last = 0;
  const rows = runMultiverse(expanded.specs, tables, {
    onProgress: (p) => {
      if (p.done - last >= 100 || p.done === p.total) {
        last = p.done;
        process.stderr.write(`  ${p.done}/${p.total} fitted (${p.failed} failed)\n`);
      }
    },
  });
  return multiverseJson(multiverseResult(expanded, rows, labels));
}

const check = process.argv.includes('--check');
const fresh = freshRun();
if (!check) {
  writeFileSync(FILE, fresh);
  console.log(`wrote ${FILE}`);
} else {
  const shipped = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  if (shipped !== fresh) {
    const a = shipped.split('\n');
    const b = fresh.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    console.error(
      `${FILE} differs from a fresh run of the multiverse (first at line ${at + 1}: shipped ${JSON.stringify(a[at] ?? '(end)')}, fresh ${JSON.stringify(b[at] ?? '(end)')}). Fix: run \`pnpm build:multiverse\` in packages/data and commit the file`,
    );
    process.exit(1);
  }
  console.log(`${FILE} equals a fresh run`);
}
