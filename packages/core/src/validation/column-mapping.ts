import type { ColumnMapping } from '../types/column-mapping.js';
import { type Checked, IssueList, isRecord, stringAt } from './issues.js';

/**
 * Validates a column mapping exactly as `ColumnMappingSchema.safeParse` does (same issues and
 * messages, unknown keys dropped), without zod.
 * @example checkColumnMapping({ unit: 'iso3' }) // { success: true, data: { unit: 'iso3' } }
 */
export function checkColumnMapping(input: unknown): Checked<ColumnMapping> {
  const list = new IssueList();
  if (!isRecord(input)) {
    list.type([], 'object', input);
    return list.result(input as ColumnMapping);
  }
  const out: Record<string, unknown> = {};
  for (const key of ['unit', 'time', 'year', 'month', 'outcome'])
    if (key in input) out[key] = input[key] === undefined ? undefined : stringAt(list, [key], input[key], 1);
  if ('regressors' in input && input.regressors !== undefined) {
    const r = input.regressors;
    const plain = isRecord(r) && [Object.prototype, null].includes(Object.getPrototypeOf(r));
    if (!plain) list.type(['regressors'], 'record', r);
    else {
      for (const [k, v] of Object.entries(r)) stringAt(list, ['regressors', k], v);
      out.regressors = { ...r };
    }
  } else if ('regressors' in input) out.regressors = undefined;
  return list.result(out as ColumnMapping);
}
