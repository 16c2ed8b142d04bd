import {
  CLUSTER_CONVENTIONS,
  MODEL_SPEC_DEFAULTS as D,
  HC_TYPES,
  MODEL_FAMILIES,
  type ModelSpec,
  VCOV_KINDS,
} from '../types/model-spec.js';
import { type Checked, IssueList, intAt, isRecord, numberAt, stringAt } from './issues.js';

/** The fields of `ModelSpecSchema` with a fixed set of values: the values and the default (types/model-spec.ts). */
const CHOICES: Record<string, [values: readonly string[], fallback: string]> = {
  family: [MODEL_FAMILIES, D.family],
  vcov: [VCOV_KINDS, D.vcov],
  hc: [HC_TYPES, D.hc],
  clusterConvention: [CLUSTER_CONVENTIONS, D.clusterConvention],
};

/**
 * Validates a model spec and fills its defaults exactly as `ModelSpecSchema.safeParse` does (same
 * issues and messages, unknown keys dropped), without zod.
 * @example checkModelSpec({ formula: 'y ~ x' }) // { success: true, data: { formula: 'y ~ x', family: 'negbin', … } }
 */
export function checkModelSpec(input: unknown): Checked<ModelSpec> {
  const list = new IssueList();
  if (!isRecord(input)) {
    list.type([], 'object', input);
    return list.result(input as ModelSpec);
  }
  const out: Record<string, unknown> = { formula: stringAt(list, ['formula'], input.formula, 3) };
  const choice = (key: string) => {
    const [values, fallback] = CHOICES[key]!;
    const v = input[key];
    if (v === undefined) out[key] = fallback;
    else if (values.includes(v as string)) out[key] = v;
    else {
      const listed = values.map((s) => `"${s}"`).join('|');
      list.add('invalid_value', [key], `Invalid option: expected one of ${listed}`);
    }
  };
  const optionalString = (key: string) => {
    if (key in input) out[key] = input[key] === undefined ? undefined : stringAt(list, [key], input[key]);
  };
  choice('family');
  choice('vcov');
  choice('hc');
  optionalString('cluster');
  optionalString('cluster2');
  choice('clusterConvention');
  if ('subset' in input)
    out.subset = input.subset === undefined ? undefined : stringAt(list, ['subset'], input.subset, 1);
  optionalString('weights');
  optionalString('unit');
  optionalString('time');
  const ci = input.ciLevel === undefined ? D.ciLevel : numberAt(list, ['ciLevel'], input.ciLevel);
  if (ci !== undefined && !(ci > 0.5))
    list.add('too_small', ['ciLevel'], 'Too small: expected number to be >0.5');
  if (ci !== undefined && !(ci < 1)) list.add('too_big', ['ciLevel'], 'Too big: expected number to be <1');
  out.ciLevel = ci;
  const maxIter = input.maxIter === undefined ? D.maxIter : intAt(list, ['maxIter'], input.maxIter);
  if (maxIter !== undefined && !(maxIter > 0))
    list.add('too_small', ['maxIter'], 'Too small: expected number to be >0');
  out.maxIter = maxIter;
  const tol = input.tol === undefined ? D.tol : numberAt(list, ['tol'], input.tol);
  if (tol !== undefined && !(tol > 0)) list.add('too_small', ['tol'], 'Too small: expected number to be >0');
  out.tol = tol;
  return list.result(out as unknown as ModelSpec);
}
