/**
 * Hand-written validation that reports exactly what zod reports (same issue codes, paths and English
 * messages), for the few schemas on the estimator engine's path. The zod schemas stay the exported
 * reference (`ModelSpecSchema`, `DatasetJsonSchema`, `ColumnMappingSchema`); these checks keep zod out
 * of the browser bundles (the widget's budget), and a test compares both on many inputs.
 * Reference: zod 4's `v4/core/schemas` (checks) and `v4/locales/en` (messages).
 *
 * Why not zod alone (measured 2026-12-04; gzip -9 bytes): the widget's `engine.js` (budget 61,440) is
 * 56,392 with these checks and 64,786 when the fit path calls the zod/mini schemas instead (over budget);
 * standalone (esbuild --minify) zod/mini with the three schemas and the English locale is 9,773 against
 * 1,686 for these checks, and the DatasetJson schema alone 8,503, more than the element's headroom
 * (25,437 of 30,720). valibot with the same schemas is 2,748 (DatasetJson alone 2,210) and would fit, but its
 * messages, issue codes and API differ from zod's, which the
 * exported schemas, the CLI's messages and their tests use. The contract itself is written once: the
 * types, values and defaults in types/ feed both the schemas and these checks, and the compile-time
 * checks (`TypesEqual`) plus the comparison test keep them equal.
 */

export type Path = (string | number)[];

/** One problem, as zod's `$ZodIssue` has it (code, path, message). */
export interface Issue {
  code: 'invalid_type' | 'invalid_value' | 'invalid_union' | 'too_small' | 'too_big';
  path: Path;
  message: string;
}

/** zod's `safeParse` result shape, so call sites read the same. */
export type Checked<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** Collects issues while a check walks its input. */
export class IssueList {
  readonly issues: Issue[] = [];

  /** zod's invalid_type: "Invalid input: expected string, received number". */
  type(path: Path, expected: string, input: unknown): void {
    this.issues.push({
      code: 'invalid_type',
      path,
      message: `Invalid input: expected ${expected}, received ${receivedName(input)}`,
    });
  }

  add(code: Issue['code'], path: Path, message: string): void {
    this.issues.push({ code, path, message });
  }

  /** The result: the data when nothing was reported. */
  result<T>(data: T): Checked<T> {
    return this.issues.length ? { success: false, error: { issues: this.issues } } : { success: true, data };
  }
}

/**
 * How zod names the type of a value it rejected (`util.parsedType` plus the locale's NaN/Infinity).
 * @example receivedName(Number.NaN) // 'NaN'
 */
export function receivedName(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
    if (proto && proto !== Object.prototype && proto.constructor?.name) return proto.constructor.name;
  }
  return typeof v;
}

/** A plain record as zod's `object()` accepts it (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a (finite) number as `z.number()` does; returns it or undefined after reporting. */
export function numberAt(list: IssueList, path: Path, v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  list.type(path, 'number', v);
  return undefined;
}

/** Checks a string of at least `min` characters, as `z.string().check(z.minLength(min))`. */
export function stringAt(list: IssueList, path: Path, v: unknown, min = 0): string | undefined {
  if (typeof v !== 'string') {
    list.type(path, 'string', v);
    // zod still runs the length check on anything with a length
    if (Array.isArray(v) && v.length < min)
      list.add('too_small', path, `Too small: expected array to have >=${min} items`);
    return undefined;
  }
  if (v.length < min) list.add('too_small', path, `Too small: expected string to have >=${min} characters`);
  return v;
}

/** Checks a safe integer, as `z.int()` does (a non-integer stops further checks). */
export function intAt(list: IssueList, path: Path, v: unknown): number | undefined {
  const n = numberAt(list, path, v);
  if (n === undefined) return undefined;
  const max = Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(n)) list.type(path, 'int', n);
  else if (n > max) list.add('too_big', path, `Too big: expected int to be <=${max}`);
  else if (n < -max) list.add('too_small', path, `Too small: expected int to be >=${-max}`);
  else return n;
  return undefined;
}
