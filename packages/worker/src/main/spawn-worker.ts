/**
 * Starting one worker, in a browser (`Worker`, module type) or in Node (`worker_threads`), and
 * reporting when it fails: a script that cannot load (CSP, 404), an uncaught error, an exit we did
 * not ask for. Node modules are imported lazily and hidden from bundlers.
 */
import type { Endpoint } from 'comlink';

/** What a `workerFactory` may return: a browser `Worker` or a Node `worker_threads` Worker. */
export type WorkerLike = Worker | import('node:worker_threads').Worker;

/** How to start workers: a factory (e.g. a Vite `?worker&inline` import), or a URL of the worker entry. */
export type WorkerSource = { factory: () => WorkerLike } | { url: URL | string };

export interface SpawnedWorker {
  endpoint: Endpoint;
  /** Registers the handler of an unexpected failure (called at most once). */
  onFailure(handler: (detail: string) => void): void;
  terminate(): void;
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/**
 * Starts a worker from `source`.
 * @throws whatever the platform throws when a worker cannot be created (no Worker support, CSP).
 * @example // types-only: starts the built worker (dist/worker.js)
 * const w = await spawnWorker({ url: new URL('./worker.js', import.meta.url) });
 */
export async function spawnWorker(source: WorkerSource): Promise<SpawnedWorker> {
  const worker = 'factory' in source ? source.factory() : await workerFromUrl(source.url);
  return isNodeWorker(worker) ? await wrapNodeWorker(worker) : wrapBrowserWorker(worker);
}

function isNodeWorker(w: WorkerLike): w is import('node:worker_threads').Worker {
  return typeof (w as { on?: unknown }).on === 'function';
}

async function workerFromUrl(url: URL | string): Promise<WorkerLike> {
  if (!isNode) {
    if (typeof Worker === 'undefined') throw new Error('this environment has no Worker');
    return new Worker(url, { type: 'module' });
  }
  const threads = await nodeThreads();
  const href = String(url);
  // Inherit Node flags except those that only apply to the main script (`--input-type` breaks workers).
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  return new threads.Worker(new URL(href), { execArgv });
}

function wrapBrowserWorker(worker: Worker): SpawnedWorker {
  let handler: ((detail: string) => void) | undefined;
  let failed = false;
  const fail = (detail: string) => {
    if (failed) return;
    failed = true;
    handler?.(detail);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.message || 'the worker script could not be loaded');
  });
  worker.addEventListener('messageerror', () => fail('a message could not be deserialised'));
  return {
    endpoint: worker as unknown as Endpoint,
    onFailure(h) {
      handler = h;
    },
    terminate: () => {
      failed = true;
      worker.terminate();
    },
  };
}

async function wrapNodeWorker(worker: import('node:worker_threads').Worker): Promise<SpawnedWorker> {
  const adapterName = 'comlink/dist/esm/node-adapter.mjs';
  const adapter = (await import(/* @vite-ignore */ adapterName)) as {
    default: (w: import('node:worker_threads').Worker) => Endpoint;
  };
  let handler: ((detail: string) => void) | undefined;
  let failed = false;
  const fail = (detail: string) => {
    if (failed) return;
    failed = true;
    handler?.(detail);
  };
  worker.on('error', (e: Error) => fail(e.message));
  worker.on('exit', (code: number) => fail(`exit code ${code}`));
  worker.on('messageerror', () => fail('a message could not be deserialised'));
  return {
    endpoint: adapter.default(worker),
    onFailure(h) {
      handler = h;
    },
    terminate: () => {
      failed = true;
      void worker.terminate();
    },
  };
}

async function nodeThreads(): Promise<typeof import('node:worker_threads')> {
  const name = 'node:worker_threads';
  return (await import(/* @vite-ignore */ name)) as typeof import('node:worker_threads');
}
