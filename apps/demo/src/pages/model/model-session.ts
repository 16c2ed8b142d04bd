import type { FitResult } from '@peacepanel/core';
import type {
  BootstrapResponse,
  DiagnosticsResponse,
  TwoPartResponse,
  WildBootstrapResponse,
} from '@peacepanel/worker';
import { getClient } from '../../services/client.js';
import { CONFLICT_MONTH_ID, loadConflictMonths } from '../../services/conflict-months.js';
import type { PageScope } from '../../shell/page-scaffold.js';
import {
  decodeModels,
  encodeModels,
  type ListedModel,
  listedKey,
  listedOf,
  MAX_MODELS,
  sameModel,
  specOfListed,
} from './model-list.js';
import { formFromParams, isTwoPart, type SpecForm, specOf, twoPartSpecOf } from './spec-form.js';

/** The one job the page runs at a time, with its Cancel. */
export type Job =
  | { kind: 'idle' }
  | { kind: 'fitting'; label: string; started: number; controller: AbortController }
  | { kind: 'bootstrap'; done: number; total: number; controller: AbortController }
  | { kind: 'wild'; total: number; controller: AbortController };

/** A zero-inflated or hurdle fit with its diagnostics, for the form it was fitted from. */
export interface TwoPartShown {
  key: string;
  fit: TwoPartResponse;
  diagnostics: DiagnosticsResponse | undefined;
}

/**
 * The Model page's work: fitting the listed models in the worker (each once per dataset), the cluster
 * bootstrap, and the record of the last run. Every change calls `page.redraw()`.
 * @example // types-only: fits in the demo's worker and redraws the page
 * const fitFor = async (page: ConstructorParameters<typeof ModelSession>[0]) => {
 *   const session = new ModelSession(page);
 *   await session.fitCurrent();
 * };
 */
export class ModelSession {
  job: Job = { kind: 'idle' };
  error: string | undefined;
  boot: { key: string; value: BootstrapResponse } | undefined;
  wild: { key: string; value: WildBootstrapResponse } | undefined;
  twoPart: TwoPartShown | undefined;
  /** Diagnostics (rootogram, residuals) of a listed model, by key. */
  readonly diagnostics = new Map<string, DiagnosticsResponse>();
  /** Where and how long the last fit ran (shown so visitors and tests can see it left the main thread). */
  lastRun: { seconds: number; mode: string; cached: boolean } | undefined;
  /** Fits by model key (formula|family|vcov|dataset). */
  readonly #fits = new Map<string, FitResult>();
  readonly #page: PageScope;

  constructor(page: PageScope) {
    this.#page = page;
  }

  /** The form in the URL. */
  form(): SpecForm {
    return formFromParams(this.#page.route.params);
  }

  /** The models listed in the URL (`m=`). */
  listed(): ListedModel[] {
    return decodeModels(this.#page.route.params.m);
  }

  /** The cache key of a listed model on the active dataset. */
  keyOf(m: ListedModel): string {
    return `${listedKey(m)}|${m.extras?.dataset ?? this.#page.ctx.data.current?.id ?? ''}`;
  }

  /** The worker dataset a listed model is fitted on: its own (a Robustness specification), else the active one. */
  async #datasetOf(m: ListedModel): Promise<string> {
    const own = m.extras?.dataset;
    if (own === CONFLICT_MONTH_ID) await loadConflictMonths();
    if (own && own !== 'upload') {
      if (own !== CONFLICT_MONTH_ID) await this.#page.ctx.data.use('bundled');
      return own;
    }
    return (await this.#page.ctx.data.use(this.#page.route.params.data === 'upload' ? 'upload' : 'bundled'))
      .id;
  }

  /** The fits of the listed models known so far, in list order. */
  fitted(): FitResult[] {
    return this.listed()
      .map((m) => this.#fits.get(this.keyOf(m)))
      .filter((m): m is FitResult => m !== undefined);
  }

  /** Fits one listed model in the worker (or returns the known fit). */
  async fitListed(m: ListedModel): Promise<FitResult | undefined> {
    const known = this.#fits.get(this.keyOf(m));
    if (known) return known;
    let dataset: string;
    try {
      dataset = await this.#datasetOf(m);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.#page.redraw();
      return undefined;
    }
    const controller = new AbortController();
    this.job = { kind: 'fitting', label: m.formula, started: performance.now(), controller };
    this.error = undefined;
    this.#page.redraw();
    const client = await getClient();
    const t0 = performance.now();
    const r = await client.fit({ spec: specOfListed(m), dataset }, { signal: controller.signal });
    this.job = { kind: 'idle' };
    if (!r.ok) {
      this.error = r.code === 'CANCELLED' ? 'The fit was cancelled.' : r.message;
      this.#page.redraw();
      return undefined;
    }
    this.lastRun = { seconds: (performance.now() - t0) / 1000, mode: client.mode, cached: r.value.cached };
    this.#fits.set(this.keyOf(m), r.value.result);
    this.#page.redraw();
    void this.#diagnose(m, dataset);
    return r.value.result;
  }

  /** Fetches the rootogram and residuals of a listed model (shown under its diagnostics). */
  async #diagnose(m: ListedModel, dataset: string): Promise<void> {
    const key = this.keyOf(m);
    if (this.diagnostics.has(key)) return;
    const r = await (await getClient()).diagnostics({ spec: specOfListed(m), dataset });
    if (r.ok) this.diagnostics.set(key, r.value);
    else this.error = `Diagnostics: ${r.message}`;
    this.#page.redraw();
  }

  /** Fits the form's model and adds it to the list (the last {@link MAX_MODELS} are kept). */
  async fitCurrent(): Promise<void> {
    if (isTwoPart(this.form())) return this.fitTwoPart();
    const m = listedOf(specOf(this.form()));
    const result = await this.fitListed(m);
    if (!result) return;
    const list = this.listed().filter((x) => !sameModel(x, m));
    list.push(m);
    this.#page.ctx.router.update({ m: encodeModels(list.slice(-MAX_MODELS)) });
  }

  /** The form's zero-inflated or hurdle model with its rootogram and residuals (not listed side by side). */
  async fitTwoPart(): Promise<void> {
    const f = this.form();
    if (!isTwoPart(f)) return;
    const spec = twoPartSpecOf(f);
    const ds = await this.#page.ctx.data.use(
      this.#page.route.params.data === 'upload' ? 'upload' : 'bundled',
    );
    const controller = new AbortController();
    this.job = { kind: 'fitting', label: spec.formula, started: performance.now(), controller };
    this.error = undefined;
    this.#page.redraw();
    const client = await getClient();
    const t0 = performance.now();
    const r = await client.fitTwoPart({ spec, dataset: ds.id }, { signal: controller.signal });
    if (r.ok) {
      this.lastRun = { seconds: (performance.now() - t0) / 1000, mode: client.mode, cached: r.value.cached };
      const d = await client.diagnostics({ twoPart: spec, dataset: ds.id }, { signal: controller.signal });
      this.twoPart = {
        key: JSON.stringify([spec, ds.id]),
        fit: r.value,
        diagnostics: d.ok ? d.value : undefined,
      };
      if (!d.ok) this.error = `Diagnostics: ${d.message}`;
    } else this.error = r.code === 'CANCELLED' ? 'The fit was cancelled.' : r.message;
    this.job = { kind: 'idle' };
    this.#page.redraw();
  }

  /** The wild cluster score bootstrap of the form's model: one p-value per coefficient. */
  async runWildBootstrap(): Promise<void> {
    const f = this.form();
    const spec = specOf(f);
    const ds = await this.#page.ctx.data.use(
      this.#page.route.params.data === 'upload' ? 'upload' : 'bundled',
    );
    const controller = new AbortController();
    this.job = { kind: 'wild', total: f.reps, controller };
    this.error = undefined;
    this.#page.redraw();
    const client = await getClient();
    const req = { spec, dataset: ds.id, reps: f.reps, seed: 20230401 };
    const r = await client.wildBootstrap(req, { signal: controller.signal });
    this.job = { kind: 'idle' };
    if (r.ok) this.wild = { key: this.keyOf(listedOf(spec)), value: r.value };
    else this.error = r.code === 'CANCELLED' ? 'The bootstrap was cancelled.' : r.message;
    this.#page.redraw();
  }

  /** Runs the form's cluster bootstrap across the worker pool, with progress (or the wild bootstrap). */
  async runBootstrap(): Promise<void> {
    const f = this.form();
    if (f.reps <= 0) return;
    if (f.wild) return this.runWildBootstrap();
    const spec = specOf(f);
    const ds = await this.#page.ctx.data.use(
      this.#page.route.params.data === 'upload' ? 'upload' : 'bundled',
    );
    const controller = new AbortController();
    this.job = { kind: 'bootstrap', done: 0, total: f.reps, controller };
    this.error = undefined;
    this.#page.redraw();
    const client = await getClient();
    const onProgress = (p: { done: number; total: number }) => {
      if (this.job.kind !== 'bootstrap') return;
      this.job = { ...this.job, done: p.done, total: p.total };
      this.#page.redraw();
    };
    const req = { spec, dataset: ds.id, reps: f.reps, seed: 20230401 };
    const r = await client.bootstrap(req, { signal: controller.signal, onProgress });
    this.job = { kind: 'idle' };
    if (r.ok) this.boot = { key: this.keyOf(listedOf(spec)), value: r.value };
    else this.error = r.code === 'CANCELLED' ? 'The bootstrap was cancelled.' : r.message;
    this.#page.redraw();
  }

  /** Refits the models listed in the URL that are not known yet (a shared link, or back/forward). */
  async syncListed(): Promise<void> {
    for (const m of this.listed()) {
      if (this.job.kind !== 'idle') return;
      if (!this.#fits.has(this.keyOf(m))) {
        const r = await this.fitListed(m);
        if (!r) return;
      }
    }
  }

  /** Aborts the job in progress. */
  cancel(): void {
    if (this.job.kind !== 'idle') this.job.controller.abort();
  }
}
