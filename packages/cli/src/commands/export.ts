import {
  addPartnershipVariables,
  datasetFromTable,
  formatCsv,
  messages,
  tableFromDataset,
} from '@peacepanel/core';
import type { CliIo, Command } from '../command.js';
import { datasetsDir, readDatasetJson } from '../dataset-files.js';
import { readFlags } from '../flags.js';
import { checkWritableFile, writeOutput } from '../output-path.js';

const USAGE = `Usage: peacepanel export --dataset ID --format csv|json [--out FILE] [--derived]

Writes a bundled dataset as CSV (empty cell = missing) or as dataset JSON, to FILE or to standard output.

Options:
  --dataset ID     a dataset id (see \`peacepanel datasets\`) or a dataset JSON file
  --format F       csv or json
  --out FILE       write here instead of standard output
  --derived        add the model's lagged variables (un_troops_k_lag1, nonun_troops_k_lag1,
                   battle_deaths_lag1, conflict_duration) where the dataset lacks them (the
                   bundled datasets carry them, computed on the complete monthly series)
  --data-dir DIR   where the datasets are (default: @peacepanel/data's datasets/)`;

/** \`peacepanel export\`: a bundled dataset as CSV or JSON. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write a bundled dataset as CSV or JSON',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, booleans } = readFlags('export', argv, {
      values: ['--dataset', '--format', '--out', '--data-dir'],
      booleans: ['--derived'],
    });
    const id = values.get('--dataset');
    if (!id) throw messages.badOption('--dataset', '', 'given (e.g. --dataset africa-cm)');
    const format = values.get('--format') ?? '';
    if (format !== 'csv' && format !== 'json') throw messages.badOption('--format', format, 'csv or json');
    const out = values.get('--out');
    if (out) checkWritableFile(out);
    const json = readDatasetJson(id, datasetsDir(values.get('--data-dir')));
    let table = tableFromDataset(json);
    if (booleans.has('--derived')) table = addPartnershipVariables(table);
    const { columns: _c, n: _n, ...meta } = json;
    const text = format === 'csv' ? formatCsv(table) : `${JSON.stringify(datasetFromTable(table, meta))}\n`;
    if (out) {
      writeOutput(out, text);
      io.err(`wrote ${table.n} rows of ${json.id} v${json.version} to ${out}`);
    } else io.out(text);
    return 0;
  },
};
