/**
 * One estimator's share of a multiverse run: the specifications it is given, fitted one by one with
 * core's `fitSpecAsync` (yielding between the steps of each fit), the datasets prepared once and the design cache kept between calls (so the NB2
 * and Poisson fits of a formula, and later calls on the same datasets, reuse the design). Yields to
 * the event loop inside each fit, so a `cancel` message gets through and, in-thread, the page paints.
 */
import {
  fitSpecAsync,
  type MultiverseContext,
  type MultiverseRow,
  type MultiverseSpec,
  messages,
  multiverseContext,
  type Table,
  UNIT_DATASETS,
} from '@peacepanel/core';
import type { CancelToken } from '../cancellation.js';
import { yieldToEventLoop } from '../yield-to-event-loop.js';

/** The datasets the grid names, as this estimator holds them (absent when not loaded). */
export type DatasetLookup = (id: string) => Table | undefined;

/**
 * A context cache: a new context only when a dataset the grid names was (re)loaded.
 * @example import { tableFromRows } from '@peacepanel/core';
 * const contexts = new MultiverseContexts();
 * const table = tableFromRows([{ country: 'Mali', ym: '2013-01', battle_deaths: 4, un_troops: 0, nonun_troops: 0 }]);
 * Object.keys(contexts.for((id) => (id === 'africa-cm' ? table : undefined)).datasets) // => ['africa-cm']
 */
export class MultiverseContexts {
  #tables: (Table | undefined)[] = [];
  #context: MultiverseContext | undefined;

  for(lookup: DatasetLookup): MultiverseContext {
    const ids = Object.values(UNIT_DATASETS).map((u) => u.dataset);
    const tables = ids.map(lookup);
    if (!this.#context || tables.some((t, i) => t !== this.#tables[i])) {
      const datasets: Record<string, Table> = {};
      ids.forEach((id, i) => {
        const t = tables[i];
        if (t) datasets[id] = t;
      });
      this.#context = multiverseContext(datasets);
      this.#tables = tables;
    }
    return this.#context;
  }
}

/**
 * Fits `specs` in order on the context.
 * @throws PeacepanelError CANCELLED when the token is cancelled (checked between specifications).
 * @example import { expandGrid, multiverseContext, tableFromDataset } from '@peacepanel/core';
 * import { readFileSync } from 'node:fs';
 * import { CancelToken } from '../cancellation.js';
 * const json = JSON.parse(readFileSync(new URL('../../../../data/datasets/africa-cm.json', import.meta.url), 'utf8'));
 * const ctx = multiverseContext({ 'africa-cm': tableFromDataset(json) });
 * const specs = expandGrid({ unit: ['country-month'], sample: ['1993-2018'], nonun: ['strict'], pastViolence: ['log1p-lag1'], controls: ['none'], fixedEffects: ['none'], inference: ['cr1'], model: ['nb2'] }).specs;
 * const r = await multiverseRange(specs, ctx, new CancelToken(undefined, new Set()), (done) => console.log(done));
 * r.length // => 1
 */
export async function multiverseRange(
  specs: readonly MultiverseSpec[],
  ctx: MultiverseContext,
  token: CancelToken,
  onProgress?: (done: number) => void,
): Promise<MultiverseRow[]> {
  const rows: MultiverseRow[] = [];
  for (const spec of specs) {
    if (token.check()) throw messages.cancelled('the computation');
    rows.push(
      await fitSpecAsync(spec, ctx, {
        signal: token.signal,
        // between the fit's steps: a cancel lands mid-fit, and in-thread the page keeps painting
        yieldToEventLoop: async () => {
          await yieldToEventLoop();
          token.check();
        },
      }),
    );
    onProgress?.(rows.length);
  }
  return rows;
}
