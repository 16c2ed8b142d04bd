/**
 * Every error code and message of peacepanel lives here, so wording stays consistent and the CLI,
 * the worker and the widget can show them alike. A `PeacepanelError` is a user-facing error: it
 * names what is wrong, where (file, row, column) and how to fix it. Programming errors stay plain
 * `Error`s.
 *
 * Pattern after vega-lite's `src/log/message.ts`: messages are functions of their data.
 */
export {
  type ErrorCode,
  type ErrorLocation,
  formatError,
  isUserError,
  PeacepanelError,
} from './errors/peacepanel-error.js';

import { dataImportMessages } from './errors/data-import.js';
import { cliModelMessages } from './errors/general.js';
import { inferenceMessages } from './errors/inference.js';
import { twoPartMessages } from './errors/two-part.js';

/**
 * Every message builder, one object: `messages.fileNotFound(path)`. The builders are written by
 * area in `errors/`; add a new one to the module of its area.
 */
export const messages = {
  ...cliModelMessages,
  ...dataImportMessages,
  ...inferenceMessages,
  ...twoPartMessages,
} as const;
