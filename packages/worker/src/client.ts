/**
 * `createClient`: the one way the widget and the demo reach core's estimators. Calls run in a
 * worker (browser module Worker, or Node `worker_threads`); bootstraps are split across a pool;
 * every call takes an AbortSignal that really stops the work; a crashed worker is reported as an
 * error value and replaced on the next call; where no worker can start, the same API runs in-thread.
 */
import { messages } from '@peacepanel/core';
import { proxy } from 'comlink';
import type {
  BootstrapRange,
  BootstrapRequest,
  BootstrapResponse,
  CallControl,
  DatasetInfo,
  DeploymentSummary,
  DescribeRequest,
  EstimatorApi,
  ExecutionMode,
  FitResponse,
  LoadDatasetRequest,
  ModelRequest,
  MultiverseRequest,
  MultiverseResponse,
  PartnershipEffectRequest,
  PartnershipEffectResponse,
  Prediction,
  PredictRequest,
  Progress,
  Result,
  ScenarioRequest,
  ScenarioResponse,
  ValidateCsvRequest,
  ValidatedCsv,
} from './api.js';
import { bootstrapIntervals } from './bootstrap-intervals.js';
import { assembleDraws, splitReplications } from './bootstrap-plan.js';
import { fromPeacepanelError, toErrorValue } from './error-values.js';
import { runMultiverseOnPool } from './multiverse-pool.js';
import { EnginePool } from './pool.js';
import { defaultPoolSize } from './pool-size.js';
import { cancelledValue, runCancellable } from './run-cancellable.js';
import type { WorkerLike, WorkerSource } from './spawn-worker.js';

export interface ClientOptions {
  /** Pool size for bootstraps (default: logical processors, capped at `maxWorkers`). */
  workers?: number;
  /** Cap on the default pool size (default 4). */
  maxWorkers?: number;
  /** Run in the calling thread, never in a worker. */
  forceInThread?: boolean;
  /**
   * Creates a worker running `@peacepanel/worker/worker`: use it with a bundler, e.g.
   * `import EstimatorWorker from '@peacepanel/worker/worker?worker&inline'` then
   * `workerFactory: () => new EstimatorWorker()`. A Node `worker_threads` Worker works too.
   */
  workerFactory?: () => WorkerLike;
  /** URL of the worker entry (default: `./worker.js` next to this module). */
  workerUrl?: URL | string;
  /** How long a new worker may take to answer its first message (default 15 s). */
  startTimeoutMs?: number;
  /**
   * After an abort, how long a worker may take to stop by itself before it is terminated and replaced
   * by the spare worker started when the call began, if that spare is ready (default 50 ms).
   */
  hardCancelMs?: number;
  /** Called once when the client falls back to in-thread, with the reason. */
  onFallback?: (reason: string) => void;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface BootstrapOptions extends CallOptions {
  /** Replications done so far, across workers (throttled to about every 50 ms, plus the last). */
  onProgress?: (progress: Progress) => void;
}

/** The typed API the widget and the demo use. Every method resolves; failures are values. */
export interface PeacepanelClient {
  /** Where calls run now (`in-thread` after a fallback). */
  readonly mode: ExecutionMode;
  /** Why the client runs in-thread, if it does. */
  readonly fallbackReason: string | undefined;
  /**
   * True while a spare worker is started and loaded: a worker that does not stop within
   * `hardCancelMs` of an abort is then replaced at once. One is started by the first call that
   * carries an AbortSignal.
   */
  readonly spareReady: boolean;
  /** Resolves once the first engine is up, with the mode it runs in. */
  ready(): Promise<ExecutionMode>;
  /** Number of workers bootstraps use (1 in-thread). */
  poolSize(): Promise<number>;
  /** A round trip to engine 0: answers as soon as it is idle (health check). */
  ping(opts?: CallOptions): Promise<Result<{ coreVersion: string }>>;
  loadDataset(req: LoadDatasetRequest, opts?: CallOptions): Promise<Result<DatasetInfo>>;
  fit(req?: ModelRequest, opts?: CallOptions): Promise<Result<FitResponse>>;
  predict(req: PredictRequest, opts?: CallOptions): Promise<Result<Prediction[]>>;
  partnershipEffect(
    req: PartnershipEffectRequest,
    opts?: CallOptions,
  ): Promise<Result<PartnershipEffectResponse>>;
  scenario(req: ScenarioRequest, opts?: CallOptions): Promise<Result<ScenarioResponse>>;
  describe(req?: DescribeRequest, opts?: CallOptions): Promise<Result<DeploymentSummary>>;
  validatePanelCsv(req: ValidateCsvRequest, opts?: CallOptions): Promise<Result<ValidatedCsv>>;
  bootstrap(req: BootstrapRequest, opts?: BootstrapOptions): Promise<Result<BootstrapResponse>>;
  /**
   * The multiverse (core's grid, restricted by `only`) across the pool, on the loaded datasets the grid
   * names (`africa-cm`, `africa-conflict-month`); progress in specifications; same result for any pool size.
   */
  multiverse(req?: MultiverseRequest, opts?: BootstrapOptions): Promise<Result<MultiverseResponse>>;
  /** Terminates the workers. Later calls resolve with an error value. */
  dispose(): void;
}

/** The worker entry's file name, next to this module in `dist/`. */
const WORKER_FILE = './worker.js';

/**
 * Without a factory: `workerUrl`, else `worker.js` next to this module. The URL is built from a
 * variable, so bundlers do not emit a copy of the worker for every app that imports the client
 * (most pass a `workerFactory`); bundler users who want the default import `defaultWorkerFactory`
 * from `@peacepanel/worker/default-worker`, where it is written literally.
 */
function defaultWorkerSource(url: URL | string | undefined): WorkerSource {
  return { url: url ?? new URL(WORKER_FILE, import.meta.url) };
}

/**
 * Creates a client and starts its first worker.
 * Reference: comlink (https://github.com/GoogleChromeLabs/comlink), docs/CONTRACTS.md.
 * @example
 * const client = createClient();
 * await client.loadDataset({ url: 'https://cdn.example.org/africa-cm.json' });
 * const r = await client.fit();
 * if (r.ok) console.log(r.value.result.coefficients); else console.error(r.message);
 * client.dispose();
 */
export function createClient(options: ClientOptions = {}): PeacepanelClient {
  const source: WorkerSource | undefined = options.forceInThread
    ? undefined
    : options.workerFactory
      ? { factory: options.workerFactory }
      : defaultWorkerSource(options.workerUrl);
  const size =
    options.workers !== undefined
      ? Promise.resolve(Math.max(1, Math.floor(options.workers)))
      : defaultPoolSize(options.maxWorkers ?? 4);
  const pool = new EnginePool({
    source,
    size,
    startTimeoutMs: options.startTimeoutMs ?? 15_000,
    ...(options.onFallback ? { onFallback: options.onFallback } : {}),
  });
  const hardCancelMs = options.hardCancelMs ?? 50;
  const started = pool.host(0);

  /** Runs a call on engine 0. */
  async function single<T>(
    invoke: (api: EstimatorApi, control: CallControl) => Promise<Result<T>>,
    opts: CallOptions | undefined,
  ): Promise<Result<T>> {
    if (opts?.signal?.aborted) return cancelledValue();
    const host = await pool.host(0);
    if (!host.ok) return host;
    if (opts?.signal) pool.prepareSpare();
    return runCancellable(host.value, invoke, opts?.signal, hardCancelMs, () => pool.spareReady);
  }

  async function bootstrap(
    req: BootstrapRequest,
    opts: BootstrapOptions = {},
  ): Promise<Result<BootstrapResponse>> {
    if (!Number.isInteger(req.reps) || req.reps < 1)
      return fromPeacepanelError(messages.badOption('reps', String(req.reps), 'a positive whole number'));
    if (!Number.isInteger(req.seed))
      return fromPeacepanelError(messages.badOption('seed', String(req.seed), 'a whole number'));
    const level = req.level ?? 0.95;
    if (!(level > 0 && level < 1))
      return fromPeacepanelError(messages.badOption('level', String(level), 'a number between 0 and 1'));
    if (opts.signal?.aborted) return cancelledValue();
    const first = await pool.host(0);
    if (!first.ok) return first;
    if (opts.signal) pool.prepareSpare();
    const workers = await pool.size();
    const slices = splitReplications(req.reps, workers, workers > 1 ? 4 : 1);
    const stop = new AbortController();
    const onUserAbort = () => stop.abort();
    opts.signal?.addEventListener('abort', onUserAbort, { once: true });
    const progress = new Float64Array(slices.length);
    let lastReport = 0;
    const report = (final: boolean) => {
      const now = performance.now();
      if (!opts.onProgress || (!final && now - lastReport < 50)) return;
      lastReport = now;
      opts.onProgress({ done: progress.reduce((a, b) => a + b, 0), total: req.reps });
    };
    const ranges: BootstrapRange[] = [];
    let failure: Result<never> | undefined;
    let next = 0;
    let used = 0;
    const work = async (index: number) => {
      if (next >= slices.length) return;
      const host = await pool.host(index);
      if (!host.ok) {
        failure ??= host;
        stop.abort();
        return;
      }
      used += 1;
      while (failure === undefined && !stop.signal.aborted && next < slices.length) {
        const j = next++;
        const slice = slices[j];
        if (!slice) break;
        const onSliceProgress = proxy((done: number) => {
          progress[j] = done;
          report(false);
        });
        const r = await runCancellable(
          host.value,
          (api, control) =>
            api.bootstrapRange(
              { spec: req.spec, dataset: req.dataset, reps: req.reps, seed: req.seed, ...slice },
              control,
              onSliceProgress,
            ),
          stop.signal,
          hardCancelMs,
          () => pool.spareReady,
        );
        if (!r.ok) {
          failure ??= r;
          stop.abort();
          return;
        }
        ranges.push(r.value);
        progress[j] = slice.end - slice.start;
        report(false);
      }
    };
    await Promise.all(Array.from({ length: workers }, (_, i) => work(i)));
    opts.signal?.removeEventListener('abort', onUserAbort);
    if (opts.signal?.aborted) return cancelledValue();
    if (failure) return failure;
    report(true);
    try {
      const { draws, terms, failed } = assembleDraws(ranges, req.reps);
      const intervals = bootstrapIntervals(draws, terms, level);
      return {
        ok: true,
        value: { reps: req.reps, seed: req.seed, level, terms, draws, failed, intervals, workers: used },
      };
    } catch (e) {
      return toErrorValue(e);
    }
  }

  return {
    get mode() {
      return pool.mode;
    },
    get fallbackReason() {
      return pool.fallbackReason;
    },
    get spareReady() {
      return pool.spareReady;
    },
    async ready() {
      await started;
      return pool.mode;
    },
    poolSize: () => pool.size(),
    ping: (opts) => single(async (api) => ({ ok: true, value: await api.ping() }), opts),
    async loadDataset(req, opts) {
      if (opts?.signal?.aborted) return cancelledValue();
      const host = await pool.host(0);
      if (!host.ok) return host;
      const r = await runCancellable(host.value, (api) => api.loadDataset(req), opts?.signal, hardCancelMs);
      if (r.ok && host.value.alive) {
        pool.loads.push(req);
        host.value.loadsApplied = pool.loads.length;
      }
      return r;
    },
    fit: (req = {}, opts) => single((api, c) => api.fit(req, c), opts),
    predict: (req, opts) => single((api, c) => api.predict(req, c), opts),
    partnershipEffect: (req, opts) => single((api, c) => api.partnershipEffect(req, c), opts),
    scenario: (req, opts) => single((api, c) => api.scenario(req, c), opts),
    describe: (req = {}, opts) => single((api) => api.describe(req), opts),
    validatePanelCsv: (req, opts) => single((api) => api.validatePanelCsv(req), opts),
    bootstrap,
    multiverse: (req = {}, opts = {}) => runMultiverseOnPool(pool, req, { ...opts, hardCancelMs }),
    dispose: () => pool.dispose(),
  };
}
