/**
 * Turning failures into values that survive structured clone (comlink keeps only a thrown error's
 * name and message, comlink issue #594). User mistakes keep core's code, location and fix; anything
 * else becomes `INTERNAL` with its message, never a stack trace.
 */
import { formatError, isUserError, messages, type PeacepanelError } from '@peacepanel/core';
import type { ErrorValue, Result } from './api.js';

/**
 * Wraps a value as a successful result.
 * @example ok(3) // => { ok: true, value: 3 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Converts anything thrown into an `ErrorValue`: a `PeacepanelError` keeps its code, location and fix;
 * a zod validation error becomes `BAD_SPEC` listing the offending fields; other errors are `INTERNAL`.
 * @example import { PeacepanelError } from '@peacepanel/core';
 * toErrorValue(new PeacepanelError('NO_DATA', 'empty')) // => { ok: false, code: 'NO_DATA', message: 'empty' }
 */
export function toErrorValue(e: unknown): ErrorValue {
  if (isUserError(e)) return fromPeacepanelError(e);
  if (isZodError(e)) {
    const where = e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return {
      ok: false,
      code: 'BAD_SPEC',
      message: `invalid request: ${where}`,
      fix: 'correct the fields named above',
    };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { ok: false, code: 'INTERNAL', message };
}

/**
 * The `ErrorValue` of a user-facing error.
 * @example fromPeacepanelError(messages.fileNotFound('a.csv')).code // => 'FILE_NOT_FOUND'
 */
export function fromPeacepanelError(e: PeacepanelError): ErrorValue {
  const value: ErrorValue = { ok: false, code: e.code, message: formatError(e) };
  if (e.location) value.location = { ...e.location };
  if (e.fix) value.fix = e.fix;
  return value;
}

interface ZodLikeError {
  /** `ZodError` from classic zod, `$ZodError` from `zod/mini` (core's schemas on the worker's path). */
  name: 'ZodError' | '$ZodError';
  issues: { path: PropertyKey[]; message: string }[];
}

function isZodError(e: unknown): e is ZodLikeError {
  return (
    e instanceof Error &&
    (e.name === 'ZodError' || e.name === '$ZodError') &&
    Array.isArray((e as Partial<ZodLikeError>).issues)
  );
}

/**
 * The error value of a worker that died (crash, exit, failed start) with `detail`.
 * @example crashedValue('exit code 1').code // => 'WORKER_CRASHED'
 */
export function crashedValue(detail: string): ErrorValue {
  return fromPeacepanelError(messages.workerCrashed(detail));
}
