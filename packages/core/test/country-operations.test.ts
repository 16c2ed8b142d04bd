import { describe, expect, it } from 'vitest';
import { monthIndex } from '../src/io/cells.js';
import type { UnMissionMonth } from '../src/io/kathman.js';
import type { NonUnMission } from '../src/io/nonun.js';
import type { NonUnMissionMonth } from '../src/io/nonun-interpolate.js';
import { countryOperations } from '../src/panel/country-operations.js';
import { fillNonUnMonths } from '../src/panel/nonun-filled.js';
import { operationsSeries } from '../src/panel/operations-series.js';

const m = (y: number, mo: number) => monthIndex(y, mo);
const un = (mission: string, hosts: number[], y: number, mo: number, troops: number): UnMissionMonth => ({
  mission,
  missionCountry: '',
  hosts,
  year: y,
  month: mo,
  troops,
  police: 10,
  observers: 1,
});
const mission = (id: string, hosts: number[], start: number, end: number | null): NonUnMission => ({
  id,
  name: id,
  org: 'x',
  orgType: id === 'EU1' ? 'EU' : 'RO',
  hostNames: hosts.map(String),
  hosts,
  start,
  end,
});
const nm = (id: string, hosts: number[], y: number, mo: number, troops: number): NonUnMissionMonth => ({
  mission: id,
  orgType: id === 'EU1' ? 'EU' : 'RO',
  hosts,
  year: y,
  month: mo,
  troops,
  quality: Number.isNaN(troops) ? 'missing' : 'reported',
});

describe('countryOperations', () => {
  const missions = [
    mission('RO1', [520], m(2009, 1), m(2009, 3)),
    mission('EU1', [482, 483], m(2009, 1), m(2009, 2)),
  ];
  const nonun = [
    nm('RO1', [520], 2009, 1, 1000),
    nm('RO1', [520], 2009, 2, Number.NaN),
    nm('RO1', [520], 2009, 3, 3000),
    nm('EU1', [482, 483], 2009, 1, 600),
    nm('EU1', [482, 483], 2009, 2, 600),
  ];
  const points = [
    {
      missionId: 'RO1',
      year: 2009,
      month: 1,
      troops: 1000,
      kind: 'deployed' as const,
      coverage: 'total' as const,
      approximate: false,
      dateInferred: false,
      source: '',
      line: 2,
    },
  ];
  const grid = countryOperations({
    un: [un('UN1', [482, 483], 2009, 1, 500), un('UN2', [520], 2009, 4, Number.NaN)],
    nonun,
    filled: fillNonUnMonths(missions, points, nonun),
    missions,
    support: [{ id: 'S', name: 'S', supports: 'RO1', hosts: [520], start: m(2009, 3), end: null }],
    countries: [482, 483, 520],
    from: m(2009, 1),
    to: m(2009, 4),
  });
  const at = (g: number, y: number, mo: number) => grid.get(`${g} ${m(y, mo)}`)!;

  it('UN personnel: primary host in full, second host missing; -999 stays missing', () => {
    expect(at(482, 2009, 1)).toMatchObject({
      unTroops: 500,
      unPolice: 10,
      unObservers: 1,
      unMissions: ['UN1'],
    });
    expect(Number.isNaN(at(483, 2009, 1).unTroops)).toBe(true);
    expect(Number.isNaN(at(520, 2009, 4).unTroops)).toBe(true);
    expect(at(520, 2009, 1).unTroops).toBe(0);
  });

  it('non-UN strict vs filled: a gap is missing (strict) or the nearest figure (filled); a multi-host mission is split', () => {
    expect(Number.isNaN(at(520, 2009, 2).nonunStrict)).toBe(true);
    expect(at(520, 2009, 2)).toMatchObject({ nonunFilled: 1000, filledRule: 'nearest', nonunPresent: 1 });
    expect(at(482, 2009, 1)).toMatchObject({ nonunStrict: 600, nonunFilled: 300, filledRule: 'split' });
    expect(Number.isNaN(at(483, 2009, 1).nonunStrict)).toBe(true);
    expect(at(483, 2009, 1)).toMatchObject({
      nonunFilled: 300,
      byOrg: { RO: 0, EU: 300, state: 0, coalition: 0 },
    });
  });

  it('modes: parallel, support, sequential hand-over, none', () => {
    expect(at(482, 2009, 1).mode).toBe('parallel');
    expect(at(520, 2009, 1).mode).toBe('non-un-only');
    expect(at(520, 2009, 3).mode).toBe('support'); // UN support operation for RO1 from 2009-03
    // UN2 (missing troop count) begins in 2009-04, the month after RO1 ended: a hand-over
    expect(at(520, 2009, 4).mode).toBe('sequential');
    expect(at(482, 2009, 4).mode).toBe('none');
  });

  it('a unit fought in several countries sums them, takes the weakest rule and the mode of highest precedence', () => {
    const s = operationsSeries(grid, () => [482, 520], m(2009, 1), m(2009, 2));
    expect(s.unTroops[0]).toBe(500);
    expect(s.nonunFilled[1]).toBe(1300);
    expect(s.filledRule).toEqual(['split', 'nearest']);
    expect(s.mode[0]).toBe('parallel');
    expect(s.nonunMissions[0]).toBe('EU1;RO1');
  });
});
