/**
 * The `wildBootstrap` operation: core's wild cluster score bootstrap (Kline & Santos 2012) for each
 * term of the request's model, for the few-cluster case where CR1 Wald tests over-reject. Each test
 * is one restricted fit plus O(B·G) sums, so the terms run one after the other with a yield between
 * them (a cancel gets through; in-thread the page paints).
 */
import { messages, wildClusterBootstrap } from '@peacepanel/core';
import type { WildBootstrapRequest, WildBootstrapResponse } from '../../api.js';
import type { CancelToken } from '../cancellation.js';
import type { FittedModels } from '../fitted-models.js';
import { yieldToEventLoop } from '../yield-to-event-loop.js';

/**
 * Runs the wild cluster score bootstrap for each term (default: every estimated coefficient but the
 * intercept, read from the model's fit).
 * @throws PeacepanelError when the spec has no cluster column, a term is not a coefficient; CANCELLED.
 * @example import { CancelToken } from '../cancellation.js';
 * import { DatasetStore } from '../dataset-store.js';
 * import { FittedModels } from '../fitted-models.js';
 * const store = new DatasetStore();
 * await store.load({ url: new URL('../../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const models = new FittedModels(store);
 * const token = new CancelToken(undefined, new Set());
 * (await wildBootstrapOperation(models, { reps: 99, seed: 1 }, token)).tests[0]?.p // => 0.666667
 */
export async function wildBootstrapOperation(
  models: FittedModels,
  req: WildBootstrapRequest,
  token: CancelToken,
): Promise<WildBootstrapResponse> {
  const { dataset, spec } = models.resolve(req);
  const terms =
    req.terms ??
    (await models.of(req, token)).fitted.result.coefficients
      .filter((c) => !c.aliased && c.term !== '(Intercept)')
      .map((c) => c.term);
  const tests: WildBootstrapResponse['tests'] = [];
  for (const term of terms) {
    if (token.check()) throw messages.cancelled('the computation');
    const opts = { term, reps: req.reps, seed: req.seed, weights: req.weights ?? 'webb' } as const;
    tests.push(wildClusterBootstrap(spec, dataset.table, opts));
    await yieldToEventLoop();
  }
  return { tests };
}
