import {
  type DatasetJson,
  describeDialect,
  type Exclusion,
  type Table,
  tableFromDataset,
} from '@peacepanel/core';
import type { ErrorValue } from '@peacepanel/worker';
import { BUNDLED_ID, bundledJsonUrl } from './bundled-files.js';
import { checkUpload } from './check-upload.js';
import { getClient } from './client.js';

/** The dataset every page works on: the bundled panel or the visitor's upload. */
export interface ActiveDataset {
  /** Worker dataset id (`africa-cm` or `upload`). */
  id: string;
  source: 'bundled' | 'upload';
  title: string;
  caveat: string | null;
  /** Where the data come from, with licences (bundled datasets). */
  sourceNote: string | null;
  /** File name (uploads) or the bundled file. */
  fileName: string;
  /** The raw panel as loaded (before the derived model variables), for tables and charts. */
  table: Table;
  /** Rows the importer left out, with reasons (uploads). */
  exclusions: Exclusion[];
  /** How an upload was read (separator, decimal mark, encoding), in words; null for the bundled panel. */
  read: string | null;
}

const UPLOAD_KEY = 'peacepanel-upload';
type Listener = () => void;

/**
 * Holds the active dataset and keeps the worker's copy in step. The bundled panel is fetched after the
 * first paint; an upload is validated in the worker (every error with row and column), then loaded
 * there as dataset `upload` and kept in sessionStorage so a reload or a shared tab restores it.
 * @example // types-only: needs a browser page (`location`)
 * const store = new DatasetStore(); await store.use('bundled'); store.current?.table.n
 */
export class DatasetStore {
  #current: ActiveDataset | undefined;
  #pending: Promise<ActiveDataset> | undefined;
  #pendingKey: string | undefined;
  #error: string | undefined;
  readonly #listeners = new Set<Listener>();

  get current(): ActiveDataset | undefined {
    return this.#current;
  }
  /** Why the last load failed, if it did. */
  get error(): string | undefined {
    return this.#error;
  }

  subscribe(l: Listener): () => void {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  }

  /** True when an upload from this tab can be restored. */
  hasStoredUpload(): boolean {
    return sessionStorage.getItem(UPLOAD_KEY) !== null;
  }

  /**
   * Makes `which` the active dataset (no-op when it already is). `upload` falls back to the bundled
   * panel, with a notice, when this tab holds no upload.
   */
  async use(which: 'bundled' | 'upload'): Promise<ActiveDataset> {
    if (this.#current?.source === which) return this.#current;
    if (this.#pending && this.#pendingKey === which) return this.#pending;
    this.#pendingKey = which;
    this.#pending = (
      which === 'upload' && this.hasStoredUpload() ? this.#restoreUpload() : this.#loadBundled()
    )
      .then((d) => {
        this.#current = d;
        this.#error = undefined;
        this.#emit();
        return d;
      })
      .catch((e: unknown) => {
        this.#error = e instanceof Error ? e.message : String(e);
        this.#emit();
        throw e;
      })
      .finally(() => {
        this.#pending = undefined;
        this.#pendingKey = undefined;
      });
    return this.#pending;
  }

  /**
   * Validates an uploaded panel CSV in the worker with core's one reader (encoding, separator and
   * decimal mark detected) against what the pages need (core's `PARTNERSHIP_PANEL_REQUIREMENTS`:
   * the columns, named when missing, and counts ≥ 0). On success the upload becomes the active
   * dataset on every page; on failure every located error comes back and nothing changes.
   */
  async upload(
    content: Uint8Array | string,
    fileName: string,
  ): Promise<{ ok: true; dataset: ActiveDataset } | { ok: false; errors: ErrorValue[]; truncated: boolean }> {
    const client = await getClient();
    const checked = await checkUpload(content, fileName, (req) => client.validatePanelCsv(req));
    if (!checked.ok) return checked;
    const text = checked.text;
    const loaded = await client.loadDataset({ csv: text, file: fileName, id: 'upload' });
    if (!loaded.ok) return { ok: false, errors: [loaded], truncated: false };
    try {
      sessionStorage.setItem(UPLOAD_KEY, JSON.stringify({ fileName, text }));
    } catch {
      // Too large for sessionStorage: the upload still works until the tab is reloaded.
    }
    const dataset: ActiveDataset = {
      id: 'upload',
      source: 'upload',
      title: `your upload (${fileName})`,
      caveat: null,
      sourceNote: null,
      fileName,
      table: checked.value.table,
      exclusions: checked.value.exclusions,
      read: describeDialect(checked.value.dialect),
    };
    this.#current = dataset;
    this.#emit();
    return { ok: true, dataset };
  }

  /** Drops the upload and returns to the bundled panel. */
  async clearUpload(): Promise<ActiveDataset> {
    sessionStorage.removeItem(UPLOAD_KEY);
    return this.use('bundled');
  }

  async #restoreUpload(): Promise<ActiveDataset> {
    const raw = sessionStorage.getItem(UPLOAD_KEY);
    const stored = raw ? (JSON.parse(raw) as { fileName: string; text: string }) : undefined;
    if (!stored) return this.#loadBundled();
    const r = await this.upload(stored.text, stored.fileName);
    if (r.ok) return r.dataset;
    sessionStorage.removeItem(UPLOAD_KEY);
    return this.#loadBundled();
  }

  async #loadBundled(): Promise<ActiveDataset> {
    const url = bundledJsonUrl();
    if (!url) throw new Error('the bundled dataset is missing: build @peacepanel/data first');
    const clientReady = getClient().then((c) => c.loadDataset({ url, id: BUNDLED_ID }));
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
    const json = (await response.json()) as DatasetJson;
    const loaded = await clientReady;
    if (!loaded.ok) throw new Error(loaded.message);
    return {
      id: BUNDLED_ID,
      source: 'bundled',
      title: json.title,
      caveat: json.caveat,
      sourceNote: json.source,
      fileName: `${BUNDLED_ID}.csv`,
      table: tableFromDataset(json),
      exclusions: [],
      read: null,
    };
  }

  #emit(): void {
    for (const l of this.#listeners) l();
  }
}
