/**
 * The user-facing error type of peacepanel: what is wrong, where (file, row, column) and how to fix
 * it. Programming errors stay plain `Error`s. The message builders live beside this file, one module
 * per area, and are joined into `messages` by `../errors.ts`.
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
