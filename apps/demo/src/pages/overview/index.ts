import { html, nothing, render, type TemplateResult } from 'lit';
import type { Route } from '../../routing/route.js';
import type { ActiveDataset } from '../../services/dataset-store.js';
import { createWidget, loadWidget } from '../../services/widget-loader.js';
import { mountScaffold } from '../../shell/page-scaffold.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { readTheme, THEME_EVENT } from '../../shell/theme.js';
import { deploymentMonthsByCountry } from '../data/deployment-months.js';
import { replicationVerdicts } from './replication-verdicts.js';

const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const int = new Intl.NumberFormat('en');

const VERDICT_TEXT = {
  reproduced: 'reproduced',
  'not reproduced': 'not reproduced',
  'not testable': 'not testable with these data',
} as const;

/** The replication report's verdicts on the main claims, read from the committed numbers.json. */
function replicationNote() {
  const r = replicationVerdicts();
  if (!r) return nothing;
  const held = r.verdicts.filter((v) => v.verdict === 'reproduced').length;
  return html`<div class="muted" data-testid="replication-note">
    <p>
      <strong>On the data bundled here (<code>${r.dataset}</code>), our re-estimate reproduces ${held} of the study's
      ${r.verdicts.length} main claims.</strong> The replication report (<code>docs/replication/report.md</code> in the
      repository, rebuilt with <code>peacepanel replicate</code>) sets each claim beside our estimate, with the reasons
      our data differ; the chart's one-line reading, computed live, says what our curves show and where their
      intervals overlap.
    </p>
    <ul>
      ${r.verdicts.map((v) => html`<li data-verdict=${v.verdict}>${v.claim}: <strong>${VERDICT_TEXT[v.verdict]}</strong></li>`)}
    </ul>
  </div>`;
}

/** The headline finding in plain words, and the replication verdicts. */
function introSection(): TemplateResult {
  return html`<h1>The study: UN peacekeepers reduce battle deaths, most of all when they deploy alongside a partner</h1>
        <p class="lead">
          In African civil wars since the 1990s, months with more UN troops on the ground saw fewer battle deaths.
          Troops of non-UN missions (the African Union, regional organisations, the EU, single states) did not reduce
          battle deaths on their own, but when they deployed <em>in parallel</em> with the UN, battle violence fell the
          most. Partnership is common: in the study, about 44% of the months with a UN deployment also had a non-UN
          mission in the same country.
        </p>
        <p class="muted">
          Finding of Schumann &amp; Bara (2023). The chart below is not the published figure: it re-estimates the
          study's main specification (conflict-months in active wars, 1993–2018, UN troops × non-UN troops with UN
          police and observers, standard errors by conflict), live in your browser, on the public data bundled here,
          which differ from the study's (see <a href="?page=method">Method</a>). Where our estimates differ from the published ones, the chart shows ours;
          read the shaded intervals, not only the lines.
        </p>
        ${replicationNote()}`;
}

/** The `<partnership-effect>` chart's place (the element is added once, by `mountWidgetOnce`). */
function chartSection(d: ActiveDataset | undefined, widgetError: string | undefined): TemplateResult {
  return html`        <section aria-labelledby="chart-h">
          <h2 id="chart-h">Predicted battle deaths by number of UN troops</h2>
          ${widgetError ? html`<div class="error-box" role="alert">${widgetError}</div>` : nothing}
          <div id="overview-widget" data-testid="overview-widget"></div>
          ${
            d?.source === 'upload'
              ? html`<p class="muted">The chart uses the bundled panel (the embeddable chart reads published data); the numbers below and the Model and Scenarios pages use your upload.</p>`
              : nothing
          }
        </section>`;
}

/** How often UN troops deployed beside a non-UN mission in the active panel. */
function dataSection(d: ActiveDataset | undefined): TemplateResult {
  const dep = d ? deploymentMonthsByCountry(d.table) : [];
  const unMonths = dep.reduce((s, x) => s + x.unMonths, 0);
  const parallel = dep.reduce((s, x) => s + x.parallelMonths, 0);
  return html`        <section aria-labelledby="data-h">
          <h2 id="data-h">In the data on this site</h2>
          ${
            d
              ? html`<p data-testid="overview-share">
                  ${d.title} (the panel the Data, Model and Scenarios pages use): ${int.format(unMonths)} country-months with UN troops, of which
                  ${int.format(parallel)} (${unMonths ? pct.format(parallel / unMonths) : '—'}) also had a non-UN mission.
                  ${d.source === 'upload' ? html`<strong>(your upload)</strong>` : nothing}
                </p>
                <p>
                  Explore the country-months on the <a href="?page=data">Data</a> page, re-fit the model on the
                  <a href="?page=model">Model</a> page, or try troop numbers on the <a href="?page=scenarios">Scenarios</a> page.
                </p>`
              : html`<p class="loading">Loading the panel…</p>`
          }
        </section>`;
}

/** What the finding means and what it does not. */
function meaningCards(): TemplateResult {
  return html`        <div class="grid-2">
          <section class="card" aria-labelledby="means-h">
            <h2 id="means-h" style="margin-top: 0">What the study's finding means</h2>
            <ul>
              <li>More UN troops go with fewer battle deaths in the following month.</li>
              <li>A non-UN mission on its own is not associated with fewer battle deaths.</li>
              <li>UN and non-UN troops deployed at the same time go with the largest reduction: partners complement each other.</li>
            </ul>
          </section>
          <section class="card" aria-labelledby="not-h">
            <h2 id="not-h" style="margin-top: 0">What it does not mean</h2>
            <ul>
              <li>It is about <strong>battle deaths only</strong>: not violence against civilians, not other violence.</li>
              <li>It does not show that peace <strong>lasts</strong> after the troops leave.</li>
              <li>
                It is an association in observational data: missions are not sent at random, so it is not proof that
                every deployment causes a reduction, nor a forecast for a particular mission.
              </li>
            </ul>
          </section>
        </div>`;
}

/** The citations of the study and the data. */
function sourcesSection(d: ActiveDataset | undefined): TemplateResult {
  return html`        <section aria-labelledby="cite-h">
          <h2 id="cite-h">Sources</h2>
          <p>
            <strong>Study:</strong> Schumann, Maurice P., and Corinne Bara (2023). "A New Era: Power in Partnership
            Peacekeeping." <i>International Studies Quarterly</i>.
          </p>
          <p data-testid="overview-data-source">
            <strong>Data:</strong>
            ${d?.sourceNote ?? 'UCDP GED battle deaths (via ViEWS), Kathman (2013) UN peacekeeping personnel, non-UN missions compiled from public sources.'}
            Coverage and licences on the <a href="?page=method">Method</a> page and in the datasheet.
          </p>
          ${d?.caveat ? html`<p class="muted">${d.caveat}</p>` : nothing}
        </section>`;
}

/**
 * Overview: the headline finding in plain words with the `<partnership-effect>` chart, what it means
 * and what it does not, and the citations of the study and the data.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  return mountScaffold(host, ctx, route, (page) => {
    let widgetError: string | undefined;
    let widgetMounted = false;
    let onTheme = (): void => {};

    /** Adds the chart element once its box exists, follows the theme, and loads the widget script. */
    function mountWidgetOnce(): void {
      const box = widgetMounted ? null : host.querySelector<HTMLElement>('#overview-widget');
      if (!box) return;
      widgetMounted = true;
      const widget = createWidget({ view: 'effect', theme: readTheme(localStorage) });
      box.append(widget);
      onTheme = () => widget.setAttribute('theme', readTheme(localStorage));
      document.documentElement.addEventListener(THEME_EVENT, onTheme);
      loadWidget().catch((e: unknown) => {
        widgetError = e instanceof Error ? e.message : String(e);
        page.redraw();
      });
    }

    return {
      draw() {
        const d = ctx.data.current;
        render(
          html`${introSection()}${chartSection(d, widgetError)}${dataSection(d)}${meaningCards()}${sourcesSection(d)}`,
          host,
        );
        mountWidgetOnce();
      },
      dispose: () => document.documentElement.removeEventListener(THEME_EVENT, onTheme),
    };
  });
}
