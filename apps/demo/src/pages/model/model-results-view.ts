import type { FitResult } from '@peacepanel/core';
import type { BootstrapResponse } from '@peacepanel/worker';
import { html, nothing, type TemplateResult } from 'lit';
import type { Job } from './model-session.js';
import { diagnosticsView, regressionView } from './regression-view.js';

/** An export format of the regression table. */
export type ExportFormat = 'csv' | 'markdown' | 'latex' | 'html';

/**
 * The job in progress (fit or bootstrap) with its Cancel, and the last error.
 * @example render(jobView(session.job, session.error, () => session.cancel()), host)
 */
export function jobView(job: Job, error: string | undefined, cancel: () => void): TemplateResult {
  return html`<div aria-live="polite" class="job" data-testid="job">
          ${
            job.kind === 'fitting'
              ? html`<p>Fitting <code>${job.label}</code> in the worker…</p>
                  <progress aria-label="Fit in progress"></progress>
                  <button type="button" class="secondary" @click=${cancel} data-testid="cancel">Cancel</button>`
              : job.kind === 'bootstrap'
                ? html`<p>Bootstrap in the worker: ${job.done} of ${job.total} replications</p>
                    <progress aria-label="Bootstrap progress" max=${job.total} .value=${job.done}></progress>
                    <button type="button" class="secondary" @click=${cancel} data-testid="cancel">Cancel</button>`
                : nothing
          }
          ${error ? html`<div class="error-box" role="alert"><strong>Could not fit:</strong> ${error}</div>` : nothing}
        </div>`;
}

/**
 * The cluster bootstrap's percentile intervals.
 * @example render(bootstrapView(response), host)
 */
export function bootstrapView(bootNow: BootstrapResponse): TemplateResult {
  return html`<h2>Cluster bootstrap</h2>
                <p>${bootNow.reps} replications, ${bootNow.failed} failed, seed ${bootNow.seed}, ${bootNow.workers} worker(s).</p>
                <table class="plain" data-testid="bootstrap-table">
                  <caption>${Math.round(bootNow.level * 100)}% percentile intervals of the coefficients</caption>
                  <thead><tr><th scope="col">Term</th><th scope="col">Lower</th><th scope="col">Upper</th></tr></thead>
                  <tbody>${bootNow.intervals.map((i) => html`<tr><td><code>${i.term}</code></td><td>${i.lower.toFixed(3)}</td><td>${i.upper.toFixed(3)}</td></tr>`)}</tbody>
                </table>`;
}

/**
 * The fitted models: the regression table, the export buttons and text, the last model's diagnostics.
 * @example render(modelsView(models, undefined, { exportAs, clear }), host)
 */
export function modelsView(
  models: readonly FitResult[],
  exportText: { format: string; text: string } | undefined,
  on: { exportAs: (fmt: ExportFormat) => void; clear: () => void },
): TemplateResult {
  const last = models[models.length - 1];
  return html`${regressionView(models)}
                <div class="toolbar" style="margin-top: 0.75rem">
                  <span>Export:</span>
                  ${(['csv', 'markdown', 'latex', 'html'] as const).map(
                    (fmt) =>
                      html`<button type="button" class="secondary" data-testid=${`export-${fmt}`} @click=${() => on.exportAs(fmt)}>${fmt === 'csv' ? 'CSV' : fmt === 'markdown' ? 'Markdown' : fmt === 'latex' ? 'LaTeX' : 'HTML'}</button>`,
                  )}
                  <button type="button" class="secondary" @click=${on.clear}>Clear models</button>
                </div>
                ${exportText ? html`<details open><summary>${exportText.format} export</summary><pre data-testid="export-text">${exportText.text}</pre></details>` : nothing}
                <h2>Diagnostics of model (${models.length})</h2>
                ${last ? diagnosticsView(last) : nothing}`;
}
