import { CURVE_STYLE } from '@peacepanel/charts';
import {
  CHOICE_NAMES,
  expandGrid,
  type MultiverseResult,
  multiverseReading,
  parseOnly,
  QUANTITIES,
  QUANTITY_LABELS,
  type Quantity,
  specificationCurve,
  summarizeMultiverse,
} from '@peacepanel/core';
import { html, nothing, render } from 'lit';
import { formatRoute, type Route } from '../../routing/route.js';
import { conflictMonthJsonUrl } from '../../services/bundled-files.js';
import { getClient } from '../../services/client.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { encodeModels } from '../model/model-list.js';
import { curveView, describeSpec } from './curve-view.js';
import { filterResult, robustnessFromParams } from './robustness-params.js';

let conflictMonths: Promise<unknown> | undefined;

/**
 * Loads the conflict-month panel into the worker once, when the run includes conflict-month
 * specifications (a failure leaves those rows failing with the reason, as the grid does for any
 * missing dataset).
 */
async function loadConflictMonths(only: ReturnType<typeof parseOnly>): Promise<void> {
  if (!expandGrid(only).specs.some((s) => s.choices.unit === 'conflict-month')) return;
  const url = conflictMonthJsonUrl();
  if (!url) return;
  conflictMonths ??= getClient().then((c) => c.loadDataset({ url, id: 'africa-conflict-month' }));
  await conflictMonths;
}

/**
 * Robustness page: the multiverse of the partnership model (core's declared grid) run in the worker
 * pool on request (it fits hundreds of models) with a progress bar and Cancel, drawn as a specification curve with its choice matrix, coloured
 * by sign and significance (filled = significant, a cue beyond colour). Filters by choice; hover or the
 * arrow keys show a specification; click or Enter opens it in the Model page. URL: `q` (quantity),
 * `f_<choice>` (filters), `only` (restrict the run, core's `--only` syntax).
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  let current = route;
  let result: MultiverseResult | undefined;
  let runKey = '';
  let progress: { done: number; total: number } | undefined;
  let running: AbortController | undefined;
  let error: string | undefined;
  let active = 0;
  let width = Math.min(1100, host.clientWidth || 960);
  const resize = new ResizeObserver(() => {
    const w = Math.min(1100, host.clientWidth);
    if (w && Math.abs(w - width) > 8) {
      width = w;
      draw();
    }
  });
  resize.observe(host);

  async function run(): Promise<void> {
    const state = robustnessFromParams(current.params);
    running?.abort();
    const controller = new AbortController();
    running = controller;
    error = undefined;
    progress = { done: 0, total: 0 };
    runKey = state.only ?? '';
    draw();
    try {
      const only = state.only ? parseOnly(state.only) : {};
      await ctx.data.use('bundled');
      const client = await getClient();
      await loadConflictMonths(only);
      if (running !== controller) return;
      const r = await client.multiverse(
        { only },
        {
          signal: controller.signal,
          onProgress: (p) => {
            progress = p;
            draw();
          },
        },
      );
      if (running !== controller) return;
      if (r.ok) {
        result = r.value.result;
        active = 0;
      } else error = r.message;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (running === controller) running = undefined;
    draw();
  }

  function cancel(): void {
    running?.abort();
    running = undefined;
    error = 'Cancelled. Run again to see the specification curve.';
    draw();
  }

  function open(q: Quantity, rank: number): void {
    if (!result) return;
    const shown = filterResult(result, robustnessFromParams(current.params).filters);
    const id = specificationCurve(shown, q).points[rank]?.id;
    const row = result.rows.find((r) => r.id === id);
    if (!row) return;
    const m = encodeModels([{ formula: row.formula, family: row.family, vcov: 'cluster' }]);
    ctx.router.navigate({ page: 'model', params: m ? { m } : {} });
  }

  function draw(): void {
    const state = robustnessFromParams(current.params);
    const q = state.quantity;
    const shown = result ? filterResult(result, state.filters) : undefined;
    const curve = shown ? specificationCurve(shown, q) : undefined;
    if (curve) active = Math.min(active, Math.max(0, curve.points.length - 1));
    const row = curve && shown ? shown.rows.find((r) => r.id === curve.points[active]?.id) : undefined;
    const readout = curve ? describeSpec(curve, row, active) : '';
    const summaryOf = shown ? { ...shown, summary: summarizeMultiverse(shown.rows) } : undefined;
    render(
      html`<h1>Robustness</h1>
        <p class="lead">
          Every defensible way to estimate the partnership model, fitted at once: the unit, the sample, the non-UN
          measure, past violence, controls, fixed effects and the count model. Each dot is one specification’s estimate
          with its 95% interval, sorted; the matrix underneath shows which options it uses. The main specification is
          marked. (Simonsohn, Simmons &amp; Nelson 2020.) Running it fits
          ${robustnessFromParams(current.params).only ? 'the chosen part of the grid' : 'every specification of the grid'} in
          your browser’s background workers.
        </p>
        <div class="card">
          <button type="button" @click=${() => void run()} ?disabled=${running !== undefined} data-testid="run-multiverse">
            ${result ? 'Run again' : 'Run the multiverse'}
          </button>
          ${running ? html`<button type="button" class="secondary" @click=${cancel} data-testid="cancel-multiverse">Cancel</button>` : nothing}
          ${
            progress && running
              ? html`<label for="mv-progress">Specifications fitted: ${progress.done} of ${progress.total || '…'}</label>
                  <progress id="mv-progress" max=${progress.total || 1} .value=${progress.done}></progress>`
              : nothing
          }
          ${error ? html`<div class="error-box" role="alert">${error}</div>` : nothing}
          ${result && runKey ? html`<p class="muted" style="overflow-wrap: anywhere">Run restricted to: <code>${runKey}</code></p>` : nothing}
        </div>
        ${curve && summaryOf ? results(state, curve, summaryOf, readout) : nothing}`,
      host,
    );
  }

  function results(
    state: ReturnType<typeof robustnessFromParams>,
    curve: ReturnType<typeof specificationCurve>,
    shown: MultiverseResult,
    readout: string,
  ) {
    const grid = result?.grid ?? [];
    return html`<div class="card">
        <fieldset>
          <legend>Show</legend>
          ${QUANTITIES.map(
            (q) => html`<label class="inline"
              ><input type="radio" name="mv-quantity" .checked=${q === state.quantity}
                @change=${() => ctx.router.update({ q }, { replace: true })} />
              ${QUANTITY_LABELS[q]}</label
            >`,
          )}
        </fieldset>
        <fieldset class="filters">
          <legend>Filter by choice</legend>
          ${CHOICE_NAMES.map((c) => {
            const choice = grid.find((g) => g.name === c);
            const used = choice?.options.filter((o) => result?.rows.some((r) => r.choices[c] === o.id)) ?? [];
            if (used.length < 2 && !state.filters[c]) return nothing;
            return html`<label class="inline" for=${`mv-filter-${c}`}>${choice?.label ?? c}</label>
              <select id=${`mv-filter-${c}`} @change=${(e: Event) =>
                ctx.router.update(
                  { [`f_${c}`]: (e.target as HTMLSelectElement).value || undefined },
                  { replace: true },
                )}>
                <option value="" ?selected=${!state.filters[c]}>any</option>
                ${used.map((o) => html`<option value=${o.id} ?selected=${state.filters[c] === o.id}>${o.label}</option>`)}
              </select>`;
          })}
        </fieldset>
      </div>
      <p data-testid="mv-reading">${multiverseReading(shown, state.quantity)}</p>
      <figure>
        ${curveView(curve, width, active, readout, {
          move: (r) => {
            if (r !== active) {
              active = r;
              draw();
            }
          },
          open: (r) => open(state.quantity, r),
        })}
        <figcaption id="spec-readout" aria-live="polite" data-testid="spec-readout">${readout}</figcaption>
      </figure>
      <p class="muted">
        Marks: ${Object.values(CURVE_STYLE)
          .map((s) => `${s.filled ? '●' : '○'} ${s.label}`)
          .join(' · ')}. Failed fits are
        kept as rows (${shown.summary.failed} of ${shown.summary.total}: ${shown.summary.failures[0]?.reason ?? 'none'}${shown.summary.failures.length > 1 ? ', …' : ''}).
        <a href=${formatRoute({ page: 'method', params: {} })}>How the grid is declared</a>.
      </p>`;
  }

  const off = ctx.data.subscribe(draw);
  draw();
  return {
    update(r) {
      current = r;
      draw();
    },
    dispose() {
      off();
      resize.disconnect();
      running?.abort();
    },
  };
}
