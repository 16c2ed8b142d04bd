import type { ScenarioResponse } from '@peacepanel/worker';
import { html, nothing, render } from 'lit';
import { countryNames, countrySeries } from '../../charts/country-series.js';
import type { Route } from '../../routing/route.js';
import { getClient } from '../../services/client.js';
import { mountScaffold, type PageScope, type PageSteps } from '../../shell/page-scaffold.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { scenarioChart } from './scenario-chart.js';
import { meanOf, type ScenarioState, scenarioFromParams } from './scenario-params.js';
import { controlsCard, deploymentTable, resultCard } from './scenario-views.js';

const LEVEL = 0.95;

/** The page's state and steps: compute the scenario in the worker (debounced), draw it. */
function scenarioSteps(page: PageScope): PageSteps {
  const { host, ctx } = page;
  let result: ScenarioResponse | undefined;
  let error: string | undefined;
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = '';

  /** Last month's deaths at the chosen country's average, when a country is chosen. */
  function at(s: ScenarioState): Record<string, number> | undefined {
    const d = ctx.data.current;
    if (!s.country || !d) return undefined;
    const m = meanOf(countrySeries(d.table, s.country).deaths);
    return m === undefined ? undefined : { battle_deaths_lag1: m };
  }

  async function compute(): Promise<void> {
    const s = scenarioFromParams(page.route.params);
    const ds = await ctx.data.use(page.route.params.data === 'upload' ? 'upload' : 'bundled');
    const key = `${s.un}|${s.nonun}|${s.country ?? ''}|${ds.id}|${ds.table.n}`;
    if (key === lastKey) return;
    lastKey = key;
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    const client = await getClient();
    const req = { dataset: ds.id, un: s.un / 1000, nonun: s.nonun / 1000, ciLevel: LEVEL, at: at(s) };
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

  function draw(): void {
    const s = scenarioFromParams(page.route.params);
    const d = ctx.data.current;
    const r = result;
    render(
      html`<h1>Scenarios</h1>
        <p class="lead">
          Set how many UN and non-UN troops are deployed and see the model's predicted battle deaths per month, with
          ${Math.round(LEVEL * 100)}% intervals. The model is the study's main specification fitted on
          ${d ? d.title : 'the panel'}.
        </p>
        <div class="grid-2">
          ${controlsCard(s, d ? countryNames(d.table) : [], ctx.router)}
          ${resultCard(s, r, error)}
        </div>
        ${
          r
            ? html`<h2>Predicted battle deaths per month</h2>${scenarioChart(r, s, LEVEL, page.width)}
          ${deploymentTable(s, r)}`
            : nothing
        }
        <p class="muted">
          Predictions are for battle deaths only (not violence against civilians, nor whether peace lasts) and are
          associations estimated from observational data, as in the study; they are not a forecast for a particular
          mission.
        </p>`,
      host,
    );
    clearTimeout(timer);
    timer = setTimeout(() => void compute(), 120);
  }

  return {
    draw,
    dispose() {
      clearTimeout(timer);
      pending?.abort();
    },
  };
}

/**
 * Scenarios page: sliders for UN and non-UN troops and an optional country; the predicted monthly
 * battle deaths with intervals under four deployments, and the UN troops needed for the same
 * reduction without a partner. Computed in the worker from the study's model. URL: `un`, `nonun`
 * (troops), `country`.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  return mountScaffold(host, ctx, route, scenarioSteps, { width: { fallback: 720 } });
}
