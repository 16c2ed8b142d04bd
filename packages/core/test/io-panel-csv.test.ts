import { describe, expect, it } from 'vitest';
import { formatError } from '../src/errors.js';
import { parsePanelCsv } from '../src/io/panel-csv.js';
import { thrown } from './thrown.js';

const GOOD =
  'country,ym,battle_deaths,un_troops,note\nMali,2013-01,40,,a\nMali,2013-02,12,5000,\nChad,2013-01,NA,0,b\n';

describe('parsePanelCsv', () => {
  it('types columns, keeps missing as NaN / null and adds year and month', () => {
    const { table, exclusions } = parsePanelCsv(GOOD, { file: 'p.csv' });
    expect(table.n).toBe(3);
    expect(exclusions).toEqual([]);
    expect(table.columns.country).toEqual({ kind: 'string', values: ['Mali', 'Mali', 'Chad'] });
    expect(Array.from((table.columns.battle_deaths as { values: Float64Array }).values)).toEqual([
      40,
      12,
      Number.NaN,
    ]);
    expect(Array.from((table.columns.un_troops as { values: Float64Array }).values)).toEqual([
      Number.NaN,
      5000,
      0,
    ]);
    expect(table.columns.note).toEqual({ kind: 'string', values: ['a', null, 'b'] });
    expect(Array.from((table.columns.year as { values: Float64Array }).values)).toEqual([2013, 2013, 2013]);
    expect(Array.from((table.columns.month as { values: Float64Array }).values)).toEqual([1, 2, 1]);
  });

  it('applies a column mapping (unit, year + month, outcome, regressors)', () => {
    const text = 'cname,yr,mo,deaths,UN\nSudan,2005,3,10,100\nSudan,2005,4,0,200\n';
    const { table } = parsePanelCsv(text, {
      mapping: { unit: 'cname', year: 'yr', month: 'mo', outcome: 'deaths', regressors: { un_troops: 'UN' } },
    });
    expect(Object.keys(table.columns)).toEqual([
      'country',
      'year',
      'month',
      'battle_deaths',
      'un_troops',
      'ym',
    ]);
    expect(table.columns.ym).toEqual({ kind: 'string', values: ['2005-03', '2005-04'] });
  });

  it('lists rows without a unit or month as exclusions instead of dropping them silently', () => {
    const { table, exclusions } = parsePanelCsv('country,ym,y\nA,2000-01,1\n,2000-02,2\nA,,3\n');
    expect(table.n).toBe(1);
    expect(exclusions).toEqual([
      { reason: 'missing unit (country)', count: 1, examples: ['line 3'] },
      { reason: 'missing month (ym)', count: 1, examples: ['line 4'] },
    ]);
  });

  it('reads a file with no unit or time as a plain table', () => {
    const { table } = parsePanelCsv('x,y\n1,2\n3,4\n');
    expect(table.n).toBe(2);
    expect(table.columns.ym).toBeUndefined();
  });

  describe('bad input gives a located message', () => {
    it('truncated CSV', () => {
      const e = thrown(() =>
        parsePanelCsv('country,ym,battle_deaths\nMali,2013-01,4\nMali,2013-02\n', { file: 'p.csv' }),
      );
      expect(formatError(e)).toMatch(/^p\.csv:3: row has 2 fields but the header has 3/);
    });
    it('a separator given explicitly that the header does not use', () => {
      const e = thrown(() =>
        parsePanelCsv('country;ym;battle_deaths\nMali;2013-01;4\n', { file: 'p.csv', delimiter: ',' }),
      );
      expect(formatError(e)).toMatch(/^p\.csv:1: .*semicolon-separated/);
    });
    it('missing column named in the mapping', () => {
      const e = thrown(() => parsePanelCsv(GOOD, { file: 'p.csv', mapping: { outcome: 'deaths' } }));
      expect(e.code).toBe('MISSING_COLUMN');
      expect(formatError(e)).toMatch(/^p\.csv, column "deaths": no column "deaths" \(columns: country, ym/);
    });
    it('text in a numeric column', () => {
      const e = thrown(() =>
        parsePanelCsv('country,ym,battle_deaths\nMali,2013-01,4\nMali,2013-02,twelve\n', { file: 'p.csv' }),
      );
      expect(e.code).toBe('BAD_VALUE');
      expect(formatError(e)).toBe(
        'p.csv:3, column "battle_deaths": value "twelve" is not a number. Fix: write a number or leave the cell empty for missing',
      );
    });
    it('text among numbers in an unnamed column', () => {
      const rows = Array.from({ length: 9 }, (_, i) => `A,2000-0${i + 1},${i}`).join('\n');
      const e = thrown(() => parsePanelCsv(`country,ym,x\n${rows}\nA,2001-01,1O\n`, { file: 'p.csv' }));
      expect(e.location).toEqual({ file: 'p.csv', line: 11, column: 'x' });
    });
    it('duplicate unit-month', () => {
      const e = thrown(() =>
        parsePanelCsv('country,ym,y\nMali,2013-01,1\nChad,2013-01,2\nMali,2013-01,3\n', { file: 'p.csv' }),
      );
      expect(e.code).toBe('DUPLICATE_KEY');
      expect(formatError(e)).toMatch(/^p\.csv:4: duplicate unit-month Mali 2013-01 \(first seen on line 2\)/);
    });
    it('dates out of range', () => {
      const e = thrown(() => parsePanelCsv('country,ym,y\nMali,2013-13,1\n', { file: 'p.csv' }));
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(formatError(e)).toMatch(
        /^p\.csv:2, column "ym": value "2013-13" is out of range \(months 1-12\)/,
      );
      const y = thrown(() => parsePanelCsv('country,year,month\nMali,213,1\n', { file: 'q.csv' }));
      expect(formatError(y)).toMatch(
        /^q\.csv:2, column "year": value "213" is out of range \(years 1946-2100\)/,
      );
    });
    it('unreadable month', () => {
      const e = thrown(() => parsePanelCsv('country,ym,y\nMali,Jan 2013,1\n', { file: 'p.csv' }));
      expect(formatError(e)).toMatch(/column "ym": value "Jan 2013" is not a month written YYYY-MM/);
    });
  });
});
