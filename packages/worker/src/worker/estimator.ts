/**
 * The estimator: the implementation of `EstimatorApi`, the one object that runs core's computations.
 * It runs inside the worker (`../worker.ts` exposes it through comlink) and, as the fallback, on the
 * main thread (`../main/in-thread-host.ts`). Reading order, dataset → fit → curve:
 * `dataset-store.ts` (load and hold tables) → `fitted-models.ts` (spec → cached or fresh fit) →
 * `operations/model-queries.ts` (fit, predict, partnership effect, scenario) and
 * `research.ts` (an extension: zero-inflated and hurdle fits, rootogram and residuals, wild
 * bootstrap), with `operations/bootstrap-range.ts`, `operations/wild-bootstrap.ts` and
 * `operations/multiverse-range.ts` for the long computations.
 * Every operation runs through `call-guard.ts`, which turns failures into values.
 */
import { describeDeployments, messages, type Table, VERSION } from '@peacepanel/core';
import type { EstimatorApi, LoadDatasetRequest, LoadedDatasetInfo, Result } from '../api.js';
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
import type { ResearchFactory, ResearchOperations } from './research.js';

export interface EstimatorOptions {
  /**
   * Target duration of one bootstrap chunk between yields (default 250 ms with a shared cancel flag,
   * 100 ms without; the in-thread host uses 16).
   */
  chunkMs?: number;
  /**
   * The research operations (`researchOperations` from `./research.ts`: two-part models, diagnostics,
   * wild bootstrap). Without them those methods resolve a `BAD_OPTION` error value; the package's
   * worker and in-thread fallback include them, the widget's engine leaves them out.
   */
  research?: ResearchFactory;
}

/** @deprecated Use {@link EstimatorOptions}. */
export type EngineOptions = EstimatorOptions;

/** What one estimator holds between calls. */
interface EstimatorState {
  store: DatasetStore;
  models: FittedModels;
  research: ResearchOperations;
  cancellation: CancellationRegistry;
  multiverse: MultiverseContexts;
  options: EstimatorOptions;
}

/**
 * Creates an estimator with an empty dataset store and model cache.
 * Reference: comlink (https://github.com/GoogleChromeLabs/comlink); docs/CONTRACTS.md.
 * @example const estimator = createEstimator();
 * await estimator.loadDataset({ url: new URL('../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const r = await estimator.fit({});
 * r.ok && r.value.result.n // => 3966
 */
export function createEstimator(options: EstimatorOptions = {}): EstimatorApi {
  const store = new DatasetStore();
  const models = new FittedModels(store);
  const state: EstimatorState = {
    store,
    models,
    research: (options.research ?? withoutResearch)(store, models),
    cancellation: new CancellationRegistry(),
    multiverse: new MultiverseContexts(),
    options,
  };
  const { research, cancellation } = state;
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
    fitTwoPart: (req, control) => guarded(cancellation, control, (t) => research.fitTwoPart(req, t)),
    diagnostics: (req, control) => guarded(cancellation, control, (t) => research.diagnostics(req, t)),
    wildBootstrap: (req, control) => guarded(cancellation, control, (t) => research.wildBootstrap(req, t)),
    cancel: async (callId) => cancellation.cancel(callId),
  };
}

/** @deprecated Use {@link createEstimator} (the same function). */
export const createEngine = createEstimator;

/** Research operations of an estimator built without them: each says where they run. */
const withoutResearch: ResearchFactory = () => {
  const missing = (): never => {
    throw messages.badOption(
      'operation',
      'a research operation (two-part model, diagnostics, wild bootstrap)',
      "an estimator built with `research: researchOperations` (@peacepanel/worker's own worker)",
    );
  };
  return { fitTwoPart: missing, diagnostics: missing, wildBootstrap: missing, dropDataset: () => {} };
};

/** `loadDataset`: loads (or reloads) a dataset and forgets the models fitted on its old table. */
function loadDataset(state: EstimatorState, req: LoadDatasetRequest): Promise<Result<LoadedDatasetInfo>> {
  return guarded(state.cancellation, undefined, async () => {
    const loaded = await state.store.load(req);
    state.models.dropDataset(loaded.id);
    state.research.dropDataset(loaded.id);
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
