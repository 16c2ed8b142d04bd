import { CURVE_STYLE } from '@peacepanel/charts';
import {
  CHOICE_NAMES,
  type MultiverseResult,
  multiverseReading,
  QUANTITIES,
  QUANTITY_LABELS,
  type specificationCurve,
} from '@peacepanel/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatRoute } from '../../routing/route.js';
import type { Router } from '../../routing/router.js';
import { curveView } from './curve-view.js';
import type { MultiverseRun } from './multiverse-run.js';
import type { robustnessFromParams } from './robustness-params.js';

/**
 * The run card: Run / Run again, Cancel and the progress bar while it runs, the error, the restriction.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof runCard>) => render(runCard(...args), host);
 */
export function runCard(run: MultiverseRun, start: () => void): TemplateResult {
  const { result, running, progress, error, runKey } = run;
  return html`<div class="card">
          <button type="button" @click=${start} ?disabled=${running !== undefined} data-testid="run-multiverse">
            ${result ? 'Run again' : 'Run the multiverse'}
          </button>
          ${running ? html`<button type="button" class="secondary" @click=${() => run.cancel()} data-testid="cancel-multiverse">Cancel</button>` : nothing}
          ${
            progress && running
              ? html`<label for="mv-progress">Specifications fitted: ${progress.done} of ${progress.total || '…'}</label>
                  <progress id="mv-progress" max=${progress.total || 1} .value=${progress.done}></progress>`
              : nothing
          }
          ${error ? html`<div class="error-box" role="alert">${error}</div>` : nothing}
          ${result && runKey ? html`<p class="muted" style="overflow-wrap: anywhere">Run restricted to: <code>${runKey}</code></p>` : nothing}
        </div>`;
}

/** What the results view shows and how it reacts. */
export interface ResultsInput {
  state: ReturnType<typeof robustnessFromParams>;
  curve: ReturnType<typeof specificationCurve>;
  /** The filtered result with its summary recomputed. */
  shown: MultiverseResult;
  /** The unfiltered result (for the options each filter offers). */
  result: MultiverseResult;
  readout: string;
  width: number;
  active: number;
  /** False while the curve's drawing is being built (a placeholder is shown). */
  drawn: boolean;
  router: Router;
  move: (rank: number) => void;
  open: (rank: number) => void;
}

/**
 * The quantity and filter controls, the reading in words, the interactive curve and its legend.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof resultsView>) => render(resultsView(...args), host);
 */
export function resultsView(input: ResultsInput): TemplateResult {
  const { state, curve, shown, readout, width, active } = input;
  return html`${controlsCard(input)}
      <p data-testid="mv-reading">${multiverseReading(shown, state.quantity)}</p>
      <figure>
        ${
          input.drawn
            ? curveView(curve, width, active, readout, { move: input.move, open: input.open })
            : html`<p class="loading" data-testid="curve-pending">Drawing the specification curve…</p>`
        }
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

/** The quantity shown and the filters by choice (a choice with one option used is left out). */
function controlsCard({ state, result, router }: ResultsInput): TemplateResult {
  const grid = result.grid;
  return html`<div class="card">
        <fieldset>
          <legend>Show</legend>
          ${QUANTITIES.map(
            (q) => html`<label class="inline"
              ><input type="radio" name="mv-quantity" .checked=${q === state.quantity}
                @change=${() => router.update({ q }, { replace: true })} />
              ${QUANTITY_LABELS[q]}</label
            >`,
          )}
        </fieldset>
        <fieldset class="filters">
          <legend>Filter by choice</legend>
          ${CHOICE_NAMES.map((c) => {
            const choice = grid.find((g) => g.name === c);
            const used = choice?.options.filter((o) => result.rows.some((r) => r.choices[c] === o.id)) ?? [];
            if (used.length < 2 && !state.filters[c]) return nothing;
            return html`<label class="inline" for=${`mv-filter-${c}`}>${choice?.label ?? c}</label>
              <select id=${`mv-filter-${c}`} @change=${(e: Event) =>
                router.update(
                  { [`f_${c}`]: (e.target as HTMLSelectElement).value || undefined },
                  { replace: true },
                )}>
                <option value="" ?selected=${!state.filters[c]}>any</option>
                ${used.map((o) => html`<option value=${o.id} ?selected=${state.filters[c] === o.id}>${o.label}</option>`)}
              </select>`;
          })}
        </fieldset>
      </div>`;
}
