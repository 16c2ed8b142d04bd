/**
 * How the widget's scripts tell where they run. `dist/partnership-effect.js` defines the element in
 * a window only; `dist/engine.js` is loaded by the element for a live fit and by the chart engine's
 * module worker (where it serves the estimators). The worker is started with a fixed `name`, so the
 * engine imported by any other worker, or by a server-side renderer, serves nothing.
 */

/** The `name` the engine worker is started with (`self.name` inside it). */
export const ENGINE_WORKER_NAME = 'peacepanel-widget-engine';

/**
 * True inside the engine worker started by `startEngineWorker`.
 * @example import { serveEngine } from './serve-engine.js';
 * if (isEngineWorkerScope()) serveEngine();
 */
export function isEngineWorkerScope(): boolean {
  return typeof document === 'undefined' && (globalThis as { name?: unknown }).name === ENGINE_WORKER_NAME;
}

/**
 * True in a window with a DOM, where the element can be defined.
 * @example import { definePartnershipEffect } from '../partnership-effect/define.js';
 * if (isWindowScope()) definePartnershipEffect(new URL('./datasets/', import.meta.url), new URL('./engine.js', import.meta.url));
 */
export function isWindowScope(): boolean {
  return typeof document !== 'undefined' && typeof customElements !== 'undefined';
}
