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
 * @example fitTwoPartOperation(twoPart, { spec: { formula: 'y ~ x | z', model: 'zinb' } }, token).result.theta
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
 * @example (await diagnosticsOperation(models, twoPart, {}, token)).rootogram[0].observed
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
