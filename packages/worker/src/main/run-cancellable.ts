/**
 * Runs one call on a host with an AbortSignal that really stops it: on abort the worker's shared
 * flag is raised (polled inside core's fits, between Newton iterations and replications) and a
 * `cancel(callId)` message is sent (seen between bootstrap chunks). If the call has not wound down
 * within `hardCancelMs` and a ready spare worker exists, the busy worker is terminated and the spare
 * takes its place on the next call; without a ready spare, terminating would cost a full restart, so
 * the worker is left to stop by itself. Either way the call resolves `CANCELLED`.
 */
import { messages } from '@peacepanel/core';
import type { CallControl, EstimatorApi, Result } from '../api.js';
import { fromPeacepanelError } from '../error-values.js';
import type { EstimatorHost } from './estimator-host.js';

let nextCallId = 1;

/** A fresh call control, with a shared cancel flag when `SharedArrayBuffer` is available. */
function newControl(): CallControl {
  const control: CallControl = { callId: nextCallId++ };
  if (typeof SharedArrayBuffer === 'function') control.cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  return control;
}

/** The error value of a cancelled call. */
export function cancelledValue(): Result<never> {
  return fromPeacepanelError(messages.cancelled('the computation'));
}

/**
 * Runs `invoke` on `host`, cancellable through `signal`.
 * @example // types-only: needs a running estimator worker (a pool's host)
 * import type { EstimatorHost } from './estimator-host.js';
 * async function fit(host: EstimatorHost, signal: AbortSignal) {
 *   return runCancellable(host, (api, c) => api.fit({}, c), signal, 50, () => false);
 * }
 */
export function runCancellable<T>(
  host: EstimatorHost,
  invoke: (api: EstimatorApi, control: CallControl) => Promise<Result<T>>,
  signal: AbortSignal | undefined,
  hardCancelMs: number,
  canReplace: () => boolean = () => false,
): Promise<Result<T>> {
  if (signal?.aborted) return Promise.resolve(cancelledValue());
  const control = newControl();
  const pending = host.run((api) => invoke(api, control));
  if (!signal) return pending;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const onAbort = () => {
      if (control.cancelFlag) Atomics.store(control.cancelFlag, 0, 1);
      void host.run((api) => api.cancel(control.callId).then(() => ({ ok: true, value: undefined })));
      if (host.mode !== 'worker') return;
      const replaceIfSpare = () => {
        if (canReplace()) host.kill(cancelledValue());
      };
      timer = setTimeout(
        () => {
          replaceIfSpare();
          timer = setInterval(replaceIfSpare, Math.max(10, hardCancelMs));
        },
        Math.max(0, hardCancelMs),
      );
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void pending.then((r) => {
      clearTimeout(timer);
      clearInterval(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(signal.aborted && !r.ok ? cancelledValue() : r);
    });
  });
}
