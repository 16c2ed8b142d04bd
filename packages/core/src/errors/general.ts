import { truncate } from './format-helpers.js';
import { type ErrorLocation, PeacepanelError } from './peacepanel-error.js';

/** Message builders: Command line, files and the model specification (cli/, model/). Add new ones here rather than writing messages inline. */
export const cliModelMessages = {
  unknownCommand: (cmd: string) =>
    new PeacepanelError('UNKNOWN_COMMAND', `unknown command "${cmd}"`, {
      fix: 'run `peacepanel --help` for the list',
    }),
  fileNotFound: (file: string) =>
    new PeacepanelError('FILE_NOT_FOUND', 'file not found', { location: { file }, fix: 'check the path' }),
  isDirectory: (path: string) =>
    new PeacepanelError('BAD_OPTION', 'is a directory, not a file', {
      location: { file: path },
      fix: 'name a file inside it',
    }),
  notAFolder: (path: string, what: string) =>
    new PeacepanelError('BAD_OPTION', `is a file, not a folder`, {
      location: { file: path },
      fix: `name a folder holding ${what}`,
    }),
  cannotRead: (file: string, reason: string) =>
    new PeacepanelError('FILE_NOT_FOUND', `cannot read the file (${reason})`, {
      location: { file },
      fix: 'check that the file exists and that you may read it',
    }),
  ioFailure: (path: string, operation: string, reason: string) =>
    new PeacepanelError('FILE_NOT_FOUND', `cannot ${operation} (${reason})`, {
      location: { file: path || undefined },
      fix: 'check the path and its permissions',
    }),
  cannotWrite: (file: string, reason: string) =>
    new PeacepanelError('BAD_OPTION', `cannot write the output (${reason})`, {
      location: { file },
      fix: 'choose a path in an existing folder you may write to, with space left on the device',
    }),
  missingColumn: (file: string | undefined, column: string, available: readonly string[]) =>
    new PeacepanelError(
      'MISSING_COLUMN',
      `no column "${column}" (columns: ${available.slice(0, 20).join(', ')})`,
      {
        location: { file, column },
        fix: 'rename the column in the file or name an existing one',
      },
    ),
  missingColumns: (
    file: string | undefined,
    missing: readonly string[],
    available: readonly string[],
    purpose: string,
  ) =>
    new PeacepanelError(
      'MISSING_COLUMN',
      `${purpose} need the column${missing.length === 1 ? '' : 's'} ${missing.map((m) => `"${m}"`).join(', ')}, which the file lacks (its columns: ${available.slice(0, 20).join(', ')}${available.length > 20 ? ', …' : ''})`,
      {
        location: { file, line: 1, column: missing[0] },
        fix: 'add or rename the columns (a panel needs one row per country and month: country, ym or year + month, battle_deaths, un_troops, nonun_troops)',
      },
    ),
  badValue: (loc: ErrorLocation, value: string, expected: string) =>
    new PeacepanelError('BAD_VALUE', `value "${truncate(value)}" is not ${expected}`, {
      location: loc,
      fix: `write ${expected} or leave the cell empty for missing`,
    }),
  badOption: (option: string, value: string, expected: string) =>
    new PeacepanelError('BAD_OPTION', `option ${option}: "${truncate(value)}" is not ${expected}`),
  unknownOption: (command: string, option: string) =>
    new PeacepanelError('BAD_OPTION', `unknown option "${truncate(option)}" for peacepanel ${command}`, {
      fix: `run \`peacepanel ${command} --help\` for its options`,
    }),
  badColumnMapping: (path: string, detail: string) =>
    new PeacepanelError('BAD_OPTION', `column mapping: ${path || 'value'}: ${detail}`, {
      fix: 'give column names as text, e.g. { unit: "iso3", regressors: { un_troops: "UN_troops_total" } }',
    }),
  badFormula: (formula: string, detail: string, position?: number) =>
    new PeacepanelError(
      'BAD_FORMULA',
      `cannot read formula "${formula}": ${detail}${position !== undefined ? ` (at character ${position + 1})` : ''}`,
      { fix: 'write it as in R, e.g. "deaths ~ un_troops * nonun_troops + log1p(lag(deaths, 1))"' },
    ),
  badSubset: (subset: string, detail: string, position?: number) =>
    new PeacepanelError(
      'BAD_SPEC',
      `cannot read subset "${subset}": ${detail}${position !== undefined ? ` (at character ${position + 1})` : ''}`,
      {
        fix: 'write it as in R, e.g. "year >= 1993 & year <= 2018" (comparisons == != < <= > >=, &, |, !, quoted text)',
      },
    ),
  unknownSubsetColumn: (subset: string, column: string, available: readonly string[]) =>
    new PeacepanelError(
      'BAD_SPEC',
      `subset "${subset}" reads column "${column}", which the data do not have (columns: ${available.slice(0, 40).join(', ')}${available.length > 40 ? ', …' : ''})`,
      { location: { column }, fix: 'name an existing column in the subset' },
    ),
} as const;
