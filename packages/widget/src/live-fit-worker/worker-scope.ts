/**
 * How the widget's scripts tell where they run. `dist/partnership-effect.js` defines the element in
 * a window only; `dist/live-fit.js` is loaded by the element for a live fit and by the live-fit
 * module worker (where it serves the estimators). The worker is started with a fixed `name`, so the
 * module imported by any other worker, or by a server-side renderer, serves nothing.
 */

/** The `name` the live-fit worker is started with (`self.name` inside it). */
export const LIVE_FIT_WORKER_NAME = 'peacepanel-widget-live-fit';

/**
 * True inside the live-fit worker started by `startLiveFitWorker`.
 * @example isLiveFitWorkerScope() // => false
 */
export function isLiveFitWorkerScope(): boolean {
  return typeof document === 'undefined' && (globalThis as { name?: unknown }).name === LIVE_FIT_WORKER_NAME;
}

/**
 * True in a window with a DOM, where the element can be defined.
 * @example import { definePartnershipEffect } from '../partnership-effect/define.js';
 * if (isWindowScope()) definePartnershipEffect(new URL('./datasets/', import.meta.url), new URL('./engine.js', import.meta.url));
 */
export function isWindowScope(): boolean {
  return typeof document !== 'undefined' && typeof customElements !== 'undefined';
}
