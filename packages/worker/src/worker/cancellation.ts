/**
 * Cooperative cancellation inside the estimator. A call stops when the main thread sets its shared flag
 * (`Int32Array` over a `SharedArrayBuffer`, seen even in the middle of a synchronous fit, through
 * core's progress callback) or sends `cancel(callId)` (seen at the next yield to the event loop).
 */
import type { CallControl } from '../api.js';

export class CancellationRegistry {
  readonly #running = new Set<number>();
  readonly #cancelled = new Set<number>();

  /** Marks a call as running; returns a token whose `signal` aborts once the call is cancelled. */
  begin(control: CallControl | undefined): CancelToken {
    if (control) this.#running.add(control.callId);
    return new CancelToken(control, this.#cancelled);
  }

  /** Ends a call (whether it finished, failed or stopped). */
  end(control: CallControl | undefined): void {
    if (!control) return;
    this.#running.delete(control.callId);
    this.#cancelled.delete(control.callId);
  }

  /** Asks a running call to stop; ignored for calls that are not running. */
  cancel(callId: number): void {
    if (this.#running.has(callId)) this.#cancelled.add(callId);
  }
}

export class CancelToken {
  readonly #control: CallControl | undefined;
  readonly #cancelled: ReadonlySet<number>;
  readonly #controller = new AbortController();
  readonly #signal: AbortSignal;

  constructor(control: CallControl | undefined, cancelled: ReadonlySet<number>) {
    this.#control = control;
    this.#cancelled = cancelled;
    this.#signal = control?.cancelFlag
      ? pollingSignal(this.#controller.signal, () => this.check())
      : this.#controller.signal;
  }

  /**
   * The signal handed to core. With a shared flag, reading `signal.aborted` polls the flag, so core's
   * per-iteration check inside a fit notices a cancel without waiting for the fit to end.
   */
  get signal(): AbortSignal {
    return this.#signal;
  }

  /**
   * Polls the shared flag and the cancel set; aborts `signal` when either says stop.
   * @example import * as core from '@peacepanel/core';
   * const token = new CancelToken({ callId: 1 }, new Set());
   * const table = core.tableFromRows([{ y: 1, x: 0 }, { y: 3, x: 1 }, { y: 2, x: 2 }]);
   * core.fitModelDetailed({ formula: 'y ~ x', family: 'poisson' }, table, { signal: token.signal, onProgress: () => token.check() }).result.converged // => true
   */
  check(): boolean {
    if (this.#controller.signal.aborted) return true;
    const c = this.#control;
    if (!c) return false;
    const flagged = c.cancelFlag !== undefined && Atomics.load(c.cancelFlag, 0) !== 0;
    if (flagged || this.#cancelled.has(c.callId)) this.#controller.abort();
    return this.#controller.signal.aborted;
  }
}

/**
 * A view of `signal` whose `aborted` getter first runs `poll` (which may abort it). Everything else
 * is the real signal's (methods bound to it), so `instanceof AbortSignal` and listeners work.
 * @example import * as core from '@peacepanel/core';
 * const controller = new AbortController();
 * const table = core.tableFromRows([{ y: 1, x: 0 }, { y: 3, x: 1 }, { y: 2, x: 2 }]);
 * core.fitModel({ formula: 'y ~ x', family: 'poisson' }, table, { signal: pollingSignal(controller.signal, () => undefined) }).converged // => true
 */
export function pollingSignal(signal: AbortSignal, poll: () => void): AbortSignal {
  return new Proxy(signal, {
    get(target, prop) {
      if (prop === 'aborted') {
        poll();
        return target.aborted;
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
