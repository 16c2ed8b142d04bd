/**
 * The estimators a client uses: up to `size` workers, started lazily (worker 0 at once), each brought
 * up to date with the datasets loaded so far; or, when a worker cannot be started (CSP, no Worker
 * support) or `forceInThread` is set, one in-thread estimator. A dead worker (crash, or terminated by
 * a cancel) is replaced on its next use. Falling back happens only while no worker has ever started:
 * once one has, a worker that fails to start is reported as an error value of that call.
 */
import type { ExecutionMode, LoadDatasetRequest, Result } from '../api.js';
import { crashedValue } from '../error-values.js';
import type { ResearchFactory } from '../worker/research.js';
import { type EstimatorHost, replayLoads } from './estimator-host.js';
import { InThreadHost } from './in-thread-host.js';
import type { WorkerSource } from './spawn-worker.js';
import { WorkerHost } from './worker-host.js';

export interface PoolOptions {
  /** `undefined`: run in-thread from the start. */
  source: WorkerSource | undefined;
  size: Promise<number>;
  startTimeoutMs: number;
  onFallback?: (reason: string) => void;
  /** Research operations of the in-thread estimator (see `ClientOptions.research`). */
  research?: ResearchFactory;
}

export class EstimatorPool {
  /** Every successful `loadDataset` request, in order; replayed into fresh estimators. */
  readonly loads: LoadDatasetRequest[] = [];
  readonly #options: PoolOptions;
  readonly #hosts: (Promise<WorkerHost> | undefined)[] = [];
  /** A started worker (datasets loaded) that takes the place of one terminated by a cancel. */
  #spare: Promise<WorkerHost> | undefined;
  #spareReady = false;
  /** Once a worker has started, later start failures are errors of that call, not a reason to fall back. */
  #workersWork = false;
  #mode: ExecutionMode;
  #fallbackReason: string | undefined;
  #inThread: InThreadHost | undefined;
  #disposed = false;

  constructor(options: PoolOptions) {
    this.#options = options;
    this.#mode = options.source ? 'worker' : 'in-thread';
    if (!options.source) this.#fallbackReason = 'forceInThread';
  }

  get mode(): ExecutionMode {
    return this.#mode;
  }

  get fallbackReason(): string | undefined {
    return this.#fallbackReason;
  }

  /** Workers a bootstrap may use (1 in-thread). */
  async size(): Promise<number> {
    return this.#mode === 'worker' ? await this.#options.size : 1;
  }

  /**
   * Estimator `index` (0 is the one single calls use), started and synced with the loaded datasets.
   * Falls back to in-thread when a worker cannot start.
   * @example // types-only: starts worker threads
   * async function fitOnFirst(pool: EstimatorPool) {
   *   const h = await pool.host(0);
   *   if (h.ok) await h.value.run((api) => api.fit({}));
   * }
   */
  async host(index: number): Promise<Result<EstimatorHost>> {
    for (;;) {
      if (this.#disposed)
        return { ok: false, code: 'INTERNAL', message: 'this client was disposed; create a new one' };
      if (this.#mode === 'in-thread') {
        this.#inThread ??= new InThreadHost(this.#options.research);
        return this.#synced(this.#inThread);
      }
      const source = this.#options.source;
      if (!source) continue;
      let pending = this.#hosts[index];
      if (!pending && this.#spare) {
        pending = this.#spare;
        this.#spare = undefined;
        this.#spareReady = false;
        this.#hosts[index] = pending;
        // Keep one warm for the next cancel, started a little later so it does not slow this call.
        setTimeout(() => this.prepareSpare(), 250);
      }
      if (!pending) {
        pending = WorkerHost.start(source, this.#options.startTimeoutMs);
        pending.catch(() => undefined);
        this.#hosts[index] = pending;
      }
      let host: WorkerHost;
      try {
        host = await pending;
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        if (this.#hosts[index] === pending) this.#hosts[index] = undefined;
        if (this.#workersWork) return crashedValue(detail);
        this.#fallBack(detail);
        continue;
      }
      this.#workersWork = true;
      if (this.#disposed) host.kill({ ok: false, code: 'INTERNAL', message: 'disposed' });
      if (!host.alive) {
        if (this.#hosts[index] === pending) this.#hosts[index] = undefined;
        continue;
      }
      return this.#synced(host);
    }
  }

  /**
   * Starts a spare worker in the background (once), loaded with the datasets, so that a worker
   * terminated because it did not stop in time on a cancel is replaced at once. Called before
   * calls that carry an AbortSignal, and again whenever the spare has been used.
   * @example // types-only: starts worker threads
   * const ready = (pool: EstimatorPool) => pool.prepareSpare();
   */
  prepareSpare(): void {
    const source = this.#options.source;
    if (this.#mode !== 'worker' || this.#disposed || this.#spare || !source) return;
    this.#spareReady = false;
    const spare = WorkerHost.start(source, this.#options.startTimeoutMs).then(async (host) => {
      this.#workersWork = true;
      await replayLoads(host, this.loads);
      if (this.#spare === spare) this.#spareReady = host.alive;
      return host;
    });
    spare.catch(() => {
      if (this.#spare === spare) this.#spare = undefined;
    });
    this.#spare = spare;
  }

  /** True when a spare worker is started and loaded, so terminating a busy worker costs no wait. */
  get spareReady(): boolean {
    return this.#spare !== undefined && this.#spareReady;
  }

  /** Terminates every worker; calls in flight resolve with an error value. */
  dispose(): void {
    this.#disposed = true;
    const spare = this.#spare;
    this.#spare = undefined;
    this.#spareReady = false;
    for (const pending of [...this.#hosts, spare])
      void pending
        ?.then((host) => host.kill({ ok: false, code: 'INTERNAL', message: 'the client was disposed' }))
        .catch(() => undefined);
    this.#hosts.length = 0;
  }

  async #synced(host: EstimatorHost): Promise<Result<EstimatorHost>> {
    const r = await replayLoads(host, this.loads);
    return r.ok ? { ok: true, value: host } : r;
  }

  #fallBack(reason: string): void {
    if (this.#mode === 'in-thread') return;
    this.#mode = 'in-thread';
    this.#fallbackReason = reason;
    this.dispose();
    this.#disposed = false;
    this.#options.onFallback?.(reason);
  }
}
