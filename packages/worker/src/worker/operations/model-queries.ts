/**
 * The operations that read a fitted model: the fit itself, predictions, the partnership-effect curves
 * and the four-deployment scenario. Each asks `FittedModels` for the model of its request (cached or
 * fitted now) and hands it to core.
 */
import { type Prediction, partnershipEffect, partnershipScenario, predict } from '@peacepanel/core';
import type {
  FitResponse,
  ModelRequest,
  PartnershipEffectRequest,
  PartnershipEffectResponse,
  PredictRequest,
  ScenarioRequest,
  ScenarioResponse,
} from '../../api.js';
import type { CancelToken } from '../cancellation.js';
import type { FittedModels } from '../fitted-models.js';

/**
 * `fit`: the model's result and whether it came from the cache.
 * @example import { CancelToken } from '../cancellation.js';
 * import { DatasetStore } from '../dataset-store.js';
 * import { FittedModels } from '../fitted-models.js';
 * const store = new DatasetStore();
 * await store.load({ url: new URL('../../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const models = new FittedModels(store);
 * const token = new CancelToken(undefined, new Set());
 * (await fitOperation(models, {}, token)).result.coefficients.map((c) => c.term)
 * // => ['(Intercept)', 'un_troops_k_lag1', 'nonun_troops_k_lag1', 'log1p(battle_deaths_lag1)', 'conflict_duration', 'un_troops_k_lag1:nonun_troops_k_lag1']
 */
export async function fitOperation(
  models: FittedModels,
  req: ModelRequest,
  token: CancelToken,
): Promise<FitResponse> {
  const { fitted, cached } = await models.of(req, token);
  return { result: fitted.result, cached };
}

/**
 * `predict`: core's `predict` at `req.newdata`.
 * @example import { CancelToken } from '../cancellation.js';
 * import { DatasetStore } from '../dataset-store.js';
 * import { FittedModels } from '../fitted-models.js';
 * const store = new DatasetStore();
 * await store.load({ url: new URL('../../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const models = new FittedModels(store);
 * const token = new CancelToken(undefined, new Set());
 * const [p] = await predictOperation(models, { newdata: [{ un_troops_k_lag1: 5, nonun_troops_k_lag1: 0, battle_deaths_lag1: 10, conflict_duration: 12 }] }, token);
 * p?.fit // => 65.8690
 */
export async function predictOperation(
  models: FittedModels,
  req: PredictRequest,
  token: CancelToken,
): Promise<Prediction[]> {
  const { fitted } = await models.of(req, token);
  return predict(fitted, req.newdata, req.ciLevel !== undefined ? { ciLevel: req.ciLevel } : {});
}

/**
 * `partnershipEffect`: core's curves over UN troops, one per non-UN level.
 * @example import { CancelToken } from '../cancellation.js';
 * import { DatasetStore } from '../dataset-store.js';
 * import { FittedModels } from '../fitted-models.js';
 * const store = new DatasetStore();
 * await store.load({ url: new URL('../../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const models = new FittedModels(store);
 * const token = new CancelToken(undefined, new Set());
 * const r = await partnershipEffectOperation(models, { unGrid: [0, 5], nonunLevels: [0, 1] }, token);
 * r.curves[0]?.points[0]?.fit // => 144.151
 */
export async function partnershipEffectOperation(
  models: FittedModels,
  req: PartnershipEffectRequest,
  token: CancelToken,
): Promise<PartnershipEffectResponse> {
  const { fitted } = await models.of(req, token);
  return partnershipEffect(fitted, {
    unGrid: req.unGrid,
    nonunLevels: req.nonunLevels,
    ...(req.at ? { at: req.at } : {}),
    ...(req.ciLevel !== undefined ? { ciLevel: req.ciLevel } : {}),
  });
}

/**
 * `scenario`: core's `partnershipScenario`, predicted deaths for the four deployments and the UN
 * troops needed without and with the partner.
 * @example import { CancelToken } from '../cancellation.js';
 * import { DatasetStore } from '../dataset-store.js';
 * import { FittedModels } from '../fitted-models.js';
 * const store = new DatasetStore();
 * await store.load({ url: new URL('../../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const models = new FittedModels(store);
 * const token = new CancelToken(undefined, new Set());
 * (await scenarioOperation(models, { un: 5, nonun: 5 }, token)).deaths.both.fit // => 148.902
 */
export async function scenarioOperation(
  models: FittedModels,
  req: ScenarioRequest,
  token: CancelToken,
): Promise<ScenarioResponse> {
  const { fitted } = await models.of(req, token);
  return partnershipScenario(fitted, req);
}
