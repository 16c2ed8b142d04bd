/**
 * How the one bundle tells where it runs. `dist/partnership-effect.js` is loaded twice on a page
 * with a chart: by the page's `<script type="module">` (it defines the element) and by the chart
 * engine's module worker (it serves the estimators). The worker is started with a fixed `name`, so
 * the bundle imported by any other worker, or by a server-side renderer, does neither.
 */

/** The `name` the engine worker is started with (`self.name` inside it). */
export const ENGINE_WORKER_NAME = 'peacepanel-widget-engine';

/**
 * True inside the engine worker started by `startEngineWorker`.
 * @example if (isEngineWorkerScope()) serveEngine();
 */
export function isEngineWorkerScope(): boolean {
  return typeof document === 'undefined' && (globalThis as { name?: unknown }).name === ENGINE_WORKER_NAME;
}

/**
 * True in a window with a DOM, where the element can be defined.
 * @example if (isWindowScope()) definePartnershipEffect(base, script);
 */
export function isWindowScope(): boolean {
  return typeof document !== 'undefined' && typeof customElements !== 'undefined';
}
