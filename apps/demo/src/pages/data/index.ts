import { html, nothing, render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AfricaShape } from '../../charts/africa-shapes.js';
import { countryNames, countrySeries } from '../../charts/country-series.js';
import { timelineChart } from '../../charts/timeline-chart.js';
import type { Route } from '../../routing/route.js';
import { bundledCsvUrl, loadDatasheet } from '../../services/bundled-files.js';
import type { ActiveDataset } from '../../services/dataset-store.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import { datasheetHtml } from './datasheet.js';
import { deploymentMonthsByCountry } from './deployment-months.js';
import { modelCsv } from './model-csv.js';
import { queryRows, type SortDirection } from './table-query.js';
import { type UploadStatus, uploadResult } from './upload-panel.js';
import { VirtualTable } from './virtual-table.js';

/** Columns shown first when present (the rest follow in file order). */
const PREFERRED = [
  'country',
  'ym',
  'battle_deaths',
  'un_troops',
  'nonun_troops',
  'un_missions',
  'nonun_missions',
  'nonun_quality',
  'conflict_active',
];

function displayColumns(d: ActiveDataset): string[] {
  const all = Object.keys(d.table.columns);
  return [...PREFERRED.filter((c) => all.includes(c)), ...all.filter((c) => !PREFERRED.includes(c))];
}

function parseSort(p: string | undefined): { column: string | undefined; direction: SortDirection } {
  if (!p) return { column: undefined, direction: 'asc' };
  const [column, dir] = p.split(':');
  return { column, direction: dir === 'desc' ? 'desc' : 'asc' };
}

/**
 * Data page: upload, the searchable and sortable virtualised table, per-country time lines, the map
 * of parallel deployment and the datasheet. URL parameters: `q` (search), `sort` (`column:asc|desc`),
 * `country` (time line), `data=upload`.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  let current = route;
  let upload: UploadStatus = { kind: 'idle' };
  let shapes: AfricaShape[] | undefined;
  let shapesError: string | undefined;
  let datasheet: string | null | undefined;
  let table: VirtualTable | undefined;
  let cache: { data: ActiveDataset; q: string; sort: string; order: Uint32Array } | undefined;
  let chartWidth = host.clientWidth || 800;
  const resize = new ResizeObserver(() => {
    const w = host.clientWidth;
    if (w && Math.abs(w - chartWidth) > 8) {
      chartWidth = w;
      draw();
    }
  });
  resize.observe(host);

  void import('../../charts/africa-shapes.js')
    .then(async (m) => {
      const { MAP_WIDTH, MAP_HEIGHT } = await import('../../charts/africa-map.js');
      const topo = (await import('world-atlas/countries-110m.json')).default;
      shapes = m.africaShapes(topo as unknown as Parameters<typeof m.africaShapes>[0], MAP_WIDTH, MAP_HEIGHT);
    })
    .catch((e: unknown) => {
      shapesError = e instanceof Error ? e.message : String(e);
    })
    .finally(() => draw());
  void loadDatasheet().then((md) => {
    datasheet = md;
    draw();
  });
  let mapModule: typeof import('../../charts/africa-map.js') | undefined;
  void import('../../charts/africa-map.js').then((m) => {
    mapModule = m;
    draw();
  });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    upload = { kind: 'checking', fileName: file.name };
    draw();
    // bytes, not file.text(): the encoding (UTF-8, UTF-16, windows-1252) is detected by core's reader
    const r = await ctx.data.upload(new Uint8Array(await file.arrayBuffer()), file.name);
    upload = r.ok
      ? { kind: 'ok', dataset: r.dataset }
      : { kind: 'error', fileName: file.name, errors: r.errors, truncated: r.truncated };
    if (r.ok) ctx.router.update({ data: 'upload' });
    draw();
  };

  const onSort = (column: string) => {
    const s = parseSort(current.params.sort);
    const direction: SortDirection = s.column === column && s.direction === 'asc' ? 'desc' : 'asc';
    ctx.router.update({ sort: `${column}:${direction}` });
  };

  function draw(): void {
    const d = ctx.data.current;
    const q = current.params.q ?? '';
    const sort = parseSort(current.params.sort);
    const countries = d ? countryNames(d.table) : [];
    const country =
      current.params.country && countries.includes(current.params.country)
        ? current.params.country
        : countries.includes('Sudan')
          ? 'Sudan'
          : countries[0];
    const csvHref = d?.source === 'bundled' ? bundledCsvUrl() : null;
    const deployments = d ? deploymentMonthsByCountry(d.table) : [];
    render(
      html`<h1>Data</h1>
        <p class="lead">
          ${d ? html`You are looking at <strong>${d.title}</strong>: ${d.table.n.toLocaleString('en')} country-months.` : 'Loading the panel…'}
          ${d?.caveat ? html`<span class="muted">${d.caveat}</span>` : nothing}
        </p>

        <section aria-labelledby="upload-h">
          <h2 id="upload-h">Use your own panel</h2>
          <p>
            Upload a country-month CSV with the panel's columns (at least <code>country</code>, <code>ym</code> or
            <code>year</code>+<code>month</code>, <code>battle_deaths</code>, <code>un_troops</code>,
            <code>nonun_troops</code>). It is checked in the worker; every page then uses it. Nothing leaves your browser.
          </p>
          <label for="upload-file">Panel CSV file</label>
          <input id="upload-file" type="file" accept=".csv,text/csv" data-testid="upload-input"
            @change=${(e: Event) => void onFile((e.target as HTMLInputElement).files?.[0])} />
          ${
            d?.source === 'upload'
              ? html`<button class="secondary" type="button" @click=${async () => {
                  await ctx.data.clearUpload();
                  upload = { kind: 'idle' };
                  ctx.router.update({ data: undefined });
                }}>Use the bundled panel again</button>`
              : nothing
          }
          ${
            current.params.data === 'upload' && d?.source === 'bundled' && upload.kind === 'idle'
              ? html`<p class="error-box" role="status">
                  This link refers to a CSV uploaded in another tab or browser; uploads never leave the browser, so the
                  bundled panel is shown. Upload the file here to use it.
                </p>`
              : nothing
          }
          ${uploadResult(upload)}
        </section>

        <section aria-labelledby="table-h">
          <h2 id="table-h">The panel</h2>
          <div class="toolbar">
            <div>
              <label for="table-search">Search country, code or month</label>
              <input id="table-search" type="search" .value=${q} placeholder="e.g. Mali or 2013-"
                @input=${(e: Event) => ctx.router.update({ q: (e.target as HTMLInputElement).value }, { replace: true })} />
            </div>
            <p class="status-bar" role="status" aria-live="polite" data-testid="row-count">
              ${d ? `${(cache?.order.length ?? 0).toLocaleString('en')} of ${d.table.n.toLocaleString('en')} rows` : ''}
            </p>
            ${csvHref ? html`<a class="button" href=${csvHref} download="africa-cm.csv" data-testid="download-csv">Download CSV</a>` : nothing}
            ${
              d
                ? html`<button type="button" class="secondary" data-testid="download-model-csv" @click=${async () => {
                    const text = await modelCsv(d.table);
                    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
                    const a = document.createElement('a');
                    a.href = url;
                    a.download = `${d.id}-with-model-variables.csv`;
                    document.body.append(a);
                    a.click();
                    a.remove();
                    setTimeout(() => URL.revokeObjectURL(url), 1000);
                  }}>Download CSV with model variables</button>`
                : nothing
            }
          </div>
          <div id="vt-host"></div>
        </section>

        <section aria-labelledby="timeline-h">
          <h2 id="timeline-h">Time lines by country</h2>
          <label for="country-choice">Country</label>
          <select id="country-choice" .value=${country ?? ''}
            @change=${(e: Event) => ctx.router.update({ country: (e.target as HTMLSelectElement).value })}>
            ${countries.map((c) => html`<option value=${c} ?selected=${c === country}>${c}</option>`)}
          </select>
          ${d && country ? timelineChart(countrySeries(d.table, country), Math.min(960, chartWidth)) : nothing}
        </section>

        <section aria-labelledby="map-h">
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
          </div>
        </section>

        <section aria-labelledby="datasheet-h" id="datasheet">
          <h2 id="datasheet-h">Datasheet</h2>
          ${
            datasheet === undefined
              ? html`<p class="loading">Loading the datasheet…</p>`
              : datasheet === null
                ? html`<p>No datasheet was bundled with this build.</p>`
                : html`<div class="card datasheet" tabindex="0" role="region" aria-label="Datasheet">${unsafeHTML(datasheetHtml(datasheet))}</div>`
          }
        </section>`,
      host,
    );
    if (d) {
      const key = current.params.sort ?? '';
      if (!cache || cache.data !== d || cache.q !== q || cache.sort !== key) {
        cache = {
          data: d,
          q,
          sort: key,
          order: queryRows(d.table, { search: q, sortColumn: sort.column, sortDirection: sort.direction }),
        };
        queueMicrotask(draw);
      }
      const vtHost = host.querySelector<HTMLElement>('#vt-host');
      if (vtHost && !table) table = new VirtualTable(vtHost, onSort);
      table?.set({
        table: d.table,
        order: cache.order,
        columns: displayColumns(d),
        sortColumn: sort.column,
        sortDirection: sort.direction,
        caption: `${d.title}: ${cache.order.length} rows`,
      });
    }
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
      table?.dispose();
    },
  };
}
