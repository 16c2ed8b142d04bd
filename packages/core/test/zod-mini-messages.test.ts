import { describe, expect, it } from 'vitest';
import { parseModelSpec } from '../src/estimators/fit-model.js';
import { ColumnMappingSchema } from '../src/io/column-mapping-schema.js';
import { parsePanelCsv } from '../src/io/panel-csv.js';
import { ModelSpecSchema } from '../src/model/spec.js';
import { tableFromDataset } from '../src/panel/dataset.js';

// The schemas on the worker's path use zod/mini (no locale of its own); these messages are the ones
// classic zod gives for the same inputs (compared issue by issue when the schemas were moved).
describe('zod/mini schemas keep the English messages and defaults of classic zod', () => {
  it('names the field and the rule in a bad model spec', () => {
    expect(() => parseModelSpec({ formula: 'y' })).toThrow(
      'model spec: formula: Too small: expected string to have >=3 characters',
    );
    expect(() => parseModelSpec({ formula: 'y ~ x', family: 'logit' as 'poisson' })).toThrow(
      'model spec: family: Invalid option: expected one of "negbin"|"poisson"',
    );
    expect(() => parseModelSpec({ formula: 'y ~ x', ciLevel: 1 })).toThrow(
      'model spec: ciLevel: Too big: expected number to be <1',
    );
    expect(() => parseModelSpec({ formula: 'y ~ x', maxIter: 2.5 })).toThrow(
      'model spec: maxIter: Invalid input: expected int, received number',
    );
  });

  it('fills the defaults of the study specification', () => {
    expect(ModelSpecSchema.parse({ formula: 'y ~ x' })).toEqual({
      formula: 'y ~ x',
      family: 'negbin',
      vcov: 'model',
      hc: 'HC1',
      clusterConvention: 'stata',
      ciLevel: 0.95,
      maxIter: 100,
      tol: 1e-10,
    });
  });

  it('names the path of a bad dataset and a bad column mapping', () => {
    const meta = { id: 'a', version: '1', title: 't', source: 's', caveat: 'c' };
    expect(() =>
      tableFromDataset({ ...meta, columns: [{ name: 'x', kind: 'number', values: [1, 'a'] }] }),
    ).toThrow('not a peacepanel dataset: columns.0.values.1 Invalid input: expected number, received string');
    expect(() =>
      parsePanelCsv('country,ym,y\nMali,2013-01,4\n', {
        file: 'p.csv',
        mapping: { regressors: { un: 1 as unknown as string } },
      }),
    ).toThrow('column mapping: regressors.un: Invalid input: expected string, received number');
    const bad = ColumnMappingSchema.safeParse({ regressors: { un: 1 } });
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['regressors', 'un'],
      message: 'Invalid input: expected string, received number',
    });
  });
});
