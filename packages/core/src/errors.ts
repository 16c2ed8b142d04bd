/**
 * Every error code and message of peacepanel lives here, so wording stays consistent and the CLI,
 * the worker and the widget can show them alike. A `PeacepanelError` is a user-facing error: it
 * names what is wrong, where (file, row, column) and how to fix it. Programming errors stay plain
 * `Error`s.
 *
 * Pattern after vega-lite's `src/log/message.ts`: messages are functions of their data.
 */

/** Where in an input a problem sits. Rows are 1-based data rows (the header is row 0)... */
export interface ErrorLocation {
  file?: string;
  /** 1-based line number in the file (the header is line 1). */
  line?: number;
  column?: string;
}

/** The stable error codes. Scripts may switch on them. */
export type ErrorCode =
  | 'FILE_NOT_FOUND'
  | 'PARSE_ERROR'
  | 'MISSING_COLUMN'
  | 'BAD_VALUE'
  | 'DUPLICATE_KEY'
  | 'OUT_OF_RANGE'
  | 'BAD_FORMULA'
  | 'BAD_SPEC'
  | 'BAD_OPTION'
  | 'BAD_HYPOTHESIS'
  | 'UNKNOWN_COMMAND'
  | 'NO_DATA'
  | 'NUMERICAL'
  | 'CANCELLED'
  | 'WORKER_CRASHED';

/** A user-facing error with a code, a location and a fix. */
export class PeacepanelError extends Error {
  override readonly name = 'PeacepanelError';
  readonly code: ErrorCode;
  readonly location: ErrorLocation | undefined;
  readonly fix: string | undefined;

  constructor(code: ErrorCode, message: string, options: { location?: ErrorLocation; fix?: string } = {}) {
    super(message);
    this.code = code;
    this.location = options.location;
    this.fix = options.fix;
  }

  /** One line: `file:line, column "c": message. Fix: …`. */
  override toString(): string {
    return formatError(this);
  }
}

/**
 * Formats a user-facing error on one line, location first.
 * @example formatError(new PeacepanelError('MISSING_COLUMN', 'no column "deaths"', { location: { file: 'a.csv' } }))
 * // 'a.csv: no column "deaths"'
 */
export function formatError(e: PeacepanelError): string {
  const where: string[] = [];
  if (e.location?.file)
    where.push(e.location.file + (e.location.line !== undefined ? `:${e.location.line}` : ''));
  else if (e.location?.line !== undefined) where.push(`line ${e.location.line}`);
  if (e.location?.column) where.push(`column "${e.location.column}"`);
  const head = where.length ? `${where.join(', ')}: ` : '';
  return `${head}${e.message}${e.fix ? `. Fix: ${e.fix}` : ''}`;
}

/** True for errors caused by the user's input (shown without a stack trace). */
export function isUserError(e: unknown): e is PeacepanelError {
  return e instanceof PeacepanelError;
}

/** Message builders. Add new ones here rather than writing messages inline. */
export const messages = {
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
  // --- data import (io/, panel/) ---
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
  // --- inference (inference/) ---
  badHypothesis: (text: string, detail: string, position: number | undefined, terms: readonly string[]) =>
    new PeacepanelError(
      'BAD_HYPOTHESIS',
      `cannot read hypothesis "${text}": ${detail}${position !== undefined ? ` (at character ${position + 1})` : ''}`,
      {
        fix: `write a linear combination of coefficients such as "a + b:c * 2 = 0" (restrictions separated by ";"), using the terms ${terms.slice(0, 12).join(', ')}`,
      },
    ),
  notNested: (detail: string) =>
    new PeacepanelError('BAD_OPTION', `cannot compare the models with a likelihood-ratio test: ${detail}`, {
      fix: "fit both models to the same rows, the smaller one using a subset of the larger one's terms",
    }),
  unknownModelVariable: (variable: string, variables: readonly string[]) =>
    new PeacepanelError('BAD_OPTION', `"${variable}" is not a numeric variable of the model`, {
      location: { column: variable },
      fix: `name one of ${variables.join(', ') || '(none)'}`,
    }),
  noPredictionRows: (detail: string) =>
    new PeacepanelError('NO_DATA', `nothing to predict: ${detail}`, {
      fix: 'give at least one row with values for every variable of the model',
    }),
  incompletePredictionRow: (row: number, empty: readonly string[], skipped: number) =>
    new PeacepanelError(
      'BAD_VALUE',
      `cannot predict for new-data row ${row + 1}${skipped > 1 ? ` (and ${skipped - 1} more)` : ''}: ${empty.length ? `no value for ${empty.join(', ')}` : 'a factor or fixed-effect level the model has not seen'}`,
      {
        location: { column: empty[0] },
        fix: 'give every model variable a value, with levels seen in the fit',
      },
    ),
  numericalSlope: (variable: string, detail: string) =>
    new PeacepanelError('NUMERICAL', `cannot differentiate with respect to "${variable}": ${detail}`, {
      location: { column: variable },
      fix: 'compute the effect at values inside the variable’s domain, or use averageContrasts for a finite change',
    }),
  cancelled: (what: string) =>
    new PeacepanelError('CANCELLED', `${what} was cancelled`, { fix: 'run it again to get a result' }),
  workerCrashed: (detail: string) =>
    new PeacepanelError('WORKER_CRASHED', `the computation worker stopped unexpectedly (${detail})`, {
      fix: 'retry: a fresh worker is started on the next call',
    }),
  noDatasetLoaded: () =>
    new PeacepanelError('NO_DATA', 'no dataset is loaded', {
      fix: 'call loadDataset({ url }) (or pass a dataset or CSV text) first',
    }),
  datasetNotLoaded: (id: string, loaded: readonly string[]) =>
    new PeacepanelError(
      'BAD_OPTION',
      `dataset "${id}" is not loaded (loaded: ${loaded.length ? loaded.join(', ') : 'none'})`,
      { fix: 'load it with loadDataset first, or name one of the loaded datasets' },
    ),
  datasetFetchFailed: (url: string, detail: string) =>
    new PeacepanelError('FILE_NOT_FOUND', `cannot fetch the dataset (${detail})`, {
      location: { file: url },
      fix: 'check the URL and that the server allows this page to fetch it (CORS)',
    }),
  notDatasetJson: (url: string, detail: string) =>
    new PeacepanelError('PARSE_ERROR', `not a peacepanel dataset JSON (${detail})`, {
      location: { file: url },
      fix: 'point at a packages/data/datasets/<id>.json file',
    }),
  nonNumericOutcome: (column: string) =>
    new PeacepanelError('BAD_VALUE', `outcome "${column}" holds text, not counts`, {
      location: { column },
      fix: 'choose a numeric count column as the outcome (left of "~")',
    }),
  countTooLarge: (column: string, value: number, row: number, max: number) =>
    new PeacepanelError(
      'OUT_OF_RANGE',
      `outcome "${column}" is ${value} in data row ${row}, beyond the largest count the model can represent (${max})`,
      {
        location: { line: row + 1, column },
        fix: 'check the value (a unit or decimal-mark mistake?) or rescale the outcome',
      },
    ),
  valueTooLarge: (label: string, value: number, row: number, max: number) =>
    new PeacepanelError(
      'OUT_OF_RANGE',
      `${label} is ${value} in data row ${row}: beyond ±${max}, its products overflow the model's arithmetic`,
      {
        location: { line: row + 1, column: label },
        fix: 'check the value, or rescale the variable (e.g. I(x / 1000) or log1p(x))',
      },
    ),
  tooManyCoefficients: (formula: string, rows: number, columns: string, needed: number) =>
    new PeacepanelError(
      'NO_DATA',
      `"${formula}" needs ${columns} but only ${rows} usable row${rows === 1 ? '' : 's'}: a model needs more rows than its ${needed} parameters`,
      {
        fix: 'use fewer terms: an interaction of factors (factor(a) * factor(b)) has one coefficient per pair of levels; put unit or time effects after "|" or use more data',
      },
    ),
  designTooLarge: (formula: string, rows: number, columns: string, detail: string) =>
    new PeacepanelError('OUT_OF_RANGE', `"${formula}" needs ${columns} over ${rows} rows: ${detail}`, {
      fix: 'use fewer factor levels or interactions of factors, or fit a subset of the rows',
    }),
  impossibleFit: (formula: string, problems: readonly string[]) =>
    new PeacepanelError('NUMERICAL', `the fit of "${formula}" is impossible: ${problems.join('; ')}`, {
      fix: 'check the outcome and regressors for extreme values (rescale large ones) and for columns that separate the outcome perfectly',
    }),
  negativeCount: (column: string, value: number, row: number) =>
    new PeacepanelError('BAD_VALUE', `outcome "${column}" is negative (${value}) in data row ${row}`, {
      location: { line: row + 1, column },
      fix: 'count models need counts ≥ 0; correct the value or leave the cell empty',
    }),
  // --- zero-inflated and hurdle models (estimators/two-part/) ---
  twoBars: (formula: string, position: number) =>
    messages.badFormula(
      formula,
      'a zero-inflated or hurdle formula takes one "|" (count terms | zero terms); fixed effects after a second "|" are not supported (they are only read for family negbin or poisson)',
      position,
    ),
  inZeroPart: (formula: string, zeroTerms: string, inner: PeacepanelError) =>
    new PeacepanelError(
      inner.code,
      `in the zero part "| ${zeroTerms}" of formula "${formula}": ${inner.message}`,
      {
        location: inner.location,
        fix: inner.fix ?? 'correct the terms after "|"',
      },
    ),
  twoPartRows: (formula: string, n: number, q: number) =>
    new PeacepanelError('NO_DATA', `only ${n} rows for the ${q} parameters of "${formula}"`, {
      fix: 'use fewer terms in the count or zero part, or more data',
    }),
  noZerosToModel: (model: string, column: string, zeros: number, n: number) =>
    new PeacepanelError(
      'BAD_VALUE',
      `${model} needs both zero and positive counts, but outcome "${column}" has ${zeros} zeros in ${n} rows used`,
      {
        location: { column },
        fix:
          zeros === 0
            ? 'fit the plain model (family negbin or poisson): there is no zero part to model'
            : 'the outcome has no positive counts: there is nothing to fit',
      },
    ),
  clusterOption: (value: string, detail: string) =>
    new PeacepanelError('BAD_OPTION', `option --cluster: "${truncate(value)}" ${detail}`, {
      fix: 'give one column, or two columns separated by a comma for two-way clustering (e.g. --cluster conflict_ID,year)',
    }),
  bootstrapNeedsCluster: () =>
    new PeacepanelError('BAD_OPTION', 'the wild cluster bootstrap needs a cluster column', {
      fix: 'add --cluster COLUMN (one column), or drop --wild for the pairs cluster bootstrap',
    }),
  badWeight: (column: string, value: number, row: number) =>
    new PeacepanelError(
      'BAD_VALUE',
      Number.isNaN(value)
        ? `weight "${column}" is missing in data row ${row}`
        : `weight "${column}" is ${Number.isFinite(value) ? 'negative' : 'not finite'} (${value}) in data row ${row}`,
      {
        location: { line: row + 1, column },
        fix: 'frequency weights must be numbers ≥ 0 in every row used; fill in or correct the cell, or drop the row',
      },
    ),
  nonNumericWeight: (column: string) =>
    new PeacepanelError('BAD_VALUE', `weight column "${column}" is not numeric`, {
      location: { column },
      fix: 'frequency weights must be numbers ≥ 0 (how many observations each row stands for)',
    }),
  /** A binary data file (Stata .dta, Parquet) that cannot be read; `offset` is the byte position. */
  badBinaryFile: (file: string, format: string, detail: string, offset?: number, fix?: string) =>
    new PeacepanelError(
      'PARSE_ERROR',
      `not a readable ${format} file: ${detail}${offset !== undefined ? ` (at byte ${offset})` : ''}`,
      {
        location: { file },
        fix:
          fix ??
          `check that the file is a complete ${format} file (re-export it from the program that wrote it)`,
      },
    ),
} as const;

function describeDelimiter(d: string): string {
  return d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : d === '|' ? 'pipe' : `"${d}"`;
}

function truncate(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
