import type { ErrorValue, Result } from '@peacepanel/worker';

/** Every located problem of a CSV, or its table when there is none. */
export type CollectedErrors<T> =
  | { ok: true; value: T }
  | { ok: false; errors: ErrorValue[]; truncated: boolean };

/**
 * Finds every row-level error of a CSV, not only the first: the importer stops at the first bad row,
 * so after each error located on a line that line is blanked (the importer skips blank lines and
 * keeps counting physical lines, so later line numbers stay right) and the text is checked again.
 * Stops at a file-level error (no line, or the header) or after `max` errors.
 * @example import { createClient } from '@peacepanel/worker';
 * const client = createClient();
 * await collectCsvErrors('country,ym\nMali,2013-13\n', (t) => client.validatePanelCsv({ text: t, file: 'a.csv' }))
 */
export async function collectCsvErrors<T>(
  text: string,
  validate: (text: string) => Promise<Result<T>>,
  max = 25,
): Promise<CollectedErrors<T>> {
  const lines = text.split(/\r?\n/);
  const errors: ErrorValue[] = [];
  let current = text;
  for (;;) {
    const r = await validate(current);
    if (r.ok) return errors.length ? { ok: false, errors, truncated: false } : r;
    errors.push(r);
    const line = r.location?.line;
    if (line === undefined || line <= 1 || line > lines.length || lines[line - 1] === '') {
      return { ok: false, errors, truncated: false };
    }
    if (errors.length >= max) return { ok: false, errors, truncated: true };
    lines[line - 1] = '';
    current = lines.join('\n');
  }
}
