/**
 * Builds `africa-conflict-month` (issue 11 §1) from the raw files with core's
 * `buildConflictMonthFromSources`, and the generated parts of its datasheet: the apportioning
 * validation, the partnership modes by year and the `filled` rules.
 */
import {
  buildConflictMonthFromSources,
  type ConflictMonthPanel,
  datasetFromTable,
  type EvidenceSources,
  monthIndex,
  PARTNERSHIP_MODES,
  type Table,
} from '@peacepanel/core';
import { META } from '../src/meta.js';
import {
  apportionMarkdown,
  type BrdCyCheck,
  carGedMonths,
  compareConflictYearsWithBrd,
  compareWithGed,
  GED20_GWNO,
  type GedCheck,
  ged20Months,
} from './apportion-check.js';
import type { BuildResult } from './build-datasets.js';
import { RAW, readEvidence, readRaw } from './sources.js';

/** The conflict-month build with its sources (kept for the validation). */
export interface ConflictMonthBuild extends BuildResult {
  panel: ConflictMonthPanel;
  sources: EvidenceSources;
}

/** Builds `africa-conflict-month` in memory. */
export function buildAfricaConflictMonthEvidence(sources = readEvidence()): ConflictMonthBuild {
  const panel = buildConflictMonthFromSources(sources, '1993-01', '2019-12', '1989-01');
  const json = datasetFromTable(panel.table, META['africa-conflict-month']);
  return {
    id: 'africa-conflict-month',
    table: panel.table,
    json,
    exclusions: panel.exclusions,
    notes: panel.notes,
    panel,
    sources,
  };
}

/** The apportioning validation: BRD conflict-years and the two conflict-linked GED files. */
export function validateApportioning(b: ConflictMonthBuild): { brd: BrdCyCheck; ged: GedCheck[] } {
  const sample = new Set(b.panel.conflicts);
  const ap = b.panel.apportionment;
  const car = compareWithGed(
    'GED 23.1 CAR (2001–2019)',
    carGedMonths(readRaw(RAW.gedCarMonths)),
    ap,
    sample,
    [482],
    monthIndex(2001, 1),
    monthIndex(2019, 12),
    { deaths: 0, names: [] },
  );
  const g20 = ged20Months(readRaw(RAW.ged20), b.sources.brd);
  const five = compareWithGed(
    'GED 2.0 DRC, Nigeria, Somalia, Uganda, Senegal (1997–2014)',
    g20.months,
    ap,
    sample,
    GED20_GWNO,
    monthIndex(1997, 1),
    monthIndex(2014, 12),
    g20.unmatched,
  );
  return { brd: compareConflictYearsWithBrd(b.table, b.sources.brd), ged: [car, five] };
}

function countBy(table: Table, column: string, byYear: boolean): Map<string, Map<string, number>> {
  const c = table.columns[column]!.values as (string | null)[];
  const y = table.columns.year!.values as Float64Array;
  const out = new Map<string, Map<string, number>>();
  for (let i = 0; i < table.n; i++) {
    const key = byYear ? String(y[i]) : 'all';
    const m = out.get(key) ?? new Map<string, number>();
    m.set(c[i] ?? '', (m.get(c[i] ?? '') ?? 0) + 1);
    out.set(key, m);
  }
  return out;
}

/** Months by partnership mode and year, as a markdown table. */
function modesMarkdown(table: Table): string {
  const by = countBy(table, 'partnership_mode', true);
  const head = `| year | ${PARTNERSHIP_MODES.join(' | ')} |`;
  const rule = `|---:|${PARTNERSHIP_MODES.map(() => '---:').join('|')}|`;
  const rows = [...by]
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([y, m]) => `| ${y} | ${PARTNERSHIP_MODES.map((k) => m.get(k) ?? 0).join(' | ')} |`);
  const all = countBy(table, 'partnership_mode', false).get('all')!;
  const total = `| all | ${PARTNERSHIP_MODES.map((k) => `**${all.get(k) ?? 0}**`).join(' | ')} |`;
  return [head, rule, ...rows, total].join('\n');
}

function countsLine(table: Table, column: string): string {
  const all = countBy(table, column, false).get('all')!;
  return [...all]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `\`${k}\` ${n}`)
    .join(', ');
}

/** The generated parts of the datasheet. */
export function conflictMonthEvidenceExtras(b: ConflictMonthBuild): Record<string, string> {
  const v = validateApportioning(b);
  const ids = b.table.columns.conflict_id!.values as Float64Array;
  return {
    conflicts: String(new Set(ids).size),
    validation: apportionMarkdown(v.brd, v.ged),
    modes: modesMarkdown(b.table),
    filledRules: countsLine(b.table, 'nonun_filled_rule'),
    deathRules: countsLine(b.table, 'battle_deaths_rule'),
  };
}
