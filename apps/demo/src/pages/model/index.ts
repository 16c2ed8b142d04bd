import { html, nothing, render, type TemplateResult } from 'lit';
import type { Route } from '../../routing/route.js';
import { mountScaffold, type PageScope, type PageSteps } from '../../shell/page-scaffold.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { exportTable } from './export-table.js';
import { listedOf, modelsLinkNotice } from './model-list.js';
import {
  bootstrapView,
  type ExportFormat,
  jobView,
  modelsView,
  twoPartView,
  wildView,
} from './model-results-view.js';
import { ModelSession } from './model-session.js';
import { formToParams, type SpecForm, specOf } from './spec-form.js';
import { type FormInput, specFormView } from './spec-form-view.js';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The notice for a shared link that asked for more than the page does (see `modelsLinkNotice`). */
function linkNotice(param: string | undefined) {
  const text = modelsLinkNotice(param);
  return text ? html`<p class="notice" role="status" data-testid="link-notice">${text}</p>` : nothing;
}

/** Numeric columns without negative values (frequency weights), and the columns a second clustering may use. */
function columnsOf(page: PageScope): { weights: string[]; clusters: string[] } {
  const columns = Object.entries(page.ctx.data.current?.table.columns ?? {});
  const weights = columns
    .filter(([, c]) => c.kind === 'number' && c.values.every((v) => !(v < 0)))
    .map(([n]) => n);
  const clusters = columns.filter(([n]) => n !== 'country').map(([n]) => n);
  return { weights, clusters };
}

/** The outcomes the form offers: numeric count columns of the active panel, plus the form's own. */
function outcomesOf(page: PageScope, f: SpecForm): string[] {
  const numeric = Object.entries(page.ctx.data.current?.table.columns ?? {})
    .filter(([, c]) => c.kind === 'number')
    .map(([n]) => n);
  const outcomes = numeric.filter((n) => /deaths|violence|fatal/.test(n));
  if (!outcomes.includes(f.outcome)) outcomes.unshift(f.outcome);
  return outcomes;
}

/** What the specification builder shows and how it changes the URL and starts work. */
function formInput(page: PageScope, session: ModelSession, f: SpecForm): FormInput {
  const { router } = page.ctx;
  const columns = columnsOf(page);
  return {
    f,
    outcomes: outcomesOf(page, f),
    weightColumns: columns.weights,
    clusterColumns: columns.clusters,
    busy: session.job.kind !== 'idle',
    setForm: (next) => router.update(formToParams(next), { replace: true }),
    fit: () => void session.fitCurrent(),
    bootstrap: () => void session.runBootstrap(),
    reset: (params) => router.update(params, { replace: true }),
  };
}

/** The page's state and steps: the form, the job, the bootstrap, the fitted models. */
function modelSteps(page: PageScope): PageSteps {
  const { host, ctx } = page;
  const session = new ModelSession(page);
  let exportText: { format: string; text: string } | undefined;

  function exportAs(fmt: ExportFormat): void {
    const text = exportTable(session.fitted(), fmt);
    exportText = { format: fmt, text };
    const ext = fmt === 'markdown' ? 'md' : fmt === 'latex' ? 'tex' : fmt;
    download(`peacepanel-models.${ext}`, text, fmt === 'html' ? 'text/html' : 'text/plain');
    draw();
  }

  /** The rootogram and residuals of the last listed model, once computed. */
  function lastDiagnostics() {
    const last = session.listed().at(-1);
    return last ? session.diagnostics.get(session.keyOf(last)) : undefined;
  }

  function results(): TemplateResult {
    const models = session.fitted();
    const lastRun = session.lastRun;
    return html`<h2>Results</h2>
        ${linkNotice(page.route.params.m)}
        ${
          lastRun
            ? html`<p class="muted" data-testid="fit-info">
                Last fit: ${lastRun.seconds.toFixed(2)} s
                ${lastRun.mode === 'worker' ? 'in a background worker' : 'on this page (no worker could start here)'}${lastRun.cached ? ', from the worker’s cache' : ''}.
              </p>`
            : nothing
        }
        ${
          models.length === 0
            ? html`<p class="muted">No model fitted yet. Press <em>Fit model</em>; each fit adds a column (up to four), so models can be compared side by side.</p>`
            : modelsView(
                models,
                exportText,
                { exportAs, clear: () => ctx.router.update({ m: undefined }) },
                { diagnostics: lastDiagnostics(), width: page.width },
              )
        }`;
  }

  function draw(): void {
    const f = session.form();
    const key = session.keyOf(listedOf(specOf(f)));
    const bootNow = session.boot?.key === key ? session.boot.value : undefined;
    const wild = session.wild?.key === key ? session.wild.value : undefined;
    const twoPart = session.twoPart;
    const form = specFormView(formInput(page, session, f));
    render(
      html`<h1>Model</h1>
        <p class="lead">
          Re-estimate the study's model on ${ctx.data.current ? html`<strong>${ctx.data.current.title}</strong>` : 'the panel'}, or
          change it. The defaults are the study's main specification. Fits run in a background worker.
        </p>
        ${form}
        ${jobView(session.job, session.error, () => session.cancel())}
        ${bootNow ? bootstrapView(bootNow) : nothing}
        ${wild ? wildView(wild) : nothing}
        ${twoPart ? twoPartView(twoPart.fit, twoPart.diagnostics, page.width) : nothing}
        ${results()}`,
      host,
    );
  }

  return { draw, afterChange: () => void session.syncListed(), dispose: () => session.cancel() };
}

/**
 * Model page: the specification builder (defaults = the study's model), fits in the worker with a
 * progress bar and Cancel, regression table of several models side by side, exports, diagnostics and
 * an optional cluster bootstrap. The form and the list of fitted models are in the URL.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  return mountScaffold(host, ctx, route, modelSteps, { width: { fallback: 800, max: 900 } });
}
