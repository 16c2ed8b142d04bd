import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { specificationCurveSvg } from '@peacepanel/charts';
import {
  expandGrid,
  messages,
  multiverseCsv,
  multiverseJson,
  multiverseResult,
  multiverseSummaryText,
  type OnlyOptions,
  parseOnly,
  QUANTITIES,
  runMultiverse,
  specificationCurve,
  type Table,
  UNIT_DATASETS,
} from '@peacepanel/core';
import type { CliIo, Command } from '../command.js';
import { datasetsDir, listDatasetIds, loadTable } from '../dataset-files.js';
import { readFlags } from '../flags.js';

const USAGE = `Usage: peacepanel multiverse [--dataset ID] [--only choice=option,...] [--out DIR] [--json]

Fits every defensible specification of the partnership model (the declared grid: unit, sample,
non-UN measure, past violence, controls, fixed effects, inference, model; combinations that make no
sense are excluded by declared rules) and prints the summary: for the UN-troops coefficient, the
UN × non-UN interaction and the partnership effect, the median estimate, the share with the study's
sign and the share of those that are significant, and the choice that moves each most. A fit that
fails is kept as a row with its reason. Same grid and data, same bytes.

Options:
  --dataset ID      only the unit whose dataset is ID (africa-cm: country-month;
                    africa-conflict-month: conflict-month)
  --only LIST       keep some options, e.g. model=nb2,fixedEffects=none,fixedEffects=unit
                    (choices: unit, sample, nonun, pastViolence, controls, fixedEffects, inference, model)
  --out DIR         write multiverse.csv, multiverse.json, summary.txt and curve-<quantity>.svg there
  --json            print the whole result (grid, rules, rows, summary) as JSON
  --data-dir DIR    where dataset ids are looked up`;

/** \`peacepanel multiverse\`: the specification curve of the partnership model. */
export const multiverseCommand: Command = {
  name: 'multiverse',
  summary: 'fit every defensible specification and summarise the specification curve',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, booleans } = readFlags('multiverse', argv, {
      values: ['--dataset', '--only', '--out', '--data-dir'],
      booleans: ['--json'],
    });
    const only: OnlyOptions = values.has('--only') ? parseOnly(values.get('--only') as string) : {};
    const dataset = values.get('--dataset');
    if (dataset !== undefined) {
      const unit = Object.entries(UNIT_DATASETS).find(([, d]) => d.dataset === dataset)?.[0];
      if (!unit)
        throw messages.badOption(
          '--dataset',
          dataset,
          `a dataset of the grid: ${Object.values(UNIT_DATASETS)
            .map((d) => d.dataset)
            .join(', ')}`,
        );
      only.unit = (only.unit ?? [unit]).filter((u) => u === unit);
    }
    const expanded = expandGrid(only);
    io.err(
      `${expanded.specs.length} specifications to fit (${expanded.combinations} combinations, ${expanded.combinations - expanded.specs.length} excluded by the declared rules)`,
    );
    const dir = datasetsDir(values.get('--data-dir'));
    const known = listDatasetIds(dir);
    const tables: Record<string, Table> = {};
    const labels: Record<string, string> = {};
    for (const id of new Set(expanded.specs.map((s) => UNIT_DATASETS[s.choices.unit]?.dataset ?? ''))) {
      if (!known.includes(id)) continue; // its rows fail with "unknown dataset", listed in the summary
      const t = loadTable({ dataset: id, dataDir: values.get('--data-dir') });
      tables[id] = t.table;
      labels[id] = t.label;
    }
    let last = 0;
    const rows = runMultiverse(expanded.specs, tables, {
      onProgress: (p) => {
        if (p.done === p.total || p.done - last >= 50) {
          last = p.done;
          io.err(`  ${p.done}/${p.total} fitted (${p.failed} failed)`);
        }
      },
    });
    const result = multiverseResult(expanded, rows, labels);
    const text = multiverseSummaryText(result).join('\n');
    const out = values.get('--out');
    if (out) {
      const target = resolve(out);
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, 'multiverse.csv'), multiverseCsv(rows));
      writeFileSync(join(target, 'multiverse.json'), multiverseJson(result));
      writeFileSync(join(target, 'summary.txt'), `${text}\n`);
      for (const q of QUANTITIES) {
        const curve = specificationCurve(result, q);
        writeFileSync(join(target, `curve-${q}.svg`), specificationCurveSvg(curve, curve.label));
      }
      io.err(`wrote multiverse.csv, multiverse.json, summary.txt and 3 curves to ${target}`);
    }
    io.out(booleans.has('--json') ? multiverseJson(result) : text);
    return 0;
  },
};
