import type { ErrorValue } from '@peacepanel/worker';
import { html, nothing, type TemplateResult } from 'lit';
import type { ActiveDataset } from '../../services/dataset-store.js';

export type UploadStatus =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'ok'; dataset: ActiveDataset }
  | { kind: 'error'; fileName: string; errors: ErrorValue[]; truncated: boolean };

/**
 * An error's message without its "Fix: …" part, which the table shows in its own column (the
 * worker's message is core's one-line `formatError`, fix included).
 * @example withoutFix({ ok: false, code: 'BAD_VALUE', message: 'x. Fix: y', fix: 'y' }) // => 'x'
 */
export function withoutFix(e: ErrorValue): string {
  const tail = e.fix ? `. Fix: ${e.fix}` : '';
  return tail && e.message.endsWith(tail) ? e.message.slice(0, -tail.length) : e.message;
}

/**
 * The result of an upload as the visitor sees it: the located error (file, line, column, what is
 * wrong, how to fix it) or what was loaded and which rows were left out.
 * @example uploadResult({ kind: 'error', fileName: 'a.csv', errors: [{ ok: false, code: 'BAD_VALUE', message: '…', location: { line: 4, column: 'year' } }], truncated: false })
 */
export function uploadResult(status: UploadStatus): TemplateResult | typeof nothing {
  switch (status.kind) {
    case 'idle':
      return nothing;
    case 'checking':
      return html`<p role="status">Checking ${status.fileName} in the worker…</p>`;
    case 'ok': {
      const d = status.dataset;
      const excluded = d.exclusions.reduce((s, e) => s + e.count, 0);
      return html`<div class="ok-box" role="status" data-testid="upload-ok">
        <strong>${d.fileName}</strong> loaded: ${d.table.n.toLocaleString('en')} rows,
        ${Object.keys(d.table.columns).length} columns${d.read ? html`, read as <span data-testid="upload-read">${d.read}</span>` : nothing}. Every page now uses it.
        ${
          excluded > 0
            ? html`<p>${excluded} rows were left out:</p>
                <ul>
                  ${d.exclusions.map(
                    (e) =>
                      html`<li>${e.reason}: ${e.count}${e.examples.length ? ` (e.g. ${e.examples.slice(0, 5).join(', ')})` : ''}</li>`,
                  )}
                </ul>`
            : html`<p>No rows were left out.</p>`
        }
      </div>`;
    }
    case 'error': {
      const n = status.errors.length;
      return html`<div class="error-box" role="alert" data-testid="upload-error">
        <h3>${status.fileName} cannot be used: ${n}${status.truncated ? ' or more' : ''} problem${n === 1 ? '' : 's'}</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Problems in the file (table)">
          <table class="plain errors">
            <caption class="visually-hidden">Problems in ${status.fileName}, with their location</caption>
            <thead>
              <tr><th scope="col">Row (line)</th><th scope="col">Column</th><th scope="col">Problem</th><th scope="col">How to fix it</th></tr>
            </thead>
            <tbody>
              ${status.errors.map(
                (e) => html`<tr data-testid="upload-error-row">
                  <td data-testid="error-line">${e.location?.line ?? '—'}</td>
                  <td data-testid="error-column">${e.location?.column ?? '—'}</td>
                  <td data-testid="error-message">${withoutFix(e)}</td>
                  <td>${e.fix ?? ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${status.truncated ? html`<p>Only the first ${n} problems are listed; fix them and upload again to see the rest.</p>` : nothing}
        <p class="muted">Nothing was changed: the pages still use the previous data.</p>
      </div>`;
    }
  }
}
