import type { FitResult } from '@peacepanel/core';
import type {
  BootstrapResponse,
  DiagnosticsResponse,
  TwoPartResponse,
  WildBootstrapResponse,
} from '@peacepanel/worker';
import { html, nothing, type TemplateResult } from 'lit';
import { coefficientPlot } from './coefficient-plot.js';
import { residualChart, rootogramChart } from './count-charts.js';
import type { Job } from './model-session.js';
import { diagnosticsView, regressionView, stars } from './regression-view.js';

const f3 = new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** An export format of the regression table. */
export type ExportFormat = 'csv' | 'markdown' | 'latex' | 'html';

/**
 * The job in progress (fit or bootstrap) with its Cancel, and the last error.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof jobView>) => render(jobView(...args), host);
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
                : job.kind === 'wild'
                  ? html`<p>Wild cluster bootstrap in the worker (${job.total} replications per coefficient)…</p>
                    <progress aria-label="Wild bootstrap in progress"></progress>
                    <button type="button" class="secondary" @click=${cancel} data-testid="cancel">Cancel</button>`
                  : nothing
          }
          ${error ? html`<div class="error-box" role="alert"><strong>Could not fit:</strong> ${error}</div>` : nothing}
        </div>`;
}

/**
 * The cluster bootstrap's percentile intervals.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof bootstrapView>) => render(bootstrapView(...args), host);
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
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof modelsView>) => render(modelsView(...args), host);
 */
export function modelsView(
  models: readonly FitResult[],
  exportText: { format: string; text: string } | undefined,
  on: { exportAs: (fmt: ExportFormat) => void; clear: () => void },
  shown: { diagnostics: DiagnosticsResponse | undefined; width: number },
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
                ${last ? diagnosticsView(last) : nothing}
                ${countCharts(shown.diagnostics, shown.width)}
                <h2>Coefficients of the compared models</h2>
                ${coefficientPlot(models, shown.width)}`;
}

/** Rootogram and residuals of a fit, or a note while they are computed. */
function countCharts(d: DiagnosticsResponse | undefined, width: number): TemplateResult {
  if (!d) return html`<p class="loading">Computing the rootogram and residuals in the worker…</p>`;
  return html`<h3>Rootogram (Kleiber &amp; Zeileis 2016)</h3>
    ${rootogramChart(d, width)}
    <h3>Residuals against fitted values</h3>
    ${residualChart(d, width)}`;
}

/**
 * The wild cluster score bootstrap (Kline & Santos 2012): one p-value per coefficient.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof wildView>) => render(wildView(...args), host);
 */
export function wildView(w: WildBootstrapResponse): TemplateResult {
  const first = w.tests[0];
  return html`<h2>Wild cluster bootstrap</h2>
    <p>
      Score test of each coefficient = 0 with ${first?.weights ?? 'webb'} weights, ${first?.reps ?? 0}
      replications${first?.enumerated ? ' (every sign vector enumerated)' : ''}, seed ${first?.seed ?? ''},
      ${first?.clusters ?? 0} clusters by <code>${first?.cluster ?? ''}</code>: for few clusters, where CR1 over-rejects.
    </p>
    <table class="plain" data-testid="wild-table">
      <caption>Wild cluster score bootstrap p-values</caption>
      <thead><tr><th scope="col">Term</th><th scope="col">Score statistic</th><th scope="col">p</th></tr></thead>
      <tbody>${w.tests.map((t) => html`<tr><td><code>${t.term}</code></td><td>${f3.format(t.statistic)}</td><td>${f3.format(t.p)}</td></tr>`)}</tbody>
    </table>`;
}

/**
 * A zero-inflated or hurdle fit: its count and zero parts, θ and fit statistics, and its rootogram and residuals.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof twoPartView>) => render(twoPartView(...args), host);
 */
export function twoPartView(
  r: TwoPartResponse,
  d: DiagnosticsResponse | undefined,
  width: number,
): TemplateResult {
  const m = r.result;
  const part = (title: string, rows: typeof m.count) =>
    html`<table class="plain regression" data-testid=${`two-part-${title}`}>
      <caption>${title === 'count' ? 'Count part (log link)' : 'Zero part (logit)'}</caption>
      <thead><tr><th scope="col">Term</th><th scope="col">Estimate</th><th scope="col">Std. error</th><th scope="col">p</th></tr></thead>
      <tbody>${rows.map((c) => html`<tr><th scope="row"><code>${c.term}</code></th><td>${c.aliased ? '(aliased)' : `${f3.format(c.estimate)}${stars(c.p)}`}</td><td>${f3.format(c.stdError)}</td><td>${f3.format(c.p)}</td></tr>`)}</tbody>
    </table>`;
  return html`<h2>Zero-inflated / hurdle model: ${m.model}</h2>
    <p data-testid="two-part-summary">
      <code>${m.formula}</code>: n ${m.n.toLocaleString('en')} (left out ${m.nExcluded.toLocaleString('en')}),
      ${m.converged ? 'converged' : 'NOT converged'} after ${m.iterations} iterations; θ ${m.theta === null ? '— (Poisson)' : f3.format(m.theta)};
      log-likelihood ${f3.format(m.logLik)}, AIC ${f3.format(m.aic)}; ${m.vcovType}${r.cached ? ' (from the worker’s cache)' : ''}.
    </p>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Zero-inflated or hurdle model (tables)">
      ${part('count', m.count)}${part('zero', m.zero)}
    </div>
    ${m.warnings.length ? html`<ul>${m.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
    ${countCharts(d, width)}`;
}
