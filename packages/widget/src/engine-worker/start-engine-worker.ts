/**
 * Starts the chart engine's module worker from the widget's engine module (`engine.js`), whatever
 * its origin. A module Worker must be same-origin with the page, and the script often comes from a
 * CDN, so the worker is a one-line `blob:` module (same origin as the page) that imports the engine
 * module by its URL. That import is a CORS module fetch, like the page's own dynamic `import()` of
 * it, and usually a cache hit, so the engine code is downloaded once.
 */
import { ENGINE_WORKER_NAME } from './engine-worker-scope.js';

/**
 * The source of the blob module: a static import of the script.
 * @example engineWorkerSource(new URL('https://cdn.example.org/w/engine.js'))
 * // 'import "https://cdn.example.org/w/engine.js";\n'
 */
export function engineWorkerSource(script: URL): string {
  return `import ${JSON.stringify(script.href)};\n`;
}

/**
 * Starts the engine worker. Throws (or the worker reports an `error` event) where the page's CSP
 * forbids `blob:` workers; the client then runs the engine in-thread from the same script.
 * Reference: HTML Standard, "Dedicated workers and the Worker interface" (blob URLs keep the
 * creator's origin); Vite's `?worker&inline` starts workers the same way.
 * @example // types-only: starts a browser Worker
 * const worker = startEngineWorker(new URL(import.meta.url));
 */
export function startEngineWorker(script: URL): Worker {
  const blobUrl = URL.createObjectURL(new Blob([engineWorkerSource(script)], { type: 'text/javascript' }));
  try {
    return new Worker(blobUrl, { type: 'module', name: ENGINE_WORKER_NAME });
  } finally {
    // The worker has resolved its URL when the constructor returns.
    URL.revokeObjectURL(blobUrl);
  }
}
