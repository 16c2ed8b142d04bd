import type { ScenarioResponse } from '@peacepanel/worker';
import { html, nothing, render, svg } from 'lit';
import { countryNames, countrySeries } from '../../charts/country-series.js';
import type { Route } from '../../routing/route.js';
import { getClient } from '../../services/client.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import {
  meanOf,
  NONUN_MAX,
  type ScenarioState,
  STEP,
  scenarioFromParams,
  UN_MAX,
} from './scenario-params.js';

const troops = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const deaths = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('en', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

type Row = { key: keyof ScenarioResponse['deaths']; label: string; short: string; colour: string };

function rows(s: ScenarioState): Row[] {
  return [
    { key: 'none', label: 'No troops', short: 'No troops', colour: 'var(--deaths)' },
    {
      key: 'unOnly',
      label: `${troops.format(s.un)} UN troops alone`,
      short: 'UN alone',
      colour: 'var(--un)',
    },
    {
      key: 'nonunOnly',
      label: `${troops.format(s.nonun)} non-UN troops alone`,
      short: 'Non-UN alone',
      colour: 'var(--nonun)',
    },
    { key: 'both', label: 'Both together (parallel)', short: 'Both together', colour: 'var(--both)' },
  ];
}

/** Horizontal bars with interval whiskers for the four scenarios. */
function scenarioChart(r: ScenarioResponse, s: ScenarioState, level: number, width: number) {
  const items = rows(s);
  let max = 0;
  for (const it of items) max = Math.max(max, r.deaths[it.key].upper, r.deaths[it.key].fit);
  max = max > 0 ? max * 1.05 : 1;
  const W = Math.max(300, Math.min(720, Math.round(width)));
  const narrow = W < 520;
  const left = narrow ? 104 : 200;
  const bar = 28;
  const gap = 16;
  const H = items.length * (bar + gap) + 24;
  const x = (v: number) => left + (Math.min(v, max) / max) * (W - left - 60);
  const description = items
    .map((it) => {
      const d = r.deaths[it.key];
      return `${it.label}: ${deaths.format(d.fit)} (${deaths.format(d.lower)} to ${deaths.format(d.upper)})`;
    })
    .join('; ');
  return html`<svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} style="max-width: 100%; height: auto" role="img"
    aria-label=${`Predicted battle deaths per month with ${Math.round(level * 100)}% intervals. ${description}`}>
    ${items.map((it, i) => {
      const d = r.deaths[it.key];
      const y = i * (bar + gap) + 8;
      return svg`<text x=${left - 8} y=${y + bar / 2 + 4} text-anchor="end" font-size="13" fill="currentColor">${narrow ? it.short : it.label}</text>
        <rect x=${left} y=${y} width=${Math.max(1, x(d.fit) - left)} height=${bar} fill=${it.colour} opacity="0.85"></rect>
        <line x1=${x(d.lower)} x2=${x(d.upper)} y1=${y + bar / 2} y2=${y + bar / 2} stroke="currentColor" stroke-width="1.5"></line>
        <line x1=${x(d.lower)} x2=${x(d.lower)} y1=${y + 6} y2=${y + bar - 6} stroke="currentColor"></line>
        <line x1=${x(d.upper)} x2=${x(d.upper)} y1=${y + 6} y2=${y + bar - 6} stroke="currentColor"></line>
        <text x=${x(Math.max(d.upper, d.fit)) + 6} y=${y + bar / 2 + 4} font-size="12" fill="currentColor">${deaths.format(d.fit)}</text>`;
    })}
  </svg>`;
}

/**
 * Scenarios page: sliders for UN and non-UN troops and an optional country; the predicted monthly
 * battle deaths with intervals under four deployments, and the UN troops needed for the same
 * reduction without a partner. Computed in the worker from the study's model. URL: `un`, `nonun`
 * (troops), `country`.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  let current = route;
  let result: ScenarioResponse | undefined;
  let error: string | undefined;
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = '';
  const level = 0.95;
  let chartWidth = host.clientWidth || 720;
  const resize = new ResizeObserver(() => {
    const w = host.clientWidth;
    if (w && Math.abs(w - chartWidth) > 8) {
      chartWidth = w;
      draw();
    }
  });
  resize.observe(host);

  function at(s: ScenarioState): Record<string, number> | undefined {
    const d = ctx.data.current;
    if (!s.country || !d) return undefined;
    const m = meanOf(countrySeries(d.table, s.country).deaths);
    return m === undefined ? undefined : { battle_deaths_lag1: m };
  }

  async function compute(): Promise<void> {
    const s = scenarioFromParams(current.params);
    const ds = await ctx.data.use(current.params.data === 'upload' ? 'upload' : 'bundled');
    const key = `${s.un}|${s.nonun}|${s.country ?? ''}|${ds.id}|${ds.table.n}`;
    if (key === lastKey) return;
    lastKey = key;
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    const client = await getClient();
    const req = { dataset: ds.id, un: s.un / 1000, nonun: s.nonun / 1000, ciLevel: level, at: at(s) };
    const r = await client.scenario(req, { signal: controller.signal });
    if (controller.signal.aborted) return;
    if (r.ok) {
      result = r.value;
      error = undefined;
    } else {
      error = r.message;
    }
    draw();
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void compute(), 120);
  };

  function draw(): void {
    const s = scenarioFromParams(current.params);
    const d = ctx.data.current;
    const countries = d ? countryNames(d.table) : [];
    const r = result;
    const without = r?.unNeeded.withoutPartner;
    render(
      html`<h1>Scenarios</h1>
        <p class="lead">
          Set how many UN and non-UN troops are deployed and see the model's predicted battle deaths per month, with
          ${Math.round(level * 100)}% intervals. The model is the study's main specification fitted on
          ${d ? d.title : 'the panel'}.
        </p>
        <div class="grid-2">
          <div class="card">
            <label for="un-troops">UN troops: <output data-testid="un-value">${troops.format(s.un)}</output></label>
            <input id="un-troops" type="range" min="0" max=${UN_MAX} step=${STEP} .value=${String(s.un)} style="width: 100%"
              aria-valuetext=${`${troops.format(s.un)} UN troops`}
              @input=${(e: Event) => ctx.router.update({ un: (e.target as HTMLInputElement).value }, { replace: true })} />
            <label for="nonun-troops">Non-UN troops: <output data-testid="nonun-value">${troops.format(s.nonun)}</output></label>
            <input id="nonun-troops" type="range" min="0" max=${NONUN_MAX} step=${STEP} .value=${String(s.nonun)} style="width: 100%"
              aria-valuetext=${`${troops.format(s.nonun)} non-UN troops`}
              @input=${(e: Event) => ctx.router.update({ nonun: (e.target as HTMLInputElement).value }, { replace: true })} />
            <label for="scenario-country">Country (optional)</label>
            <select id="scenario-country" @change=${(e: Event) => ctx.router.update({ country: (e.target as HTMLSelectElement).value || undefined })}>
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
          </div>
          <div class="card" aria-live="polite" data-testid="scenario-result">
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
          </div>
        </div>
        ${
          r
            ? html`<h2>Predicted battle deaths per month</h2>${scenarioChart(r, s, level, chartWidth)}
          <div class="table-scroll" tabindex="0" role="region" aria-label="Predicted battle deaths by deployment (table)"><table class="plain" style="margin-top: 1rem">
            <caption class="visually-hidden">Predicted battle deaths per month by deployment</caption>
            <thead><tr><th scope="col">Deployment</th><th scope="col">Predicted</th><th scope="col">Lower</th><th scope="col">Upper</th><th scope="col">Change vs none</th></tr></thead>
            <tbody>${rows(s).map((it) => {
              const x = r.deaths[it.key];
              const red = it.key === 'none' ? undefined : r.reductions[it.key];
              return html`<tr><td>${it.label}</td><td>${deaths.format(x.fit)}</td><td>${deaths.format(x.lower)}</td><td>${deaths.format(x.upper)}</td><td>${red === undefined ? '—' : pct.format(-red)}</td></tr>`;
            })}</tbody>
          </table></div>`
            : nothing
        }
        <p class="muted">
          Predictions are for battle deaths only (not violence against civilians, nor whether peace lasts) and are
          associations estimated from observational data, as in the study; they are not a forecast for a particular
          mission.
        </p>`,
      host,
    );
    schedule();
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
      clearTimeout(timer);
      pending?.abort();
    },
  };
}
