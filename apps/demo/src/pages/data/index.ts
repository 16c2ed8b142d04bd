import { html, nothing, render } from 'lit';
import { countryNames } from '../../charts/country-series.js';
import type { Route } from '../../routing/route.js';
import { bundledCsvUrl, loadDatasheet } from '../../services/bundled-files.js';
import type { ActiveDataset } from '../../services/dataset-store.js';
import { mountScaffold, type PageScope, type PageSteps } from '../../shell/page-scaffold.js';
import type { AppContext, PageView } from '../../shell/page-view.js';
import {
  datasheetSection,
  type MapAssets,
  mapSection,
  tableSection,
  timelineSection,
  uploadSection,
} from './data-sections.js';
import { deploymentMonthsByCountry } from './deployment-months.js';
import { queryRows, type SortDirection } from './table-query.js';
import type { UploadStatus } from './upload-panel.js';
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

/** Loads the map's shapes and drawing module after the first paint; `done` redraws. */
function loadMapAssets(map: MapAssets, done: () => void): void {
  void import('../../charts/africa-shapes.js')
    .then(async (m) => {
      const { MAP_WIDTH, MAP_HEIGHT } = await import('../../charts/africa-map.js');
      const topo = (await import('world-atlas/countries-110m.json')).default;
      map.shapes = m.africaShapes(
        topo as unknown as Parameters<typeof m.africaShapes>[0],
        MAP_WIDTH,
        MAP_HEIGHT,
      );
    })
    .catch((e: unknown) => {
      map.error = e instanceof Error ? e.message : String(e);
    })
    .finally(done);
  void import('../../charts/africa-map.js').then((m) => {
    map.module = m;
    done();
  });
}

/** The country whose time lines are shown: the linked one, else Sudan, else the first. */
function chosenCountry(param: string | undefined, countries: readonly string[]): string | undefined {
  if (param && countries.includes(param)) return param;
  return countries.includes('Sudan') ? 'Sudan' : countries[0];
}

/**
 * Checks an uploaded file in the worker; on success it becomes the active dataset (`data=upload`),
 * otherwise its located errors are shown. `show` receives each status.
 */
async function checkFile(
  ctx: AppContext,
  file: File | undefined,
  show: (status: UploadStatus) => void,
): Promise<void> {
  if (!file) return;
  show({ kind: 'checking', fileName: file.name });
  // bytes, not file.text(): the encoding (UTF-8, UTF-16, windows-1252) is detected by core's reader
  const r = await ctx.data.upload(new Uint8Array(await file.arrayBuffer()), file.name);
  show(
    r.ok
      ? { kind: 'ok', dataset: r.dataset }
      : { kind: 'error', fileName: file.name, errors: r.errors, truncated: r.truncated },
  );
  if (r.ok) ctx.router.update({ data: 'upload' });
}

/** The page's state and steps: upload a file, sort and search the table, draw the sections. */
function dataSteps(page: PageScope): PageSteps {
  const { host, ctx } = page;
  let upload: UploadStatus = { kind: 'idle' };
  let datasheet: string | null | undefined;
  let table: VirtualTable | undefined;
  let cache: { data: ActiveDataset; q: string; sort: string; order: Uint32Array } | undefined;
  const map: MapAssets = { shapes: undefined, error: undefined, module: undefined };
  loadMapAssets(map, () => draw());
  void loadDatasheet().then((md) => {
    datasheet = md;
    draw();
  });

  const onFile = (file: File | undefined) =>
    checkFile(ctx, file, (status) => {
      upload = status;
      draw();
    });
  const clearUpload = async () => {
    await ctx.data.clearUpload();
    upload = { kind: 'idle' };
    ctx.router.update({ data: undefined });
  };
  const onSort = (column: string) => {
    const s = parseSort(page.route.params.sort);
    const direction: SortDirection = s.column === column && s.direction === 'asc' ? 'desc' : 'asc';
    ctx.router.update({ sort: `${column}:${direction}` });
  };

  /** Re-queries the rows when the data, search or sort changed (then redraws), and fills the table. */
  function syncTable(d: ActiveDataset, q: string): void {
    const sort = parseSort(page.route.params.sort);
    const key = page.route.params.sort ?? '';
    if (!cache || cache.data !== d || cache.q !== q || cache.sort !== key) {
      const order = queryRows(d.table, { search: q, sortColumn: sort.column, sortDirection: sort.direction });
      cache = { data: d, q, sort: key, order };
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

  function draw(): void {
    const d = ctx.data.current;
    const params = page.route.params;
    const q = params.q ?? '';
    const countries = d ? countryNames(d.table) : [];
    const csvHref = d?.source === 'bundled' ? bundledCsvUrl() : null;
    const linkedUpload = params.data === 'upload';
    const handlers = { file: (f: File | undefined) => void onFile(f), clearUpload: () => void clearUpload() };
    render(
      html`<h1>Data</h1>
        <p class="lead">
          ${d ? html`You are looking at <strong>${d.title}</strong>: ${d.table.n.toLocaleString('en')} country-months.` : 'Loading the panel…'}
          ${d?.caveat ? html`<span class="muted">${d.caveat}</span>` : nothing}
        </p>
        ${uploadSection(d, upload, linkedUpload, handlers)}
        ${tableSection(d, q, cache?.order.length ?? 0, csvHref, ctx.router)}
        ${timelineSection(d, countries, chosenCountry(params.country, countries), page.width, ctx.router)}
        ${mapSection(map, d ? deploymentMonthsByCountry(d.table) : [])}
        ${datasheetSection(datasheet)}`,
      host,
    );
    if (d) syncTable(d, q);
  }

  return { draw, dispose: () => table?.dispose() };
}

/**
 * Data page: upload, the searchable and sortable virtualised table, per-country time lines, the map
 * of parallel deployment and the datasheet. URL parameters: `q` (search), `sort` (`column:asc|desc`),
 * `country` (time line), `data=upload`.
 */
export function mountPage(host: HTMLElement, ctx: AppContext, route: Route): PageView {
  return mountScaffold(host, ctx, route, dataSteps, { width: { fallback: 800 } });
}
