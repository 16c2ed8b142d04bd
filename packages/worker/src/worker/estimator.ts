/**
 * The estimator: the implementation of `EstimatorApi`, the one object that runs core's computations.
 * It runs inside the worker (`../worker.ts` exposes it through comlink) and, as the fallback, on the
 * main thread (`../main/in-thread-host.ts`). Reading order, dataset → fit → curve:
 * `dataset-store.ts` (load and hold tables) → `fitted-models.ts` (spec → cached or fresh fit) →
 * `operations/model-queries.ts` (fit, predict, partnership effect, scenario), with
 * `operations/bootstrap-range.ts` and `operations/multiverse-range.ts` for the long computations.
 * Every operation runs through `call-guard.ts`, which turns failures into values.
 */
import { describeDeployments, type Table, VERSION } from '@peacepanel/core';
import type { DatasetInfo, EstimatorApi, LoadDatasetRequest, Result } from '../api.js';
import { guarded } from './call-guard.js';
import { CancellationRegistry } from './cancellation.js';
import { DatasetStore } from './dataset-store.js';
import { FittedModels } from './fitted-models.js';
import { bootstrapRange } from './operations/bootstrap-range.js';
import {
  fitOperation,
  partnershipEffectOperation,
  predictOperation,
  scenarioOperation,
} from './operations/model-queries.js';
import { MultiverseContexts, multiverseRange } from './operations/multiverse-range.js';
import { validatePanelCsv } from './operations/validate-panel-csv.js';

export interface EstimatorOptions {
  /**
   * Target duration of one bootstrap chunk between yields (default 250 ms with a shared cancel flag,
   * 100 ms without; the in-thread host uses 16).
   */
  chunkMs?: number;
}

/** @deprecated Use {@link EstimatorOptions}. */
export type EngineOptions = EstimatorOptions;

/** What one estimator holds between calls. */
interface EstimatorState {
  store: DatasetStore;
  models: FittedModels;
  cancellation: CancellationRegistry;
  multiverse: MultiverseContexts;
  options: EstimatorOptions;
}

/**
 * Creates an estimator with an empty dataset store and model cache.
 * Reference: comlink (https://github.com/GoogleChromeLabs/comlink); docs/CONTRACTS.md.
 * @example const estimator = createEstimator(); await estimator.loadDataset({ url }); await estimator.fit({});
 */
export function createEstimator(options: EstimatorOptions = {}): EstimatorApi {
  const store = new DatasetStore();
  const state: EstimatorState = {
    store,
    models: new FittedModels(store),
    cancellation: new CancellationRegistry(),
    multiverse: new MultiverseContexts(),
    options,
  };
  const { models, cancellation } = state;
  return {
    ping: async () => ({ coreVersion: VERSION }),
    loadDataset: (req) => loadDataset(state, req),
    fit: (req, control) => guarded(cancellation, control, (t) => fitOperation(models, req, t)),
    predict: (req, control) => guarded(cancellation, control, (t) => predictOperation(models, req, t)),
    partnershipEffect: (req, control) =>
      guarded(cancellation, control, (t) => partnershipEffectOperation(models, req, t)),
    scenario: (req, control) => guarded(cancellation, control, (t) => scenarioOperation(models, req, t)),
    describe: (req) =>
      guarded(cancellation, undefined, () => describeDeployments(store.get(req.dataset).table)),
    validatePanelCsv: (req) => guarded(cancellation, undefined, () => validatePanelCsv(req)),
    bootstrapRange: (req, control, onProgress) =>
      guarded(cancellation, control, (token) => {
        const { dataset, spec } = models.resolve(req);
        return bootstrapRange(spec, dataset.table, {
          reps: req.reps,
          seed: req.seed,
          start: req.start,
          end: req.end,
          token,
          // Without a shared flag a cancel is seen only between chunks, so chunks are shorter then.
          targetMs: options.chunkMs ?? (control?.cancelFlag ? 250 : 100),
          ...(onProgress ? { onProgress } : {}),
        });
      }),
    multiverseRange: (req, control, onProgress) =>
      guarded(cancellation, control, (token) =>
        multiverseRange(req.specs, state.multiverse.for(tableLookup(store)), token, onProgress),
      ),
    cancel: async (callId) => cancellation.cancel(callId),
  };
}

/** @deprecated Use {@link createEstimator} (the same function). */
export const createEngine = createEstimator;

/** `loadDataset`: loads (or reloads) a dataset and forgets the models fitted on its old table. */
function loadDataset(state: EstimatorState, req: LoadDatasetRequest): Promise<Result<DatasetInfo>> {
  return guarded(state.cancellation, undefined, async () => {
    const loaded = await state.store.load(req);
    state.models.dropDataset(loaded.id);
    return loaded.info;
  });
}

/** The tables the multiverse grid names, as the store holds them (absent when not loaded). */
function tableLookup(store: DatasetStore): (id: string) => Table | undefined {
  return (id) => {
    try {
      return store.get(id).table;
    } catch {
      return undefined;
    }
  };
}
