/**
 * The wire contract between the main thread and the estimator worker (after comlink's
 * `src/protocol.ts`: types only, no behaviour). Every request and every result is a plain,
 * structured-clone-safe value; large numeric payloads are typed arrays that are transferred, not
 * copied. Errors cross the boundary as values (`{ ok: false, code, message }`), because comlink keeps
 * only the name and message of a thrown error (comlink issue #594).
 *
 * The client (`main/client.ts`) presents the same methods with `Result<T>` return values; the worker
 * (`worker.ts`) exposes the estimator (`worker/estimator.ts`), an `EstimatorApi`, through comlink.
 */
import type {
  ColumnMapping,
  CsvDialect,
  DatasetJson,
  DeploymentSummary,
  ErrorCode,
  ErrorLocation,
  Exclusion,
  FitResult,
  ModelSpecInput,
  MultiverseResult,
  MultiverseRow,
  MultiverseSpec,
  OnlyOptions,
  PartnershipEffect,
  PartnershipPoint,
  PartnershipScenario,
  PredictedDeaths,
  Prediction,
  ResidualType,
  RootogramBar,
  ScenarioOptions,
  Table,
  TwoPartResult,
  TwoPartSpecInput,
  WildClusterBootstrapResult,
  WildWeights,
} from '@peacepanel/core';

// Core owns these shapes; they are re-exported so the worker's wire contract reads in one place.
export type { DatasetJson, DeploymentSummary, PredictedDeaths, Prediction };

/** Error codes a call can resolve with: core's codes (`WORKER_CRASHED` among them) plus `INTERNAL` for bugs. */
export type WorkerErrorCode = ErrorCode | 'INTERNAL';

/** A failed call, as a value. `message` is one line, location first (core's `formatError`). */
export interface ErrorValue {
  ok: false;
  code: WorkerErrorCode;
  message: string;
  location?: ErrorLocation;
  fix?: string;
}

/** What every method resolves to. */
export type Result<T> = { ok: true; value: T } | ErrorValue;

/** Where computations run: a worker pool, or the calling thread (fallback). */
export type ExecutionMode = 'worker' | 'in-thread';

/**
 * Where to load a dataset from: a URL of a DatasetJson file (fetched inside the worker; `file:` URLs
 * work in Node), a DatasetJson passed in, or panel CSV text.
 */
export type DatasetSource =
  | { url: string; id?: string }
  | { dataset: DatasetJson; id?: string }
  | { csv: string; file?: string; id?: string; mapping?: ColumnMapping };

/** `loadDataset` request: a source plus whether to add the partnership variables (default true). */
export type LoadDatasetRequest = DatasetSource & {
  /** Add `un_troops_k_lag1`, `nonun_troops_k_lag1`, `battle_deaths_lag1`, `conflict_duration` (default true). */
  derive?: boolean;
};

/**
 * What `loadDataset` reports about the table it now holds (not core's `DatasetInfo`, which describes a
 * bundled dataset's metadata: a CSV upload has no version or source, and this report adds columns,
 * exclusions and whether the partnership variables were added).
 */
export interface LoadedDatasetInfo {
  id: string;
  n: number;
  columns: { name: string; kind: 'number' | 'string' }[];
  title: string | null;
  caveat: string | null;
  /** Rows the CSV importer left out, with reasons (empty for JSON datasets). */
  exclusions: Exclusion[];
  /** True when the partnership variables were added. */
  derived: boolean;
}

/** @deprecated The old name of {@link LoadedDatasetInfo}, kept for compatibility. */
export type { LoadedDatasetInfo as DatasetInfo };

/** Fields shared by requests that work on a model of a loaded dataset. */
export interface ModelRequest {
  /** Model specification; defaults to the dataset's declared specification (core's `defaultSpecificationFor`: the main one on conflict-months, the country-month one on `africa-cm`). */
  spec?: ModelSpecInput;
  /**
   * Overrides the spec's variance estimator (its cluster column is dropped unless `cluster`): e.g.
   * `model` for model-based intervals when the data hold one cluster, where cluster-robust ones do not exist.
   */
  vcov?: 'model' | 'oim' | 'robust' | 'cluster';
  /** Dataset id; defaults to the dataset loaded last. */
  dataset?: string;
}

/** `fit` result: the fit plus whether it came from the worker's model cache. */
export interface FitResponse {
  result: FitResult;
  cached: boolean;
}

export interface PredictRequest extends ModelRequest {
  newdata: Record<string, number | string>[];
  ciLevel?: number;
}

export interface PartnershipEffectRequest extends ModelRequest {
  /** UN troops (thousands) at which to evaluate. */
  unGrid: number[];
  /** Non-UN troop levels (thousands), one curve each. */
  nonunLevels: number[];
  /** Values of the other covariates; their sample means otherwise. */
  at?: Record<string, number | string>;
  ciLevel?: number;
}

/** One point of an effect curve (core's `PartnershipPoint`). */
export type EffectPoint = PartnershipPoint;

/** Core's `PartnershipEffect`: curves over UN troops, one per non-UN level, plus the `at` values used. */
export type PartnershipEffectResponse = PartnershipEffect;

/**
 * `scenario` request: core's `ScenarioOptions` (UN and non-UN troops in thousands, the reduction to
 * match, covariate values, interval level) on the model of a `ModelRequest`.
 */
export interface ScenarioRequest extends ModelRequest, ScenarioOptions {}

/**
 * `scenario` result: core's `PartnershipScenario` (predicted deaths with no troops, UN only, non-UN
 * only and both; reductions; UN troops needed without and with the partner).
 */
export type ScenarioResponse = PartnershipScenario;

export interface DescribeRequest {
  dataset?: string;
}

/**
 * A panel CSV to check: its text, or its bytes (the encoding is then detected: UTF-8, UTF-16,
 * windows-1252). `require: 'partnership'` checks that it holds what the partnership model needs
 * (core's `PARTNERSHIP_PANEL_REQUIREMENTS`), naming the missing columns; `purpose` names who needs
 * them in the message (e.g. "the chart").
 */
export interface ValidateCsvRequest {
  text?: string;
  bytes?: Uint8Array;
  /** The encoding `text` was decoded from, when the caller decoded it (stated in the dialect). */
  encoding?: string;
  file?: string;
  mapping?: ColumnMapping;
  require?: 'partnership';
  purpose?: string;
}

/** A CSV that parsed: the table (typed arrays, transferred), the rows left out, with reasons, and how it was read. */
export interface ValidatedCsv {
  table: Table;
  exclusions: Exclusion[];
  /** Separator, decimal mark, thousands separators and encoding used: state them to the user. */
  dialect: CsvDialect;
  /** The decoded text (returned when bytes were sent, so the caller can keep or re-check it). */
  text?: string;
}

export interface BootstrapRequest extends ModelRequest {
  /** Number of replications (e.g. 999). */
  reps: number;
  /** Seed; replication `i` uses an RNG seeded by `(seed, i)` alone. */
  seed: number;
  /** Interval level (default 0.95). */
  level?: number;
}

/** One slice `[start, end)` of a bootstrap, as a worker computes it. */
export interface BootstrapRangeRequest extends ModelRequest {
  reps: number;
  seed: number;
  start: number;
  end: number;
}

export interface BootstrapRange {
  start: number;
  end: number;
  /** `(end − start) × terms.length`, row-major, replication order. Transferred. */
  draws: Float64Array;
  terms: string[];
  failed: number;
}

/** A percentile interval of one coefficient over the bootstrap draws. */
export interface BootstrapInterval {
  term: string;
  lower: number;
  upper: number;
  /** Finite draws the interval rests on (failed replications are left out). */
  reps: number;
}

export interface BootstrapResponse {
  reps: number;
  seed: number;
  level: number;
  terms: string[];
  /** `reps × terms.length`, row-major, in replication order (identical for any number of workers). */
  draws: Float64Array;
  /** Replications whose fit failed (their rows are NaN). */
  failed: number;
  intervals: BootstrapInterval[];
  /** Workers that computed replications (1 in-thread). */
  workers: number;
}

/**
 * `multiverseRange` request: some specifications of the multiverse grid (core's `expandGrid`), fitted on
 * the loaded datasets named by the grid (`africa-cm`, `africa-conflict-month`); a dataset that is not
 * loaded makes its rows fail with that reason.
 */
export interface MultiverseRangeRequest {
  specs: MultiverseSpec[];
}

/** `multiverse` request of the client: the grid restricted by `only` (core's `--only`). */
export interface MultiverseRequest {
  only?: OnlyOptions;
}

/** The client's multiverse result: core's `MultiverseResult` plus the workers that computed it. */
export interface MultiverseResponse {
  result: MultiverseResult;
  workers: number;
}

/** `fitTwoPart` request: a zero-inflated or hurdle model (core's `TwoPartSpecInput`, pscl's `y ~ count | zero`). */
export interface TwoPartRequest {
  spec: TwoPartSpecInput;
  /** Dataset id; defaults to the dataset loaded last. */
  dataset?: string;
}

/** `fitTwoPart` result: core's `TwoPartResult` plus whether it came from the estimator's cache. */
export interface TwoPartResponse {
  result: TwoPartResult;
  cached: boolean;
}

/**
 * `diagnostics` request: the model of a `ModelRequest` (NB2 or Poisson), or the two-part model of
 * `twoPart` when given, and how much of the rootogram to compute.
 */
export interface DiagnosticsRequest extends ModelRequest {
  twoPart?: TwoPartSpecInput;
  /** Largest count of the rootogram (default 50; counts above it are summed in `beyond`). */
  rootogramMax?: number;
  /** Residuals to return (default `pearson`). */
  residualType?: ResidualType;
}

/**
 * What a fit looks like against its data: rootogram bars (Kleiber & Zeileis 2016) for counts
 * 0…`rootogramMax`, the observations beyond it, and one fitted mean and residual per observation used.
 */
export interface DiagnosticsResponse {
  rootogram: RootogramBar[];
  /** Observations with a count above the rootogram's last bar: observed, and expected under the model. */
  beyond: { observed: number; expected: number };
  /** Fitted means, one per observation used (transferred). */
  fitted: Float64Array;
  /** Residuals of `residualType`, in the order of `fitted` (transferred). */
  residuals: Float64Array;
  residualType: ResidualType;
}

/**
 * `wildBootstrap` request: the wild cluster score bootstrap test of H0: β = 0 (Kline & Santos 2012)
 * for each named term (default: every estimated coefficient but the intercept), clustered by the
 * spec's `cluster`.
 */
export interface WildBootstrapRequest extends ModelRequest {
  terms?: string[];
  reps: number;
  seed: number;
  /** Default `webb` (Rademacher allows only 2^G distinct draws). */
  weights?: WildWeights;
}

/** One core `WildClusterBootstrapResult` per term, in the order asked. */
export interface WildBootstrapResponse {
  tests: WildClusterBootstrapResult[];
}

/** Progress of a long call. */
export interface Progress {
  done: number;
  total: number;
}

/**
 * How the main thread controls a call that runs in a worker: an id for `cancel(callId)` and, when
 * `SharedArrayBuffer` exists, an `Int32Array` flag the worker polls between steps (index 0 ≠ 0 = stop).
 */
export interface CallControl {
  callId: number;
  cancelFlag?: Int32Array;
}

/** What the worker exposes through comlink (and `main/in-thread-host.ts` runs on the main thread). */
export interface EstimatorApi {
  /** Answers once the worker has loaded; used as a start-up handshake. */
  ping(): Promise<{ coreVersion: string }>;
  loadDataset(req: LoadDatasetRequest): Promise<Result<LoadedDatasetInfo>>;
  fit(req: ModelRequest, control?: CallControl): Promise<Result<FitResponse>>;
  predict(req: PredictRequest, control?: CallControl): Promise<Result<Prediction[]>>;
  partnershipEffect(
    req: PartnershipEffectRequest,
    control?: CallControl,
  ): Promise<Result<PartnershipEffectResponse>>;
  scenario(req: ScenarioRequest, control?: CallControl): Promise<Result<ScenarioResponse>>;
  describe(req: DescribeRequest): Promise<Result<DeploymentSummary>>;
  validatePanelCsv(req: ValidateCsvRequest): Promise<Result<ValidatedCsv>>;
  /** Computes replications `[start, end)`; `onProgress(done)` reports replications finished so far. */
  bootstrapRange(
    req: BootstrapRangeRequest,
    control?: CallControl,
    onProgress?: (done: number) => void,
  ): Promise<Result<BootstrapRange>>;
  /**
   * Fits some specifications of the multiverse in order, reusing this estimator's design cache across
   * calls; `onProgress(done)` after each one. Failed fits are rows with their reason.
   */
  multiverseRange(
    req: MultiverseRangeRequest,
    control?: CallControl,
    onProgress?: (done: number) => void,
  ): Promise<Result<MultiverseRow[]>>;
  /** Fits a zero-inflated or hurdle model (cached by dataset and validated spec). */
  fitTwoPart(req: TwoPartRequest, control?: CallControl): Promise<Result<TwoPartResponse>>;
  /** Rootogram, fitted values and residuals of a model. */
  diagnostics(req: DiagnosticsRequest, control?: CallControl): Promise<Result<DiagnosticsResponse>>;
  /** Wild cluster score bootstrap p-values, one per term (no refits per replication). */
  wildBootstrap(req: WildBootstrapRequest, control?: CallControl): Promise<Result<WildBootstrapResponse>>;
  /** Asks a running call to stop at its next step (it then resolves `{ ok: false, code: 'CANCELLED' }`). */
  cancel(callId: number): Promise<void>;
}
