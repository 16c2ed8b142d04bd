import type { ErrorValue } from '@peacepanel/worker';
import { html, nothing, type TemplateResult } from 'lit';
import type { ActiveDataset } from '../../services/dataset-store.js';

export type UploadStatus =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'ok'; dataset: ActiveDataset }
  | { kind: 'error'; fileName: string; error: ErrorValue };

/**
 * The result of an upload as the visitor sees it: the located error (file, line, column, what is
 * wrong, how to fix it) or what was loaded and which rows were left out.
 * @example uploadResult({ kind: 'error', fileName: 'a.csv', error: { ok: false, code: 'BAD_VALUE', message: '…', location: { line: 4, column: 'year' } } })
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
        ${Object.keys(d.table.columns).length} columns. Every page now uses it.
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
      const e = status.error;
      const loc = e.location;
      return html`<div class="error-box" role="alert" data-testid="upload-error">
        <h3>${status.fileName} cannot be used</h3>
        <dl>
          ${loc?.line !== undefined ? html`<dt>Row (line in the file)</dt><dd data-testid="error-line">${loc.line}</dd>` : nothing}
          ${loc?.column ? html`<dt>Column</dt><dd data-testid="error-column">${loc.column}</dd>` : nothing}
          <dt>Problem</dt>
          <dd data-testid="error-message">${e.message}</dd>
          ${e.fix ? html`<dt>How to fix it</dt><dd>${e.fix}</dd>` : nothing}
        </dl>
        <p class="muted">Nothing was changed: the pages still use the previous data.</p>
      </div>`;
    }
  }
}
