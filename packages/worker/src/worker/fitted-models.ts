/**
 * The step from a dataset to a fitted model: the request's spec (or the dataset's declared default)
 * is validated into a cache key; a cached model is returned at once; a model another call is fitting
 * on the same table is awaited; otherwise core's `fitModelDetailedAsync` fits it, yielding to the event
 * loop between iterations (in-thread the page keeps painting, and in both hosts a `cancel` message gets
 * through mid-fit). A fit finishing after its dataset was reloaded is not cached.
 */
import {
  defaultSpecificationFor,
  type FittedModel,
  fitModelDetailedAsync,
  type ModelSpec,
  type ModelSpecInput,
  messages,
  type Table,
  yieldMacrotask,
} from '@peacepanel/core';
import type { ModelRequest } from '../api.js';
import type { CancelToken } from './cancellation.js';
import type { DatasetStore, LoadedDataset } from './dataset-store.js';
import { ModelCache, modelKey } from './model-cache.js';

/** A model of a request: the fit, and whether it came from the cache. */
export interface ModelOfRequest {
  fitted: FittedModel;
  cached: boolean;
}

/**
 * The spec of a model request: the given one or the default, with `vcov` overridden when asked.
 * @example import { MAIN_SPEC } from '@peacepanel/core';
 * specOf({ vcov: 'model' }, MAIN_SPEC).vcov // => 'model'
 */
export function specOf(req: ModelRequest, defaultSpec: ModelSpecInput): ModelSpecInput {
  const base = req.spec ?? defaultSpec;
  if (!req.vcov || req.vcov === base.vcov) return base;
  const { cluster, ...rest } = base;
  return req.vcov === 'cluster' ? { ...base, vcov: 'cluster' } : { ...rest, vcov: req.vcov };
}

/** The fitted models of one estimator: a bounded cache plus the fits in progress. */
export class FittedModels {
  readonly #store: DatasetStore;
  readonly #cache = new ModelCache();
  /** Fits in progress by model key (and the table fitted), so concurrent calls share one fit. */
  readonly #fitting = new Map<string, { table: Table; fit: Promise<FittedModel> }>();

  constructor(store: DatasetStore) {
    this.#store = store;
  }

  /**
   * The dataset a request names and its validated spec with the cache key.
   * @throws PeacepanelError NO_DATA / BAD_OPTION (dataset), BAD_SPEC (spec).
   * @example import { CancelToken } from './cancellation.js';
   * import { DatasetStore } from './dataset-store.js';
   * import { FittedModels } from './fitted-models.js';
   * const store = new DatasetStore();
   * await store.load({ url: new URL('../../../data/datasets/africa-cm.json', import.meta.url).href });
   * const models = new FittedModels(store);
   * const token = new CancelToken(undefined, new Set());
   * models.resolve({}).spec.formula
   * // => 'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration'
   */
  resolve(req: ModelRequest): { dataset: LoadedDataset; key: string; spec: ModelSpec } {
    const dataset = this.#store.get(req.dataset);
    const defaultSpec = defaultSpecificationFor(dataset.id, dataset.table).spec;
    return { dataset, ...modelKey(dataset.id, specOf(req, defaultSpec)) };
  }

  /**
   * The model of a request: cached, shared with a running fit of the same model, or fitted now.
   * @throws PeacepanelError CANCELLED when the token is cancelled; core's fit errors otherwise.
   * @example import { CancelToken } from './cancellation.js';
   * import { DatasetStore } from './dataset-store.js';
   * import { FittedModels } from './fitted-models.js';
   * const store = new DatasetStore();
   * await store.load({ url: new URL('../../../data/datasets/africa-cm.json', import.meta.url).href });
   * const models = new FittedModels(store);
   * const token = new CancelToken(undefined, new Set());
   * const { fitted } = await models.of({}, token);
   * fitted.result.n // => 3966
   */
  async of(req: ModelRequest, token: CancelToken): Promise<ModelOfRequest> {
    const { dataset, key, spec } = this.resolve(req);
    for (;;) {
      const hit = this.#cache.get(key);
      if (hit) return { fitted: hit, cached: true };
      const running = this.#fitting.get(key);
      if (running?.table !== dataset.table) break;
      await running.fit.catch(() => undefined);
      if (token.check()) throw messages.cancelled('the computation');
    }
    const entry = { table: dataset.table, fit: fitYielding(spec, dataset.table, token) };
    this.#fitting.set(key, entry);
    try {
      const fitted = await entry.fit;
      if (this.#store.get(dataset.id) === dataset) this.#cache.set(key, fitted);
      if (token.check()) throw messages.cancelled('the computation');
      return { fitted, cached: false };
    } finally {
      if (this.#fitting.get(key) === entry) this.#fitting.delete(key);
    }
  }

  /** Forgets the models of a dataset (after it is reloaded). */
  dropDataset(id: string): void {
    this.#cache.dropDataset(id);
  }
}

/** Core's asynchronous fit, cancellable through `token`, pausing for a macrotask between iterations. */
function fitYielding(spec: ModelSpec, table: Table, token: CancelToken): Promise<FittedModel> {
  return fitModelDetailedAsync(spec, table, {
    signal: token.signal,
    onProgress: () => {
      token.check();
    },
    // A macrotask, not `scheduler.yield()`, whose continuations run before timers and other tasks:
    // in headless Chromium, during an in-thread fit of the default model (150–250 ms), a 4 ms timer
    // ticked 0 times and 2 frames rendered with `scheduler.yield()`, 7 times and 8–11 frames with this.
    // After each pause the cancel set is read (a `cancel` message may have arrived meanwhile).
    yieldToEventLoop: async () => {
      await yieldMacrotask();
      token.check();
    },
  });
}
