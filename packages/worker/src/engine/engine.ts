/**
 * The estimator engine: the implementation behind `EstimatorApi`. It runs inside the worker
 * (`worker.ts` exposes it through comlink) and, as the fallback, on the main thread (`in-thread.ts`).
 * It holds the loaded datasets and a cache of fitted models, and turns every failure into a value.
 * Fits run through core's `fitModelDetailedAsync`, which yields to the event loop between iterations:
 * in-thread the page keeps painting, and in both hosts a `cancel` message gets through mid-fit.
 */
import {
  defaultSpecificationFor,
  describeDeployments,
  type FittedModel,
  fitModelDetailedAsync,
  type ModelSpecInput,
  messages,
  partnershipEffect,
  predict,
  type Table,
  VERSION,
  yieldMacrotask,
} from '@peacepanel/core';
import type { CallControl, EstimatorApi, ModelRequest, Result } from '../api.js';
import { ok, toErrorValue } from '../error-values.js';
import { bootstrapRange } from './bootstrap-range.js';
import { CancellationRegistry, type CancelToken } from './cancellation.js';
import { DatasetStore } from './dataset-store.js';
import { ModelCache, modelKey } from './model-cache.js';
import { MultiverseContexts, multiverseRange } from './multiverse-range.js';
import { scenario } from './scenario.js';
import { validatePanelCsv } from './validate-panel-csv.js';

export interface EngineOptions {
  /**
   * Target duration of one bootstrap chunk between yields (default 250 ms with a shared cancel flag,
   * 100 ms without; the in-thread host uses 16).
   */
  chunkMs?: number;
}

/**
 * Creates an engine with an empty dataset store and model cache.
 * @example const engine = createEngine();
 * await engine.loadDataset({ url: new URL('../../../data/datasets/africa-cm.json', import.meta.url).href });
 * const r = await engine.fit({});
 * r.ok && r.value.result.n // => 3966
 */
export function createEngine(options: EngineOptions = {}): EstimatorApi {
  const store = new DatasetStore();
  const models = new ModelCache();
  const cancellation = new CancellationRegistry();
  const multiverse = new MultiverseContexts();
  /** Fits in progress by model key (and the table fitted), so concurrent calls share one fit. */
  const fitting = new Map<string, { table: Table; fit: Promise<FittedModel> }>();

  /** Runs `work` with a cancel token, mapping throws (and cancellation) to error values. */
  async function guarded<T>(
    control: CallControl | undefined,
    work: (token: CancelToken) => T | Promise<T>,
  ): Promise<Result<T>> {
    const token = cancellation.begin(control);
    try {
      if (token.check()) throw messages.cancelled('the computation');
      const value = await work(token);
      return ok(value);
    } catch (e) {
      if (token.check()) return toErrorValue(messages.cancelled('the computation'));
      return toErrorValue(e);
    } finally {
      cancellation.end(control);
    }
  }

  /**
   * The cached model, or a fit that yields between iterations. A call asking for a model that another
   * call is fitting on the same table waits for that fit (and fits itself if that one fails or is
   * cancelled). A fit finishing after its dataset was reloaded is not cached.
   */
  async function model(
    req: ModelRequest,
    token: CancelToken,
  ): Promise<{ fitted: FittedModel; cached: boolean }> {
    const dataset = store.get(req.dataset);
    const { key, spec } = modelKey(
      dataset.id,
      specOf(req, defaultSpecificationFor(dataset.id, dataset.table).spec),
    );
    for (;;) {
      const hit = models.get(key);
      if (hit) return { fitted: hit, cached: true };
      const running = fitting.get(key);
      if (running?.table !== dataset.table) break;
      await running.fit.catch(() => undefined);
      if (token.check()) throw messages.cancelled('the computation');
    }
    const fit = fitModelDetailedAsync(spec, dataset.table, {
      signal: token.signal,
      onProgress: () => {
        token.check();
      },
      // A macrotask, not `scheduler.yield()`, whose continuations run before timers and other tasks:
      // in headless Chromium, during an in-thread fit of the default model (150–250 ms), a 4 ms timer
      // ticked 0 times and 2 frames rendered with `scheduler.yield()`, 7 times and 8–11 frames with this.
      // After each pause the cancel set is read (a `cancel` message may have arrived meanwhile).
      yieldToEventLoop: async () => {
        await yieldMacrotask();
        token.check();
      },
    });
    const entry = { table: dataset.table, fit };
    fitting.set(key, entry);
    try {
      const fitted = await fit;
      if (store.get(dataset.id) === dataset) models.set(key, fitted);
      if (token.check()) throw messages.cancelled('the computation');
      return { fitted, cached: false };
    } finally {
      if (fitting.get(key) === entry) fitting.delete(key);
    }
  }

  return {
    async ping() {
      return { coreVersion: VERSION };
    },
    loadDataset: (req) =>
      guarded(undefined, async () => {
        const loaded = await store.load(req);
        models.dropDataset(loaded.id);
        return loaded.info;
      }),
    fit: (req, control) =>
      guarded(control, async (token) => {
        const { fitted, cached } = await model(req, token);
        return { result: fitted.result, cached };
      }),
    predict: (req, control) =>
      guarded(control, async (token) =>
        predict(
          (await model(req, token)).fitted,
          req.newdata,
          req.ciLevel !== undefined ? { ciLevel: req.ciLevel } : {},
        ),
      ),
    partnershipEffect: (req, control) =>
      guarded(control, async (token) =>
        partnershipEffect((await model(req, token)).fitted, {
          unGrid: req.unGrid,
          nonunLevels: req.nonunLevels,
          ...(req.at ? { at: req.at } : {}),
          ...(req.ciLevel !== undefined ? { ciLevel: req.ciLevel } : {}),
        }),
      ),
    scenario: (req, control) =>
      guarded(control, async (token) => scenario((await model(req, token)).fitted, req)),
    describe: (req) => guarded(undefined, () => describeDeployments(store.get(req.dataset).table)),
    validatePanelCsv: (req) => guarded(undefined, () => validatePanelCsv(req)),
    bootstrapRange: (req, control, onProgress) =>
      guarded(control, (token) => {
        const dataset = store.get(req.dataset);
        const { spec } = modelKey(
          dataset.id,
          specOf(req, defaultSpecificationFor(dataset.id, dataset.table).spec),
        );
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
      guarded(control, (token) => {
        const ctx = multiverse.for((id) => {
          try {
            return store.get(id).table;
          } catch {
            return undefined;
          }
        });
        return multiverseRange(req.specs, ctx, token, onProgress);
      }),
    async cancel(callId) {
      cancellation.cancel(callId);
    },
  };
}

/**
 * The spec of a model request: the given one or the default, with `vcov` overridden when asked.
 * @example import { MAIN_SPEC } from '@peacepanel/core';
 * specOf({ vcov: 'model' }, MAIN_SPEC).cluster // => undefined
 */
export function specOf(req: ModelRequest, defaultSpec: ModelSpecInput): ModelSpecInput {
  const base = req.spec ?? defaultSpec;
  if (!req.vcov || req.vcov === base.vcov) return base;
  const { cluster, ...rest } = base;
  return req.vcov === 'cluster' ? { ...base, vcov: 'cluster' } : { ...rest, vcov: req.vcov };
}
