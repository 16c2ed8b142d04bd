/**
 * Fitted models by (dataset, validated spec): the key is the canonical JSON of the spec after
 * validation fills its defaults, so `{ family: 'negbin', formula }` and `{ formula }` share one entry and
 * several charts on a page asking for the same model cost one fit.
 */
import { type FittedModel, type ModelSpec, type ModelSpecInput, parseModelSpec } from '@peacepanel/core';
import { canonicalJson } from './canonical-json.js';

/**
 * The cache key of a model: dataset id plus the canonical validated spec.
 * @throws PeacepanelError BAD_SPEC naming the field when the spec is invalid.
 * @example modelKey('africa-cm', { formula: 'y ~ x' }).key === modelKey('africa-cm', { family: 'negbin', formula: 'y ~ x' }).key // => true
 */
export function modelKey(dataset: string, spec: ModelSpecInput): { key: string; spec: ModelSpec } {
  const parsed = parseModelSpec(spec);
  return { key: `${dataset}\u0000${canonicalJson(parsed)}`, spec: parsed };
}

/** Least-recently-used cache of fitted models (bounded: a FittedModel holds the design matrix). */
export class ModelCache<M = FittedModel> {
  readonly #entries = new Map<string, M>();
  readonly #capacity: number;

  constructor(capacity = 16) {
    this.#capacity = capacity;
  }

  /** The cached model, refreshed as most recently used. */
  get(key: string): M | undefined {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, model: M): void {
    this.#entries.delete(key);
    this.#entries.set(key, model);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** Drops the models of one dataset (after it is reloaded). */
  dropDataset(dataset: string): void {
    for (const key of [...this.#entries.keys()])
      if (key.startsWith(`${dataset}\u0000`)) this.#entries.delete(key);
  }
}
