// Issue 15, items 1-4 and 8: no silent wrong result, no crash (tests written to fail before the fixes).
// The same items through `peacepanel fit` are in packages/cli/test/robust-fit-cli.test.ts.
import { describe, expect, it } from 'vitest';
import { fitModel } from '../src/estimators/fit-model.js';
import { impossibleInFit, sanityGate } from '../src/estimators/sanity-gate.js';
import { parsePanelCsv } from '../src/io/panel-csv.js';
import { buildDesign } from '../src/model/design.js';
import { DESIGN_LIMITS } from '../src/model/design-size-guard.js';
import type { Table } from '../src/table.js';
import { thrown } from './thrown.js';

describe('item 1: numbers written the European way', () => {
  it('the panel reader (demo upload, widget data-src) reads the same file the same way', () => {
    const csv = 'country;ym;battle_deaths;un_troops\nMali;2013-01;4;1,5\nMali;2013-02;12;2,25\n';
    const { table, dialect } = parsePanelCsv(csv, { file: 'p.csv' });
    expect(dialect).toMatchObject({ delimiter: ';', decimal: ',' });
    expect(Array.from((table.columns.un_troops as { values: Float64Array }).values)).toEqual([1.5, 2.25]);
  });
});

describe('item 2: an absurd outcome and the sanity gate', () => {
  it('the gate refuses a positive log-likelihood, a negative deviance and non-finite estimates', () => {
    const table: Table = {
      n: 6,
      columns: {
        y: { kind: 'number', values: Float64Array.from([1, 0, 3, 2, 5, 1]) },
        x: { kind: 'number', values: Float64Array.from([0, 1, 2, 3, 4, 5]) },
      },
    };
    const good = fitModel({ formula: 'y ~ x', family: 'poisson' }, table);
    expect(impossibleInFit(good)).toEqual([]);
    expect(impossibleInFit({ ...good, logLik: 12 })[0]).toMatch(/log-likelihood is positive/);
    expect(impossibleInFit({ ...good, deviance: -3 })[0]).toMatch(/deviance is negative/);
    const nanCoef = good.coefficients.map((c) => ({ ...c, estimate: Number.NaN }));
    expect(impossibleInFit({ ...good, coefficients: nanCoef })[0]).toMatch(/estimate of \(Intercept\), x/);
    expect(thrown(() => sanityGate({ ...good, logLik: 1 })).code).toBe('NUMERICAL');
    const noSe = good.coefficients.map((c) => ({ ...c, stdError: Number.NaN }));
    const warned = sanityGate({ ...good, coefficients: noSe, warnings: [] });
    expect(warned.warnings.join()).toMatch(/standard errors are not finite/);
  });
});

describe('items 3 and 4: large designs', () => {
  it('fixed effects on 160,000 rows build without a stack overflow', () => {
    const n = 160_000;
    const table: Table = {
      n,
      columns: {
        y: { kind: 'number', values: Float64Array.from({ length: n }, (_, i) => i % 7) },
        x: { kind: 'number', values: Float64Array.from({ length: n }, (_, i) => (i % 13) / 13) },
        g: { kind: 'string', values: Array.from({ length: n }, (_, i) => `u${i % 20}`) },
      },
    };
    const d = buildDesign('y ~ x | g', table);
    expect(d.n).toBe(n);
    expect(d.p).toBe(21);
  });

  function countryMonths(countries: number, months: number): Table {
    const n = countries * months;
    return {
      n,
      columns: {
        deaths: { kind: 'number', values: Float64Array.from({ length: n }, (_, i) => (i * 7) % 5) },
        country: { kind: 'string', values: Array.from({ length: n }, (_, i) => `c${i % countries}`) },
        ym: { kind: 'string', values: Array.from({ length: n }, (_, i) => `m${Math.floor(i / countries)}`) },
      },
    };
  }

  it('more coefficients than rows is refused before any p × p work', () => {
    const e = thrown(() =>
      fitModel({ formula: 'deaths ~ factor(country) * factor(ym)' }, countryMonths(8, 9)),
    );
    expect(e.code).toBe('NO_DATA');
    expect(e.message).toMatch(/needs 72 coefficients but only 72 usable rows/);
  });

  it('a design beyond the limits is refused before it is enumerated or allocated', () => {
    const e = thrown(() =>
      fitModel({ formula: 'deaths ~ factor(country) * factor(ym)' }, countryMonths(50, 300)),
    );
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toMatch(
      new RegExp(`more than the ${DESIGN_LIMITS.maxCoefficients} coefficients peacepanel fits`),
    );
  });
});

describe('item 8: messages that mislead', () => {
  it('UTF-16 text read as UTF-8 elsewhere is named as such, not as a truncated row', () => {
    const garbled = Buffer.from('country,ym\nMali,2013-01\n', 'utf16le').toString('utf8');
    const e = thrown(() => parsePanelCsv(garbled, { file: 'w.csv' }));
    expect(e.message).toMatch(/UTF-16/);
  });
});
