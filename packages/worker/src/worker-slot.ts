/**
 * One worker of the pool: started with a handshake (`ping`), watched for crashes, and ended on
 * purpose by `kill` (cancel that did not stop in time, `dispose`). Every call races the worker's
 * death, so a crash resolves in-flight calls with a `WORKER_CRASHED` value instead of hanging.
 */
import { type Remote, releaseProxy, wrap } from 'comlink';
import type { EstimatorApi, Result } from './api.js';
import type { EngineHost } from './engine-host.js';
import { crashedValue } from './error-values.js';
import { type SpawnedWorker, spawnWorker, type WorkerSource } from './spawn-worker.js';

export class WorkerSlot implements EngineHost {
  readonly mode = 'worker' as const;
  loadsApplied = 0;
  replaying: Promise<Result<true>> = Promise.resolve({ ok: true, value: true });
  #alive = true;
  #worker: SpawnedWorker | undefined;
  #remote: Remote<EstimatorApi> | undefined;
  #death: Promise<Result<never>>;
  #die!: (reason: Result<never>) => void;

  private constructor() {
    this.#death = new Promise((resolve) => {
      this.#die = resolve;
    });
  }

  /**
   * Starts a worker and waits for its handshake.
   * @throws Error when the worker cannot be created, fails to load, or does not answer in `timeoutMs`.
   * @example // types-only: starts a worker thread from the built worker
   * const slot = await WorkerSlot.start({ url: new URL('./worker.js', import.meta.url) }, 15000);
   */
  static async start(source: WorkerSource, timeoutMs: number): Promise<WorkerSlot> {
    const slot = new WorkerSlot();
    const worker = await spawnWorker(source);
    slot.#worker = worker;
    worker.onFailure((detail) => slot.#end(crashedValue(detail)));
    slot.#remote = wrap<EstimatorApi>(worker.endpoint);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<Result<never>>((resolve) => {
      timer = setTimeout(
        () => resolve(crashedValue(`no answer within ${timeoutMs} ms of starting`)),
        timeoutMs,
      );
    });
    const started = await Promise.race([slot.#remote.ping().then(() => undefined), slot.#death, timeout]);
    clearTimeout(timer);
    if (started !== undefined) {
      slot.kill(started);
      throw new Error(started.ok ? 'worker did not start' : started.message);
    }
    return slot;
  }

  get alive(): boolean {
    return this.#alive;
  }

  run<T>(invoke: (api: EstimatorApi) => Promise<Result<T>>): Promise<Result<T>> {
    const remote = this.#remote;
    if (!this.#alive || !remote) return this.#death;
    // comlink's Remote<T> has the same promise-returning methods as EstimatorApi, whose methods all
    // return promises already; callback arguments are passed as comlink proxies by the caller.
    const api = remote as unknown as EstimatorApi;
    const call = invoke(api).catch((e: unknown) => crashedValue(e instanceof Error ? e.message : String(e)));
    return Promise.race([call, this.#death]);
  }

  kill(reason: Result<never>): void {
    this.#end(reason);
  }

  #end(reason: Result<never>): void {
    if (!this.#alive) return;
    this.#alive = false;
    this.#die(reason);
    try {
      this.#remote?.[releaseProxy]();
    } catch {
      // the port may already be closed
    }
    this.#worker?.terminate();
  }
}
