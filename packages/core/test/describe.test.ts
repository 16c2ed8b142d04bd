import { describe, expect, it } from 'vitest';
import { describeDeployments } from '../src/panel/describe-deployments.js';
import { estimationRows, partnerShares } from '../src/partnership/partner-shares.js';
import { tableFromRows } from '../src/table.js';

describe('describeDeployments', () => {
  const table = tableFromRows([
    { year: 2000, un_troops: 0, nonun_missions_n: 0 },
    { year: 2000, un_troops: 500, nonun_missions_n: 0 },
    { year: 2000, un_troops: 0, nonun_missions_n: 1 },
    { year: 2001, un_troops: 800, nonun_missions_n: 2 },
    { year: 2001, un_troops: 900, nonun_missions_n: 1 },
    { year: 2001, un_troops: null, nonun_missions_n: 1 },
  ]);
  const d = describeDeployments(table);

  it('counts months by type and the share of UN months with a non-UN partner', () => {
    expect(d.overall).toEqual({
      months: 6,
      none: 1,
      unOnly: 1,
      nonunOnly: 1,
      both: 2,
      unknown: 1,
      unMonths: 3,
      unWithPartner: 2,
      shareUnWithPartner: 2 / 3,
    });
    expect(d.byYear.map((y) => [y.year, y.shareUnWithPartner])).toEqual([
      [2000, 0],
      [2001, 1],
    ]);
    expect(d.paperShare).toBe(0.44);
  });

  it('gives a null share, not NaN, when there is no UN month', () => {
    const none = describeDeployments(tableFromRows([{ year: 1999, un_troops: 0, nonun_missions_n: 1 }]));
    expect(none.overall.shareUnWithPartner).toBeNull();
  });

  it('names a missing column', () => {
    expect(() => describeDeployments(tableFromRows([{ year: 1999 }]))).toThrow(/no column "un_troops"/);
  });
});

describe('partnerShares: every definition of a partner, over all rows or a sample', () => {
  const t = tableFromRows([
    { un_troops: 100, nonun_present: 1, nonun_troops: 500, nonun_troops_filled: 500 },
    { un_troops: 100, nonun_present: 1, nonun_troops: null, nonun_troops_filled: 300 },
    { un_troops: 100, nonun_present: 0, nonun_troops: 0, nonun_troops_filled: 0 },
    { un_troops: 0, nonun_present: 1, nonun_troops: 200, nonun_troops_filled: 200 },
    { un_troops: null, nonun_present: 1, nonun_troops: 200, nonun_troops_filled: 200 },
  ]);

  it('counts UN months and partners under present, strict and filled', () => {
    const s = partnerShares(t);
    expect(s.map((x) => [x.definition, x.unMonths, x.withPartner, x.partnerFigureUnknown, x.share])).toEqual([
      ['present', 3, 2, 0, 2 / 3],
      ['strict', 3, 1, 1, 1 / 3],
      ['filled', 3, 2, 0, 2 / 3],
    ]);
    expect(s[0]?.unknownUn).toBe(1);
  });

  it('restricts to the given rows; null share without UN months', () => {
    expect(partnerShares(t, [0, 2]).map((x) => x.share)).toEqual([0.5, 0.5, 0.5]);
    expect(partnerShares(t, [3]).map((x) => x.share)).toEqual([null, null, null]);
  });

  it('the estimation rows of a spec follow its subset and missing values', () => {
    const panel = tableFromRows(
      [1992, 1993, 1994, 1995, 2019].map((year, i) => ({ year, y: i % 3, x: i === 2 ? null : i, g: 'a' })),
    );
    expect(
      Array.from(estimationRows({ formula: 'y ~ x', subset: 'year >= 1993 & year <= 2018' }, panel)),
    ).toEqual([1, 3]);
  });
});
