import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import {
  fitModel,
  fitModelAsync,
  fitModelDetailed,
  fitModelDetailedAsync,
} from '../src/estimators/fit-model.js';
import type { ModelSpecInput } from '../src/model/spec.js';
import { tableFromDataset } from '../src/panel/dataset.js';
import { addPartnershipVariables } from '../src/panel/derive.js';
import { COUNTRY_MONTH_SPEC } from '../src/partnership/default-spec.js';
import type { Table } from '../src/table.js';
import { fixtureTable, shipsTable } from './fit-data.js';

const quine = fixtureTable('quine.csv');
const ships = shipsTable();
const africa = addPartnershipVariables(
  tableFromDataset(
    JSON.parse(readFileSync(new URL('../../data/datasets/africa-cm.json', import.meta.url), 'utf8')),
  ),
);
/** Equal counts are underdispersed: θ → ∞ and the Poisson alternative is fitted as well. */
const flat: Table = {
  n: 60,
  columns: {
    y: { kind: 'number', values: new Float64Array(60).map((_, i) => 3 + (i % 2)) },
    x: { kind: 'number', values: new Float64Array(60).map((_, i) => i / 60) },
  },
};

const cases: [string, ModelSpecInput, Table][] = [
  ['quine NB2', { formula: 'Days ~ Eth + Sex + Age + Lrn' }, quine],
  ['quine Poisson', { formula: 'Days ~ Eth + Sex + Age + Lrn', family: 'poisson' }, quine],
  [
    'ships NB2, exposure, clustered',
    { formula: 'incidents ~ yr_con + op_75_79 + offset(log(service))', vcov: 'cluster', cluster: 'type' },
    ships,
  ],
  ['θ → ∞ with its Poisson alternative', { formula: 'y ~ x' }, flat],
  ['africa-cm country-month partnership model', COUNTRY_MONTH_SPEC, africa],
];

/** A yield that counts how often the fit paused. */
function countingYield(): { yieldToEventLoop: () => Promise<void>; count: () => number } {
  let n = 0;
  return {
    yieldToEventLoop: () => {
      n++;
      return Promise.resolve();
    },
    count: () => n,
  };
}

describe('fitModelDetailedAsync', () => {
  it.each(cases)(
    '%s: equals the synchronous fit bit for bit and pauses more than once',
    async (_, spec, data) => {
      const sync = fitModelDetailed(spec, data);
      const y = countingYield();
      const progress: number[] = [];
      const async = await fitModelDetailedAsync(spec, data, {
        yieldToEventLoop: y.yieldToEventLoop,
        onProgress: (p) => progress.push(p.iteration),
      });
      expect(async).toStrictEqual(sync);
      // At least: after the design, after aliasing, after every iteration but the last, after the fit
      // and after the covariance.
      expect(y.count()).toBeGreaterThanOrEqual(sync.result.iterations + 3);
      expect(progress.length).toBeGreaterThan(1);
    },
  );

  it('with the default yield, timers run while the fit is in progress', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const fitted = await fitModelDetailedAsync(COUNTRY_MONTH_SPEC, africa).finally(() =>
      clearInterval(timer),
    );
    expect(ticks).toBeGreaterThan(0);
    expect(fitted.result).toStrictEqual(fitModel(COUNTRY_MONTH_SPEC, africa));
  });

  it('fitModelAsync returns the result of the synchronous fitModel', async () => {
    const spec = { formula: 'Days ~ Eth + Sex + Age + Lrn' };
    expect(await fitModelAsync(spec, quine)).toStrictEqual(fitModel(spec, quine));
  });

  it('an abort between steps stops the fit with CANCELLED', async () => {
    const controller = new AbortController();
    let pauses = 0;
    let iterationsAfterAbort = 0;
    const run = fitModelDetailedAsync(COUNTRY_MONTH_SPEC, africa, {
      signal: controller.signal,
      onProgress: () => {
        if (controller.signal.aborted) iterationsAfterAbort++;
      },
      yieldToEventLoop: async () => {
        if (++pauses === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'PeacepanelError', code: 'CANCELLED' });
    expect(pauses).toBe(3);
    expect(iterationsAfterAbort).toBe(0);
  });

  it('a user mistake rejects with the same located error as the synchronous fit', async () => {
    const spec = { formula: 'Days ~ Eth + nope' };
    expect(() => fitModelDetailed(spec, quine)).toThrow(PeacepanelError);
    const err = await fitModelDetailedAsync(spec, quine).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PeacepanelError);
    expect((err as PeacepanelError).code).toBe('MISSING_COLUMN');
  });
});
