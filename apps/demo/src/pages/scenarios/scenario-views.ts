import type { ScenarioResponse } from '@peacepanel/worker';
import { html, type TemplateResult } from 'lit';
import type { Router } from '../../routing/router.js';
import { deaths, pct, rows, troops } from './scenario-chart.js';
import { NONUN_MAX, type ScenarioState, STEP, UN_MAX } from './scenario-params.js';

/**
 * The sliders for UN and non-UN troops and the optional country.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof controlsCard>) => render(controlsCard(...args), host);
 */
export function controlsCard(s: ScenarioState, countries: readonly string[], router: Router): TemplateResult {
  return html`<div class="card">
            <label for="un-troops">UN troops: <output data-testid="un-value">${troops.format(s.un)}</output></label>
            <input id="un-troops" type="range" min="0" max=${UN_MAX} step=${STEP} .value=${String(s.un)} style="width: 100%"
              aria-valuetext=${`${troops.format(s.un)} UN troops`}
              @input=${(e: Event) => router.update({ un: (e.target as HTMLInputElement).value }, { replace: true })} />
            <label for="nonun-troops">Non-UN troops: <output data-testid="nonun-value">${troops.format(s.nonun)}</output></label>
            <input id="nonun-troops" type="range" min="0" max=${NONUN_MAX} step=${STEP} .value=${String(s.nonun)} style="width: 100%"
              aria-valuetext=${`${troops.format(s.nonun)} non-UN troops`}
              @input=${(e: Event) => router.update({ nonun: (e.target as HTMLInputElement).value }, { replace: true })} />
            <label for="scenario-country">Country (optional)</label>
            <select id="scenario-country" @change=${(e: Event) => router.update({ country: (e.target as HTMLSelectElement).value || undefined })}>
              <option value="" ?selected=${!s.country}>Average conflict-month</option>
              ${countries.map((c) => html`<option value=${c} ?selected=${c === s.country}>${c}</option>`)}
            </select>
            <p class="muted">
              ${
                s.country
                  ? `Last month's battle deaths are set to ${s.country}'s monthly average; other covariates at the sample means.`
                  : 'Other covariates (last month’s deaths, conflict duration) at their sample means.'
              }
            </p>
          </div>`;
}

/**
 * The result in words: predicted deaths with both, and UN troops needed without a partner.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof resultCard>) => render(resultCard(...args), host);
 */
export function resultCard(
  s: ScenarioState,
  r: ScenarioResponse | undefined,
  error: string | undefined,
): TemplateResult {
  const without = r?.unNeeded.withoutPartner;
  return html`<div class="card" aria-live="polite" data-testid="scenario-result">
            ${
              error
                ? html`<div class="error-box" role="alert">${error}</div>`
                : !r
                  ? html`<p class="loading">Fitting the model in the worker…</p>`
                  : html`<p>
                        With <strong>${troops.format(s.un)} UN</strong> and <strong>${troops.format(s.nonun)} non-UN</strong>
                        troops the model predicts <strong data-testid="both-fit">${deaths.format(r.deaths.both.fit)}</strong> battle
                        deaths a month (${deaths.format(r.deaths.both.lower)}–${deaths.format(r.deaths.both.upper)}), against
                        ${deaths.format(r.deaths.none.fit)} with no troops: a change of ${pct.format(-r.reductions.both)}.
                      </p>
                      <p data-testid="un-needed">
                        <strong>UN troops needed for the same reduction without a partner:</strong>
                        ${
                          without?.un === null || without === undefined
                            ? html`not reachable with UN troops alone in this model. <span class="muted">${without?.note ?? ''}</span>`
                            : html`${troops.format(without.un * 1000)} <span class="muted">(${without.note})</span>`
                        }
                      </p>`
            }
          </div>`;
}

/**
 * The four deployments as a table (the chart's numbers, for screen readers and copying).
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof deploymentTable>) => render(deploymentTable(...args), host);
 */
export function deploymentTable(s: ScenarioState, r: ScenarioResponse): TemplateResult {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="Predicted battle deaths by deployment (table)"><table class="plain" style="margin-top: 1rem">
            <caption class="visually-hidden">Predicted battle deaths per month by deployment</caption>
            <thead><tr><th scope="col">Deployment</th><th scope="col">Predicted</th><th scope="col">Lower</th><th scope="col">Upper</th><th scope="col">Change vs none</th></tr></thead>
            <tbody>${rows(s).map((it) => {
              const x = r.deaths[it.key];
              const red = it.key === 'none' ? undefined : r.reductions[it.key];
              return html`<tr><td>${it.label}</td><td>${deaths.format(x.fit)}</td><td>${deaths.format(x.lower)}</td><td>${deaths.format(x.upper)}</td><td>${red === undefined ? '—' : pct.format(-red)}</td></tr>`;
            })}</tbody>
          </table></div>`;
}
