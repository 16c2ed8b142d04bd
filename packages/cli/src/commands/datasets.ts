import { messages } from '@peacepanel/core';
import type { CliIo, Command } from '../command.js';
import { datasetsDir, listDatasetIds, readDatasetJson } from '../dataset-files.js';
import { readFlags } from '../flags.js';

const USAGE = `Usage: peacepanel datasets [--json] [--data-dir DIR]

Lists the bundled datasets: id, version, rows, title, licence and coverage caveat.

Options:
  --data-dir DIR  where the datasets are (default: @peacepanel/data's datasets/)
  --json          print one JSON array`;

/** `peacepanel datasets`: lists the bundled datasets. */
export const datasetsCommand: Command = {
  name: 'datasets',
  summary: 'list the bundled datasets (id, version, rows, licence)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, booleans } = readFlags('datasets', argv, {
      values: ['--data-dir'],
      booleans: ['--json'],
    });
    const dir = datasetsDir(values.get('--data-dir'));
    const ids = listDatasetIds(dir);
    if (ids.length === 0) throw messages.noDatasets(dir);
    const list = ids.map((id) => {
      const d = readDatasetJson(id, dir);
      return {
        id: d.id,
        version: d.version,
        rows: d.n ?? d.columns[0]?.values.length ?? 0,
        columns: d.columns.length,
        title: d.title,
        license: d.license ?? '',
        caveat: d.caveat,
      };
    });
    if (booleans.has('--json')) {
      io.out(JSON.stringify(list, null, 2));
      return 0;
    }
    let w = 0;
    for (const d of list) w = Math.max(w, d.id.length);
    for (const d of list) {
      io.out(`${d.id.padEnd(w)}  v${d.version}  ${String(d.rows).padStart(6)} rows  ${d.title}`);
      io.out(`${' '.repeat(w)}  licence: ${d.license}`);
      io.out(`${' '.repeat(w)}  caveat: ${d.caveat}`);
    }
    return 0;
  },
};
