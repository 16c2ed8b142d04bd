import { decodeText, isUserError } from '@peacepanel/core';
import type { ErrorValue, Result, ValidateCsvRequest, ValidatedCsv } from '@peacepanel/worker';
import { collectCsvErrors } from './collect-csv-errors.js';

/** Who needs the upload's columns, in the messages of the upload check. */
export const UPLOAD_PURPOSE = 'the overview, model and scenario pages';

/** An upload that passed the check (its decoded text and the worker's table), or every problem found. */
export type UploadCheck =
  | { ok: true; text: string; value: ValidatedCsv }
  | { ok: false; errors: ErrorValue[]; truncated: boolean };

/**
 * Checks an uploaded file as every page needs it: the bytes decoded by core's `decodeText` (UTF-8,
 * UTF-16, windows-1252), then core's one panel reader in the worker (separator and decimal mark
 * detected) with the partnership requirements (columns named when missing, counts ≥ 0), every
 * located problem collected (see `collectCsvErrors`).
 * @example import { createClient } from '@peacepanel/worker';
 * const client = createClient();
 * await checkUpload('country,ym,battle_deaths\nMali,2013-01,12\n', 'panel.csv', (req) => client.validatePanelCsv(req))
 */
export async function checkUpload(
  content: Uint8Array | string,
  fileName: string,
  validate: (req: ValidateCsvRequest) => Promise<Result<ValidatedCsv>>,
): Promise<UploadCheck> {
  let text: string;
  let encoding = 'UTF-8';
  if (typeof content === 'string') text = content;
  else
    try {
      ({ text, encoding } = decodeText(content, fileName));
    } catch (e) {
      if (!isUserError(e)) throw e;
      const error: ErrorValue = { ok: false, code: e.code, message: e.message };
      if (e.fix) error.fix = e.fix;
      if (e.location) error.location = { ...e.location };
      return { ok: false, errors: [error], truncated: false };
    }
  const checked = await collectCsvErrors(text, (t) =>
    validate({ text: t, file: fileName, encoding, require: 'partnership', purpose: UPLOAD_PURPOSE }),
  );
  return checked.ok ? { ok: true, text, value: checked.value } : checked;
}
