import { describe, expect, it } from 'vitest';
import { plottedValues, toCsv } from '../../src/partnership-effect/plotted-values.js';

describe('CSV of plotted values', () => {
  it('quotes per RFC 4180 and neutralises spreadsheet formulas', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [[1, 'x,y']] })).toBe('a,b\r\n1,"x,y"\r\n');
    expect(toCsv({ columns: ['a'], rows: [['say "hi"'], ['=cmd()'], [null], [Number.NaN], [1 / 3]] })).toBe(
      'a\r\n"say ""hi"""\r\n\'=cmd()\r\n\r\n\r\n0.333333\r\n',
    );
  });

  it('has one row per plotted point of the effect chart', () => {
    const v = plottedValues({
      view: 'effect',
      data: {
        ciLevel: 0.9,
        curves: [
          { nonun: 0, points: [{ un: 0, fit: 2, lower: 1, upper: 3 }] },
          { nonun: 4000, points: [{ un: 0, fit: 5, lower: 4, upper: 6 }] },
        ],
      },
    });
    expect(v.columns).toEqual(['nonun_troops', 'un_troops', 'fit', 'lower', 'upper', 'ci_level']);
    expect(v.rows).toEqual([
      [0, 0, 2, 1, 3, 0.9],
      [4000, 0, 5, 4, 6, 0.9],
    ]);
  });
});
