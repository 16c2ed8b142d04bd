import type { FitResult } from '@peacepanel/core';
import type { BootstrapResponse } from '@peacepanel/worker';
import { html, nothing, render } from 'lit';
import type { Route } from '../../routing/route.js';
import { getClient } from '../../services/client.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { exportTable } from './export-table.js';
import {
  decodeModels,
  encodeModels,
  type ListedModel,
  listedOf,
  MAX_MODELS,
  modelsLinkNotice,
  sameModel,
} from './model-list.js';
import { diagnosticsView, regressionView } from './regression-view.js';
import {
  CONTROLS,
  type ControlKey,
  DEFAULT_FORM,
  FAMILIES,
  FIXED_EFFECTS,
  formFromParams,
  formToParams,
  formulaOf,
  type SpecForm,
  specOf,
  VCOVS,
} from './spec-form.js';

type Job =
  | { kind: 'idle' }
  | { kind: 'fitting'; label: string; started: number; controller: AbortController }
  | { kind: 'bootstrap'; done: number; total: number; controller: AbortController };

const VCOV_LABELS: Record<SpecForm['vcov'], string> = {
  cluster: 'Clustered by country (Stata CR1)',
  robust: 'Robust (HC1)',
  model: 'Model-based (expected information)',
  oim: 'Observed information (Stata default)',
};
const FE_LABELS: Record<SpecForm['fixedEffects'], string> = {
  none: 'None',
  country: 'Country',
  year: 'Year',
  'country+year': 'Country and year',
};

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

/**
 * Model page: the specification builder (defaults = the study's model), fits in the worker with a
 * progress bar and Cancel, regression table of several models side by side, exports, diagnostics and
 * an optional cluster bootstrap. The form and the list of fitted models are in the URL.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  let current = route;
  let job: Job = { kind: 'idle' };
  let error: string | undefined;
  /** Fits by model key (formula|family|vcov|dataset). */
  const fits = new Map<string, FitResult>();
  let boot: { key: string; value: BootstrapResponse } | undefined;
  let exportText: { format: string; text: string } | undefined;
  /** Where and how long the last fit ran (shown so visitors and tests can see it left the main thread). */
  let lastRun: { seconds: number; mode: string; cached: boolean } | undefined;

  const form = () => formFromParams(current.params);
  const listed = () => decodeModels(current.params.m);
  const datasetId = () => ctx.data.current?.id;
  const keyOf = (m: ListedModel) => `${m.formula}|${m.family}|${m.vcov}|${datasetId() ?? ''}`;
  const setForm = (f: SpecForm) => ctx.router.update(formToParams(f), { replace: true });

  async function fitListed(m: ListedModel): Promise<FitResult | undefined> {
    const key = keyOf(m);
    const known = fits.get(key);
    if (known) return known;
    const ds = await ctx.data.use(current.params.data === 'upload' ? 'upload' : 'bundled');
    const controller = new AbortController();
    job = { kind: 'fitting', label: m.formula, started: performance.now(), controller };
    error = undefined;
    draw();
    const client = await getClient();
    const spec = { ...specOf(form()), formula: m.formula, family: m.family, vcov: m.vcov };
    if (m.vcov !== 'cluster') delete spec.cluster;
    const t0 = performance.now();
    const r = await client.fit({ spec, dataset: ds.id }, { signal: controller.signal });
    job = { kind: 'idle' };
    if (r.ok)
      lastRun = { seconds: (performance.now() - t0) / 1000, mode: client.mode, cached: r.value.cached };
    if (!r.ok) {
      error = r.code === 'CANCELLED' ? 'The fit was cancelled.' : r.message;
      draw();
      return undefined;
    }
    fits.set(keyOf(m), r.value.result);
    draw();
    return r.value.result;
  }

  async function fitCurrent(): Promise<void> {
    const m = listedOf(specOf(form()));
    const result = await fitListed(m);
    if (!result) return;
    const list = listed().filter((x) => !sameModel(x, m));
    list.push(m);
    ctx.router.update({ m: encodeModels(list.slice(-MAX_MODELS)) });
  }

  async function runBootstrap(): Promise<void> {
    const f = form();
    if (f.reps <= 0) return;
    const spec = specOf(f);
    const ds = await ctx.data.use(current.params.data === 'upload' ? 'upload' : 'bundled');
    const controller = new AbortController();
    job = { kind: 'bootstrap', done: 0, total: f.reps, controller };
    error = undefined;
    draw();
    const client = await getClient();
    const r = await client.bootstrap(
      { spec, dataset: ds.id, reps: f.reps, seed: 20230401 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (job.kind === 'bootstrap') {
            job = { ...job, done: p.done, total: p.total };
            draw();
          }
        },
      },
    );
    job = { kind: 'idle' };
    if (r.ok) boot = { key: keyOf(listedOf(spec)), value: r.value };
    else error = r.code === 'CANCELLED' ? 'The bootstrap was cancelled.' : r.message;
    draw();
  }

  /** Refits the models listed in the URL that are not known yet (a shared link, or back/forward). */
  async function syncListed(): Promise<void> {
    for (const m of listed()) {
      if (job.kind !== 'idle') return;
      if (!fits.has(keyOf(m))) {
        const r = await fitListed(m);
        if (!r) return;
      }
    }
  }

  function draw(): void {
    const f = form();
    const formula = formulaOf(f);
    const models = listed()
      .map((m) => fits.get(keyOf(m)))
      .filter((m): m is FitResult => m !== undefined);
    const last = models[models.length - 1];
    const busy = job.kind !== 'idle';
    const numericCols = Object.entries(ctx.data.current?.table.columns ?? {})
      .filter(([, c]) => c.kind === 'number')
      .map(([n]) => n);
    const outcomes = numericCols.filter((n) => /deaths|violence|fatal/.test(n));
    if (!outcomes.includes(f.outcome)) outcomes.unshift(f.outcome);
    const bootNow = boot && boot.key === keyOf(listedOf(specOf(f))) ? boot.value : undefined;
    render(
      html`<h1>Model</h1>
        <p class="lead">
          Re-estimate the study's model on ${ctx.data.current ? html`<strong>${ctx.data.current.title}</strong>` : 'the panel'}, or
          change it. The defaults are the study's main specification. Fits run in a background worker.
        </p>
        <form class="grid-2" @submit=${(e: Event) => {
          e.preventDefault();
          void fitCurrent();
        }}>
          <div>
            <fieldset>
              <legend>Outcome and troops</legend>
              <label for="outcome">Outcome (count per country-month)</label>
              <select id="outcome" @change=${(e: Event) => setForm({ ...f, outcome: (e.target as HTMLSelectElement).value })}>
                ${outcomes.map((o) => html`<option value=${o} ?selected=${o === f.outcome}>${o}</option>`)}
              </select>
              <div>
              <label class="inline"><input type="checkbox" .checked=${f.un} @change=${(e: Event) => setForm({ ...f, un: (e.target as HTMLInputElement).checked })} /> UN troops (thousands)</label>
              <label class="inline"><input type="checkbox" .checked=${f.nonun} @change=${(e: Event) => setForm({ ...f, nonun: (e.target as HTMLInputElement).checked })} /> Non-UN troops (thousands)</label>
              <label class="inline"><input type="checkbox" .checked=${f.interaction} ?disabled=${!(f.un && f.nonun)} @change=${(e: Event) => setForm({ ...f, interaction: (e.target as HTMLInputElement).checked })} /> UN × non-UN interaction</label>
              </div>
              <label for="lag">Troop lag (months)</label>
              <select id="lag" @change=${(e: Event) => setForm({ ...f, lag: Number((e.target as HTMLSelectElement).value) })}>
                ${[0, 1, 2, 3].map((l) => html`<option value=${l} ?selected=${l === f.lag}>${l}${l === 1 ? ' (study)' : ''}</option>`)}
              </select>
            </fieldset>
            <fieldset>
              <legend>Controls</legend>
              ${(Object.keys(CONTROLS) as ControlKey[]).map(
                (k) => html`<label class="inline"><input type="checkbox" .checked=${f.controls.includes(k)}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    setForm({ ...f, controls: on ? [...f.controls, k] : f.controls.filter((c) => c !== k) });
                  }} /> ${CONTROLS[k].label}</label>`,
              )}
              <label for="fe">Fixed effects</label>
              <select id="fe" @change=${(e: Event) => setForm({ ...f, fixedEffects: (e.target as HTMLSelectElement).value as SpecForm['fixedEffects'] })}>
                ${FIXED_EFFECTS.map((x) => html`<option value=${x} ?selected=${x === f.fixedEffects}>${FE_LABELS[x]}</option>`)}
              </select>
            </fieldset>
          </div>
          <div>
            <fieldset>
              <legend>Estimation</legend>
              <label for="family">Family</label>
              <select id="family" @change=${(e: Event) => setForm({ ...f, family: (e.target as HTMLSelectElement).value as SpecForm['family'] })}>
                ${FAMILIES.map((x) => html`<option value=${x} ?selected=${x === f.family}>${x === 'negbin' ? 'Negative binomial (NB2)' : 'Poisson'}</option>`)}
              </select>
              <label for="vcov">Standard errors</label>
              <select id="vcov" @change=${(e: Event) => setForm({ ...f, vcov: (e.target as HTMLSelectElement).value as SpecForm['vcov'] })}>
                ${VCOVS.map((x) => html`<option value=${x} ?selected=${x === f.vcov}>${VCOV_LABELS[x]}</option>`)}
              </select>
              <label for="reps">Bootstrap replications (cluster bootstrap; 0 = none)</label>
              <input id="reps" type="number" min="0" max="9999" step="1" .value=${String(f.reps)}
                @change=${(e: Event) => setForm({ ...f, reps: Math.max(0, Math.min(9999, Math.round(Number((e.target as HTMLInputElement).value) || 0))) })} />
            </fieldset>
            <label for="formula">Formula (edit to write your own)</label>
            <textarea id="formula" rows="3" .value=${formula} data-testid="formula"
              @change=${(e: Event) => {
                const v = (e.target as HTMLTextAreaElement).value.trim();
                setForm({ ...f, custom: v && v !== formulaOf({ ...f, custom: undefined }) ? v : undefined });
              }}></textarea>
            <div class="toolbar" style="margin-top: 0.75rem">
              <button type="submit" ?disabled=${busy} data-testid="fit-button">Fit model</button>
              ${f.reps > 0 ? html`<button type="button" class="secondary" ?disabled=${busy} @click=${() => void runBootstrap()}>Run bootstrap (${f.reps})</button>` : nothing}
              <button type="button" class="secondary" ?disabled=${busy} @click=${() => ctx.router.update({ ...formToParams(DEFAULT_FORM) }, { replace: true })}>Reset to the study's model</button>
            </div>
          </div>
        </form>

        <div aria-live="polite" class="job" data-testid="job">
          ${
            job.kind === 'fitting'
              ? html`<p>Fitting <code>${job.label}</code> in the worker…</p>
                  <progress aria-label="Fit in progress"></progress>
                  <button type="button" class="secondary" @click=${() => job.kind !== 'idle' && job.controller.abort()} data-testid="cancel">Cancel</button>`
              : job.kind === 'bootstrap'
                ? html`<p>Bootstrap in the worker: ${job.done} of ${job.total} replications</p>
                    <progress aria-label="Bootstrap progress" max=${job.total} .value=${job.done}></progress>
                    <button type="button" class="secondary" @click=${() => job.kind !== 'idle' && job.controller.abort()} data-testid="cancel">Cancel</button>`
                : nothing
          }
          ${error ? html`<div class="error-box" role="alert"><strong>Could not fit:</strong> ${error}</div>` : nothing}
        </div>

${
  bootNow
    ? html`<h2>Cluster bootstrap</h2>
                <p>${bootNow.reps} replications, ${bootNow.failed} failed, seed ${bootNow.seed}, ${bootNow.workers} worker(s).</p>
                <table class="plain" data-testid="bootstrap-table">
                  <caption>${Math.round(bootNow.level * 100)}% percentile intervals of the coefficients</caption>
                  <thead><tr><th scope="col">Term</th><th scope="col">Lower</th><th scope="col">Upper</th></tr></thead>
                  <tbody>${bootNow.intervals.map((i) => html`<tr><td><code>${i.term}</code></td><td>${i.lower.toFixed(3)}</td><td>${i.upper.toFixed(3)}</td></tr>`)}</tbody>
                </table>`
    : nothing
}

        <h2>Results</h2>
        ${linkNotice(current.params.m)}
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
            : html`${regressionView(models)}
                <div class="toolbar" style="margin-top: 0.75rem">
                  <span>Export:</span>
                  ${(['csv', 'markdown', 'latex', 'html'] as const).map(
                    (fmt) =>
                      html`<button type="button" class="secondary" data-testid=${`export-${fmt}`} @click=${() => {
                        const text = exportTable(models, fmt);
                        exportText = { format: fmt, text };
                        download(
                          `peacepanel-models.${fmt === 'markdown' ? 'md' : fmt === 'latex' ? 'tex' : fmt}`,
                          text,
                          fmt === 'html' ? 'text/html' : 'text/plain',
                        );
                        draw();
                      }}>${fmt === 'csv' ? 'CSV' : fmt === 'markdown' ? 'Markdown' : fmt === 'latex' ? 'LaTeX' : 'HTML'}</button>`,
                  )}
                  <button type="button" class="secondary" @click=${() => ctx.router.update({ m: undefined })}>Clear models</button>
                </div>
                ${exportText ? html`<details open><summary>${exportText.format} export</summary><pre data-testid="export-text">${exportText.text}</pre></details>` : nothing}
                <h2>Diagnostics of model (${models.length})</h2>
                ${last ? diagnosticsView(last) : nothing}`
        }`,
      host,
    );
  }

  const off = ctx.data.subscribe(() => {
    draw();
    void syncListed();
  });
  draw();
  void syncListed();
  return {
    update(r) {
      current = r;
      draw();
      void syncListed();
    },
    dispose() {
      off();
      if (job.kind !== 'idle') job.controller.abort();
    },
  };
}
