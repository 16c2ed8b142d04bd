/**
 * The zero-configuration worker for apps built with a bundler: `worker.js` next to this module,
 * written out literally so Vite and webpack 5 see it and bundle it. Kept out of `createClient` so
 * that apps passing their own `workerFactory` (the widget, the demo) do not get an unused copy.
 */

/**
 * Starts `@peacepanel/worker/worker` as a module Worker.
 * Reference: https://vite.dev/guide/features#web-workers (`new Worker(new URL(…, import.meta.url))`).
 * @example // types-only: a bundler turns the literal `new Worker(new URL(…))` into a browser worker
 * import { createClient } from '@peacepanel/worker';
 * import { defaultWorkerFactory } from '@peacepanel/worker/default-worker';
 * const client = createClient({ workerFactory: defaultWorkerFactory });
 */
export function defaultWorkerFactory(): Worker {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}
