import { describeDelimiter, truncate } from './format-helpers.js';
import { type ErrorLocation, PeacepanelError } from './peacepanel-error.js';

/** Message builders: Data import (io/, panel/). Add new ones here rather than writing messages inline. */
export const dataImportMessages = {
  parseError: (loc: ErrorLocation, detail: string, fix: string) =>
    new PeacepanelError('PARSE_ERROR', detail, { location: loc, fix }),
  wrongDelimiter: (file: string | undefined, found: string, expected: string) =>
    new PeacepanelError(
      'PARSE_ERROR',
      `the header has one column but contains ${describeDelimiter(found)}s: the file looks ${describeDelimiter(found)}-separated, not ${describeDelimiter(expected)}-separated`,
      {
        location: { file, line: 1 },
        fix: `save the file as comma-separated CSV, or read it with the automatic separator detection (every peacepanel reader of user files does)`,
      },
    ),
  fieldCount: (loc: ErrorLocation, got: number, expected: number) =>
    got < expected
      ? new PeacepanelError(
          'PARSE_ERROR',
          `row has ${got} field${got === 1 ? '' : 's'} but the header has ${expected}: the row is truncated`,
          {
            location: loc,
            fix: 'complete the row (empty cells are fine for missing values) or re-export the file',
          },
        )
      : new PeacepanelError(
          'PARSE_ERROR',
          `row has ${got} fields but the header has ${expected}: a value contains an unquoted delimiter, or the delimiter is wrong`,
          { location: loc, fix: 'quote values that contain the delimiter ("a, b") or check the delimiter' },
        ),
  duplicateColumn: (file: string | undefined, column: string, first: number, second: number) =>
    new PeacepanelError(
      'PARSE_ERROR',
      `column "${column}" appears twice in the header (columns ${first} and ${second})`,
      { location: { file, line: 1, column }, fix: 'rename or remove one of the two columns' },
    ),
  numberConvention: (loc: ErrorLocation, value: string, dialect: { delimiter: string; decimal: string }) =>
    new PeacepanelError(
      'BAD_VALUE',
      `value "${truncate(value)}" looks like a number but is not one as this file writes numbers (${describeDelimiter(dialect.delimiter)}-separated, decimal ${dialect.decimal === ',' ? 'comma' : 'point'})`,
      {
        location: loc,
        fix:
          dialect.decimal === '.'
            ? 'write numbers with a decimal point (0.3, 1500 or "1,500"), or save the file semicolon-separated with decimal commas (as R write.csv2); values must be finite'
            : 'write numbers with a decimal comma (0,3) throughout, or save the file comma-separated with decimal points; values must be finite',
      },
    ),
  looksUtf16: (file: string | undefined, line: number) =>
    new PeacepanelError(
      'PARSE_ERROR',
      'the text contains NUL characters: the file is UTF-16 (or binary) but was read as UTF-8',
      {
        location: { file, line },
        fix: 'save the file as CSV UTF-8 (in Excel: "CSV UTF-8 (comma delimited)"), or pass its bytes so the encoding is detected',
      },
    ),
  badEncoding: (file: string | undefined, encoding: string) =>
    new PeacepanelError('PARSE_ERROR', `the file starts like ${encoding} text but is not valid ${encoding}`, {
      location: { file },
      fix: 'save the file as CSV UTF-8 and try again',
    }),
  binaryFile: (file: string | undefined) =>
    new PeacepanelError('PARSE_ERROR', 'the file is not text (it holds zero bytes): not a CSV file', {
      location: { file },
      fix: 'export the data as CSV (comma- or semicolon-separated text), not as a spreadsheet or archive',
    }),
  unterminatedQuote: (loc: ErrorLocation) =>
    new PeacepanelError(
      'PARSE_ERROR',
      'a quoted field starting here is never closed: the file is truncated',
      {
        location: loc,
        fix: 'close the quote ("…") or re-export the complete file',
      },
    ),
  duplicateKey: (loc: ErrorLocation, key: string, firstLine: number) =>
    new PeacepanelError('DUPLICATE_KEY', `duplicate unit-month ${key} (first seen on line ${firstLine})`, {
      location: loc,
      fix: 'keep one row per unit and month, or aggregate the duplicates before importing',
    }),
  outOfRange: (loc: ErrorLocation, value: string, range: string) =>
    new PeacepanelError('OUT_OF_RANGE', `value "${truncate(value)}" is out of range (${range})`, {
      location: loc,
      fix: `correct the value to lie in ${range}`,
    }),
  noData: (file: string | undefined, detail: string) =>
    new PeacepanelError('NO_DATA', detail, {
      location: { file },
      fix: 'check that the file is the right one and not empty',
    }),
  noDatasets: (dir: string) =>
    new PeacepanelError('NO_DATA', 'no dataset JSON files (<id>.json) in this folder', {
      location: { file: dir },
      fix: 'point --data-dir at a folder of dataset JSON files, e.g. packages/data/datasets',
    }),
  unknownDataset: (id: string, known: readonly string[]) =>
    new PeacepanelError('BAD_OPTION', `unknown dataset "${id}" (known: ${known.join(', ')})`, {
      fix: 'run `peacepanel datasets` for the list',
    }),
} as const;
