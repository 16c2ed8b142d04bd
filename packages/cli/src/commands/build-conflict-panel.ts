import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  buildConflictMonthFromSources,
  datasetFromTable,
  formatCsv,
  messages,
  readEvidenceSources,
} from '@peacepanel/core';
import type { CliIo } from '../command.js';

/** A required option's value; a file that must exist unless it is `--out`. */
export function need(values: Map<string, string>, flag: string): string {
  const v = values.get(flag);
  if (!v) throw messages.badOption(flag, '', 'given');
  if (flag !== '--out' && !existsSync(v)) throw messages.fileNotFound(v);
  return v;
}

/** A `YYYY-MM` option with a default. */
export function month(values: Map<string, string>, flag: string, fallback: string): string {
  const v = values.get(flag) ?? fallback;
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw messages.badOption(flag, v, 'a month YYYY-MM');
  return v;
}

/**
 * Whether `build-panel` builds conflict-months (`--unit conflict`) or country-months (`--unit country`, default).
 * @throws PeacepanelError BAD_OPTION for another unit.
 * @example isConflictUnit(new Map([['--unit', 'conflict']])) // => true
 */
export function isConflictUnit(values: Map<string, string>): boolean {
  const unit = values.get('--unit') ?? 'country';
  if (unit !== 'country' && unit !== 'conflict')
    throw messages.badOption('--unit', unit, 'country or conflict');
  return unit === 'conflict';
}

/**
 * Reads the `--unit conflict` options of `build-panel` and runs `buildConflictPanel`.
 * @throws PeacepanelError BAD_OPTION (e.g. --ged with --unit conflict), FILE_NOT_FOUND.
 * @example // types-only: reads the raw files and writes cm.csv
 * const io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) };
 * await runConflictUnit(new Map([['--deaths', 'cm.csv'], ['--acd', 'acd.csv'], ['--brd', 'brd.csv'], ['--un', 'un.csv'], ['--nonun', 'nonun/'], ['--support', 'support.csv'], ['--out', 'panel.csv']]), io);
 */
export function runConflictUnit(values: Map<string, string>, io: CliIo): Promise<number> {
  if (values.has('--ged'))
    throw messages.badOption(
      '--ged',
      values.get('--ged') ?? '',
      'replaced by --deaths CM.csv with --unit conflict',
    );
  const out = need(values, '--out');
  if (!['.csv', '.json'].includes(extname(out).toLowerCase()))
    throw messages.badOption('--out', out, 'a .csv or .json file name');
  return buildConflictPanel(
    {
      deaths: need(values, '--deaths'),
      acd: need(values, '--acd'),
      brd: need(values, '--brd'),
      un: need(values, '--un'),
      nonun: need(values, '--nonun'),
      support: need(values, '--support'),
      from: month(values, '--from', '1993-01'),
      to: month(values, '--to', '2019-12'),
      out,
    },
    io,
  );
}

/** Options of `build-panel --unit conflict`, already checked for presence. */
export interface ConflictPanelFiles {
  deaths: string;
  acd: string;
  brd: string;
  un: string;
  /** Folder with missions.csv and strength_points.csv. */
  nonun: string;
  support: string;
  from: string;
  to: string;
  out: string;
}

const text = (file: string) => {
  if (!existsSync(file)) throw messages.fileNotFound(file);
  return { text: readFileSync(file, 'utf8'), file: basename(file) };
};

/**
 * `peacepanel build-panel --unit conflict`: the African conflict-month panel (the `africa-conflict-month`
 * columns and rules, see its DATASHEET) from the official files; with the bundled raw files and the
 * default months, the CSV equals `datasets/africa-conflict-month.csv` byte for byte.
 * @throws PeacepanelError FILE_NOT_FOUND, BAD_OPTION, or any located importer error.
 * @example // types-only: reads the raw files and writes cm.csv
 * const io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) };
 * await buildConflictPanel({ deaths: 'cm.csv', acd: 'acd.csv', brd: 'brd.csv', un: 'un.csv', nonun: 'nonun/', support: 'support.csv', from: '1993-01', to: '2019-12', out: 'panel.csv' }, io);
 */
export async function buildConflictPanel(f: ConflictPanelFiles, io: CliIo): Promise<number> {
  if (!statSync(f.nonun).isDirectory())
    throw messages.badOption(
      '--nonun',
      f.nonun,
      'a folder with missions.csv and strength_points.csv (--unit conflict)',
    );
  const sources = readEvidenceSources(
    {
      views: text(f.deaths),
      acd: text(f.acd),
      brd: text(f.brd),
      kathman: text(f.un),
      missions: text(join(f.nonun, 'missions.csv')),
      points: text(join(f.nonun, 'strength_points.csv')),
      support: text(f.support),
    },
    f.to,
  );
  const panel = buildConflictMonthFromSources(sources, f.from, f.to, '1989-01');
  const format = extname(f.out).toLowerCase();
  if (format === '.csv') writeFileSync(f.out, formatCsv(panel.table));
  else {
    const json = datasetFromTable(panel.table, {
      id: basename(f.out, format),
      version: '1',
      title: `Conflict-month panel ${f.from} to ${f.to} built with peacepanel build-panel --unit conflict`,
      source: [f.deaths, f.acd, f.brd, f.un, f.nonun, f.support].join('; '),
      caveat: 'Built from the files named in source; see the africa-conflict-month DATASHEET for the rules.',
    });
    writeFileSync(f.out, `${JSON.stringify(json)}\n`);
  }
  const log = [...panel.notes];
  for (const e of panel.exclusions)
    log.push(`left out or flagged: ${e.count} rows, ${e.reason} (e.g. ${e.examples.slice(0, 3).join(', ')})`);
  log.push(`wrote ${panel.table.n} conflict-months (${f.from} to ${f.to}) to ${f.out}`);
  io.out(log.join('\n'));
  return 0;
}
