/**
 * One worker of the pool: started with a handshake (`ping`), watched for crashes, and ended on
 * purpose by `kill` (cancel that did not stop in time, `dispose`). Every call races the worker's
 * death, so a crash resolves in-flight calls with a `WORKER_CRASHED` value instead of hanging.
 */
import { type Remote, releaseProxy, wrap } from 'comlink';
import type { EstimatorApi, Result } from '../api.js';
import { crashedValue } from '../error-values.js';
import type { EstimatorHost } from './estimator-host.js';
import { type SpawnedWorker, spawnWorker, type WorkerSource } from './spawn-worker.js';

export class WorkerHost implements EstimatorHost {
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
   * @example // types-only: starts the built worker (dist/worker.js) in a worker thread
   * const host = await WorkerHost.start({ url: new URL('./worker.js', import.meta.url) }, 15000);
   */
  static async start(source: WorkerSource, timeoutMs: number): Promise<WorkerHost> {
    const host = new WorkerHost();
    const worker = await spawnWorker(source);
    host.#worker = worker;
    worker.onFailure((detail) => host.#end(crashedValue(detail)));
    host.#remote = wrap<EstimatorApi>(worker.endpoint);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<Result<never>>((resolve) => {
      timer = setTimeout(
        () => resolve(crashedValue(`no answer within ${timeoutMs} ms of starting`)),
        timeoutMs,
      );
    });
    const started = await Promise.race([host.#remote.ping().then(() => undefined), host.#death, timeout]);
    clearTimeout(timer);
    if (started !== undefined) {
      host.kill(started);
      throw new Error(started.ok ? 'worker did not start' : started.message);
    }
    return host;
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
