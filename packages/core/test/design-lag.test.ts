import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitModel, fitModelDetailed } from '../src/estimators/fit-model.js';
import { parsePanelCsv } from '../src/io/panel-csv.js';
import { buildDesign } from '../src/model/design.js';
import { laggedRowIndex, timeIndex } from '../src/model/panel-lag.js';
import { type Table, tableFromRows } from '../src/table.js';

/** Golden numbers from scripts/reference/lag-reference.R (lags by merge on (country, month − k) in R). */
interface LagReference {
  gapped: {
    rows_in_panel: number;
    rows_used: number;
    rows_missing_lag_un1: number;
    rows_missing_lag_bd2_only: number;
    sample: { country: string[]; ym: string[]; lag_un1: (number | null)[]; lag_bd2: (number | null)[] };
    coefficients: number[];
    se: number[];
    theta: number;
    logLik: number;
  };
  fe: {
    n: number;
    countries: number;
    years: number;
    coefficients: number[];
    se: number[];
    theta: number;
    logLik: number;
  };
}
const ref = JSON.parse(
  readFileSync(new URL('./fixtures/lag-reference.json', import.meta.url), 'utf8'),
) as LagReference;
const csvText = readFileSync(new URL('../../data/datasets/africa-cm.csv', import.meta.url), 'utf8');

/** The rows of a table for which `keep(i)` holds. */
function subset(table: Table, keep: (i: number) => boolean): Table {
  const rows = Array.from({ length: table.n }, (_, i) => i).filter(keep);
  const columns: Table['columns'] = {};
  for (const [k, c] of Object.entries(table.columns))
    columns[k] =
      c.kind === 'number'
        ? { kind: 'number', values: Float64Array.from(rows, (i) => c.values[i] as number) }
        : { kind: 'string', values: rows.map((i) => c.values[i] ?? null) };
  return { n: rows.length, columns };
}

/** The bundled panel without the rows the R script deletes: (gwno + 12·year + month) mod 7 = 3. */
function gappedPanel(table: Table): Table {
  const [g, y, m] = ['gwno', 'year', 'month'].map((c) => table.columns[c]?.values as Float64Array) as [
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  return subset(table, (i) => ((g[i] as number) + 12 * (y[i] as number) + (m[i] as number)) % 7 !== 3);
}

const relClose = (a: number, b: number, tol: number, scale = Math.abs(b)) =>
  expect(Math.abs(a - b) / Math.max(scale, 1e-300)).toBeLessThanOrEqual(tol);

describe('lag(x, k) counts periods of the time column', () => {
  it('YYYY-MM months: a missing month makes the lag missing (also across a year end)', () => {
    const t = tableFromRows([
      { u: 'a', ym: '2000-11', x: 1, y: 1 },
      { u: 'a', ym: '2001-01', x: 3, y: 2 },
      { u: 'a', ym: '2000-12', x: 2, y: 3 },
      { u: 'a', ym: '2001-03', x: 5, y: 4 },
      { u: 'b', ym: '2001-02', x: 9, y: 5 },
    ]);
    expect(timeIndex(t, 'ym').rule).toBe('month');
    expect(Array.from(laggedRowIndex(t, 'u', 'ym', 1).index)).toEqual([-1, 2, 0, -1, -1]);
    expect(Array.from(laggedRowIndex(t, 'u', 'ym', 2).index)).toEqual([-1, 0, -1, 1, -1]);
    const d = buildDesign('y ~ lag(x, 1)', t, { unit: 'u', time: 'ym' });
    expect(Array.from(d.rows)).toEqual([1, 2]);
    expect(d.exclusions).toEqual([
      { reason: 'missing value in lag(x, 1)', count: 3, examples: ['a 2000-11', 'a 2001-03', 'b 2001-02'] },
    ]);
  });

  it('numeric time lags by value; other text times by rank of the sorted distinct values', () => {
    const num = tableFromRows([
      { u: 1, t: 1990, x: 1 },
      { u: 1, t: 1992, x: 2 },
      { u: 1, t: 1993, x: 3 },
    ]);
    expect(Array.from(laggedRowIndex(num, 'u', 't', 1).index)).toEqual([-1, -1, 1]);
    const txt = tableFromRows([
      { u: 'a', t: 'q1', x: 1 },
      { u: 'a', t: 'q3', x: 3 },
      { u: 'b', t: 'q2', x: 2 },
      { u: 'b', t: 'q1', x: 0 },
    ]);
    expect(timeIndex(txt, 't').rule).toBe('rank');
    // q1 < q2 < q3 over the whole table: a's q3 is two ranks after q1, so its lag 1 (q2) is absent.
    expect(Array.from(laggedRowIndex(txt, 'u', 't', 1).index)).toEqual([-1, -1, 3, -1]);
  });

  it('on a gapped africa-cm panel equals the lag by merge on time in R (rows, values, glm.nb fit)', () => {
    const table = gappedPanel(parsePanelCsv(csvText, { file: 'africa-cm.csv' }).table);
    expect(table.n).toBe(ref.gapped.rows_in_panel);
    const spec = {
      formula: 'battle_deaths ~ lag(un_troops, 1) + log1p(lag(battle_deaths, 2))',
      unit: 'country',
      time: 'ym',
    };
    const d = buildDesign(spec.formula, table, { unit: 'country', time: 'ym' });
    expect(d.n).toBe(ref.gapped.rows_used);
    const why = Object.fromEntries(d.exclusions.map((e) => [e.reason, e.count]));
    expect(why['missing value in lag(un_troops, 1)']).toBe(ref.gapped.rows_missing_lag_un1);
    expect(why['missing value in log1p(lag(battle_deaths, 2))']).toBe(ref.gapped.rows_missing_lag_bd2_only);
    // Sample values (Mali and Sudan in 2013), including rows whose lag is missing.
    const country = table.columns.country?.values as string[];
    const ym = table.columns.ym?.values as string[];
    const l1 = laggedRowIndex(table, 'country', 'ym', 1).index;
    const l2 = laggedRowIndex(table, 'country', 'ym', 2).index;
    const un = table.columns.un_troops?.values as Float64Array;
    const bd = table.columns.battle_deaths?.values as Float64Array;
    const s = ref.gapped.sample;
    s.country.forEach((c, j) => {
      let i = -1;
      for (let r = 0; r < table.n; r++) if (country[r] === c && ym[r] === s.ym[j]) i = r;
      const a = l1[i] as number;
      const b = l2[i] as number;
      expect(a < 0 ? null : un[a], `${c} ${s.ym[j]} lag 1`).toBe(s.lag_un1[j]);
      expect(b < 0 ? null : bd[b], `${c} ${s.ym[j]} lag 2`).toBe(s.lag_bd2[j]);
    });
    const fit = fitModel(spec, table);
    expect(fit.n).toBe(ref.gapped.rows_used);
    fit.coefficients.forEach((c, j) => {
      const se = ref.gapped.se[j] as number;
      relClose(
        c.estimate,
        ref.gapped.coefficients[j] as number,
        1e-6,
        Math.max(Math.abs(ref.gapped.coefficients[j] as number), se),
      );
      relClose(c.stdError, se, 1e-5);
    });
    relClose(fit.theta as number, ref.gapped.theta, 1e-5);
    expect(Math.abs(fit.logLik - ref.gapped.logLik)).toBeLessThan(1e-6);
  });
});

describe('fixed effects with lag()', () => {
  const { table } = parsePanelCsv(csvText, { file: 'africa-cm.csv' });
  const lags = 'lag(un_troops, 1) + log1p(lag(battle_deaths, 1))';

  it('| country + year equals the dummy-variable glm.nb fit of R and our own dummy fit', () => {
    const feDetailed = fitModelDetailed(
      { formula: `battle_deaths ~ ${lags} | country + year`, unit: 'country', time: 'ym' },
      table,
    );
    const fe = feDetailed.result;
    expect(fe.converged).toBe(true);
    expect(fe.n).toBe(ref.fe.n);
    fe.coefficients.forEach((c, j) => {
      const se = ref.fe.se[j] as number;
      relClose(
        c.estimate,
        ref.fe.coefficients[j] as number,
        1e-6,
        Math.max(Math.abs(ref.fe.coefficients[j] as number), se),
      );
      relClose(c.stdError, se, 1e-5);
    });
    relClose(fe.theta as number, ref.fe.theta, 1e-5);
    expect(Math.abs(fe.logLik - ref.fe.logLik)).toBeLessThan(1e-6);
    expect(fe.warnings.join(' ')).toMatch(/zero in every row of its country/);

    // Our dummy-variable fit on the countries the fixed-effects fit kept.
    const kept = new Set(feDetailed.design.fixedEffects[0]?.levels);
    const sub = subset(table, (i) => kept.has(table.columns.country?.values[i] as string));
    const dummy = fitModel(
      { formula: `battle_deaths ~ ${lags} + country + factor(year)`, unit: 'country', time: 'ym' },
      sub,
    );
    expect(dummy.n).toBe(fe.n);
    for (const j of [0, 1]) {
      const a = fe.coefficients[j]!;
      const b = dummy.coefficients.find((c) => c.term === a.term)!;
      relClose(a.estimate, b.estimate, 1e-7, Math.max(Math.abs(b.estimate), b.stdError));
      relClose(a.stdError, b.stdError, 1e-6);
    }
    expect(Math.abs(fe.logLik - dummy.logLik)).toBeLessThan(1e-6);
  });
});
