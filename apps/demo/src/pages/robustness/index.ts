import {
  type MultiverseResult,
  type Quantity,
  type SpecificationCurve,
  specificationCurve,
  summarizeMultiverse,
} from '@peacepanel/core';
import { html, nothing, render } from 'lit';
import type { Route } from '../../routing/route.js';
import { mountScaffold, type PageScope, type PageSteps } from '../../shell/page-scaffold.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { encodeModels } from '../model/model-list.js';
import { describeSpec, drawingReady } from './curve-view.js';
import { MultiverseRun } from './multiverse-run.js';
import { filterResult, listedOfRow, robustnessFromParams } from './robustness-params.js';
import { resultsView, runCard } from './robustness-view.js';

/**
 * The filtered result with its summary, and its curve: recomputed only when the result, the filters
 * or the quantity change (not on every hover).
 */
function memoisedShown() {
  let memo:
    | { key: string; result: MultiverseResult; shown: MultiverseResult; curve: SpecificationCurve }
    | undefined;
  return (result: MultiverseResult, state: ReturnType<typeof robustnessFromParams>) => {
    const key = JSON.stringify([state.quantity, state.filters]);
    if (memo?.result !== result || memo.key !== key) {
      const filtered = filterResult(result, state.filters);
      const shown = { ...filtered, summary: summarizeMultiverse(filtered.rows) };
      memo = { key, result, shown, curve: specificationCurve(filtered, state.quantity) };
    }
    return memo;
  };
}

/** The page's state and steps: run the multiverse, move along the curve, open a specification. */
function robustnessSteps(page: PageScope): PageSteps {
  const { host, ctx } = page;
  // progress redraws once a frame at most; the result and errors at once
  const run = new MultiverseRun(
    ctx.data,
    () => draw(),
    () => page.redrawSoon(),
  );
  let active = 0;
  let lastResult = run.result;

  function open(q: Quantity, rank: number): void {
    const result = run.result;
    if (!result) return;
    const shown = filterResult(result, robustnessFromParams(page.route.params).filters);
    const id = specificationCurve(shown, q).points[rank]?.id;
    const row = result.rows.find((r) => r.id === id);
    if (!row) return;
    const m = encodeModels([listedOfRow(row)]);
    ctx.router.navigate({ page: 'model', params: m ? { m } : {} });
  }

  function move(rank: number): void {
    if (rank === active) return;
    active = rank;
    draw();
  }

  const shownOf = memoisedShown();

  function results(state: ReturnType<typeof robustnessFromParams>) {
    const result = run.result;
    if (!result) return nothing;
    const { shown, curve } = shownOf(result, state);
    active = Math.min(active, Math.max(0, curve.points.length - 1));
    const row = shown.rows.find((r) => r.id === curve.points[active]?.id);
    const readout = describeSpec(curve, row, active);
    // The drawing of a large curve is built in a task of its own (then the page redraws with it).
    const drawn = drawingReady(curve, page.width, () => page.redraw());
    return resultsView({
      ...{ state, curve, shown, result, readout, width: page.width, active, drawn },
      ...{ router: ctx.router, move, open: (r: number) => open(state.quantity, r) },
    });
  }

  function draw(): void {
    const state = robustnessFromParams(page.route.params);
    if (run.result !== lastResult) {
      lastResult = run.result;
      active = 0;
    }
    render(
      html`<h1>Robustness</h1>
        <p class="lead">
          Every defensible way to estimate the partnership model, fitted at once: the unit, the sample, the non-UN
          measure, past violence, controls, fixed effects and the count model. Each dot is one specification’s estimate
          with its 95% interval, sorted; the matrix underneath shows which options it uses. The main specification is
          marked. (Simonsohn, Simmons &amp; Nelson 2020.) Running it fits
          ${state.only ? 'the chosen part of the grid' : 'every specification of the grid'} in
          your browser’s background workers.
        </p>
        ${runCard(run, () => void run.start(robustnessFromParams(page.route.params).only))}
        ${results(state)}`,
      host,
    );
  }

  return { draw, dispose: () => run.running?.abort() };
}

/**
 * Robustness page: the multiverse of the partnership model (core's declared grid) run in the worker
 * pool on request (it fits hundreds of models) with a progress bar and Cancel, drawn as a specification curve with its choice matrix, coloured
 * by sign and significance (filled = significant, a cue beyond colour). Filters by choice; hover or the
 * arrow keys show a specification; click or Enter opens it in the Model page. URL: `q` (quantity),
 * `f_<choice>` (filters), `only` (restrict the run, core's `--only` syntax).
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  return mountScaffold(host, ctx, route, robustnessSteps, { width: { fallback: 960, max: 1100 } });
}
