/**
 * Messages of failures that only the worker boundary can have (a crashed worker, a call cancelled,
 * no dataset loaded in the worker, a dataset URL that cannot be fetched). Built like core's
 * `messages` (`packages/core/src/errors.ts`): functions of their data, with a fix.
 */
import { PeacepanelError } from '@peacepanel/core';
import type { ErrorValue } from './api.js';

export const boundaryMessages = {
  workerCrashed: (detail: string): ErrorValue => ({
    ok: false,
    code: 'WORKER_CRASHED',
    message: `the computation worker stopped unexpectedly (${detail})`,
    fix: 'retry: a fresh worker is started on the next call',
  }),
  cancelled: () =>
    new PeacepanelError('CANCELLED', 'the computation was cancelled', {
      fix: 'start it again when needed',
    }),
  noDataset: () =>
    new PeacepanelError('NO_DATA', 'no dataset is loaded', {
      fix: 'call loadDataset({ url }) (or pass a dataset or CSV text) first',
    }),
  unknownLoadedDataset: (id: string, loaded: readonly string[]) =>
    new PeacepanelError(
      'BAD_OPTION',
      `dataset "${id}" is not loaded (loaded: ${loaded.length ? loaded.join(', ') : 'none'})`,
      { fix: 'load it with loadDataset first, or name one of the loaded datasets' },
    ),
  fetchFailed: (url: string, detail: string) =>
    new PeacepanelError('FILE_NOT_FOUND', `cannot fetch the dataset (${detail})`, {
      location: { file: url },
      fix: 'check the URL and that the server allows this page to fetch it (CORS)',
    }),
  badDatasetJson: (url: string, detail: string) =>
    new PeacepanelError('PARSE_ERROR', `not a peacepanel dataset JSON (${detail})`, {
      location: { file: url },
      fix: 'point at a packages/data/datasets/<id>.json file',
    }),
} as const;
