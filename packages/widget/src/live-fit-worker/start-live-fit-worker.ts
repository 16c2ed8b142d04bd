/**
 * Starts the live-fit worker from the widget's live-fit module (`live-fit.js`), whatever
 * its origin. A module Worker must be same-origin with the page, and the script often comes from a
 * CDN, so the worker is a one-line `blob:` module (same origin as the page) that imports the live-fit
 * module by its URL. That import is a CORS module fetch, like the page's own dynamic `import()` of
 * it, and usually a cache hit, so the live-fit code is downloaded once.
 */
import { LIVE_FIT_WORKER_NAME } from './worker-scope.js';

/**
 * The source of the blob module: a static import of the script.
 * @example liveFitWorkerSource(new URL('https://cdn.example.org/w/live-fit.js'))
 * // 'import "https://cdn.example.org/w/live-fit.js";\n'
 */
export function liveFitWorkerSource(script: URL): string {
  return `import ${JSON.stringify(script.href)};\n`;
}

/**
 * Starts the live-fit worker. Throws (or the worker reports an `error` event) where the page's CSP
 * forbids `blob:` workers; the client then runs the estimators in-thread from the same script.
 * Reference: HTML Standard, "Dedicated workers and the Worker interface" (blob URLs keep the
 * creator's origin); Vite's `?worker&inline` starts workers the same way.
 * @example // types-only: needs a browser Worker and blob: URLs
 * const worker = startLiveFitWorker(new URL(import.meta.url));
 */
export function startLiveFitWorker(script: URL): Worker {
  const blobUrl = URL.createObjectURL(new Blob([liveFitWorkerSource(script)], { type: 'text/javascript' }));
  try {
    return new Worker(blobUrl, { type: 'module', name: LIVE_FIT_WORKER_NAME });
  } finally {
    // The worker has resolved its URL when the constructor returns.
    URL.revokeObjectURL(blobUrl);
  }
}
