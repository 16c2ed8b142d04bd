import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CsvDialect,
  type DatasetJson,
  DatasetJsonSchema,
  type DecodedText,
  decodeText,
  messages,
  parsePanelCsv,
  type Table,
  tableFromDataset,
} from '@peacepanel/core';

/**
 * The folder holding the bundled datasets: an explicit `--data-dir`, an installed `@peacepanel/data`
 * (resolved with `createRequire`), or the monorepo's `packages/data/datasets/` relative to this file
 * (core does not depend on @peacepanel/data at run time; data depends on core).
 * An explicit folder must exist and be a folder.
 * @throws PeacepanelError `FILE_NOT_FOUND` or `BAD_OPTION` for an explicit path that is not a folder.
 * @example datasetsDir(undefined).endsWith('/packages/data/datasets') // => true
 */
export function datasetsDir(explicit?: string): string {
  if (explicit) {
    const dir = resolve(explicit);
    if (!existsSync(dir)) throw messages.fileNotFound(explicit);
    if (!statSync(dir).isDirectory()) throw messages.notAFolder(explicit, 'dataset JSON files (<id>.json)');
    return dir;
  }
  try {
    const pkg = createRequire(import.meta.url).resolve('@peacepanel/data/package.json');
    return join(dirname(pkg), 'datasets');
  } catch {
    // not installed next to core: the monorepo layout (dist/ or src/ → packages/data)
  }
  return fileURLToPath(new URL('../../data/datasets/', import.meta.url));
}

/**
 * Ids of the datasets in a folder (`<id>.json`), `africa-cm` first.
 * @example listDatasetIds(datasetsDir()) // => ['africa-cm', 'africa-conflict-month', 'africa-conflict-month-1989-2011']
 */
export function listDatasetIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort((a, b) => (a === 'africa-cm' ? -1 : b === 'africa-cm' ? 1 : a.localeCompare(b)));
}

/**
 * Reads a bundled dataset by id (or a dataset JSON file by path) and validates it.
 * @throws PeacepanelError BAD_OPTION (unknown id, listing the known ones), FILE_NOT_FOUND, PARSE_ERROR.
 * @example readDatasetJson('africa-cm').n
 */
export function readDatasetJson(ref: string, dir = datasetsDir()): DatasetJson {
  const isFile = ref.endsWith('.json') || ref.includes('/');
  const file = isFile ? resolve(ref) : join(dir, `${ref}.json`);
  if (!existsSync(file)) {
    if (isFile) throw messages.fileNotFound(file);
    const ids = listDatasetIds(dir);
    throw messages.unknownDataset(ref, ids.length ? ids : [`none in ${dir}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw messages.parseError(
      { file },
      `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
      'use a dataset JSON written by @peacepanel/data or `peacepanel export --format json`',
    );
  }
  const parsed = DatasetJsonSchema.safeParse(json);
  if (!parsed.success)
    throw messages.parseError(
      { file },
      `not a peacepanel dataset (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`,
      'use a dataset JSON written by @peacepanel/data or `peacepanel export --format json`',
    );
  return parsed.data;
}

/**
 * Reads a user's input file as text, its encoding detected (UTF-8, UTF-16 with or without a BOM,
 * windows-1252; see `decodeText`).
 * @throws PeacepanelError `FILE_NOT_FOUND` for a missing path, `BAD_OPTION` for a directory, or
 * `FILE_NOT_FOUND` naming the system's reason when the file cannot be read (permissions).
 * @example readUserFile(new URL('../../core/test/fixtures/quine.csv', import.meta.url).pathname).encoding // => 'UTF-8'
 */
export function readUserFile(file: string): DecodedText {
  checkInputFile(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw messages.cannotRead(file, ioReason(e));
  }
  return decodeText(bytes, file);
}

/**
 * Checks that an input path names a readable file (not a directory).
 * @throws PeacepanelError `FILE_NOT_FOUND`, or `BAD_OPTION` for a directory.
 * @example checkInputFile('no-such-panel.csv') // => throws 'file not found'
 */
export function checkInputFile(file: string): void {
  if (!existsSync(file)) throw messages.fileNotFound(file);
  if (statSync(file).isDirectory()) throw messages.isDirectory(file);
}

/** The system's reason for an I/O failure, in words (`EACCES: permission denied`). */
export function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ? `${err.code}: ${ioWords[err.code] ?? err.message}` : String(e);
}

const ioWords: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
};

/**
 * Loads a table from `--dataset ID` or `--data FILE` (a panel CSV, or a dataset JSON).
 * Returns the exclusions of the CSV import (rows without a unit or month).
 * @throws PeacepanelError FILE_NOT_FOUND, or any located error of `parsePanelCsv`.
 * @example loadTable({ dataset: 'africa-cm' }).table.n
 */
export function loadTable(source: { dataset?: string; data?: string; dataDir?: string }): {
  table: Table;
  label: string;
  /** The dataset id when a dataset JSON was read. */
  id?: string;
  exclusions: { reason: string; count: number; examples: string[] }[];
  /** How a CSV was read (null for dataset JSON). */
  dialect: CsvDialect | null;
} {
  if (source.dataset) {
    const d = readDatasetJson(source.dataset, datasetsDir(source.dataDir));
    return {
      table: tableFromDataset(d),
      label: `${d.id} v${d.version}`,
      id: d.id,
      exclusions: [],
      dialect: null,
    };
  }
  const file = source.data!;
  checkInputFile(file);
  if (extname(file).toLowerCase() === '.json') {
    const d = readDatasetJson(file);
    return {
      table: tableFromDataset(d),
      label: `${d.id} v${d.version}`,
      id: d.id,
      exclusions: [],
      dialect: null,
    };
  }
  const { text, encoding } = readUserFile(file);
  const r = parsePanelCsv(text, { file, encoding });
  return { table: r.table, label: file, exclusions: r.exclusions, dialect: r.dialect };
}
