import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  AFRICAN_COUNTRIES,
  buildCountryMonthPanel,
  type CountryMonthDeaths,
  countryMonthsFromGed,
  datasetFromTable,
  formatCsv,
  type GedAttribution,
  GedAttributionSchema,
  importAcd,
  importGedEvents,
  importKathman,
  importMissionMonthCsv,
  importNonUnMissions,
  importStrengthPoints,
  importViewsCountryMonths,
  messages,
  monthIndex,
  type NonUnMissionMonth,
  nonUnMissionMonths,
  type Table,
} from '@peacepanel/core';
import type { CliIo, Command } from '../command.js';
import { readFlags } from '../flags.js';
import { checkWritableFile, writeOutput } from '../output-path.js';
import { isConflictUnit, month, need, runConflictUnit } from './build-conflict-panel.js';

const USAGE = `Usage: peacepanel build-panel --ged GED.csv|--deaths CM.csv --acd ACD.csv --un KATHMAN.csv --nonun DIR|FILE --out FILE
       peacepanel build-panel --unit conflict --deaths CM.csv --acd ACD.csv --brd BRD.csv --un KATHMAN.csv --nonun DIR --support SUPPORT.csv --out FILE

Builds the African country-month panel (the africa-cm columns before v1.1, without the evidence
columns) from official files: country-months in which the country had an active intrastate conflict
(ACD) or hosted a UN or non-UN mission. With --unit conflict, builds the conflict-month panel
(africa-conflict-month, every column and rule of its DATASHEET; the bundled raw files rebuild it byte
for byte).

Options:
  --ged FILE          UCDP GED event CSV (e.g. GEDEvent_v24_1.csv; streamed, any size): state-based
                      deaths by event-location country (country_id); months with no event are 0 for
                      the countries that appear in the file, missing for the others
  --deaths FILE       instead of --ged: a ViEWS-style country-month CSV (gwno, year, month, ged_best_sb)
  --attribution A     with --ged: split (default; deaths spread evenly over the event's months),
                      start or end (all in the month of date_start / date_end; ViEWS uses end)
  --acd FILE          UCDP/PRIO ACD conflict-year CSV (official or peacesciencer)
  --un FILE           Kathman UN mission-month CSV (-999 = missing)
  --nonun DIR|FILE    a folder with missions.csv + strength_points.csv (interpolated), or a plain
                      mission-month CSV (mission, org_type, host_country[, host_ccode], year, month, troops)
  --unit U            country (default) or conflict
  --brd FILE          with --unit conflict: UCDP BRD conflict-year CSV (BattleDeaths_v24_1_conf.csv)
  --support FILE      with --unit conflict: UN support operations (raw/un_support_missions/support_missions.csv)
  --from YYYY-MM      first month (default 1993-01)
  --to YYYY-MM        last month (default 2019-12)
  --out FILE          .csv or .json (dataset JSON)`;

const FLAGS = [
  '--ged',
  '--deaths',
  '--attribution',
  '--acd',
  '--un',
  '--nonun',
  '--from',
  '--to',
  '--out',
  '--unit',
  '--brd',
  '--support',
] as const;

const byName = new Map(
  AFRICAN_COUNTRIES.flatMap((c) => [
    [c.name.toLowerCase(), c.gwno],
    [c.iso3.toLowerCase(), c.gwno],
  ]),
);

/** Zero-fills GED country-months: every month of the file's years for each country with an event. */
function zeroFill(rows: CountryMonthDeaths[]): CountryMonthDeaths[] {
  if (rows.length === 0) return rows;
  // a loop, not a spread into Math.min: the years of a large GED file would overflow the call stack
  let y0 = Number.POSITIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    if (r.year < y0) y0 = r.year;
    if (r.year > y1) y1 = r.year;
  }
  const have = new Set(rows.map((r) => `${r.gwno} ${monthIndex(r.year, r.month)}`));
  const out = [...rows];
  for (const g of new Set(rows.map((r) => r.gwno)))
    for (let y = y0; y <= y1; y++)
      for (let m = 1; m <= 12; m++)
        if (!have.has(`${g} ${monthIndex(y, m)}`))
          out.push({ gwno: g, year: y, month: m, best: 0, low: 0, high: 0 });
  return out;
}

/** The battle deaths: GED events summed to country-months (zero-filled), or a ViEWS country-month file. */
async function readDeaths(
  values: Map<string, string>,
  attribution: GedAttribution,
  log: string[],
): Promise<CountryMonthDeaths[]> {
  if (!values.has('--ged')) {
    const f = need(values, '--deaths');
    const deaths = importViewsCountryMonths(readFileSync(f, 'utf8'), { file: f });
    log.push(`${f}: ${deaths.length} country-months`);
    return deaths;
  }
  const ged = need(values, '--ged');
  const r = await importGedEvents(createReadStream(ged), { file: ged, by: 'country', attribution });
  log.push(
    `${ged}: ${r.rowsRead} events read, ${r.eventsUsed} state-based used (${attribution} attribution)`,
  );
  for (const e of r.exclusions)
    log.push(`  left out: ${e.count} events, ${e.reason} (e.g. ${e.examples.slice(0, 3).join(', ')})`);
  return zeroFill(countryMonthsFromGed(r.months));
}

/** Non-UN mission-months: a folder of missions and strength points (interpolated), or a mission-month CSV. */
function readNonUn(nonunPath: string, until: string): NonUnMissionMonth[] {
  if (!statSync(nonunPath).isDirectory())
    return importMissionMonthCsv(readFileSync(nonunPath, 'utf8'), {
      file: nonunPath,
      resolveHost: (name) => byName.get(name.toLowerCase()),
    });
  const mf = join(nonunPath, 'missions.csv');
  const pf = join(nonunPath, 'strength_points.csv');
  if (!existsSync(mf)) throw messages.fileNotFound(mf);
  if (!existsSync(pf)) throw messages.fileNotFound(pf);
  const missions = importNonUnMissions(readFileSync(mf, 'utf8'), { file: mf });
  const points = importStrengthPoints(readFileSync(pf, 'utf8'), { file: pf, missions });
  return nonUnMissionMonths(missions, points, { until });
}

/** Writes the panel as CSV, or as dataset JSON named after the file, citing the input files. */
function writePanel(table: Table, out: string, o: { from: string; to: string; sources: string }): void {
  const format = extname(out).toLowerCase();
  if (format === '.csv') {
    writeOutput(out, formatCsv(table));
    return;
  }
  const json = datasetFromTable(table, {
    id: basename(out, format),
    version: '1',
    title: `Country-month panel ${o.from} to ${o.to} built with peacepanel build-panel`,
    source: o.sources,
    caveat: 'Built from the files named in source; see the africa-cm DATASHEET for the rules.',
  });
  writeOutput(out, `${JSON.stringify(json)}\n`);
}

/** \`peacepanel build-panel\`: the country-month panel from official source files. */
export const buildPanelCommand: Command = {
  name: 'build-panel',
  summary: 'build the country-month panel from GED/ACD/Kathman/non-UN files',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = readFlags('build-panel', argv, { values: [...FLAGS] });
    if (isConflictUnit(values)) return runConflictUnit(values, io);
    if (values.has('--ged') === values.has('--deaths'))
      throw messages.badOption('build-panel', '', 'given exactly one of --ged FILE or --deaths FILE');
    const acdFile = need(values, '--acd');
    const unFile = need(values, '--un');
    const nonunPath = need(values, '--nonun');
    const out = need(values, '--out');
    const outFormat = extname(out).toLowerCase();
    if (outFormat !== '.csv' && outFormat !== '.json')
      throw messages.badOption('--out', out, 'a .csv or .json file name');
    const from = month(values, '--from', '1993-01');
    const to = month(values, '--to', '2019-12');
    if (from > to) throw messages.badOption('--from', from, `a month before --to ${to}`);
    checkWritableFile(out);
    const attribution = GedAttributionSchema.safeParse(values.get('--attribution') ?? 'split');
    if (!attribution.success)
      throw messages.badOption('--attribution', values.get('--attribution') ?? '', 'split, start or end');

    const log: string[] = [];
    const deaths = await readDeaths(values, attribution.data, log);
    const acd = importAcd(readFileSync(acdFile, 'utf8'), { file: acdFile });
    const un = importKathman(readFileSync(unFile, 'utf8'), { file: unFile });
    for (const e of un.exclusions) log.push(`${unFile}: left out ${e.count} rows, ${e.reason}`);
    const nonun = readNonUn(nonunPath, to);
    const { table, notes } = buildCountryMonthPanel({
      deaths,
      absentDeaths: 'missing',
      acd: acd.months,
      un: un.months,
      nonun,
      from,
      to,
    });
    if (table.n === 0)
      throw messages.noData(
        undefined,
        `no country-month from ${from} to ${to} has an active conflict or a mission in the input files: nothing to write`,
      );
    const sources = [values.get('--ged') ?? values.get('--deaths'), acdFile, unFile, nonunPath].join('; ');
    writePanel(table, out, { from, to, sources });
    for (const n of notes) log.push(n);
    log.push(`wrote ${table.n} country-months (${from} to ${to}) to ${out}`);
    io.out(log.join('\n'));
    return 0;
  },
};
