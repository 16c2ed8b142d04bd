import { describe, expect, it } from 'vitest';
import { fitModel } from '../src/estimators/fit-model.js';
import { buildDesign } from '../src/model/design.js';
import { evaluateSubset, parseSubset, subsetColumns } from '../src/model/subset.js';
import { type Table, tableFromRows } from '../src/table.js';
import { fixtureTable } from './fit-data.js';
import { thrown } from './thrown.js';

const quine = fixtureTable('quine.csv');

/** The rows of a table where keep(i) holds. */
function filterRows(t: Table, keep: (i: number) => boolean): Table {
  const idx = Array.from({ length: t.n }, (_, i) => i).filter(keep);
  const columns: Table['columns'] = {};
  for (const [k, c] of Object.entries(t.columns))
    columns[k] =
      c.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(idx, (i) => c.values[i] as number) }
        : { kind: 'string', values: idx.map((i) => c.values[i] ?? null) };
  return { n: idx.length, columns };
}

describe('subset expressions (R subset=)', () => {
  const t = tableFromRows([
    { year: 1990, g: 'a', x: 1 },
    { year: 1993, g: 'b', x: null },
    { year: 2000, g: null, x: 0 },
    { year: 2018, g: 'a', x: 2 },
    { year: 2019, g: 'b', x: 3 },
  ]);
  const of = (s: string) => Array.from(evaluateSubset(s, t));

  it('comparisons, & | ! and parentheses with R precedence', () => {
    expect(of('year >= 1993 & year <= 2018')).toEqual([0, 1, 1, 1, 0]);
    expect(of('year < 1993 | year > 2018')).toEqual([1, 0, 0, 0, 1]);
    expect(of('!(year == 2000)')).toEqual([1, 1, 0, 1, 1]);
    expect(of('year == 1990 | year == 2019 & g == "a"')).toEqual([1, 0, 0, 0, 0]);
    expect(of('(year == 1990 | year == 2019) & g == "b"')).toEqual([0, 0, 0, 0, 1]);
    expect(of("g != 'a' && year != 1993")).toEqual([0, 0, 2, 0, 1]);
    expect(of('year > -1')).toEqual([1, 1, 1, 1, 1]);
  });

  it("missing values follow R's three-valued logic; a number alone is true when non-zero", () => {
    expect(of('x > 0')).toEqual([1, 2, 0, 1, 1]);
    expect(of('x > 0 & year > 2010')).toEqual([0, 0, 0, 1, 1]);
    expect(of('x > 0 | year > 1992')).toEqual([1, 1, 1, 1, 1]);
    expect(of('x')).toEqual([1, 2, 0, 1, 1]);
    expect(of('!x')).toEqual([0, 2, 1, 0, 0]);
  });

  it('reports the columns it reads', () => {
    expect(subsetColumns('year >= 1993 & !(g == "a") | `x` > 1')).toEqual(['year', 'g', 'x']);
    expect(parseSubset('a >= 1 & b < 2')).toMatchObject({ type: 'logic', op: '&' });
  });

  it('bad expressions give located errors, an unknown column names the columns there are', () => {
    const e = thrown(() => evaluateSubset('yaer >= 1993', t));
    expect(e.code).toBe('BAD_SPEC');
    expect(e.location?.column).toBe('yaer');
    expect(e.message).toMatch(/reads column "yaer".*columns: year, g, x/);
    expect(thrown(() => parseSubset('year = 1993')).message).toMatch(/equality is "=="\) \(at character 6\)/);
    expect(thrown(() => parseSubset('year >= ')).message).toMatch(/but found the end/);
    expect(thrown(() => parseSubset('year >= 1993 &')).message).toMatch(/at character 15/);
    expect(thrown(() => parseSubset('(year > 1')).message).toMatch(/expected "\)"/);
    expect(thrown(() => parseSubset('year + 1 > 2')).message).toMatch(/unexpected character "\+"/);
    expect(thrown(() => parseSubset('')).message).toMatch(/expected a condition/);
    expect(thrown(() => evaluateSubset('g > 1', t)).message).toMatch(/compares text with a number/);
    expect(thrown(() => evaluateSubset('g', t)).message).toMatch(/text is not a condition/);
    expect(thrown(() => evaluateSubset('(year > 1) == 1', t)).message).toMatch(/compares a condition/);
    expect(thrown(() => parseSubset('g == "a')).message).toMatch(/unclosed quote/);
  });
});

describe('fits with a subset', () => {
  it('equal the fit on the filtered rows, and report the rows outside as excluded', () => {
    const eth = quine.columns.Eth!;
    const age = quine.columns.Age!;
    const inside = (i: number) => eth.values[i] === 'A' || age.values[i] !== 'F0';
    const formula = 'Days ~ Eth + Sex + Lrn';
    const sub = fitModel({ formula, subset: 'Eth == "A" | Age != "F0"' }, quine);
    const ref = fitModel({ formula }, filterRows(quine, inside));
    expect(sub.n).toBe(ref.n);
    expect(sub.n).toBeLessThan(quine.n);
    for (const [i, c] of sub.coefficients.entries()) {
      expect(c.estimate).toBeCloseTo(ref.coefficients[i]!.estimate, 10);
      expect(c.stdError).toBeCloseTo(ref.coefficients[i]!.stdError, 10);
    }
    expect(sub.logLik).toBeCloseTo(ref.logLik, 8);
    expect(sub.nExcluded).toBe(quine.n - ref.n);
    expect(sub.exclusions).toEqual([
      expect.objectContaining({
        reason: 'outside the subset Eth == "A" | Age != "F0"',
        count: quine.n - ref.n,
      }),
    ]);
  });

  it('lags see the whole table (R evaluates the model frame before subsetting)', () => {
    const panel = tableFromRows(
      [1, 2, 3, 4, 5, 6].map((t) => ({ u: 'a', t, y: [3, 1, 4, 1, 5, 9][t - 1], x: t % 3 })),
    );
    const d = buildDesign('y ~ lag(y, 1) + x', panel, { unit: 'u', time: 't', subset: 't >= 3' });
    expect(Array.from(d.rows)).toEqual([2, 3, 4, 5]);
    expect(Array.from(d.X.subarray(4, 8))).toEqual([1, 4, 1, 5]);
    expect(d.exclusions).toEqual([
      { reason: 'outside the subset t >= 3', count: 2, examples: ['a 1', 'a 2'] },
    ]);
  });

  it('a missing subset value is an exclusion of its own', () => {
    const tb = tableFromRows([1, 2, 3, 4, 5, 6, 7].map((i) => ({ y: i % 4, x: i, k: i === 3 ? null : i })));
    const d = buildDesign('y ~ x', tb, { subset: 'k > 1' });
    expect(d.exclusions.map((e) => [e.reason, e.count])).toEqual([
      ['outside the subset k > 1', 1],
      ['subset k > 1 is missing (NA) for the row', 1],
    ]);
  });
});
