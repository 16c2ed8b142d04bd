/**
 * Every operation of the estimator runs through `guarded`: it gets a cancel token for its call, and
 * whatever it throws (a user mistake, a cancellation, a bug) comes back as an error value, because
 * comlink keeps only the name and message of a thrown error (comlink issue #594).
 */
import { messages } from '@peacepanel/core';
import type { CallControl, Result } from '../api.js';
import { ok, toErrorValue } from '../error-values.js';
import type { CancellationRegistry, CancelToken } from './cancellation.js';

/**
 * Runs `work` with a cancel token, mapping throws (and cancellation) to error values.
 * @example import { CancellationRegistry } from './cancellation.js';
 * const r = await guarded(new CancellationRegistry(), { callId: 1 }, async () => 42);
 * const bad = await guarded(new CancellationRegistry(), undefined, async () => { throw new Error('boom'); });
 * [r, bad.ok] // => [{ ok: true, value: 42 }, false]
 */
export async function guarded<T>(
  cancellation: CancellationRegistry,
  control: CallControl | undefined,
  work: (token: CancelToken) => T | Promise<T>,
): Promise<Result<T>> {
  const token = cancellation.begin(control);
  try {
    if (token.check()) throw messages.cancelled('the computation');
    const value = await work(token);
    return ok(value);
  } catch (e) {
    if (token.check()) return toErrorValue(messages.cancelled('the computation'));
    return toErrorValue(e);
  } finally {
    cancellation.end(control);
  }
}
