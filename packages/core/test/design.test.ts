import { describe, expect, it } from 'vitest';
import { PeacepanelError } from '../src/errors.js';
import { buildDesign } from '../src/model/design.js';
import { tableFromRows } from '../src/table.js';
import { fixtureTable } from './fit-data.js';

const quine = fixtureTable('quine.csv');
const names = (f: string, t = quine) => buildDesign(f, t).info.columns.map((c) => c.name);

describe('design matrix columns (R model.matrix names and contrasts)', () => {
  it('treatment contrasts: sorted levels, first is the reference', () => {
    expect(names('Days ~ Eth + Sex + Age + Lrn')).toEqual([
      '(Intercept)',
      'EthN',
      'SexM',
      'AgeF1',
      'AgeF2',
      'AgeF3',
      'LrnSL',
    ]);
  });

  it('without an intercept the first factor gets all its levels', () => {
    expect(names('Days ~ Eth + Sex - 1')).toEqual(['EthA', 'EthN', 'SexM']);
  });

  it('interactions of factors, first factor varying fastest', () => {
    expect(names('Days ~ Eth*Lrn')).toEqual(['(Intercept)', 'EthN', 'LrnSL', 'EthN:LrnSL']);
    expect(names('Days ~ Sex/Age')).toEqual([
      '(Intercept)',
      'SexM',
      'SexF:AgeF1',
      'SexM:AgeF1',
      'SexF:AgeF2',
      'SexM:AgeF2',
      'SexF:AgeF3',
      'SexM:AgeF3',
    ]);
  });

  it('factor() of a number names levels as R does', () => {
    const t = tableFromRows([
      { y: 1, g: 60, x: 1 },
      { y: 2, g: 75, x: 2 },
      { y: 3, g: 60, x: 4 },
      { y: 0, g: 2.5, x: 3 },
    ]);
    expect(names('y ~ factor(g) + x', t)).toEqual(['(Intercept)', 'factor(g)60', 'factor(g)75', 'x']);
    const d = buildDesign('y ~ factor(g) + x', t);
    // rows: g = 60, 75, 60, 2.5 → indicator columns
    // column-major: (Intercept), factor(g)60, factor(g)75, x
    expect(Array.from(d.X)).toEqual([1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 2, 4, 3]);
  });

  it('numeric × factor interaction', () => {
    expect(names('Days ~ Eth:Lrn')).toEqual([
      '(Intercept)',
      'EthA:LrnAL',
      'EthN:LrnAL',
      'EthA:LrnSL',
      'EthN:LrnSL',
    ]);
  });
});

describe('rows, lags and fixed effects', () => {
  const panel = tableFromRows([
    { unit: 'b', t: '2000-02', y: 5, x: 2 },
    { unit: 'a', t: '2000-01', y: 1, x: 1 },
    { unit: 'a', t: '2000-02', y: 2, x: null },
    { unit: 'a', t: '2000-03', y: 3, x: 3 },
    { unit: 'b', t: '2000-01', y: 4, x: 5 },
    { unit: 'c', t: '2000-01', y: 0, x: 1 },
    { unit: 'c', t: '2000-02', y: 0, x: 2 },
  ]);

  it('lag(x, 1) within unit ordered by time; missing rows reported by reason', () => {
    const d = buildDesign('y ~ lag(y, 1) + x', panel, { unit: 'unit', time: 't' });
    // usable rows: b 2000-02 (lag 4), a 2000-03 (lag 2), c 2000-02 (lag 0)
    expect(Array.from(d.rows)).toEqual([0, 3, 6]);
    expect(Array.from(d.X)).toEqual([1, 1, 1, 4, 2, 0, 2, 3, 2]); // column-major
    const reasons = Object.fromEntries(d.exclusions.map((e) => [e.reason, e.count]));
    expect(reasons).toEqual({ 'missing value in lag(y, 1)': 3, 'missing value in x': 1 });
    expect(d.exclusions[0]?.examples[0]).toBe('a 2000-01');
  });

  it('fixed effects: all-zero units dropped and reported with ids', () => {
    const d = buildDesign('y ~ x | unit', panel);
    expect(d.info.fixedEffects[0]?.levels).toEqual(['a', 'b']);
    const zero = d.exclusions.find((e) => e.reason.includes('zero in every row'));
    expect(zero?.count).toBe(2);
    expect(zero?.reason).toContain('c');
    expect(d.names).toEqual(['x', 'fe::unit::a', 'fe::unit::b']);
  });

  it('lag() without unit/time is a spec error', () => {
    expect(() => buildDesign('y ~ lag(x, 1)', panel)).toThrow(/unit and time/);
  });

  it('rejects negative counts and text outcomes with the row and column', () => {
    const bad = tableFromRows([
      { y: 1, x: 1 },
      { y: -2, x: 2 },
    ]);
    try {
      buildDesign('y ~ x', bad);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(PeacepanelError);
      expect((e as PeacepanelError).location).toMatchObject({ line: 3, column: 'y' });
    }
    expect(() => buildDesign('Eth ~ Sex', quine)).toThrow(/holds text/);
    expect(() => buildDesign('Days ~ Nope', quine)).toThrow(/no column "Nope"/);
  });
});

describe('lag() needs one row per unit and time', () => {
  it('refuses duplicated (unit, time) pairs with a located error', () => {
    const dup = tableFromRows([
      { unit: 'a', t: 1, y: 1 },
      { unit: 'a', t: 2, y: 2 },
      { unit: 'a', t: 2, y: 3 },
    ]);
    try {
      buildDesign('y ~ lag(y, 1)', dup, { unit: 'unit', time: 't' });
      throw new Error('no error');
    } catch (e) {
      expect((e as PeacepanelError).code).toBe('DUPLICATE_KEY');
      expect((e as PeacepanelError).message).toContain('a 2');
    }
  });
});

describe('degenerate input', () => {
  const t = tableFromRows(Array.from({ length: 20 }, (_, i) => ({ y: i % 3, z: 0, x: i, g: 'only' })));
  it('an all-zero outcome is refused', () => {
    expect(() => buildDesign('z ~ x', t)).toThrow(/is 0 in every row used/);
  });
  it('a one-level factor adds no column and a warning', () => {
    const d = buildDesign('y ~ g + x', t);
    expect(d.info.columns.map((c) => c.name)).toEqual(['(Intercept)', 'x']);
    expect(d.warnings[0]).toMatch(/single level/);
  });
});
