import { PeacepanelError } from './peacepanel-error.js';

/** Message builders: Inference (inference/) and fitting. Add new ones here rather than writing messages inline. */
export const inferenceMessages = {
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
} as const;
