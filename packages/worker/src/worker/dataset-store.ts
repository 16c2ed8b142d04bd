/**
 * The datasets a worker holds: each loaded once (from a URL, a DatasetJson or panel CSV text),
 * optionally extended with the partnership variables, and kept by id. The dataset loaded last is the
 * default for requests that name none.
 */
import {
  addPartnershipVariables,
  type Exclusion,
  messages,
  PARTNERSHIP_COLUMNS,
  parsePanelCsv,
  type Table,
  tableFromDataset,
} from '@peacepanel/core';
import type { LoadDatasetRequest, LoadedDatasetInfo } from '../api.js';
import { readDatasetUrl } from './read-dataset-url.js';

export interface LoadedDataset {
  id: string;
  table: Table;
  info: LoadedDatasetInfo;
}

/** Columns `addPartnershipVariables` needs. */
const RAW_PARTNERSHIP_COLUMNS = ['country', 'ym', 'battle_deaths', 'un_troops', 'nonun_troops'] as const;

export class DatasetStore {
  readonly #datasets = new Map<string, LoadedDataset>();
  #current: string | undefined;

  /**
   * Loads a dataset and makes it the default.
   * @throws PeacepanelError from the CSV importer or the URL reader.
   * @example const store = new DatasetStore();
   * const url = new URL('../../../data/datasets/africa-cm.json', import.meta.url).href;
   * (await store.load({ url })).id // => 'africa-cm'
   */
  async load(req: LoadDatasetRequest): Promise<LoadedDataset> {
    let id: string;
    let table: Table;
    let title: string | null = null;
    let caveat: string | null = null;
    let exclusions: Exclusion[] = [];
    if ('csv' in req) {
      const parsed = parsePanelCsv(req.csv, { file: req.file, mapping: req.mapping });
      table = parsed.table;
      exclusions = parsed.exclusions;
      id = req.id ?? req.file ?? 'csv';
    } else {
      const json = 'url' in req ? await readDatasetUrl(req.url) : req.dataset;
      table = tableFromDataset(json);
      id = req.id ?? json.id;
      title = json.title ?? null;
      caveat = json.caveat ?? null;
    }
    const derive = req.derive ?? true;
    const canDerive = RAW_PARTNERSHIP_COLUMNS.every((c) => c in table.columns);
    const alreadyDerived = PARTNERSHIP_COLUMNS.un in table.columns;
    const derived = derive && canDerive && !alreadyDerived;
    if (derived) table = addPartnershipVariables(table);
    const info: LoadedDatasetInfo = {
      id,
      n: table.n,
      columns: Object.entries(table.columns).map(([name, c]) => ({ name, kind: c.kind })),
      title,
      caveat,
      exclusions,
      derived,
    };
    const loaded = { id, table, info };
    this.#datasets.set(id, loaded);
    this.#current = id;
    return loaded;
  }

  /**
   * The dataset named `id`, or the one loaded last.
   * @throws PeacepanelError NO_DATA (nothing loaded), BAD_OPTION (no dataset of that id).
   * @example const store = new DatasetStore();
   * await store.load({ url: new URL('../../../data/datasets/africa-cm.json', import.meta.url).href });
   * store.get().table.n // => 5121
   */
  get(id?: string): LoadedDataset {
    const key = id ?? this.#current;
    if (key === undefined) throw messages.noDatasetLoaded();
    const found = this.#datasets.get(key);
    if (!found) throw messages.datasetNotLoaded(key, [...this.#datasets.keys()]);
    return found;
  }
}
