/**
 * Builds the bundled datasets from the raw files in `packages/data/raw/` (run: `pnpm build:datasets`).
 * Deterministic: the same raw files give byte-identical outputs (no dates, no random numbers, stable
 * sort orders). Writes `datasets/<id>.json` (DatasetJson, columnar), `datasets/<id>.csv`,
 * `datasets/<id>.DATASHEET.md` (from `scripts/datasheets/<id>.md` with the generated tables filled in)
 * and `src/generated.json` (row counts and versions for the `DATASETS` index).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  addCountryMonthEvidence,
  buildCountryMonthPanel,
  type DatasetJson,
  datasetFromTable,
  describeDeployments,
  type EvidenceSources,
  type Exclusion,
  evidenceOperations,
  formatCsv,
  type Table,
} from '@peacepanel/core';
import { type DatasetId, META } from '../src/meta.js';
import { brdMarkdown, compareWithBrd } from './brd-check.js';
import { buildConflictMonths } from './conflict-month.js';
import { buildAfricaConflictMonthEvidence, conflictMonthEvidenceExtras } from './conflict-month-evidence.js';
import { coverageMarkdown } from './coverage.js';
import { deploymentMarkdown } from './deployments-markdown.js';
import { dataPath, RAW, readEvidence, readRaw } from './sources.js';

export interface BuildResult {
  id: DatasetId;
  table: Table;
  json: DatasetJson;
  exclusions: Exclusion[];
  notes: string[];
}

/**
 * Builds `africa-cm` in memory: the country-month panel from 1989-01, the evidence columns (lags on the
 * complete series, filled/present non-UN troops, organisation types, partnership mode, duration), then
 * the rows from 1993-01.
 */
export function buildAfricaCm(ev: EvidenceSources = readEvidence('2019-12')): BuildResult {
  const { table, notes } = buildCountryMonthPanel({
    deaths: ev.deaths,
    absentDeaths: 'missing',
    acd: ev.acdMonths,
    un: ev.un,
    nonun: ev.nonun,
    from: '1989-01',
    to: '2019-12',
  });
  const ops = evidenceOperations(ev, '1989-01', '2019-12');
  const withEvidence = addCountryMonthEvidence(table, ev.deaths, ops, '1989-01', '1993-01', '2019-12');
  const json = datasetFromTable(withEvidence, META['africa-cm']);
  return { id: 'africa-cm', table: withEvidence, json, exclusions: ev.exclusions, notes };
}

/** Builds `africa-conflict-month-1989-2011` in memory. */
export function buildAfricaConflictMonth(): BuildResult {
  const b = buildConflictMonths(readRaw(RAW.dyadMonth, 'latin1'), RAW.dyadMonth);
  const json = datasetFromTable(b.table, META['africa-conflict-month-1989-2011']);
  return {
    id: 'africa-conflict-month-1989-2011',
    table: b.table,
    json,
    exclusions: b.exclusions,
    notes: [`${b.dyadRows} dyad-month rows read`, ...b.notes],
  };
}

/** Shares of UN months with a partner in 1993–2011 and 2012–2019 (counts summed from the by-year rows). */
function periodShares(table: Table): Record<string, string> {
  const d = describeDeployments(table);
  const share = (from: number, to: number) => {
    const ys = d.byYear.filter((y) => y.year >= from && y.year <= to);
    const un = ys.reduce((s, y) => s + y.unMonths, 0);
    const both = ys.reduce((s, y) => s + y.both, 0);
    return un ? percent(both / un) : '–';
  };
  return { shareEarly: share(1993, 2011), shareLate: share(2012, 2019) };
}

function qualityCounts(table: Table): Record<string, string> {
  const q = table.columns.nonun_quality;
  if (q?.kind !== 'string') throw new Error('no nonun_quality column');
  const count = (v: string) => String(q.values.filter((x) => x === v).length);
  return {
    nonunRows: String(q.values.filter((x) => x !== 'none').length),
    nonunMissing: count('missing'),
    nonunAuthorised: count('authorised_only'),
  };
}

function percent(x: number | null): string {
  return x === null ? '–' : `${(100 * x).toFixed(1)}%`;
}

/** The rows of a table where a numeric column equals a value. */
export function filterRows(table: Table, column: string, value: number): Table {
  const c = table.columns[column];
  if (c?.kind !== 'number') throw new Error(`no numeric column ${column}`);
  const keep: number[] = [];
  c.values.forEach((v, i) => {
    if (v === value) keep.push(i);
  });
  const columns: Table['columns'] = {};
  for (const [name, col] of Object.entries(table.columns))
    columns[name] =
      col.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(keep, (i) => col.values[i]!) }
        : { kind: 'string', values: keep.map((i) => col.values[i] ?? null) };
  return { n: keep.length, columns };
}

function exclusionsMarkdown(list: readonly Exclusion[]): string {
  if (list.length === 0) return 'None.';
  return list
    .map((e) => `- ${e.reason}: ${e.count} rows (e.g. ${e.examples.slice(0, 5).join(', ')})`)
    .join('\n');
}

/** The files of one dataset, as text: `<id>.json`, `<id>.csv` and `<id>.DATASHEET.md`. */
export function renderOutputs(
  r: BuildResult,
  extra: Record<string, string>,
): { json: string; csv: string; datasheet: string } {
  const template = readFileSync(dataPath(`scripts/datasheets/${r.id}.md`), 'utf8');
  const fill: Record<string, string> = {
    version: r.json.version,
    rows: String(r.table.n),
    coverage: coverageMarkdown(r.table, ['un_missions', 'nonun_missions']),
    exclusions: exclusionsMarkdown(r.exclusions),
    notes: r.notes.map((n) => `- ${n}`).join('\n') || 'None.',
    ...extra,
  };
  const datasheet = template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = fill[k];
    if (v === undefined) throw new Error(`datasheet ${r.id}: no value for {{${k}}}`);
    return v;
  });
  return { json: `${JSON.stringify(r.json)}\n`, csv: formatCsv(r.table), datasheet };
}

/** The generated parts of the africa-cm datasheet: deployment overlap, quality counts, BRD check. */
export function africaCmExtras(cm: BuildResult): Record<string, string> {
  const all = describeDeployments(cm.table);
  const conflictOnly = describeDeployments(filterRows(cm.table, 'conflict_active', 1));
  return {
    deployments: deploymentMarkdown(all),
    deploymentsConflict: deploymentMarkdown(conflictOnly),
    shareAll: percent(all.overall.shareUnWithPartner),
    shareConflict: percent(conflictOnly.overall.shareUnWithPartner),
    unMonthsAll: String(all.overall.unMonths),
    unMonthsConflict: String(conflictOnly.overall.unMonths),
    ...periodShares(filterRows(cm.table, 'conflict_active', 1)),
    ...qualityCounts(cm.table),
    brd: brdMarkdown(compareWithBrd(cm.table, readRaw(RAW.brd))),
  };
}

/**
 * The conflict-month datasheet's overlap figure: UN months (lagged UN troops > 0) with `regional_pko`
 * = 1, 1993–2011, computed with the same `describeDeployments` as africa-cm.
 */
export function conflictMonthExtras(cf: BuildResult): Record<string, string> {
  const t = cf.table;
  const year = t.columns.year;
  const un = t.columns.un_troops_k_lag1;
  const reg = t.columns.regional_pko;
  if (year?.kind !== 'number' || un?.kind !== 'number' || reg?.kind !== 'number')
    throw new Error('conflict-month table lacks year, un_troops_k_lag1 or regional_pko');
  const since1993 = filterRows(
    {
      n: t.n,
      columns: {
        year,
        un_troops: un,
        nonun_missions_n: reg,
        from1993: { kind: 'number', values: year.values.map((y) => (y >= 1993 ? 1 : 0)) },
      },
    },
    'from1993',
    1,
  );
  const d = describeDeployments(since1993);
  return {
    deployments: deploymentMarkdown(d),
    share: percent(d.overall.shareUnWithPartner),
    unMonths: String(d.overall.unMonths),
  };
}

function writeDataset(r: BuildResult, extra: Record<string, string>): void {
  const dir = dataPath('datasets');
  mkdirSync(dir, { recursive: true });
  const out = renderOutputs(r, extra);
  writeFileSync(`${dir}/${r.id}.json`, out.json);
  writeFileSync(`${dir}/${r.id}.csv`, out.csv);
  writeFileSync(`${dir}/${r.id}.DATASHEET.md`, out.datasheet);
}

function main(): void {
  const started = performance.now();
  const sources = readEvidence('2019-12');
  const cm = buildAfricaCm(sources);
  const ev = buildAfricaConflictMonthEvidence(sources);
  const cf = buildAfricaConflictMonth();
  writeDataset(cm, africaCmExtras(cm));
  writeDataset(ev, conflictMonthEvidenceExtras(ev));
  writeDataset(cf, conflictMonthExtras(cf));
  const index = [cm, ev, cf].map((r) => ({
    id: r.id,
    version: r.json.version,
    rows: r.table.n,
    columns: Object.keys(r.table.columns),
  }));
  writeFileSync(dataPath('src/generated.json'), `${JSON.stringify(index, null, 2)}\n`);
  const ms = performance.now() - started;
  for (const r of [cm, ev, cf])
    console.log(
      `${r.id} v${r.json.version}: ${r.table.n} rows, ${Object.keys(r.table.columns).length} columns`,
    );
  console.log(`built in ${(ms / 1000).toFixed(2)} s`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
