/**
 * The `diagnostics` and `fitTwoPart` operations: how a fitted count model compares with its data.
 * The rootogram (Kleiber & Zeileis 2016, core's `rootogram`) is cut at `rootogramMax` (default 50):
 * battle deaths reach the thousands, and every bar costs one probability per observation, so the
 * counts above the cut are reported together in `beyond` rather than dropped.
 */
import { fitted as fittedValues, messages, type ResidualType, residuals, rootogram } from '@peacepanel/core';
import type { DiagnosticsRequest, DiagnosticsResponse, TwoPartRequest, TwoPartResponse } from '../../api.js';
import type { CancelToken } from '../cancellation.js';
import type { FittedModels } from '../fitted-models.js';
import type { TwoPartModels } from '../two-part-models.js';

/** Default largest count of the rootogram. */
export const ROOTOGRAM_MAX = 50;

/**
 * `fitTwoPart`: a zero-inflated or hurdle model's result (pscl's summary, as core computes it).
 * @example import { CancelToken } from '../cancellation.js';
 * import { DatasetStore } from '../dataset-store.js';
 * import { FittedModels } from '../fitted-models.js';
 * import { TwoPartModels } from '../two-part-models.js';
 * const store = new DatasetStore();
 * await store.load({ url: new URL('../../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const models = new FittedModels(store);
 * const token = new CancelToken(undefined, new Set());
 * const twoPart = new TwoPartModels(store);
 * const spec = { formula: 'battle_deaths ~ un_troops_k_lag1 | un_troops_k_lag1', model: 'hurdle-poisson' as const };
 * const { result } = fitTwoPartOperation(twoPart, { spec }, token);
 * [result.model, result.converged] // => ['hurdle-poisson', true]
 */
export function fitTwoPartOperation(
  twoPart: TwoPartModels,
  req: TwoPartRequest,
  token: CancelToken,
): TwoPartResponse {
  const { fitted, cached } = twoPart.of(req.spec, req.dataset, token);
  return { result: fitted.result, cached };
}

/**
 * `diagnostics`: rootogram, fitted means and residuals of the request's model.
 * @throws PeacepanelError BAD_OPTION for a rootogram cut that is not a whole number from 1 to 1000.
 * @example import { CancelToken } from '../cancellation.js';
 * import { DatasetStore } from '../dataset-store.js';
 * import { FittedModels } from '../fitted-models.js';
 * import { TwoPartModels } from '../two-part-models.js';
 * const store = new DatasetStore();
 * await store.load({ url: new URL('../../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const models = new FittedModels(store);
 * const token = new CancelToken(undefined, new Set());
 * (await diagnosticsOperation(models, new TwoPartModels(store), {}, token)).rootogram[0]
 * // => { count: 0, observed: 1933, expected: 1795.166 }
 */
export async function diagnosticsOperation(
  models: FittedModels,
  twoPart: TwoPartModels,
  req: DiagnosticsRequest,
  token: CancelToken,
): Promise<DiagnosticsResponse> {
  const max = req.rootogramMax ?? ROOTOGRAM_MAX;
  if (!(Number.isInteger(max) && max >= 1 && max <= 1000)) throw messagesBadCut(max);
  const model = req.twoPart
    ? twoPart.of(req.twoPart, req.dataset, token).fitted
    : (await models.of(req, token)).fitted;
  const residualType: ResidualType = req.residualType ?? 'pearson';
  const mean = Float64Array.from(fittedValues(model));
  const bars = rootogram(model, max);
  const observed = bars.reduce((s, b) => s + b.observed, 0);
  const expected = bars.reduce((s, b) => s + b.expected, 0);
  return {
    rootogram: bars,
    beyond: { observed: mean.length - observed, expected: Math.max(0, mean.length - expected) },
    fitted: mean,
    residuals: Float64Array.from(residuals(model, residualType)),
    residualType,
  };
}

function messagesBadCut(max: number) {
  return messages.badOption('rootogramMax', String(max), 'a whole number from 1 to 1000');
}
