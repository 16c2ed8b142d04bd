import { describe, expect, it } from 'vitest';
import { describeDeployments } from '../src/panel/describe-deployments.js';
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
