import type { FitResult } from '@peacepanel/core';
import { html, nothing, type TemplateResult } from 'lit';

const f3 = new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const f1 = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/**
 * Significance stars as in R's summary (*** p < 0.001, ** < 0.01, * < 0.05).
 * @example stars(0.003) // => '**'
 */
export function stars(p: number): string {
  return p < 0.001 ? '***' : p < 0.01 ? '**' : p < 0.05 ? '*' : '';
}

/**
 * The union of terms over several models, in first-seen order (so the rows line up side by side).
 * @example import { fitModel, tableFromRows } from '@peacepanel/core';
 * const data = tableFromRows([{ y: 1, x: 0, z: 1 }, { y: 3, x: 1, z: 0 }, { y: 2, x: 2, z: 1 }, { y: 6, x: 3, z: 0 }]);
 * termsOf([fitModel({ formula: 'y ~ x', family: 'poisson' }, data), fitModel({ formula: 'y ~ x + z', family: 'poisson' }, data)]) // => ['(Intercept)', 'x', 'z']
 */
export function termsOf(models: readonly FitResult[]): string[] {
  const seen: string[] = [];
  for (const m of models) for (const c of m.coefficients) if (!seen.includes(c.term)) seen.push(c.term);
  return seen;
}

/**
 * The regression table shown on the page: one column per model, estimate with stars over the
 * standard error in parentheses; fit statistics below.
 * @example // types-only: needs a browser page (`document`)
 * import { render } from 'lit';
 * import { fitModel, tableFromRows } from '@peacepanel/core';
 * const fit = fitModel({ formula: 'y ~ x', family: 'poisson' }, tableFromRows([{ y: 1, x: 0 }, { y: 3, x: 1 }, { y: 2, x: 2 }]));
 * render(regressionView([fit]), document.body);
 */
export function regressionView(models: readonly FitResult[]): TemplateResult {
  const terms = termsOf(models);
  return html`<ol class="model-specs" aria-label="Models in the table">
      ${models.map((m) => html`<li><code>${m.formula}</code> (${m.family}; ${m.vcovType})</li>`)}
    </ol>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Regression table">
    <table class="plain regression" data-testid="regression-table">
      <caption>
        Regression estimates (standard errors in parentheses; * p &lt; 0.05, ** p &lt; 0.01, *** p &lt; 0.001)
      </caption>
      <thead>
        <tr>
          <th scope="col">Term</th>
          ${models.map((m, i) => html`<th scope="col">(${i + 1}) ${m.family === 'negbin' ? 'Neg. binomial' : 'Poisson'}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${terms.map(
          (t) => html`<tr data-term=${t}>
            <th scope="row"><code>${t}</code></th>
            ${models.map((m, i) => {
              const c = m.coefficients.find((x) => x.term === t);
              if (!c) return html`<td></td>`;
              if (c.aliased) return html`<td>(aliased)</td>`;
              return html`<td data-model=${i}>
                <span class="estimate" data-value=${String(c.estimate)}>${f3.format(c.estimate)}${stars(c.p)}</span><br /><span
                  class="muted"
                  >(${f3.format(c.stdError)})</span
                >
              </td>`;
            })}
          </tr>`,
        )}
        <tr class="stats">
          <th scope="row">θ (dispersion)</th>
          ${models.map((m) => html`<td>${m.theta === null ? '—' : f3.format(m.theta)}</td>`)}
        </tr>
        <tr>
          <th scope="row">Observations</th>
          ${models.map((m) => html`<td>${m.n.toLocaleString('en')}</td>`)}
        </tr>
        <tr>
          <th scope="row">Log-likelihood</th>
          ${models.map((m) => html`<td>${f1.format(m.logLik)}</td>`)}
        </tr>
        <tr>
          <th scope="row">AIC</th>
          ${models.map((m) => html`<td>${f1.format(m.aic)}</td>`)}
        </tr>
        <tr>
          <th scope="row">Standard errors</th>
          ${models.map((m) => html`<td class="vcov-type">${m.vcovType}</td>`)}
        </tr>
      </tbody>
    </table>
  </div>`;
}

/**
 * Diagnostics of one fit: convergence, θ, exclusions and warnings.
 * @example // types-only: needs a browser page (`document`)
 * import { render } from 'lit';
 * import { fitModel, tableFromRows } from '@peacepanel/core';
 * const fit = fitModel({ formula: 'y ~ x', family: 'poisson' }, tableFromRows([{ y: 1, x: 0 }, { y: 3, x: 1 }, { y: 2, x: 2 }]));
 * render(diagnosticsView(fit), document.body);
 */
export function diagnosticsView(m: FitResult): TemplateResult {
  return html`<dl class="diagnostics" data-testid="diagnostics">
    <dt>Converged</dt>
    <dd>${m.converged ? 'yes' : 'NO'} after ${m.iterations} iterations (score norm ${m.gradientNorm.toExponential(2)})</dd>
    <dt>θ (NB2 dispersion)</dt>
    <dd>
      ${m.theta === null ? 'not estimated (Poisson)' : html`${f3.format(m.theta)}${m.thetaStdError !== null ? ` (s.e. ${f3.format(m.thetaStdError)})` : ''}`}
    </dd>
    <dt>Rows used</dt>
    <dd>${m.n.toLocaleString('en')}; left out: ${m.nExcluded.toLocaleString('en')}</dd>
    ${
      m.exclusions.length
        ? html`<dt>Why rows were left out</dt>
            <dd>
              <ul>
                ${m.exclusions.map((e) => html`<li>${e.reason}: ${e.count.toLocaleString('en')}</li>`)}
              </ul>
            </dd>`
        : nothing
    }
    <dt>Warnings</dt>
    <dd>${m.warnings.length ? html`<ul>${m.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : 'none'}</dd>
  </dl>`;
}
