// The checks that `// => expected` comments in `@example` blocks become (see README.md beside this file).
import { inspect, isDeepStrictEqual } from 'node:util';

/** Significant digits written in the shortest form of `x` (`0.05` → 1, `1.2749` → 5, `20000` → 5). */
function writtenDigits(x) {
  const m = /^-?(\d*)\.?(\d*)(?:e[+-]?\d+)?$/i.exec(String(x));
  if (!m) return 17;
  const digits = `${m[1]}${m[2]}`.replace(/^0+/, '');
  return Math.max(1, Math.min(17, digits.length));
}

/**
 * A number matches an expected number when, rounded to the significant digits the expected value is
 * written with, it equals it (`0.05` accepts 0.0500000001, `0.95` rejects 0.951); any number accepts a
 * relative difference ≤ 1e-13 (rounding noise); 0 accepts |x| ≤ 1e-12.
 */
function sameNumber(actual, expected) {
  if (typeof actual !== 'number') return false;
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  if (expected === 0) return Math.abs(actual) <= 1e-12;
  if (Math.abs(actual - expected) <= 1e-13 * Math.abs(expected)) return true; // rounding noise
  return Number(actual.toPrecision(writtenDigits(expected))) === expected;
}

const isTyped = (x) => ArrayBuffer.isView(x) && !(x instanceof DataView);

function same(actual, expected) {
  if (typeof expected === 'number') return sameNumber(actual, expected);
  if (expected instanceof RegExp) return typeof actual === 'string' ? expected.test(actual) : false;
  if (Array.isArray(expected) || isTyped(expected)) {
    if (!(Array.isArray(actual) || isTyped(actual))) return false;
    if (isTyped(expected) && actual.constructor !== expected.constructor) return false;
    if (actual.length !== expected.length) return false;
    for (let i = 0; i < expected.length; i++) if (!same(actual[i], expected[i])) return false;
    return true;
  }
  if (expected instanceof Map) {
    if (!(actual instanceof Map) || actual.size !== expected.size) return false;
    for (const [k, v] of expected) if (!actual.has(k) || !same(actual.get(k), v)) return false;
    return true;
  }
  if (expected instanceof Set) return actual instanceof Set && isDeepStrictEqual(actual, expected);
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    const keys = Object.keys(expected);
    const actualKeys = Object.keys(actual).filter((k) => actual[k] !== undefined);
    if (actualKeys.length !== keys.filter((k) => expected[k] !== undefined).length) return false;
    return keys.every((k) => same(actual[k], expected[k]));
  }
  return Object.is(actual, expected);
}

const show = (x) => inspect(x, { depth: 6, maxArrayLength: 30, breakLength: 120 });

/**
 * Throws when `actual` does not match `expected`: numbers to the digits written, arrays element by
 * element (a plain array matches a typed array), objects key by key (same keys), a RegExp tests a string.
 */
export function __check(actual, expected, where) {
  if (same(actual, expected)) return;
  throw new Error(`${where}: expected ${show(expected)} but the code returns ${show(actual)}`);
}

/**
 * Runs `run` and throws unless it throws (or rejects) with a message matching `expected`
 * (a RegExp, a substring, or anything when undefined).
 */
export async function __throws(run, expected, where) {
  let error;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  if (error === undefined) throw new Error(`${where}: expected it to throw, but it returned`);
  const message = error instanceof Error ? error.message : String(error);
  const ok =
    expected === undefined ||
    (expected instanceof RegExp ? expected.test(message) : message.includes(String(expected)));
  if (!ok) throw new Error(`${where}: expected an error matching ${show(expected)} but it threw: ${message}`);
}
