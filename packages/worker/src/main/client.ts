/**
 * `createClient`: the one way the widget and the demo reach core's estimators. Calls run in a
 * worker (browser module Worker, or Node `worker_threads`); bootstraps and the multiverse are split
 * across a pool; every call takes an AbortSignal that really stops the work; a crashed worker is
 * reported as an error value and replaced on the next call; where no worker can start, the same API
 * runs in-thread. Reading order: `pool.ts` (the estimators) → `run-cancellable.ts` (one call) →
 * `bootstrap.ts` and `multiverse.ts` (sliced across the pool by `sliced-run.ts`).
 */
import type { CallControl, EstimatorApi, LoadDatasetRequest, LoadedDatasetInfo, Result } from '../api.js';
import { bootstrapOnPool } from './bootstrap.js';
import type { CallOptions, ClientOptions, PeacepanelClient } from './client-types.js';
import { runMultiverseOnPool } from './multiverse.js';
import { EstimatorPool } from './pool.js';
import { defaultPoolSize } from './pool-size.js';
import { cancelledValue, runCancellable } from './run-cancellable.js';
import type { WorkerSource } from './spawn-worker.js';

/** The worker entry's file, `dist/worker.js`, relative to this module (`dist/main/client.js`). */
const WORKER_FILE = '../worker.js';

/**
 * Without a factory: `workerUrl`, else `worker.js` of this package. The URL is built from a
 * variable, so bundlers do not emit a copy of the worker for every app that imports the client
 * (most pass a `workerFactory`); bundler users who want the default import `defaultWorkerFactory`
 * from `@peacepanel/worker/default-worker`, where it is written literally.
 */
function workerSourceOf(options: ClientOptions): WorkerSource | undefined {
  if (options.forceInThread) return undefined;
  if (options.workerFactory) return { factory: options.workerFactory };
  return { url: options.workerUrl ?? new URL(WORKER_FILE, import.meta.url) };
}

/** The pool of a new client: its worker source and size, the fallback hook. */
function poolOf(options: ClientOptions): EstimatorPool {
  const size =
    options.workers !== undefined
      ? Promise.resolve(Math.max(1, Math.floor(options.workers)))
      : defaultPoolSize(options.maxWorkers ?? 4);
  return new EstimatorPool({
    source: workerSourceOf(options),
    size,
    startTimeoutMs: options.startTimeoutMs ?? 15_000,
    ...(options.onFallback ? { onFallback: options.onFallback } : {}),
    ...(options.research ? { research: options.research } : {}),
  });
}

/**
 * Runs one call on estimator 0, cancellable through `opts.signal` (a spare worker is prepared first,
 * so a worker that does not stop in time can be replaced at once).
 * @example // types-only: runs on a pool's worker
 * const fitFirst = (pool: EstimatorPool, signal: AbortSignal) => callFirst(pool, 50, (api, c) => api.fit({}, c), { signal });
 */
async function callFirst<T>(
  pool: EstimatorPool,
  hardCancelMs: number,
  invoke: (api: EstimatorApi, control: CallControl) => Promise<Result<T>>,
  opts: CallOptions | undefined,
): Promise<Result<T>> {
  if (opts?.signal?.aborted) return cancelledValue();
  const host = await pool.host(0);
  if (!host.ok) return host;
  if (opts?.signal) pool.prepareSpare();
  return runCancellable(host.value, invoke, opts?.signal, hardCancelMs, () => pool.spareReady);
}

/**
 * Loads a dataset on estimator 0 and records the request, so every other estimator (pool workers,
 * a replacement after a crash or a cancel) replays it before its first call.
 */
async function loadOnPool(
  pool: EstimatorPool,
  hardCancelMs: number,
  req: LoadDatasetRequest,
  opts: CallOptions | undefined,
): Promise<Result<LoadedDatasetInfo>> {
  if (opts?.signal?.aborted) return cancelledValue();
  const host = await pool.host(0);
  if (!host.ok) return host;
  const r = await runCancellable(host.value, (api) => api.loadDataset(req), opts?.signal, hardCancelMs);
  if (r.ok && host.value.alive) {
    pool.loads.push(req);
    host.value.loadsApplied = pool.loads.length;
  }
  return r;
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
  const pool = poolOf(options);
  const hardCancelMs = options.hardCancelMs ?? 50;
  const started = pool.host(0);
  const call = <T>(
    invoke: (api: EstimatorApi, control: CallControl) => Promise<Result<T>>,
    opts: CallOptions | undefined,
  ) => callFirst(pool, hardCancelMs, invoke, opts);
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
    ping: (opts) => call(async (api) => ({ ok: true, value: await api.ping() }), opts),
    loadDataset: (req, opts) => loadOnPool(pool, hardCancelMs, req, opts),
    fit: (req = {}, opts) => call((api, c) => api.fit(req, c), opts),
    predict: (req, opts) => call((api, c) => api.predict(req, c), opts),
    partnershipEffect: (req, opts) => call((api, c) => api.partnershipEffect(req, c), opts),
    scenario: (req, opts) => call((api, c) => api.scenario(req, c), opts),
    describe: (req = {}, opts) => call((api) => api.describe(req), opts),
    validatePanelCsv: (req, opts) => call((api) => api.validatePanelCsv(req), opts),
    fitTwoPart: (req, opts) => call((api, c) => api.fitTwoPart(req, c), opts),
    diagnostics: (req = {}, opts) => call((api, c) => api.diagnostics(req, c), opts),
    wildBootstrap: (req, opts) => call((api, c) => api.wildBootstrap(req, c), opts),
    bootstrap: (req, opts = {}) => bootstrapOnPool(pool, req, { ...opts, hardCancelMs }),
    multiverse: (req = {}, opts = {}) => runMultiverseOnPool(pool, req, { ...opts, hardCancelMs }),
    dispose: () => pool.dispose(),
  };
}
