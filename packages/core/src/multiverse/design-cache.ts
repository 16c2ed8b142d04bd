import { buildDesign, type Design } from '../model/design.js';
import type { Table } from '../table.js';

/** How often the cache built a design and how often it reused one (for the bench and tests). */
export interface DesignCacheStats {
  builds: number;
  hits: number;
}

/**
 * A small least-recently-used cache of design matrices keyed by dataset + sample (`subset`) + formula
 * (+ unit, time and cluster column), so the NB2 and Poisson fits of one formula share one design, and a
 * worker reuses designs across the specifications it is given. A failed build (e.g. a missing
 * column) is cached as its error, so it is not retried for every specification that needs it.
 * @example const cache = new DesignCache(8);
 * cache.get('quine|Days ~ Eth', 'Days ~ Eth', quine, {}).info.columns.length // => 2
 */
export class DesignCache {
  readonly stats: DesignCacheStats = { builds: 0, hits: 0 };
  private readonly entries = new Map<string, Design | { error: unknown }>();

  constructor(private readonly capacity = 8) {}

  /**
   * The design of `formula` on `table` (the rows of `key`'s dataset and sample), built once.
   * @throws the error `buildDesign` threw for this key (PeacepanelError for user mistakes).
   */
  get(
    key: string,
    formula: string,
    table: Table,
    opts: { unit?: string; time?: string; cluster?: string; subset?: string },
  ): Design {
    let entry = this.entries.get(key);
    if (entry) {
      this.stats.hits++;
      this.entries.delete(key);
    } else {
      this.stats.builds++;
      try {
        entry = buildDesign(formula, table, {
          unit: opts.unit,
          time: opts.time,
          required: opts.cluster ? [opts.cluster] : [],
          subset: opts.subset,
        });
      } catch (error) {
        entry = { error };
      }
    }
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    if ('error' in entry) throw entry.error;
    return entry;
  }
}
