import { describe, expect, it } from 'vitest';
import { parseModelSpec } from '../src/estimators/fit-model.js';
import { parseFormula } from '../src/model/formula-parser.js';
import { subsetColumns } from '../src/model/subset.js';
import { expandTerms } from '../src/model/terms.js';
import { defaultSpecificationFor } from '../src/partnership/declared-specifications.js';
import { COUNTRY_MONTH_SPECIFICATION, DEFAULT_PARTNERSHIP_SPEC } from '../src/partnership/default-spec.js';
import { intervalOverlapRanges } from '../src/partnership/interval-overlap.js';
import { MAIN_COLUMNS, MAIN_SPECIFICATION } from '../src/partnership/main-spec.js';
import { tableFromRows } from '../src/table.js';

describe('the declared main specification', () => {
  it('is the design of issue 11 §2: conflict-months 1993–2018, NB2, UN × non-UN + police + observers, clustered by conflict', () => {
    const spec = parseModelSpec(MAIN_SPECIFICATION.spec);
    expect(MAIN_SPECIFICATION.dataset).toBe('africa-conflict-month');
    expect(MAIN_SPECIFICATION.nonunRule).toBe('strict');
    expect(spec).toMatchObject({
      family: 'negbin',
      vcov: 'cluster',
      cluster: 'conflict_id',
      clusterConvention: 'stata',
    });
    expect(spec.unit).toBe(MAIN_COLUMNS.unit);
    expect(subsetColumns(spec.subset ?? '')).toEqual(['year']);
    expect(spec.subset).toBe('year >= 1993 & year <= 2018');
    const terms = expandTerms(parseFormula(spec.formula));
    expect(terms.variables.map((v) => v.label)).toEqual([
      'un_troops_k_lag1',
      'nonun_troops_k_lag1',
      'un_police_k_lag1',
      'un_observers_k_lag1',
      'log1p(battle_deaths_lag1)',
      'conflict_duration',
    ]);
  });

  it('keeps the country-month specification as a robustness row on africa-cm', () => {
    const spec = parseModelSpec(COUNTRY_MONTH_SPECIFICATION.spec);
    expect(COUNTRY_MONTH_SPECIFICATION.dataset).toBe('africa-cm');
    expect(spec.cluster).toBe('country');
    expect(spec.formula).toBe(
      'battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration',
    );
  });
});

describe('the default specification of a dataset', () => {
  it('is the declared one for its id (ignoring a #suffix), else chosen by the columns', () => {
    expect(defaultSpecificationFor('africa-conflict-month').id).toBe('main');
    expect(defaultSpecificationFor('africa-conflict-month#ab12').id).toBe('main');
    expect(defaultSpecificationFor('africa-cm#x').id).toBe('country-month');
    const cm = tableFromRows([{ country: 'A', ym: '2000-01' }]);
    const conflict = tableFromRows([{ conflict_id: 1, un_police_k_lag1: 0, un_observers_k_lag1: 0 }]);
    expect(defaultSpecificationFor('upload.csv', cm).id).toBe('country-month');
    expect(defaultSpecificationFor(undefined, conflict).id).toBe('main');
    expect(DEFAULT_PARTNERSHIP_SPEC).toBe(MAIN_SPECIFICATION.spec);
  });
});

describe('intervalOverlapRanges', () => {
  const p = (un: number, lower: number, upper: number) => ({ un, lower, upper });
  it('gives the maximal runs of grid points where two intervals overlap', () => {
    const a = [p(0, 10, 20), p(1, 10, 20), p(2, 10, 20), p(3, 10, 20)];
    const b = [p(0, 15, 25), p(1, 21, 30), p(2, 5, 10), p(3, 12, 14)];
    expect(intervalOverlapRanges(a, b)).toEqual([
      { from: 0, to: 0 },
      { from: 2, to: 3 },
    ]);
    expect(intervalOverlapRanges(a, a)).toEqual([{ from: 0, to: 3 }]);
    expect(intervalOverlapRanges(a, [p(0, 30, 40)])).toEqual([]);
  });
});
