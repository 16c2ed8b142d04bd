import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnMappingSchema } from '../src/io/column-mapping-schema.js';
import { ModelSpecSchema } from '../src/model/spec.js';
import { DatasetJsonSchema } from '../src/panel/dataset-schema.js';
import { checkColumnMapping } from '../src/validation/column-mapping.js';
import { checkDatasetJson } from '../src/validation/dataset-json.js';
import type { Checked } from '../src/validation/issues.js';
import { checkModelSpec } from '../src/validation/model-spec.js';

// The engine validates without zod (smaller browser bundles); the exported zod schemas stay the
// reference. Both must accept the same inputs, produce the same data and report the same issues.
interface Safe {
  safeParse(v: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: { code: string; path: PropertyKey[]; message: string }[] };
  };
}
const outcome = (r: Checked<unknown> | ReturnType<Safe['safeParse']>) =>
  r.success
    ? { ok: r.data }
    : { issues: r.error!.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) };

const odd = [
  undefined,
  null,
  0,
  -1,
  1.5,
  3,
  0.7,
  1,
  1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'a',
  'y ~ x',
  true,
  [],
  {},
  [1],
  new Date(0),
];
const meta = { id: 'a', version: '1', title: 't', source: 's', caveat: 'c' };

describe('hand-written validation reports what the zod schemas report', () => {
  it('model specs: every field with odd values, and random specs', () => {
    const fields = [
      'formula',
      'family',
      'vcov',
      'hc',
      'cluster',
      'clusterConvention',
      'subset',
      'unit',
      'time',
      'ciLevel',
      'maxIter',
      'tol',
    ];
    const good = {
      formula: 'y ~ x',
      family: 'poisson',
      vcov: 'cluster',
      hc: 'HC0',
      cluster: 'country',
      clusterConvention: 'sandwich',
      subset: 'year >= 1993',
      unit: 'country',
      time: 'ym',
      ciLevel: 0.9,
      maxIter: 50,
      tol: 1e-8,
    };
    for (const v of [...odd, good, 'x'])
      expect(outcome(checkModelSpec(v))).toEqual(outcome(ModelSpecSchema.safeParse(v)));
    for (const f of fields)
      for (const v of [...odd, 'negbin', 'oim', 'HC1', 'stata'])
        expect(outcome(checkModelSpec({ ...good, [f]: v })), `${f}=${String(v)}`).toEqual(
          outcome(ModelSpecSchema.safeParse({ ...good, [f]: v })),
        );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...fields, 'extra'), fc.constantFrom(...odd, 'negbin', 'model', 'HC0')),
        (spec) => {
          expect(outcome(checkModelSpec(spec))).toEqual(outcome(ModelSpecSchema.safeParse(spec)));
        },
      ),
      { numRuns: 300, seed: 2023 },
    );
  });

  it('dataset JSON: metadata, columns and values', () => {
    const cases: unknown[] = [
      ...odd,
      { ...meta, columns: [] },
      {
        ...meta,
        n: 3,
        license: 'CC BY 4.0',
        extra: 1,
        columns: [{ name: 'x', kind: 'number', values: [1, null, 2.5], more: 1 }],
      },
      { ...meta, columns: [{ name: 'x', kind: 'string', values: ['a', null, 3] }] },
      { ...meta, columns: [{ name: 'x', kind: 'number', values: [1, 'a', Number.NaN] }] },
      { ...meta, columns: [{ name: 'x', kind: 'bool', values: [] }, 5, { kind: 'number', values: 'x' }] },
      { ...meta, columns: 'x' },
    ];
    for (const f of ['id', 'version', 'title', 'source', 'caveat', 'license', 'n'])
      for (const v of odd) cases.push({ ...meta, columns: [], [f]: v });
    for (const c of cases)
      expect(outcome(checkDatasetJson(c))).toEqual(outcome(DatasetJsonSchema.safeParse(c)));
  });

  it('column mappings', () => {
    const cases: unknown[] = [
      ...odd,
      { unit: 'c', time: 't', extra: 1 },
      { regressors: { un: 'UN', bad: 1 } },
    ];
    for (const f of ['unit', 'time', 'year', 'month', 'outcome', 'regressors'])
      for (const v of [...odd, { a: 'b' }]) cases.push({ [f]: v });
    for (const c of cases)
      expect(outcome(checkColumnMapping(c))).toEqual(outcome(ColumnMappingSchema.safeParse(c)));
  });
});
