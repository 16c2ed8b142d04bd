import { decodeText, PARTNERSHIP_PANEL_REQUIREMENTS, parsePanelCsv } from '@peacepanel/core';
import type { ValidateCsvRequest, ValidatedCsv } from '../../api.js';

/**
 * Checks a panel CSV with core's one reader: decodes bytes (encoding detected), detects the separator
 * and decimal mark, and with `require: 'partnership'` refuses a panel that lacks what the
 * partnership model needs or holds negative counts. The demo's upload and the widget's `data-src`
 * both come here, so they accept and refuse the same files with the same messages as the CLI.
 * @throws PeacepanelError from `decodeText` and `parsePanelCsv`.
 * @example validatePanelCsv({ text: 'country;ym;battle_deaths\nMali;2013-01;4\n' }).dialect.delimiter // => ';'
 */
export function validatePanelCsv(req: ValidateCsvRequest): ValidatedCsv {
  const decoded =
    req.bytes !== undefined
      ? decodeText(req.bytes, req.file)
      : { text: req.text ?? '', encoding: req.encoding ?? 'UTF-8' };
  const require =
    req.require === 'partnership'
      ? { ...PARTNERSHIP_PANEL_REQUIREMENTS, purpose: req.purpose ?? PARTNERSHIP_PANEL_REQUIREMENTS.purpose }
      : undefined;
  const parsed = parsePanelCsv(decoded.text, {
    file: req.file,
    encoding: decoded.encoding,
    ...(req.mapping ? { mapping: req.mapping } : {}),
    ...(require ? { require } : {}),
  });
  return { ...parsed, ...(req.bytes !== undefined ? { text: decoded.text } : {}) };
}
