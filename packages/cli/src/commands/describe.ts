import {
  type DatasetPartnerShares,
  type DeploymentCounts,
  datasetPartnerShares,
  describeDeployments,
  describeDialect,
  messages,
  type PartnerShare,
  type Table,
} from '@peacepanel/core';
import type { CliIo, Command } from '../command.js';
import { loadTable } from '../dataset-files.js';
import { readFlags } from '../flags.js';

const USAGE = `Usage: peacepanel describe --dataset ID | --data FILE [--json]

Describes a panel: rows, units, months, missing values, and (for country-month panels with un_troops
and nonun_missions_n) how UN and non-UN deployments
overlap: per year and overall, the UN deployment months (UN troops > 0), how many had a non-UN partner
(a non-UN mission present), and the months by type (none, UN only, non-UN only, both). The study
(Schumann & Bara 2023) reports about 44% for 1993-2019. The share is given for every definition of a
partner the columns allow (any non-UN mission present; a known non-UN troop figure under the strict and
filled rules), over all rows and inside the estimation sample of each declared model fitted on the
dataset (the main specification on africa-conflict-month, the country-month one on africa-cm).

Options:
  --dataset ID    a bundled dataset id (see \`peacepanel datasets\`) or a dataset JSON file
  --data FILE     a panel CSV (needs un_troops, nonun_missions_n or nonun_troops, year or ym);
                  encoding, separator and decimal mark are detected and stated ("read as …")
  --json          print one JSON object
  --data-dir DIR  where dataset ids are looked up`;

function missingCounts(table: Table): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, c] of Object.entries(table.columns)) {
    let k = 0;
    for (let i = 0; i < table.n; i++)
      if (c.kind === 'number' ? Number.isNaN(c.values[i]!) : c.values[i] === null) k += 1;
    if (k > 0) out[name] = k;
  }
  return out;
}

const pct = (x: number | null) => (x === null ? '  –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function line(label: string, c: DeploymentCounts): string {
  return `${label.padEnd(6)} ${String(c.months).padStart(6)} ${String(c.none).padStart(6)} ${String(c.unOnly).padStart(7)} ${String(c.nonunOnly).padStart(11)} ${String(c.both).padStart(6)} ${String(c.unknown).padStart(8)} ${String(c.unMonths).padStart(9)} ${pct(c.shareUnWithPartner)}`;
}

function shareLines(shares: PartnerShare[]): string[] {
  return shares.map(
    (s) =>
      `  ${pct(s.share).trim().padStart(6)}  ${String(s.withPartner).padStart(5)} of ${String(s.unMonths).padEnd(5)} ${s.label}${s.partnerFigureUnknown ? ` (${s.partnerFigureUnknown} UN months have a mission with no figure)` : ''}`,
  );
}

function partnerShareText(p: DatasetPartnerShares): string[] {
  const out = [
    '',
    `Share of UN deployment months (UN troops > 0) with a non-UN partner, by definition; the study reports about ${Math.round(p.paperShare * 100)}%:`,
    'all rows:',
    ...shareLines(p.all),
  ];
  for (const s of p.samples)
    if ('shares' in s)
      out.push(`estimation sample of ${s.label} (${s.rows} rows):`, shareLines(s.shares).join('\n'));
    else out.push(`estimation sample of ${s.label}: not available (${s.notAvailable})`);
  return out;
}

/** \`peacepanel describe\`: panel summary and UN / non-UN deployment overlap. */
export const describeCommand: Command = {
  name: 'describe',
  summary: 'summarise a panel and the overlap of UN and non-UN deployments',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, booleans } = readFlags('describe', argv, {
      values: ['--dataset', '--data', '--data-dir'],
      booleans: ['--json'],
    });
    const dataset = values.get('--dataset');
    const data = values.get('--data');
    if (!dataset === !data)
      throw messages.badOption(
        'describe',
        dataset ?? data ?? '',
        'given exactly one of --dataset ID or --data FILE',
      );
    const { table, label, id, exclusions, dialect } = loadTable({
      dataset,
      data,
      dataDir: values.get('--data-dir'),
    });
    // the overlap needs UN troops and non-UN presence; other panels get the summary only
    const hasDeployments =
      table.columns.un_troops?.kind === 'number' &&
      (table.columns.nonun_missions_n?.kind === 'number' || table.columns.nonun_troops?.kind === 'number') &&
      table.columns.year?.kind === 'number';
    const d = hasDeployments ? describeDeployments(table) : null;
    const shares = hasDeployments && table.columns.un_troops ? datasetPartnerShares(table, id) : null;
    const unitCol = table.columns.conflict_id ?? table.columns.country;
    const units = unitCol ? new Set<unknown>(unitCol.values).size : null;
    const ym = table.columns.ym;
    const months = ym?.kind === 'string' ? ym.values.filter((v): v is string => v !== null).sort() : [];
    const summary = {
      source: label,
      rows: table.n,
      units,
      from: months[0] ?? null,
      to: months.at(-1) ?? null,
      missing: missingCounts(table),
      exclusions,
      read: dialect ? describeDialect(dialect) : null,
      deployments: d,
      partnerShares: shares,
    };
    if (booleans.has('--json')) {
      io.out(JSON.stringify(summary, null, 2));
      return 0;
    }
    const out: string[] = [
      `${label}: ${table.n} rows${units !== null ? `, ${units} units` : ''}${summary.from ? `, ${summary.from} to ${summary.to}` : ''}`,
    ];
    if (summary.read) out.push(`read as ${summary.read}`);
    const miss = Object.entries(summary.missing);
    out.push(
      miss.length ? `missing values: ${miss.map(([k, v]) => `${k} ${v}`).join(', ')}` : 'no missing values',
    );
    for (const e of exclusions)
      out.push(`left out: ${e.count} rows, ${e.reason} (e.g. ${e.examples.slice(0, 3).join(', ')})`);
    if (!d) {
      out.push(
        '',
        'No deployment overlap: the table lacks un_troops, nonun_missions_n (or nonun_troops) or year.',
      );
      io.out(out.join('\n'));
      return 0;
    }
    out.push(
      '',
      'UN deployment months with a non-UN partner (UN troops > 0; partner = a non-UN mission present):',
    );
    out.push('year   months   none UN only non-UN only   both  unknown UN months  share');
    for (const y of d.byYear) out.push(line(String(y.year), y));
    out.push(line('all', d.overall));
    out.push(
      '',
      `Share of UN deployment months with a non-UN partner: ${pct(d.overall.shareUnWithPartner).trim()} (${d.overall.unWithPartner} of ${d.overall.unMonths}); the study reports about ${Math.round(d.paperShare * 100)}% for African conflict-months 1993-2019 (see the dataset's DATASHEET for why they differ).`,
    );
    if (shares) out.push(partnerShareText(shares).join('\n'));
    io.out(out.join('\n'));
    return 0;
  },
};
