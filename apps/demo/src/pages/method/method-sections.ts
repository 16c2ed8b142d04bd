import { html, nothing, type TemplateResult } from 'lit';
import type { ActiveDataset } from '../../services/dataset-store.js';

/**
 * How the panel is built: unit, battle deaths, UN and non-UN troops, the model variables.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof buildSection>) => render(buildSection(...args), host);
 */
export function buildSection(): TemplateResult {
  return html`<h1>Method</h1>
        <p class="lead">
          peacepanel rebuilds the evidence of Schumann &amp; Bara (2023) from public data and re-estimates it in your
          browser. This page says how, what the data cover, and where they differ from the study's.
        </p>

        <h2>How the panel is built</h2>
        <ol>
          <li>
            <strong>Unit:</strong> country-month for African states, the unit of the study. Each row is one country
            in one month (<code>ym</code> = <code>YYYY-MM</code>).
          </li>
          <li>
            <strong>Battle deaths</strong> (<code>battle_deaths</code>, best estimate; the low and high columns are empty in this release): UCDP
            Georeferenced Event Dataset, state-based violence, summed by country and month (ViEWS country-month
            extract of UCDP GED).
          </li>
          <li>
            <strong>UN troops</strong> (<code>un_troops</code>, also police and observers): Kathman (2013) UN
            peacekeeping personnel, mission-month (release to December 2019), summed by host country.
          </li>
          <li>
            <strong>Non-UN troops</strong> (<code>nonun_troops</code>, <code>nonun_missions</code>): missions of
            regional organisations (AU, ECOWAS, …), the EU, single states and ad-hoc coalitions, with troop strengths
            hand-compiled from public sources; <code>nonun_quality</code> says for each month whether the number was
            reported, interpolated between reports, only authorised, or missing.
          </li>
          <li>
            <strong>Model variables</strong>: troops in thousands lagged one month within country
            (<code>un_troops_k_lag1</code>, <code>nonun_troops_k_lag1</code>), battle deaths lagged one month, and
            conflict duration. They are computed in the worker by <code>addPartnershipVariables</code> (also for your
            upload).
          </li>
        </ol>
        <p>Every source file, its provenance and the build script are in <code>packages/data</code>; the datasheet is
          on the <a href="?page=data#datasheet">Data</a> page.</p>`;
}

/**
 * How the model is estimated, and where the computation runs.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof estimationSection>) => render(estimationSection(...args), host);
 */
export function estimationSection(): TemplateResult {
  return html`        <h2>How it is estimated</h2>
        <p>
          The default model follows the study's main specification: a negative binomial (NB2) regression of monthly
          battle deaths on UN troops, non-UN troops and their product, the logged lagged outcome and conflict
          duration, with standard errors clustered by country (Stata's <code>nbreg</code> convention). Estimation is
          by maximum likelihood over the coefficients and the dispersion θ; the estimates are checked against R
          (<code>MASS::glm.nb</code>, <code>sandwich</code>) in the test suite. Rows with a missing value in any model
          variable are left out and reported (Model page, Diagnostics). Intervals for predictions use the delta
          method on the log scale; the cluster bootstrap resamples countries.
        </p>
        <p>
          All computation runs in a Web Worker in your browser (<code>@peacepanel/worker</code>); nothing is sent to a
          server. The same estimator runs on the command line: <code>peacepanel fit --data panel.csv --json</code>.
        </p>`;
}

/**
 * Coverage and differences from the study, with the dataset's own caveat.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof coverageSection>) => render(coverageSection(...args), host);
 */
export function coverageSection(d: ActiveDataset | undefined): TemplateResult {
  return html`        <h2>Coverage and differences from the study</h2>
        ${
          d?.caveat
            ? html`<div class="card" data-testid="dataset-caveat">
                <strong>${d.title}:</strong> ${d.caveat}
              </div>`
            : html`<p class="muted">The dataset's caveat appears here once it has loaded.</p>`
        }
        <ul>
          <li>
            The study uses non-UN deployment data compiled by its authors' team (Bara &amp; Hultman 2020); those data are not public in a
            form we could use, so our non-UN troop numbers are compiled from public reports and are less complete. The
            quality column marks interpolated or only-authorised numbers.
          </li>
          <li>
            <code>peacepanel replicate</code> re-estimates each claim of the study on these data and writes a report
            with a verdict per claim (<code>docs/replication/</code> in the repository).
          </li>
          <li>
            Every chart (this demo's, the widget's and the report's) is drawn by <code>@peacepanel/charts</code>;
            its snapshot tests are shown in the <a href="?page=gallery">chart gallery</a>.
          </li>
          <li>
            Our estimates will therefore not equal the published ones. They are honest re-estimates on these data, and
            the model can be changed on the Model page to see how much the findings depend on the choices.
          </li>
        </ul>`;
}

/**
 * Sources, licences and the citation.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof sourcesSection>) => render(sourcesSection(...args), host);
 */
export function sourcesSection(d: ActiveDataset | undefined): TemplateResult {
  return html`        <h2>Sources and licences</h2>
        ${
          d?.sourceNote
            ? html`<p data-testid="dataset-source"><strong>${d.title}:</strong> ${d.sourceNote}</p>`
            : nothing
        }
        <ul>
          <li>peacepanel code: MIT.</li>
          <li>
            Battle deaths: UCDP GED as aggregated to country-months by ViEWS; the licence of each source is stated
            above and in the datasheet (the ViEWS extract is CC BY-NC 4.0: non-commercial use, with attribution).
          </li>
          <li>
            UN peacekeeping personnel: Kathman (2013), <i>Conflict Management and Peace Science</i> 30(5): 532–549;
            public academic data, licence not stated: attribution required.
          </li>
          <li>Non-UN mission strengths: compiled from the public pages cited row by row in the data package.</li>
          <li>Map boundaries: Natural Earth (public domain), via <code>world-atlas</code> (ISC).</li>
        </ul>

        <h2>Cite</h2>
        <p>
          Schumann, Maurice P., and Corinne Bara (2023). "A New Era: Power in Partnership Peacekeeping."
          <i>International Studies Quarterly</i>.
        </p>`;
}
