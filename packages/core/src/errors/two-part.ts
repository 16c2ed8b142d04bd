import { truncate } from './format-helpers.js';
import { cliModelMessages } from './general.js';
import { PeacepanelError } from './peacepanel-error.js';

/** Message builders: Zero-inflated and hurdle models (estimators/two-part/), weights, clustering and file formats. Add new ones here rather than writing messages inline. */
export const twoPartMessages = {
  twoBars: (formula: string, position: number) =>
    cliModelMessages.badFormula(
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
