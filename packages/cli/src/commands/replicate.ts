import { join, resolve } from 'node:path';
import {
  COUNTRY_MONTH_SPECIFICATION,
  expandGrid,
  MAIN_DATASET_ID,
  messages,
  multiverseResult,
  runMultiverse,
  tableFromDataset,
} from '@peacepanel/core';
import type { CliIo, Command } from '../command.js';
import { datasetsDir, readDatasetJson } from '../dataset-files.js';
import { readFlags } from '../flags.js';
import { checkWritableFolder, writeOutput } from '../output-path.js';
import { defaultToolkit } from '../replicate/default-toolkit.js';
import { multiverseReportSection } from '../replicate/multiverse-section.js';
import { DEFAULT_REPS, DEFAULT_SEED, replicate } from '../replicate/replicate.js';
import { renderReport } from '../replicate/report.js';

/** The conflict-month dataset used for the HKS check and the regional-mission robustness row. */
export const CONFLICT_MONTH_DATASET = 'africa-conflict-month-1989-2011';

const USAGE = `Usage: peacepanel replicate [options]

Re-estimates the claims of Schumann & Bara (ISQ 2023) on the bundled data with the declared main
specification (conflict-months in active wars, 1993-2018; see MAIN_SPECIFICATION) and writes report.md,
numbers.json (every number of the report), headline.md and SVG figures.

Options:
  --dataset ID|FILE           the main specification's dataset (default ${MAIN_DATASET_ID})
  --country-month-dataset ID|FILE
                              country-month panel for the former specification's robustness row and the
                              descriptives (default ${COUNTRY_MONTH_SPECIFICATION.dataset}; "none" to skip)
  --conflict-dataset ID|FILE  conflict-month data for the HKS check (default ${CONFLICT_MONTH_DATASET}; "none" to skip)
  --data-dir DIR              where dataset ids are looked up (default: @peacepanel/data's datasets/)
  --out DIR                   output folder (default replication)
  --seed N                    bootstrap seed (default ${DEFAULT_SEED})
  --reps N                    bootstrap replications (default ${DEFAULT_REPS}; 0 skips the bootstrap)
  --multiverse                also fit every specification of the multiverse grid on the main and the
                              country-month datasets (slow: about a thousand fits) and add its section and
                              specification curves (see \`peacepanel multiverse\`)`;

interface Args {
  dataset: string;
  countryMonthDataset: string;
  conflictDataset: string;
  dataDir: string | undefined;
  out: string;
  seed: number;
  reps: number;
  multiverse: boolean;
}

function nonNegativeInt(option: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(n))
    throw messages.badOption(option, value ?? '', 'a whole number ≥ 0');
  return n;
}

function parseArgs(argv: string[]): Args {
  const { values, booleans } = readFlags('replicate', argv, {
    values: [
      '--dataset',
      '--country-month-dataset',
      '--conflict-dataset',
      '--data-dir',
      '--out',
      '--seed',
      '--reps',
    ],
    booleans: ['--multiverse'],
  });
  const seed = values.get('--seed');
  const reps = values.get('--reps');
  return {
    dataset: values.get('--dataset') ?? MAIN_DATASET_ID,
    countryMonthDataset: values.get('--country-month-dataset') ?? COUNTRY_MONTH_SPECIFICATION.dataset,
    conflictDataset: values.get('--conflict-dataset') ?? CONFLICT_MONTH_DATASET,
    dataDir: values.get('--data-dir'),
    out: values.get('--out') ?? 'replication',
    seed: seed === undefined ? DEFAULT_SEED : nonNegativeInt('--seed', seed),
    reps: reps === undefined ? DEFAULT_REPS : nonNegativeInt('--reps', reps),
    multiverse: booleans.has('--multiverse'),
  };
}

/** `peacepanel replicate`: writes the replication report, its numbers and figures. */
export const replicateCommand: Command = {
  name: 'replicate',
  summary: 're-estimate the study on the bundled data: report.md, numbers.json, figures',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv);
    const out = resolve(args.out);
    checkWritableFolder(args.out); // before the computation, so no run loses its work to a bad --out
    const dir = datasetsDir(args.dataDir);
    const dataset = readDatasetJson(args.dataset, dir);
    const conflictDataset =
      args.conflictDataset === 'none' ? null : readDatasetJson(args.conflictDataset, dir);
    const countryMonthDataset =
      args.countryMonthDataset === 'none' ? null : readDatasetJson(args.countryMonthDataset, dir);
    io.out(
      `replicating on ${[dataset, countryMonthDataset, conflictDataset].flatMap((d) => (d ? [d.id] : [])).join(', ')} (seed ${args.seed}, ${args.reps} bootstrap replications)…`,
    );
    const started = Date.now();
    const result = replicate({
      dataset,
      countryMonthDataset,
      conflictDataset,
      seed: args.seed,
      reps: args.reps,
      toolkit: defaultToolkit(),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    writeOutput(join(out, 'numbers.json'), `${JSON.stringify(result.numbers, null, 2)}\n`);
    let report = result.report;
    if (args.multiverse) {
      const expanded = expandGrid();
      const tables = Object.fromEntries(
        [dataset, countryMonthDataset].flatMap((d) => (d ? [[d.id, tableFromDataset(d)]] : [])),
      );
      const labels = Object.fromEntries(
        [dataset, countryMonthDataset].flatMap((d) => (d ? [[d.id, `${d.id} v${d.version}`]] : [])),
      );
      io.out(`fitting ${expanded.specs.length} specifications of the multiverse…`);
      const section = multiverseReportSection(
        multiverseResult(expanded, runMultiverse(expanded.specs, tables), labels),
      );
      report = renderReport(result.numbers, [section.markdown]);
      for (const f of section.figures) writeOutput(join(out, f.file), f.svg);
    }
    writeOutput(join(out, 'report.md'), report);
    writeOutput(join(out, 'headline.md'), `${result.headline}\n`);
    for (const f of result.figures) writeOutput(join(out, f.file), f.svg);
    for (const c of result.numbers.claims) io.out(`${c.verdict.padEnd(14)}  ${c.claim}`);
    io.out(
      `computed in ${seconds} s; wrote ${join(out, 'report.md')}, numbers.json, headline.md and ${result.figures.length} figures`,
    );
    return 0;
  },
};
