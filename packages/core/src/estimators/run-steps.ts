import { messages } from '../errors.js';

/**
 * A computation cut into steps: a generator that `yield`s where the caller may pause (between
 * iterations and phases of a fit) and returns its result. Run to completion by {@link runSteps}
 * (synchronous) or {@link runStepsAsync} (pausing between steps); both run the same code, so their
 * results are identical bit for bit.
 */
export type Steps<T> = Generator<void, T, void>;

/** How {@link runStepsAsync} pauses and stops. */
export interface StepOptions {
  /** Checked between steps: once aborted, the run throws `CANCELLED` (also checked inside the fit). */
  signal?: AbortSignal | undefined;
  /** Awaited between steps (default {@link yieldMacrotask}). */
  yieldToEventLoop?: (() => Promise<void>) | undefined;
}

/**
 * Runs `steps` to completion on the calling thread, without pausing.
 * @example import { fitPoissonSteps } from './poisson/fit.js';
 * const y = Float64Array.of(0, 1, 0, 3, 7, 0, 2, 12);
 * const glm = { X: new Float64Array(8).fill(1), n: 8, p: 1, y, offset: new Float64Array(8) };
 * runSteps(fitPoissonSteps(glm, { maxIter: 50, tol: 1e-10 })).converged // => true
 */
export function runSteps<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * Runs `steps`, awaiting `yieldToEventLoop` between steps, so the thread can paint and handle
 * input, and an abort from a timer, a click or a message is seen before the next step.
 * @throws PeacepanelError `CANCELLED` when `signal` is aborted; whatever a step throws.
 * @example import { fitPoissonSteps } from './poisson/fit.js';
 * const y = Float64Array.of(0, 1, 0, 3, 7, 0, 2, 12);
 * const glm = { X: new Float64Array(8).fill(1), n: 8, p: 1, y, offset: new Float64Array(8) };
 * const controller = new AbortController();
 * (await runStepsAsync(fitPoissonSteps(glm, { maxIter: 50, tol: 1e-10 }), { signal: controller.signal })).converged // => true
 */
export async function runStepsAsync<T>(steps: Steps<T>, opts: StepOptions = {}): Promise<T> {
  const pause = opts.yieldToEventLoop ?? yieldMacrotask;
  let r = steps.next();
  while (!r.done) {
    await pause();
    if (opts.signal?.aborted) throw messages.cancelled('the fit');
    r = steps.next();
  }
  return r.value;
}

/**
 * Resolves in a new macrotask: a `MessageChannel` round trip (not clamped to 4 ms as nested
 * `setTimeout(0)` is in browsers), or `setTimeout(0)` where there is no `MessageChannel`.
 * Reference: HTML Living Standard, §8.1.7 "Timers" (nesting clamp) and §9.4 "Channel messaging".
 * @example await yieldMacrotask()
 */
export function yieldMacrotask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.addEventListener('message', () => {
      port1.close();
      resolve();
    });
    port1.start();
    port2.postMessage(0);
  });
}
