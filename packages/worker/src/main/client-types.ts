/**
 * The client's public types: its options, the options of a call, and `PeacepanelClient`, the typed API
 * the widget and the demo use (every method resolves; failures are values).
 */
import type {
  BootstrapRequest,
  BootstrapResponse,
  DeploymentSummary,
  DescribeRequest,
  DiagnosticsRequest,
  DiagnosticsResponse,
  ExecutionMode,
  FitResponse,
  LoadDatasetRequest,
  LoadedDatasetInfo,
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
  TwoPartRequest,
  TwoPartResponse,
  ValidateCsvRequest,
  ValidatedCsv,
  WildBootstrapRequest,
  WildBootstrapResponse,
} from '../api.js';
import type { ResearchFactory } from '../worker/research.js';
import type { WorkerLike } from './spawn-worker.js';

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
  /**
   * The research operations for the in-thread fallback (`researchOperations`): without them, a client
   * that falls back answers `fitTwoPart`, `diagnostics` and `wildBootstrap` with a `BAD_OPTION` value.
   * The package's worker always has them. Left out by default, so bundles that only draw charts stay small.
   */
  research?: ResearchFactory;
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
  loadDataset(req: LoadDatasetRequest, opts?: CallOptions): Promise<Result<LoadedDatasetInfo>>;
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
  /** A zero-inflated or hurdle model (`zip`, `zinb`, `hurdle-poisson`, `hurdle-nb`), cached like `fit`. */
  fitTwoPart(req: TwoPartRequest, opts?: CallOptions): Promise<Result<TwoPartResponse>>;
  /** Rootogram (Kleiber & Zeileis 2016), fitted values and residuals of a model (plain or two-part). */
  diagnostics(req?: DiagnosticsRequest, opts?: CallOptions): Promise<Result<DiagnosticsResponse>>;
  /** Wild cluster score bootstrap p-values (Kline & Santos 2012), one per term, for few clusters. */
  wildBootstrap(req: WildBootstrapRequest, opts?: CallOptions): Promise<Result<WildBootstrapResponse>>;
  /**
   * The multiverse (core's grid, restricted by `only`) across the pool, on the loaded datasets the grid
   * names (`africa-cm`, `africa-conflict-month`); progress in specifications; same result for any pool size.
   */
  multiverse(req?: MultiverseRequest, opts?: BootstrapOptions): Promise<Result<MultiverseResponse>>;
  /** Terminates the workers. Later calls resolve with an error value. */
  dispose(): void;
}
