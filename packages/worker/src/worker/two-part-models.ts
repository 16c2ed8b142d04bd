/**
 * The zero-inflated and hurdle models of one estimator (core's `fitTwoPartModel`): fitted once per
 * dataset and validated spec, kept in a small LRU cache so the table, the rootogram and the residuals
 * of one model cost one fit. The fit is synchronous; a cancel is honoured before and after it.
 */
import {
  fitTwoPartModel,
  messages,
  parseTwoPartSpec,
  type TwoPartFitted,
  type TwoPartSpecInput,
} from '@peacepanel/core';
import type { CancelToken } from './cancellation.js';
import { canonicalJson } from './canonical-json.js';
import type { DatasetStore } from './dataset-store.js';
import { ModelCache } from './model-cache.js';

/** Two-part fits by dataset and canonical validated spec. */
export class TwoPartModels {
  readonly #store: DatasetStore;
  readonly #cache = new ModelCache<TwoPartFitted>(8);

  constructor(store: DatasetStore) {
    this.#store = store;
  }

  /**
   * The two-part model of `spec` on the dataset `dataset` (default: the one loaded last).
   * @throws PeacepanelError for a bad spec, an unknown column, an outcome without zeros; CANCELLED.
   * @example import { CancelToken } from './cancellation.js';
   * import { DatasetStore } from './dataset-store.js';
   * const store = new DatasetStore();
   * await store.load({ url: new URL('../../../data/datasets/africa-cm.json', import.meta.url).href });
   * const twoPartModels = new TwoPartModels(store);
   * const token = new CancelToken(undefined, new Set());
   * const spec = { formula: 'battle_deaths ~ un_troops_k_lag1 | un_troops_k_lag1', model: 'hurdle-poisson' as const };
   * twoPartModels.of(spec, undefined, token).fitted.result.n // => 4966
   */
  of(
    spec: TwoPartSpecInput,
    dataset: string | undefined,
    token: CancelToken,
  ): { fitted: TwoPartFitted; cached: boolean } {
    const loaded = this.#store.get(dataset);
    const parsed = parseTwoPartSpec(spec);
    const key = `${loaded.id}\u0000${canonicalJson(parsed)}`;
    const hit = this.#cache.get(key);
    if (hit) return { fitted: hit, cached: true };
    if (token.check()) throw messages.cancelled('the computation');
    const fitted = fitTwoPartModel(parsed, loaded.table);
    if (token.check()) throw messages.cancelled('the computation');
    this.#cache.set(key, fitted);
    return { fitted, cached: false };
  }

  /** Forgets the models of a dataset (after it is reloaded). */
  dropDataset(id: string): void {
    this.#cache.dropDataset(id);
  }
}
