/**
 * Output paths of the CLI: checked before any computation (so a long run never loses its work to a
 * typo in `--out`), and written with I/O failures reported as one-line user errors.
 */
import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { messages } from '@peacepanel/core';
import { ioReason } from './dataset-files.js';

/**
 * Checks that a file can be written at `path`: not a directory, in an existing folder that may be
 * written to. Creates nothing (a probe file is removed at once).
 * @throws PeacepanelError `BAD_OPTION` naming the path and the reason.
 * @example checkWritableFile('no-such-folder/panel.csv') // => throws 'does not exist'
 */
export function checkWritableFile(path: string): void {
  const file = resolve(path);
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw messages.cannotWrite(path, 'it is a directory; name a file');
    try {
      accessSync(file, constants.W_OK);
    } catch (e) {
      throw messages.cannotWrite(path, ioReason(e));
    }
    return;
  }
  const folder = dirname(file);
  if (!existsSync(folder)) throw messages.cannotWrite(path, `the folder ${dirname(path)} does not exist`);
  if (!statSync(folder).isDirectory()) throw messages.cannotWrite(path, `${dirname(path)} is not a folder`);
  probe(folder, path);
}

/**
 * Checks that files can be written in folder `path`, creating it (and its parents) if needed.
 * @throws PeacepanelError `BAD_OPTION` naming the path and the reason.
 * @example checkWritableFolder('replication')
 */
export function checkWritableFolder(path: string): void {
  const folder = resolve(path);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw messages.cannotWrite(path, 'it is a file, not a folder');
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw messages.cannotWrite(path, ioReason(e));
  }
  probe(folder, path);
}

/** Writes and removes a probe file in `folder`: the only portable test of write permission. */
function probe(folder: string, shown: string): void {
  const file = join(folder, `.peacepanel-write-test-${process.pid}`);
  try {
    writeFileSync(file, '');
  } catch (e) {
    throw messages.cannotWrite(shown, ioReason(e));
  }
  rmSync(file, { force: true });
}

/**
 * Writes `text` to `path`; a failure (full device, permissions) is a one-line user error.
 * @throws PeacepanelError `BAD_OPTION` naming the path and the system's reason.
 * @example // types-only: writes panel.csv
 * writeOutput('panel.csv', formatCsv(tableFromRows([{ y: 1 }])));
 */
export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw messages.cannotWrite(path, ioReason(e));
  }
}
