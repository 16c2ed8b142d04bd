import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AfricaShape } from '../../charts/africa-shapes.js';
import { countrySeries } from '../../charts/country-series.js';
import { timelineChart } from '../../charts/timeline-chart.js';
import type { Router } from '../../routing/router.js';
import type { ActiveDataset } from '../../services/dataset-store.js';
import { datasheetHtml } from './datasheet.js';
import type { deploymentMonthsByCountry } from './deployment-months.js';
import { modelCsv } from './model-csv.js';
import { type UploadStatus, uploadResult } from './upload-panel.js';

/** The map's inputs, loaded after the first paint. */
export interface MapAssets {
  shapes: AfricaShape[] | undefined;
  error: string | undefined;
  module: typeof import('../../charts/africa-map.js') | undefined;
}

/** Downloads the panel with the model variables added (computed on demand). */
async function downloadModelCsv(d: ActiveDataset): Promise<void> {
  const text = await modelCsv(d.table);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${d.id}-with-model-variables.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Uploading a panel: the file input, the way back to the bundled panel, and the check's result.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof uploadSection>) => render(uploadSection(...args), host);
 */
export function uploadSection(
  d: ActiveDataset | undefined,
  upload: UploadStatus,
  linkedUpload: boolean,
  on: { file: (f: File | undefined) => void; clearUpload: () => void },
): TemplateResult {
  return html`<section aria-labelledby="upload-h">
          <h2 id="upload-h">Use your own panel</h2>
          <p>
            Upload a country-month CSV with the panel's columns (at least <code>country</code>, <code>ym</code> or
            <code>year</code>+<code>month</code>, <code>battle_deaths</code>, <code>un_troops</code>,
            <code>nonun_troops</code>). It is checked in the worker; every page then uses it. Nothing leaves your browser.
          </p>
          <label for="upload-file">Panel CSV file</label>
          <input id="upload-file" type="file" accept=".csv,text/csv" data-testid="upload-input"
            @change=${(e: Event) => on.file((e.target as HTMLInputElement).files?.[0])} />
          ${
            d?.source === 'upload'
              ? html`<button class="secondary" type="button" @click=${() => on.clearUpload()}>Use the bundled panel again</button>`
              : nothing
          }
          ${
            linkedUpload && d?.source === 'bundled' && upload.kind === 'idle'
              ? html`<p class="error-box" role="status">
                  This link refers to a CSV uploaded in another tab or browser; uploads never leave the browser, so the
                  bundled panel is shown. Upload the file here to use it.
                </p>`
              : nothing
          }
          ${uploadResult(upload)}
        </section>`;
}

/**
 * The panel's toolbar (search, row count, downloads) above the virtual table's host.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof tableSection>) => render(tableSection(...args), host);
 */
export function tableSection(
  d: ActiveDataset | undefined,
  q: string,
  rowsShown: number,
  csvHref: string | null,
  router: Router,
): TemplateResult {
  return html`<section aria-labelledby="table-h">
          <h2 id="table-h">The panel</h2>
          <div class="toolbar">
            <div>
              <label for="table-search">Search country, code or month</label>
              <input id="table-search" type="search" .value=${q} placeholder="e.g. Mali or 2013-"
                @input=${(e: Event) => router.update({ q: (e.target as HTMLInputElement).value }, { replace: true })} />
            </div>
            <p class="status-bar" role="status" aria-live="polite" data-testid="row-count">
              ${d ? `${rowsShown.toLocaleString('en')} of ${d.table.n.toLocaleString('en')} rows` : ''}
            </p>
            ${csvHref ? html`<a class="button" href=${csvHref} download="africa-cm.csv" data-testid="download-csv">Download CSV</a>` : nothing}
            ${
              d
                ? html`<button type="button" class="secondary" data-testid="download-model-csv" @click=${() => void downloadModelCsv(d)}>Download CSV with model variables</button>`
                : nothing
            }
          </div>
          <div id="vt-host"></div>
        </section>`;
}

/**
 * The time lines of one country, with the country picker.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof timelineSection>) => render(timelineSection(...args), host);
 */
export function timelineSection(
  d: ActiveDataset | undefined,
  countries: readonly string[],
  country: string | undefined,
  chartWidth: number,
  router: Router,
): TemplateResult {
  return html`<section aria-labelledby="timeline-h">
          <h2 id="timeline-h">Time lines by country</h2>
          <label for="country-choice">Country</label>
          <select id="country-choice" .value=${country ?? ''}
            @change=${(e: Event) => router.update({ country: (e.target as HTMLSelectElement).value })}>
            ${countries.map((c) => html`<option value=${c} ?selected=${c === country}>${c}</option>`)}
          </select>
          ${d && country ? timelineChart(countrySeries(d.table, country), Math.min(960, chartWidth)) : nothing}
        </section>`;
}

/**
 * The map of parallel deployment beside its table.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof mapSection>) => render(mapSection(...args), host);
 */
export function mapSection(
  map: MapAssets,
  deployments: ReturnType<typeof deploymentMonthsByCountry>,
): TemplateResult {
  const { shapes, module: mapModule, error: shapesError } = map;
  return html`<section aria-labelledby="map-h">
          <h2 id="map-h">Where UN and non-UN troops deployed together</h2>
          <div class="map-layout">
            <div>
              ${
                shapes && mapModule
                  ? mapModule.africaMap(shapes, new Map(deployments.map((x) => [x.iso3, x])))
                  : html`<p class="loading">${shapesError ? `The map could not be drawn: ${shapesError}` : 'Drawing the map…'}</p>`
              }
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Months of deployment by country (table)">
              <table class="plain" data-testid="parallel-table">
                <caption>Months of deployment by country (most parallel months first)</caption>
                <thead><tr><th scope="col">Country</th><th scope="col">Parallel</th><th scope="col">UN</th><th scope="col">Non-UN</th></tr></thead>
                <tbody>
                  ${deployments
                    .filter((x) => x.unMonths + x.nonunMonths > 0)
                    .map(
                      (x) =>
                        html`<tr><td>${x.country}</td><td>${x.parallelMonths}</td><td>${x.unMonths}</td><td>${x.nonunMonths}</td></tr>`,
                    )}
                </tbody>
              </table>
            </div>
          </div>`;
}

/**
 * The bundled datasheet (Markdown rendered), or why there is none.
 * @example // types-only: renders into the page (a DOM)
 * import { render } from 'lit';
 * const mount = (host: HTMLElement, ...args: Parameters<typeof datasheetSection>) => render(datasheetSection(...args), host);
 */
export function datasheetSection(datasheet: string | null | undefined): TemplateResult {
  return html`<section aria-labelledby="datasheet-h" id="datasheet">
          <h2 id="datasheet-h">Datasheet</h2>
          ${
            datasheet === undefined
              ? html`<p class="loading">Loading the datasheet…</p>`
              : datasheet === null
                ? html`<p>No datasheet was bundled with this build.</p>`
                : html`<div class="card datasheet" tabindex="0" role="region" aria-label="Datasheet">${unsafeHTML(datasheetHtml(datasheet))}</div>`
          }
        </section>`;
}
